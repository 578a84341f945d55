import { describe, expect, it } from 'vitest';
import { buildUpdateUserRequest, createClient, ValidationError } from '../../generated/dist/index.js';
import { json, recordingFetch } from './recording-fetch.js';

/** What a JavaScript caller can pass that TypeScript would have refused. */
const untyped = <T>(value: unknown): T => value as T;

describe('request body validation (the generated validators)', () => {
  it('throws ValidationError for deviceEnrollmentLimit 7, naming the path and the allowed values, and sends nothing', async () => {
    const { fetch, requests } = recordingFetch(json(200, {}));
    const error = await createClient({ fetch })
      .users.byUsersId('u1')
      .patch(untyped({ deviceEnrollmentLimit: 7 }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['deviceEnrollmentLimit']);
    expect(issues[0]!.message).toMatch(/5\D+1000/);
    expect((error as Error).message).toContain('PATCH /users/{usersId} request body');
    expect(requests).toHaveLength(0);
  });

  it('reports every issue at once', async () => {
    const { fetch, requests } = recordingFetch(json(200, {}));
    const call = createClient({ fetch }).users.byUsersId('u1').patch(untyped({ id: 42, deviceEnrollmentLimit: '5' }));
    await expect(call).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['id'] }), expect.objectContaining({ path: ['deviceEnrollmentLimit'] })] });
    expect(requests).toHaveLength(0);
  });

  it('validates in the pure builder too, unless asked not to', () => {
    expect(() => buildUpdateUserRequest({ path: { usersId: 'u1' } }, untyped({ deviceEnrollmentLimit: 7 }))).toThrow(ValidationError);
    expect(buildUpdateUserRequest({ path: { usersId: 'u1' } }, untyped({ deviceEnrollmentLimit: 7 }), { validate: false }).body).toBe('{"deviceEnrollmentLimit":7}');
  });

  it('can be turned off for a client', async () => {
    const { fetch, requests } = recordingFetch(json(200, { id: 'u1' }));
    await createClient({ fetch, validate: { request: false } })
      .users.byUsersId('u1')
      .patch(untyped({ deviceEnrollmentLimit: 7 }));
    expect(requests[0]!.body).toBe('{"deviceEnrollmentLimit":7}');
  });
});

describe('response validation (opt-in)', () => {
  it('is off by default: a response of the wrong shape is returned as is', async () => {
    const { fetch } = recordingFetch(json(200, { id: 5 }));
    await expect(createClient({ fetch }).users.byUsersId('u1').patch({})).resolves.toEqual({ id: 5 });
  });

  it('throws ValidationError for a response of the wrong shape when asked', async () => {
    const { fetch } = recordingFetch(json(200, { id: 5 }));
    const call = createClient({ fetch, validate: { response: true } }).users.byUsersId('u1').patch({});
    await expect(call).rejects.toBeInstanceOf(ValidationError);
    await expect(call).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['id'] })] });
  });

  it('passes a valid response through', async () => {
    const user = { '@odata.type': '#microsoft.graph.user', id: 'u1', deviceEnrollmentLimit: 1000 };
    const { fetch } = recordingFetch(json(200, user));
    await expect(createClient({ fetch, validate: true }).users.byUsersId('u1').patch({ deviceEnrollmentLimit: 1000 })).resolves.toEqual(user);
  });
});
