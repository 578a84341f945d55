import { beforeAll, describe, expect, it } from 'vitest';
import { compileSpec, type CompiledValidators, type Result } from './compile-validators.js';

/** The seed's own cases (issue 4), on the request body, the response body and the `User` schema. */

let seed: CompiledValidators;

beforeAll(async () => {
  seed = await compileSpec('spec/update-user.yaml');
});

const BODIES = ['UpdateUserRequestBody', 'UpdateUserResponse', 'User'];

function issuesOf(result: Result) {
  if (result.ok) throw new Error('expected the value to be refused');
  return result.issues.map(({ path, code, message }) => ({ path, code, message }));
}

describe.each(BODIES)('validate%s on the seed cases', (typeName) => {
  it.each([['{}'], ['{"deviceEnrollmentLimit":5}'], ['{"deviceEnrollmentLimit":1000.0}'], ['{"id":"d36894ae-94ae-d368-ae94-68d3ae9468d3","deviceEnrollmentLimit":1000}']])('accepts %s as it is', (text) => {
    const value = JSON.parse(text) as unknown;
    const result = seed.validate(typeName)(value);
    expect(result).toEqual({ ok: true, value });
    expect(result.ok && result.value).toBe(value);
    expect(seed.is(typeName)(value)).toBe(true);
  });

  const at = ['deviceEnrollmentLimit'];
  it.each([
    ['7', [{ path: at, code: 'enum', message: 'deviceEnrollmentLimit: must be one of 5, 1000' }]],
    ['"5"', [{ path: at, code: 'type', message: 'deviceEnrollmentLimit: must be an integer' }]],
    ['null', [{ path: at, code: 'type', message: 'deviceEnrollmentLimit: must be an integer' }]],
    ['5.5', [{ path: at, code: 'type', message: 'deviceEnrollmentLimit: must be an integer' }]],
    [
      '2147483648',
      [
        { path: at, code: 'enum', message: 'deviceEnrollmentLimit: must be one of 5, 1000' },
        { path: at, code: 'format', message: 'deviceEnrollmentLimit: must be a 32-bit integer (format int32)' },
      ],
    ],
    ['[]', [{ path: at, code: 'type', message: 'deviceEnrollmentLimit: must be an integer' }]],
    ['"x"', [{ path: at, code: 'type', message: 'deviceEnrollmentLimit: must be an integer' }]],
  ])('refuses deviceEnrollmentLimit %s with its path, code and message', (limit, expected) => {
    const value = JSON.parse(`{"deviceEnrollmentLimit":${limit}}`) as unknown;
    expect(issuesOf(seed.validate(typeName)(value))).toEqual(expected);
    expect(seed.is(typeName)(value)).toBe(false);
  });

  it.each([['7'], ['"5"'], ['null'], ['5.5'], ['2147483648'], ['[]'], ['"x"']])('refuses the whole body %s: it must be an object', (text) => {
    expect(issuesOf(seed.validate(typeName)(JSON.parse(text)))).toEqual([{ path: [], code: 'type', message: 'must be an object' }]);
  });

  it('refuses an id that is not a string, and reports every issue at once', () => {
    expect(issuesOf(seed.validate(typeName)({ id: 42, deviceEnrollmentLimit: 7 }))).toEqual([
      { path: ['id'], code: 'type', message: 'id: must be a string' },
      { path: ['deviceEnrollmentLimit'], code: 'enum', message: 'deviceEnrollmentLimit: must be one of 5, 1000' },
    ]);
  });

  it('treats a property whose value is undefined as absent, as JSON.stringify does', () => {
    expect(seed.validate(typeName)({ id: undefined, deviceEnrollmentLimit: undefined }).ok).toBe(true);
  });
});

describe('prototype safety on the seed', () => {
  it('leaves Object.prototype alone when a body carries __proto__', () => {
    const value = JSON.parse('{"__proto__": {"polluted": 1}, "deviceEnrollmentLimit": 5}') as unknown;
    const result = seed.validate('UpdateUserRequestBody')(value);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('never lets an inherited value decide: a bad inherited limit is not the body’s, a good one does not satisfy `required`', () => {
    const inheritsBadLimit = Object.create({ deviceEnrollmentLimit: 7, id: 42 }) as object;
    expect(seed.validate('User')(inheritsBadLimit).ok).toBe(true);
    const innerError = seed.validate('MainError');
    const inheritsRequired = Object.create({ code: 'x', message: 'y' }) as object;
    expect(issuesOf(innerError(inheritsRequired)).map((i) => i.code)).toEqual(['required', 'required']);
  });

  it('reads no getter of a property that the schema requires or that every object inherits', () => {
    const trap = Object.create(
      Object.defineProperty({}, 'code', {
        get() {
          throw new Error('inherited getter read');
        },
      }),
    ) as object;
    expect(() => seed.validate('MainError')(trap)).not.toThrow();
  });
});

describe('ValidationError', () => {
  it('carries the issues and lists their messages', () => {
    const result = seed.validate('User')({ id: 1, deviceEnrollmentLimit: 7 });
    if (result.ok) throw new Error('expected issues');
    const error = new seed.module.ValidationError(result.issues, 'request body');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
    expect(error.issues).toBe(result.issues);
    expect(error.message).toBe('invalid request body (2 issues):\n  - id: must be a string\n  - deviceEnrollmentLimit: must be one of 5, 1000');
  });
});

describe('Standard Schema v1', () => {
  it('exposes every validator as schemas.<TypeName> with the ~standard interface', () => {
    const names = Object.keys(seed.module.schemas).sort();
    expect(names).toEqual(['ErrorDetails', 'InnerError', 'MainError', 'OdataError', 'UpdateUserRequestBody', 'UpdateUserResponse', 'User']);
    for (const name of names) {
      const standard = seed.module.schemas[name]!['~standard'];
      expect(standard.version).toBe(1);
      expect(standard.vendor).toBe('apiwright');
      expect(typeof standard.validate).toBe('function');
    }
  });

  it('returns { value } for a valid value and { issues } with message and path otherwise', () => {
    const { validate } = seed.module.schemas.UpdateUserRequestBody!['~standard'];
    const value = { deviceEnrollmentLimit: 5 };
    const success = validate(value) as { value: unknown; issues?: unknown };
    expect(success.value).toBe(value);
    expect(success.issues).toBeUndefined();
    const failure = validate({ deviceEnrollmentLimit: 7 }) as { issues: { message: string; path: unknown[] }[] };
    expect(failure.issues).toEqual([{ path: ['deviceEnrollmentLimit'], code: 'enum', message: 'deviceEnrollmentLimit: must be one of 5, 1000' }]);
  });
});
