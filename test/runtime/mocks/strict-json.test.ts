import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../../runtime/mocks/strict-json.js';

describe('runtime/mocks/strict-json', () => {
  it('parses valid JSON to the same value as JSON.parse', () => {
    const text = '{"a":[1,2.5e3,-0,true,null,"\\u00e9\\n"],"b":{"c":{}}}';
    expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses duplicate keys, also nested and also when spelled with escapes, at their offset', () => {
    const result = parseStrictJson('{"a":1,"b":{"x":1,"x":2}}');
    expect(result).toMatchObject({ ok: false, reason: 'duplicate-key' });
    if (!result.ok) expect(result.offset).toBe('{"a":1,"b":{"x":1,'.length);
    expect(parseStrictJson('{"a":1,"\\u0061":2}')).toMatchObject({ ok: false, reason: 'duplicate-key' });
    expect(parseStrictJson('[{"a":1},{"a":2}]')).toMatchObject({ ok: true });
  });

  it('refuses what RFC 8259 does not allow', () => {
    for (const text of ['{"a":1,}', "{'a':1}", '[01]', 'NaN', '{"a" 1}', '"\t"', '', '[1] 2']) {
      expect(parseStrictJson(text), text).toMatchObject({ ok: false, reason: 'syntax' });
    }
  });

  it('stops at the depth limit without recursion', () => {
    expect(parseStrictJson('[[[[1]]]]', 4)).toMatchObject({ ok: true });
    expect(parseStrictJson('[[[[[1]]]]]', 4)).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(parseStrictJson('['.repeat(100_000) + ']'.repeat(100_000))).toMatchObject({ ok: false, reason: 'too-deep' });
  });
});
