import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { REPO } from '../helpers/workspace.js';
import { json, recordingFetch, text } from './recording-fetch.js';

/**
 * The fixture `test/fixtures/specs/multi-operation` (GET/POST/PUT/DELETE, query arrays in every
 * style, header and cookie parameters, two path parameters, form/binary/text bodies, a server URL
 * with variables), generated into a temp folder and used through its compiled package root.
 */
let dir: string;
/** The generated module, untyped here: its types are checked by the generator's compile step. */
let api: any;

const BASE = 'https://contoso.teams.example/api/v2';
const MEMBER = { id: 'm1', displayName: 'Ada', role: 'owner' };

beforeAll(async () => {
  const result = await generate({ cwd: REPO, spec: ['test/fixtures/specs/multi-operation'] });
  dir = mkdtempSync(join(tmpdir(), 'apiwright-client-'));
  for (const file of result.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
  api = await import(pathToFileURL(join(dir, 'dist', 'index.js')).href);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function client(...replies: Parameters<typeof recordingFetch>) {
  const recorder = recordingFetch(...replies);
  return { ...recorder, client: api.createClient({ fetch: recorder.fetch, getToken: () => 'tok' }) };
}

describe('a generated client for a second spec', () => {
  it('GET with query arrays in every style; anonymous, so no Authorization', async () => {
    const { client: c, requests } = client(json(200, { value: [] }));
    await expect(
      c.teams.get({
        query: { tags: ['a b', 'c'], ids: [1, 2, 3], names: ['x', 'y z'], roles: ['owner', 'guest'], filter: { name: 'A&B', size: 3 }, $top: 5 },
      }),
    ).resolves.toEqual({ value: [] });
    expect(requests[0]!.method).toBe('GET');
    expect(requests[0]!.url).toBe(
      `${BASE}/teams?tags=a%20b&tags=c&ids=1,2,3&names=x%20y%20z&roles=owner|guest&filter[name]=A%26B&filter[size]=3&%24top=5`,
    );
    expect(requests[0]!.headers).toEqual({ accept: 'application/json' });
    expect(requests[0]!.body).toBeUndefined();
  });

  it('leaves out query parameters that are not given', async () => {
    const { client: c, requests } = client(json(200, { value: [] }));
    await c.teams.get();
    expect(requests[0]!.url).toBe(`${BASE}/teams`);
  });

  it('GET with two path parameters and a form array, explode false', async () => {
    const { client: c, requests } = client(json(200, MEMBER));
    await expect(c.teams.byTeamId('t/1').members.byMemberId('m 1').get({ query: { $select: ['id', 'displayName'] } })).resolves.toEqual(MEMBER);
    expect(requests[0]).toMatchObject({
      method: 'GET',
      url: `${BASE}/teams/t%2F1/members/m%201?%24select=id,displayName`,
      headers: { accept: 'application/json', authorization: 'Bearer tok' },
    });
  });

  it('GET with header and cookie parameters', async () => {
    const { client: c, requests } = client(json(200, [MEMBER]));
    await c.teams.byTeamId('t1').members.get({ header: { ConsistencyLevel: 'eventual', 'X-Page-Size': 50 }, cookie: { session: 'a;b' } });
    expect(requests[0]!.headers).toEqual({
      accept: 'application/json',
      authorization: 'Bearer tok',
      consistencylevel: 'eventual',
      'x-page-size': '50',
      cookie: 'session=a%3Bb',
    });
  });

  it('refuses a missing required header parameter before sending', async () => {
    const { client: c, requests } = client(json(200, []));
    await expect(c.teams.byTeamId('t1').members.get({ header: {} })).rejects.toBeInstanceOf(api.InvalidRequestError);
    expect(requests).toHaveLength(0);
  });

  it('POST a JSON body and read the 201', async () => {
    const { client: c, requests } = client(json(201, MEMBER));
    await expect(c.teams.byTeamId('t1').members.post({ displayName: 'Ada', role: 'owner' })).resolves.toEqual(MEMBER);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: `${BASE}/teams/t1/members`,
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: 'Bearer tok' },
      body: '{"displayName":"Ada","role":"owner"}',
    });
  });

  it('refuses an invalid body with every issue, sending nothing', async () => {
    const { client: c, requests } = client(json(201, MEMBER));
    const call = c.teams.byTeamId('t1').members.post({ displayName: '', role: 'admin' });
    await expect(call).rejects.toBeInstanceOf(api.ValidationError);
    await expect(call).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['displayName'] }), expect.objectContaining({ path: ['role'] })] });
    expect(requests).toHaveLength(0);
  });

  it('PUT a JSON body', async () => {
    const { client: c, requests } = client(json(200, MEMBER));
    await c.teams.byTeamId('t1').members.byMemberId('m1').put({ displayName: 'Ada' });
    expect(requests[0]).toMatchObject({ method: 'PUT', url: `${BASE}/teams/t1/members/m1`, body: '{"displayName":"Ada"}' });
  });

  it('DELETE resolves to undefined on 204, with no Accept and no body', async () => {
    const { client: c, requests } = client(() => new Response(null, { status: 204 }));
    await expect(c.teams.byTeamId('t1').members.byMemberId('m1').delete()).resolves.toBeUndefined();
    expect(requests[0]).toMatchObject({ method: 'DELETE', url: `${BASE}/teams/t1/members/m1`, headers: { authorization: 'Bearer tok' }, body: undefined });
  });

  it('retries a DELETE after a 504 (idempotent), but not a POST', async () => {
    const d = client(json(504, {}, { 'retry-after': '0' }), () => new Response(null, { status: 204 }));
    await d.client.teams.byTeamId('t1').members.byMemberId('m1').delete();
    expect(d.requests).toHaveLength(2);
    const p = client(json(504, {}, { 'retry-after': '0' }), json(201, MEMBER));
    await expect(p.client.teams.byTeamId('t1').members.post({ displayName: 'Ada' })).rejects.toMatchObject({ status: 504 });
    expect(p.requests).toHaveLength(1);
  });

  it('reads a text response as text', async () => {
    const { client: c } = client(text(200, 'first note', { 'content-type': 'text/plain' }));
    await expect(c.teams.byTeamId('t1').notes.get()).resolves.toBe('first note');
  });

  it('sends a form body URL-encoded, lists as repeated fields', async () => {
    const { client: c, requests } = client(() => new Response(null, { status: 204 }));
    await c.teams.byTeamId('t1').notes.post({ text: 'a&b = c', tags: ['x', 'y'] });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'text=a%26b+%3D+c&tags=x&tags=y',
    });
  });

  it('sends an optional body only when given', async () => {
    const { client: c, requests } = client(() => new Response(null, { status: 204 }));
    await c.teams.byTeamId('t1').notes.post();
    expect(requests[0]!.body).toBeUndefined();
    expect(requests[0]!.headers['content-type']).toBeUndefined();
  });

  it('sends a binary body untouched with its media type', async () => {
    const bytes = new Uint8Array([137, 80, 78, 71]);
    const { client: c, requests } = client(() => new Response(null, { status: 204 }));
    await c.teams.byTeamId('t1').photo.put(bytes);
    expect(requests[0]).toMatchObject({ method: 'PUT', url: `${BASE}/teams/t1/photo`, headers: { 'content-type': 'image/png' } });
    expect(requests[0]!.body).toBe(bytes);
  });

  it('exports a pure builder per operation', () => {
    expect(api.buildGetMemberRequest({ path: { teamId: 't1', memberId: 'm1' }, query: { $select: ['id'] } })).toEqual({
      method: 'GET',
      url: `${BASE}/teams/t1/members/m1?%24select=id`,
      headers: { accept: 'application/json' },
      body: undefined,
    });
    expect(api.buildListTeamsRequest().url).toBe(`${BASE}/teams`);
  });
});
