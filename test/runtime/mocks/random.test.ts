import { describe, expect, it } from 'vitest';
import { randomUuid, seededRandom } from '../../../runtime/mocks/random.js';

describe('runtime/mocks/random', () => {
  it('gives the same sequence for the same seed (number or string), and another for another seed', () => {
    const take = (seed: number | string) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(take(1)).toEqual(take(1));
    expect(take('abc')).toEqual(take('abc'));
    expect(take(1)).not.toEqual(take(2));
    expect(take('abc')).not.toEqual(take('abd'));
    for (const value of take(99)) expect(value >= 0 && value < 1).toBe(true);
  });

  it('makes version 4 UUIDs from the generator, reproducibly', () => {
    const uuid = randomUuid(seededRandom(3));
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomUuid(seededRandom(3))).toBe(uuid);
  });
});
