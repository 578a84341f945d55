import { describe, expect, it } from 'vitest';
import * as graph from '../../../runtime/mocks/errors-graph.js';
import * as plain from '../../../runtime/mocks/errors-plain.js';
import { replyText } from '../../../runtime/mocks/exchange.js';

const json = (reply: { body: string | Uint8Array | null }): unknown => JSON.parse(replyText({ status: 0, headers: {}, body: reply.body }));

const ids = plain.requestIds(undefined, 'r', 'd');

describe('runtime/mocks/errors-plain', () => {
  it('fills the declared error sample for the status (exact, then range, then default)', async () => {
    const declared = [
      { status: '4XX', contentType: 'application/problem+json', example: { title: 'sample', status: 499, detail: 'x' } },
      { status: 'default', contentType: 'application/json', example: { error: { code: 'c', message: 'm' } } },
    ];
    const range = plain.errorResponse(404, 'NotFound', 'No such pet.', ids, {}, declared);
    expect(range.status).toBe(404);
    expect(range.headers['content-type']).toBe('application/problem+json');
    expect(json(range)).toEqual({ title: 'No such pet.', status: 404, detail: 'No such pet.' });
    const fallback = plain.errorResponse(500, 'Oops', 'Broken.', ids, { headers: { 'retry-after': '1' } }, declared);
    expect(json(fallback)).toEqual({ error: { code: 'Oops', message: 'Broken.' } });
    expect(fallback.headers['retry-after']).toBe('1');
  });

  it('answers {"error":{"status","message"}} when nothing is declared, and adds no id headers', async () => {
    expect(json(plain.errorResponse(403, 'Denied', 'Not you.', ids))).toEqual({ error: { status: 403, message: 'Not you.' } });
    expect(plain.idHeaders(ids)).toEqual({});
    expect(plain.AUTHENTICATE_CHALLENGE).toBe('Bearer');
  });

  it('offers the core what the Graph flavour offers (the core imports either as ./errors.js)', () => {
    const used = ['AUTHENTICATE_CHALLENGE', 'errorResponse', 'idHeaders', 'requestIds'] as const;
    for (const name of used) expect(typeof plain[name], name).toBe(typeof graph[name]);
    // Their types: `npm run typecheck` compiles the runtime with either (runtime/tsconfig.plain.json).
  });
});
