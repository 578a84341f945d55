import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../runtime/client/request.js';
import { InvalidRequestError } from '../../../runtime/client/errors-graph.js';
import { operation } from './spec.js';

describe('runtime/client/request', () => {
  it('builds the URL from the base, the encoded path values and the query', () => {
    const built = buildRequest(operation(), { path: { id: 'a b/c' }, query: { $top: 5 } }, undefined);
    expect(built.method).toBe('GET');
    expect(built.url).toBe('https://api.example.test/v1/users/a%20b%2Fc?%24top=5');
    expect(built.headers.accept).toBe('application/json');
    expect(built.body).toBeUndefined();
  });

  it('refuses a missing or empty path value before anything is sent', () => {
    expect(() => buildRequest(operation(), { path: {} }, undefined)).toThrow(InvalidRequestError);
    expect(() => buildRequest(operation(), { path: { id: '' } }, undefined)).toThrow(InvalidRequestError);
  });

  it('serialises the body with its content type, validating it first unless told not to', () => {
    const spec = operation({
      method: 'PATCH',
      body: { kind: 'json', contentType: 'application/json', required: true },
      checkBody: (value) => {
        if (typeof value !== 'object') throw new Error('not an object');
      },
    });
    const built = buildRequest(spec, { path: { id: '1' } }, { name: 'x' });
    expect(built.body).toBe('{"name":"x"}');
    expect(built.headers['content-type']).toBe('application/json');
    expect(() => buildRequest(spec, { path: { id: '1' } }, 'text')).toThrow('not an object');
    expect(buildRequest(spec, { path: { id: '1' } }, 'text', { validate: false }).body).toBe('"text"');
    expect(() => buildRequest(spec, { path: { id: '1' } }, undefined)).toThrow(InvalidRequestError);
  });

  it('takes the base URL, the token and extra headers from the options', () => {
    const built = buildRequest(operation({ bearerAuth: true }), { path: { id: '1' } }, undefined, { baseUrl: 'http://localhost:4000/', token: 't0k', headers: { 'X-Extra': 'y', Accept: 'text/plain' } });
    expect(built.url).toBe('http://localhost:4000/users/1');
    expect(built.headers.authorization).toBe('Bearer t0k');
    expect(built.headers['x-extra']).toBe('y');
    expect(built.headers.accept).toBe('text/plain');
  });
});
