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

  it('keeps the ids a seed always gave (33 draws per id, the variant drawn last)', () => {
    const random = seededRandom(3);
    expect([randomUuid(random), randomUuid(random), randomUuid(seededRandom('x'))]).toEqual([
      'e9c1ad6c-3ebc-4c93-ab9e-20c96e895097',
      '95749640-b736-4d85-b0a3-563c3de5d1db',
      '71d3249b-6ef0-46eb-883f-94b42470e642',
    ]);
    // Every digit position takes every hex value, the variant digit 8 to b, over many ids.
    const many = Array.from({ length: 2000 }, () => randomUuid(random).replace(/-/g, ''));
    for (let position = 0; position < 32; position++) {
      const seen = new Set(many.map((id) => id[position]));
      expect(seen.size, `position ${position}`).toBe(position === 12 ? 1 : position === 16 ? 4 : 16);
    }
  });
});
