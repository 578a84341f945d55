import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  buildUpdateUserRequest,
  createClient,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  permissions,
  TimeoutError,
} from '../../generated/dist/index.js';
import { deferred, json, recordingFetch, text } from './recording-fetch.js';

/** The seed's example: `PATCH https://graph.microsoft.com/v1.0/users/{usersId}` with `{}`. */
const USER = { '@odata.type': '#microsoft.graph.user', id: 'd36894ae-94ae-d368-ae94-68d3ae9468d3' };

const graphError = {
  error: {
    code: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
    innerError: { 'request-id': 'req-123', 'client-request-id': 'client-456', date: '2024-05-01T10:00:00' },
  },
};

afterEach(() => {
  vi.useRealTimers();
});

describe('the seed operation through the fluent client', () => {
  it('sends exactly the example request and resolves to the typed body', async () => {
    const { fetch, requests } = recordingFetch(json(200, USER));
    const client = createClient({ fetch, getToken: () => 'token-1' });

    const user = await client.users.byUsersId(USER.id).patch({});

    expect(user).toEqual(USER);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      method: 'PATCH',
      url: `https://graph.microsoft.com/v1.0/users/${USER.id}`,
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: 'Bearer token-1' },
      body: '{}',
    });
    expect(Object.keys(requests[0]!.headers)).toEqual(['accept', 'content-type', 'authorization']);
  });

  it('hands the successful response to onResponse, the client-wide one first, after a retry only the final one', async () => {
    const { fetch } = recordingFetch(json(503, graphError, { 'retry-after': '0' }), json(200, USER, { etag: 'W/"7"', 'x-ratelimit-remaining': '41' }));
    const seen: string[] = [];
    const client = createClient({ fetch, onResponse: (response) => seen.push(`client ${response.status} ${response.headers.get('etag')}`) });
    const user = await client.users.byUsersId(USER.id).patch({}, { onResponse: (response) => seen.push(`call ${response.headers.get('x-ratelimit-remaining')} ${response.bodyUsed}`) });
    expect(user).toEqual(USER);
    expect(seen).toEqual(['client 200 W/"7"', 'call 41 true']);
  });

  it('does not call onResponse for a failed call: the response is on the ApiError', async () => {
    const { fetch } = recordingFetch(json(403, graphError, { 'x-ms-ags-diagnostic': 'd' }));
    const onResponse = vi.fn();
    const call = createClient({ fetch, retry: false }).users.byUsersId(USER.id).patch({}, { onResponse });
    const error = (await call.catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.response?.headers.get('x-ms-ags-diagnostic')).toBe('d');
    expect(onResponse).not.toHaveBeenCalled();
  });

  it('percent-encodes path values', async () => {
    const { fetch, requests } = recordingFetch(json(200, USER), json(200, USER));
    const client = createClient({ fetch });
    await client.users.byUsersId('a/b@c#d').patch({});
    await client.users.byUsersId('ü ?x=1&y').patch({});
    expect(requests.map((r) => r.url)).toEqual([
      'https://graph.microsoft.com/v1.0/users/a%2Fb%40c%23d',
      'https://graph.microsoft.com/v1.0/users/%C3%BC%20%3Fx%3D1%26y',
    ]);
  });

  it.each([
    ['empty', ''],
    ['missing', undefined],
    ['null', null],
    ['a dot segment', '..'],
  ])('rejects a path value that is %s before sending anything', async (_, value) => {
    const { fetch, requests } = recordingFetch(json(200, USER));
    const client = createClient({ fetch });
    const call = client.users.byUsersId(value as unknown as string).patch({});
    await expect(call).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(call).rejects.toMatchObject({ location: 'path', parameter: 'usersId' });
    expect(requests).toHaveLength(0);
  });

  it('awaits an async getToken before sending, and sends its token', async () => {
    const token = deferred<string>();
    const { fetch, requests } = recordingFetch(json(200, USER));
    const client = createClient({ fetch, getToken: () => token.promise });

    const call = client.users.byUsersId('u1').patch({ deviceEnrollmentLimit: 5 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(requests).toHaveLength(0);

    token.resolve('late-token');
    await call;
    expect(requests[0]!.headers.authorization).toBe('Bearer late-token');
    expect(requests[0]!.body).toBe('{"deviceEnrollmentLimit":5}');
  });

  it('asks for a token on every call, and sends no Authorization without one', async () => {
    let n = 0;
    const { fetch, requests } = recordingFetch(json(200, USER), json(200, USER));
    const client = createClient({ fetch, getToken: () => (++n === 1 ? `t${n}` : undefined) });
    await client.users.byUsersId('u1').patch({});
    await client.users.byUsersId('u1').patch({});
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer t1', undefined]);
  });

  it('lets client and call headers add to and override the generated ones', async () => {
    const { fetch, requests } = recordingFetch(json(200, USER));
    const client = createClient({ fetch, headers: { 'Client-Request-Id': 'c-1', Accept: 'application/json;odata.metadata=none' } });
    await client.users.byUsersId('u1').patch({}, { headers: { 'client-request-id': 'c-2', Prefer: 'return=representation' } });
    expect(requests[0]!.headers).toEqual({
      accept: 'application/json;odata.metadata=none',
      'content-type': 'application/json',
      'client-request-id': 'c-2',
      prefer: 'return=representation',
    });
  });

  it('refuses a header value that would start a new header line', async () => {
    const { fetch, requests } = recordingFetch(json(200, USER));
    const client = createClient({ fetch, getToken: () => 'abc\r\nX-Injected: 1' });
    await expect(client.users.byUsersId('u1').patch({})).rejects.toBeInstanceOf(InvalidRequestError);
    expect(requests).toHaveLength(0);
  });

  it("exposes the operation's permissions on its method", () => {
    const patch = createClient().users.byUsersId('u1').patch;
    expect(patch.permissions).toBe(permissions.updateUser);
    expect(patch.permissions.scopes).toContain('DeviceManagementManagedDevices.ReadWrite.All');
  });

  it('uses baseUrl instead of the spec server when given', async () => {
    const { fetch, requests } = recordingFetch(json(200, USER));
    await createClient({ fetch, baseUrl: 'http://localhost:4010/graph/' }).users.byUsersId('u1').patch({});
    expect(requests[0]!.url).toBe('http://localhost:4010/graph/users/u1');
  });
});

describe('the pure builder', () => {
  it('returns the request without sending it', () => {
    expect(buildUpdateUserRequest({ path: { usersId: 'a/b@c#d' } }, {})).toEqual({
      method: 'PATCH',
      url: 'https://graph.microsoft.com/v1.0/users/a%2Fb%40c%23d',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: '{}',
    });
  });

  it('adds the bearer token and replaces the base URL when asked', () => {
    const request = buildUpdateUserRequest({ path: { usersId: 'u1' } }, { id: 'u1' }, { token: 't', baseUrl: 'https://graph.microsoft.us/v1.0' });
    expect(request.url).toBe('https://graph.microsoft.us/v1.0/users/u1');
    expect(request.headers.authorization).toBe('Bearer t');
    expect(request.body).toBe('{"id":"u1"}');
  });

  it('refuses a missing body, since the operation requires one', () => {
    expect(() => buildUpdateUserRequest({ path: { usersId: 'u1' } }, undefined as never)).toThrow(InvalidRequestError);
  });
});

describe('errors', () => {
  it("turns a 403 with Graph's error envelope into ApiError with code, message and ids", async () => {
    const { fetch } = recordingFetch(json(403, graphError, { 'request-id': 'header-id' }));
    const error = await createClient({ fetch })
      .users.byUsersId('u1')
      .patch({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
      requestId: 'req-123',
      clientRequestId: 'client-456',
      date: '2024-05-01T10:00:00',
      retryAfter: undefined,
      body: graphError,
      request: { method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/users/u1' },
    });
    expect((error as ApiError).response.status).toBe(403);
  });

  it('is tolerant of a body that is not JSON, reading ids from the headers', async () => {
    const { fetch } = recordingFetch(text(502, '<html>Bad gateway</html>', { 'request-id': 'r-9', 'client-request-id': 'c-9' }));
    const error = (await createClient({ fetch })
      .users.byUsersId('u1')
      .patch({})
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, code: undefined, requestId: 'r-9', clientRequestId: 'c-9', body: '<html>Bad gateway</html>' });
    expect(error.message).toContain('502');
  });

  it('reads an empty error body as undefined', async () => {
    const { fetch } = recordingFetch(text(404, ''));
    await expect(createClient({ fetch }).users.byUsersId('u1').patch({})).rejects.toMatchObject({ status: 404, body: undefined, code: undefined });
  });

  it('reports a failed fetch as NetworkError, with the cause', async () => {
    const cause = new TypeError('fetch failed');
    const { fetch } = recordingFetch(cause);
    const error = await createClient({ fetch })
      .users.byUsersId('u1')
      .patch({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as NetworkError).cause).toBe(cause);
  });

  it('reports a success body that is not JSON as InvalidResponseError', async () => {
    const { fetch } = recordingFetch(text(200, '{"id":', { 'content-type': 'application/json' }));
    await expect(createClient({ fetch }).users.byUsersId('u1').patch({})).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('gives up after timeoutMs with TimeoutError', async () => {
    vi.useFakeTimers();
    const fetch = (_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const call = createClient({ fetch }).users.byUsersId('u1').patch({}, { timeoutMs: 50 });
    const outcome = call.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, request: { method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/users/u1' } });
  });
});

describe('retries', () => {
  it('retries a 429 after Retry-After: 1 and resolves with the second answer', async () => {
    vi.useFakeTimers();
    const { fetch, requests } = recordingFetch(json(429, graphError, { 'retry-after': '1' }), json(200, USER));
    let settled = false;
    const call = createClient({ fetch })
      .users.byUsersId('u1')
      .patch({})
      .finally(() => (settled = true));

    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(1);
    expect(settled).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toEqual(USER);
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({ method: 'PATCH', body: '{}', url: requests[0]!.url });
  });

  it('rejects promptly with an AbortError when the signal aborts during the wait', async () => {
    vi.useFakeTimers();
    const { fetch, requests } = recordingFetch(json(429, graphError, { 'retry-after': '30' }), json(200, USER));
    const controller = new AbortController();
    const outcome = createClient({ fetch })
      .users.byUsersId('u1')
      .patch({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    expect(requests).toHaveLength(1);

    controller.abort();
    const error = await outcome;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
  });

  it('rejects at once with the reason of a signal aborted before the call', async () => {
    const { fetch, requests } = recordingFetch(json(200, USER));
    const reason = new Error('user navigated away');
    await expect(createClient({ fetch }).users.byUsersId('u1').patch({}, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(requests).toHaveLength(0);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-05-01T10:00:00Z'));
    const { fetch, requests } = recordingFetch(json(503, graphError, { 'retry-after': 'Wed, 01 May 2024 10:00:05 GMT' }), json(200, USER));
    const call = createClient({ fetch }).users.byUsersId('u1').patch({});
    await vi.advanceTimersByTimeAsync(4_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toEqual(USER);
  });

  it('does not retry a PATCH after a 504: it may have taken effect', async () => {
    const { fetch, requests } = recordingFetch(json(504, graphError), json(200, USER));
    await expect(createClient({ fetch }).users.byUsersId('u1').patch({})).rejects.toMatchObject({ status: 504 });
    expect(requests).toHaveLength(1);
  });

  it('stops after maxAttempts and throws the last ApiError, with retryAfter', async () => {
    vi.useFakeTimers();
    const { fetch, requests } = recordingFetch(...[1, 2, 3].map(() => json(503, graphError, { 'retry-after': '0.5' })));
    const outcome = createClient({ fetch, retry: { maxAttempts: 3 } })
      .users.byUsersId('u1')
      .patch({})
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await outcome;
    expect(requests).toHaveLength(3);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, retryAfter: 0.5 });
  });

  it('does not wait when Retry-After asks for more than maxDelayMs', async () => {
    const { fetch, requests } = recordingFetch(json(429, graphError, { 'retry-after': '3600' }), json(200, USER));
    await expect(createClient({ fetch }).users.byUsersId('u1').patch({})).rejects.toMatchObject({ status: 429, retryAfter: 3600 });
    expect(requests).toHaveLength(1);
  });

  it('backs off with jitter when there is no Retry-After', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { fetch, requests } = recordingFetch(json(429, graphError), json(429, graphError), json(200, USER));
    const call = createClient({ fetch, retry: { baseDelayMs: 100 } }).users.byUsersId('u1').patch({});
    await vi.advanceTimersByTimeAsync(49);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1); // 0.5 × 100 ms
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100); // 0.5 × 200 ms
    await expect(call).resolves.toEqual(USER);
    vi.restoreAllMocks();
  });

  it('can be turned off', async () => {
    const { fetch, requests } = recordingFetch(json(429, graphError, { 'retry-after': '1' }));
    await expect(createClient({ fetch, retry: false }).users.byUsersId('u1').patch({})).rejects.toMatchObject({ status: 429, retryAfter: 1 });
    expect(requests).toHaveLength(1);
  });
});
