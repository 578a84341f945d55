import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers, handlersFor } from '../../../../runtime/mocks/entry/msw.js';
import { createMockApi } from '../../../../generated/src/mocks/api.js';

describe('runtime/mocks/entry/msw', () => {
  it('answers every request below the mock base URL with the given mock', async () => {
    const api = createMockApi();
    const handlers = handlersFor(api);
    expect(handlers).toHaveLength(api.baseUrls.length);
    const response = await getResponse(handlers, new Request(`${api.baseUrl}/nowhere`));
    expect(response?.status).toBe(404);
  });

  it('leaves requests elsewhere alone, also when the base URL has regex characters in it', async () => {
    const handlers = createHandlers({ baseUrl: 'http://localhost:1234/a.b+c' });
    expect(await getResponse(handlers, new Request('http://localhost:1234/aXb+c/users'))).toBeUndefined();
    expect(await getResponse(handlers, new Request('http://other.test/users'))).toBeUndefined();
    expect((await getResponse(handlers, new Request('http://localhost:1234/a.b+c/users/x')))?.status).toBeGreaterThanOrEqual(400);
  });
});
