import { describe, expect, it } from 'vitest';
import * as graph from '../../../runtime/client/errors-graph.js';
import * as plain from '../../../runtime/client/errors-plain.js';
import { InvalidRequestError, InvalidResponseError, isRecord, NetworkError, parseJsonOrText, stringField, TimeoutError } from '../../../runtime/client/failures.js';

const request = { method: 'GET', url: 'https://api.example.com/v1/things' };

describe('runtime/client/failures', () => {
  it('names each failure and keeps what it is about', () => {
    const cause = new Error('ECONNREFUSED');
    const network = new NetworkError(request, cause);
    expect([network.name, network.request, network.cause]).toEqual(['NetworkError', request, cause]);
    expect(network.message).toBe('GET https://api.example.com/v1/things failed before a response arrived: ECONNREFUSED');
    expect(new NetworkError(request, 'offline').message).toMatch(/: offline$/);
    const timeout = new TimeoutError(request, 1500);
    expect([timeout.name, timeout.timeoutMs, timeout.message]).toEqual(['TimeoutError', 1500, 'GET https://api.example.com/v1/things timed out after 1500 ms']);
    const response = new Response('{');
    const invalid = new InvalidResponseError('not JSON', request, response, cause);
    expect([invalid.name, invalid.response, invalid.cause]).toEqual(['InvalidResponseError', response, cause]);
    expect('cause' in new InvalidResponseError('x', request, response)).toBe(false);
    const bad = new InvalidRequestError('empty path value', 'path', 'id');
    expect(bad).toBeInstanceOf(TypeError);
    expect([bad.name, bad.location, bad.parameter]).toEqual(['InvalidRequestError', 'path', 'id']);
  });

  it('reads bodies and fields tolerantly', () => {
    expect(parseJsonOrText('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonOrText('Bad Gateway')).toBe('Bad Gateway');
    expect(parseJsonOrText('  ')).toBeUndefined();
    expect(stringField({ code: 'X' }, 'code')).toBe('X');
    expect(stringField({ code: 1 }, 'code')).toBeUndefined();
    expect(stringField(Object.create({ code: 'inherited' }), 'code')).toBeUndefined();
    expect([isRecord({}), isRecord([]), isRecord(null), isRecord('x')]).toEqual([true, false, false, false]);
  });

  it('is what both flavours\' errors modules export: one class each, whichever module a caller imports', () => {
    for (const errors of [graph, plain]) {
      expect(errors.NetworkError).toBe(NetworkError);
      expect(errors.TimeoutError).toBe(TimeoutError);
      expect(errors.InvalidResponseError).toBe(InvalidResponseError);
      expect(errors.InvalidRequestError).toBe(InvalidRequestError);
    }
  });
});
