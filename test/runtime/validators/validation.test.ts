import { describe, expect, it } from 'vitest';
import { below, checkValue, type Checker, depthExceeded, fixedIssue, full, isBinaryBody, issueLimit, jsonSchemaDocument, MAX_DEPTH, MAX_ISSUES, report, reportFixed, ROOT, standardSchema, ValidationError, type ValidationResult } from '../../../runtime/validators/validation.js';

describe('runtime/validators/validation', () => {
  it('reports issues with the readable path in front of the message', () => {
    const issues = report(undefined, ['items', 0], ['code'], 'type', 'must be a string');
    expect(issues).toEqual([{ path: ['items', 0, 'code'], code: 'type', message: 'items[0].code: must be a string' }]);
    report(issues, ROOT, ['meta', 'created-at'], 'format', 'must be a date-time');
    expect(issues[1]!.message).toBe('meta["created-at"]: must be a date-time');
    expect(report(undefined, ROOT, [], 'type', 'must be an object')[0]!.message).toBe('must be an object');
  });

  it('shares fixed issues at the root and re-paths them below it', () => {
    const fixed = fixedIssue(['name'], 'required', 'is required');
    expect(Object.isFrozen(fixed)).toBe(true);
    expect(reportFixed(undefined, ROOT, fixed)[0]).toBe(fixed);
    expect(reportFixed(undefined, ['owner'], fixed)[0]).toEqual({ path: ['owner', 'name'], code: 'required', message: 'owner.name: is required' });
    expect(below(ROOT, ['a'])).toEqual(['a']);
    expect(below(['a'], [1])).toEqual(['a', 1]);
    expect(depthExceeded(undefined, ['x'])[0]).toMatchObject({ code: 'depth', message: `x: is nested too deeply (more than ${MAX_DEPTH} levels)` });
  });

  it('checkValue: every issue without options; with maxIssues the checker returns at the limit', () => {
    let reads = 0;
    // As the generated checkers do: after each report, return once the issues reach `issueLimit`.
    const check: Checker = (value, path, issues) => {
      for (const key of ['a', 'b', 'c', 'd']) {
        reads++;
        if ((value as Record<string, unknown>)[key] !== 1 && (issues = report(issues, path, [key], 'const', 'must be 1')).length >= issueLimit) return issues;
      }
      return issues;
    };
    const bad = { a: 2, b: 2, c: 1, d: 2 };
    expect(checkValue(check, bad, undefined)!.map((i) => i.path)).toEqual([['a'], ['b'], ['d']]);
    reads = 0;
    expect(checkValue(check, bad, { maxIssues: 1 })!.map((i) => i.path)).toEqual([['a']]);
    expect(reads).toBe(1);
    expect(checkValue(check, bad, { maxIssues: 2 })!.map((i) => i.path)).toEqual([['a'], ['b']]);
    expect(checkValue(check, { a: 1, b: 1, c: 1, d: 1 }, { maxIssues: 1 })).toBeUndefined();
    // The limit is gone after the call, also when the checker fails for another reason.
    const failing: Checker = () => {
      throw new Error('checker failed');
    };
    expect(() => checkValue(failing, bad, { maxIssues: 1 })).toThrow('checker failed');
    expect(checkValue(check, bad, undefined)).toHaveLength(3);
    for (const maxIssues of [0, -1, Number.NaN]) expect(() => checkValue(check, bad, { maxIssues })).toThrow(RangeError);
    // A fraction counts as the whole number below it; the limit is back to MAX_ISSUES after each call.
    expect(checkValue(check, bad, { maxIssues: 2.5 })).toHaveLength(2);
    expect(issueLimit).toBe(MAX_ISSUES);
    expect(full(undefined)).toBe(false);
    expect(full(Array.from({ length: MAX_ISSUES }, () => fixedIssue([], 'type', 'x')))).toBe(true);
  });

  it('ValidationError lists the issues in its message (at most 20)', () => {
    const issues = Array.from({ length: 22 }, (_, i) => ({ path: [i], code: 'type', message: `[${i}]: bad` }));
    const error = new ValidationError(issues, 'request body');
    expect(error.name).toBe('ValidationError');
    expect(error.message.startsWith('invalid request body (22 issues):\n  - [0]: bad')).toBe(true);
    expect(error.message.endsWith('\n  - ... and 2 more')).toBe(true);
    expect(error.issues).toBe(issues);
  });

  it('wraps a validator as a Standard Schema v1 with JSON Schema output', () => {
    const validate = (value: unknown): ValidationResult<string> => (typeof value === 'string' ? { ok: true, value } : { ok: false, issues: report(undefined, ROOT, [], 'type', 'must be a string') });
    const schema = standardSchema(validate, (target) => ({ target }));
    expect(schema['~standard'].vendor).toBe('apiwright');
    expect(schema['~standard'].validate('x')).toEqual({ ok: true, value: 'x' });
    expect(schema['~standard'].jsonSchema.input({ target: 'draft-07' })).toEqual({ target: 'draft-07' });
  });

  it('builds a self-contained JSON Schema document with only the $defs it reaches', () => {
    const defs = { User: { type: 'object', properties: { manager: { $ref: '#/$defs/Person' } } }, Person: { type: 'string' }, Unused: { type: 'number' } };
    const document = jsonSchemaDocument({ $ref: '#/$defs/User' }, defs, 'draft-2020-12', 'User');
    expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(document.$defs as object).sort()).toEqual(['Person', 'User']);
    expect(() => jsonSchemaDocument({}, defs, 'draft-04', 'User')).toThrow(/not supported/);
    expect(() => jsonSchemaDocument(null, defs, 'draft-07', 'The body')).toThrow('The body is not JSON');
  });

  it('knows binary bodies', () => {
    expect(isBinaryBody(new Blob(['a']))).toBe(true);
    expect(isBinaryBody(new Uint8Array(1))).toBe(true);
    expect(isBinaryBody({})).toBe(false);
  });
});
