import { describe, expect, it } from 'vitest';
import { heldTwoBytesPerCharacter, oneBytePerCharacter } from '../../generator/render/one-byte-text.js';

/** Latin-1 text that V8 holds two bytes per character: sliced from a string with a character past Latin-1. */
function twoByteLatin1(length: number): string {
  return ('\u2019' + 'é-a'.repeat(Math.ceil(length / 3))).slice(1, length + 1);
}

describe('oneBytePerCharacter', () => {
  it('tells how V8 holds a text', () => {
    expect(heldTwoBytesPerCharacter('plain text, long enough to be a slice')).toBe(false);
    expect(heldTwoBytesPerCharacter(twoByteLatin1(100))).toBe(true);
    expect(heldTwoBytesPerCharacter('\u2019 past Latin-1')).toBe(true);
  });

  it('copies Latin-1 text held two bytes per character into a one-byte string with the same characters', () => {
    const text = twoByteLatin1(5000);
    const narrowed = oneBytePerCharacter(text, 1000);
    expect(narrowed).toBe(text);
    expect(heldTwoBytesPerCharacter(narrowed)).toBe(false);
  });

  it('leaves a text with a character past Latin-1 as it is', () => {
    const text = 'a'.repeat(3000) + '\u2019' + 'b'.repeat(3000);
    expect(oneBytePerCharacter(text, 1000)).toBe(text);
    expect(heldTwoBytesPerCharacter(oneBytePerCharacter(text, 1000))).toBe(true);
  });

  it('leaves texts shorter than the threshold as they are', () => {
    const text = twoByteLatin1(500);
    expect(heldTwoBytesPerCharacter(oneBytePerCharacter(text, 1000))).toBe(true);
    expect(oneBytePerCharacter(text, 1000)).toBe(text);
  });

  it('returns a text held one byte per character unchanged', () => {
    const text = 'x'.repeat(5000);
    expect(oneBytePerCharacter(text, 1000)).toBe(text);
  });
});
