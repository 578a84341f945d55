import { describe, expect, it } from 'vitest';
import { codePointLength, duplicateItems, isDecimalMultiple, jsonEqual, jsonIncludes } from '../../../runtime/validators/validation-json.js';

describe('runtime/validators/validation-json', () => {
  it('compares JSON values structurally, ignoring key order', () => {
    expect(jsonEqual({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual(1, 1.0)).toBe(true);
    expect(jsonEqual('1', 1)).toBe(false);
    expect(jsonIncludes([{ a: 1 }, 'x'], { a: 1 })).toBe(true);
  });

  it('finds the first pair of equal array items (uniqueItems)', () => {
    expect(duplicateItems([1, { a: 2 }, 3, { a: 2 }])).toEqual([1, 3]);
    expect(duplicateItems([1, '1', true])).toBeUndefined();
  });

  it('counts code points, not UTF-16 units (maxLength)', () => {
    expect(codePointLength('a😀é')).toBe(3);
  });

  it('decides multipleOf for decimals without floating-point noise', () => {
    expect(isDecimalMultiple(0.3, 0.1)).toBe(true);
    expect(isDecimalMultiple(19.99, 0.01)).toBe(true);
    expect(isDecimalMultiple(0.35, 0.1)).toBe(false);
    expect(isDecimalMultiple(10, 3)).toBe(false);
  });
});
