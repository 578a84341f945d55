import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isApiPage, parseApiPage } from '../../generator/import/graph-docs/api-page.js';
import { parseMarkdownPage } from '../../generator/import/graph-docs/markdown-blocks.js';
import { importGraphDocs } from '../../generator/import/graph-docs/index.js';
import { WarningSink } from '../../generator/import/graph-docs/import-warnings.js';
import { REPO } from '../helpers/workspace.js';

/**
 * Layouts of Graph's general reference (pages in test/fixtures/graph-docs/v1.0-all, CC BY 4.0,
 * listed in SOURCES.md) that the Intune pages do not use.
 */
const API = join(REPO, 'test', 'fixtures', 'graph-docs', 'v1.0-all', 'api');

function read(name: string) {
  const path = join(API, name);
  const sink = new WarningSink(path);
  return { page: parseApiPage(path, name, readFileSync(path, 'utf8'), sink), kinds: sink.warnings.map((w) => w.kind) };
}

describe('request lines of the general reference', () => {
  it('"## HTTP Requests" (presence-get.md)', () => {
    expect(read('presence-get.md').page.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['get /me/presence', 'get /users/{id}/presence', 'get /communications/presences']);
  });

  it('one "HTTP request (...)" section per scenario (driveitem-put-content.md)', () => {
    const { page } = read('driveitem-put-content.md');
    expect(page.requests.map((r) => r.path)).toContain('/drives/{drive-id}/items/{item-id}/content');
    expect(page.requests.map((r) => r.path)).toContain('/drives/{drive-id}/items/{parent-id}:/{filename}:/content');
  });

  it('no "HTTP request" heading: the request block before the examples (chat-post-members.md)', () => {
    const { page } = read('chat-post-members.md');
    expect(page.requests).toMatchObject([{ method: 'post', path: '/chats/{chat-id}/members', line: 28 }]);
  });

  it('a function whose parameter list spaces its commas (workbookrange-resizedrange.md)', () => {
    const { page, kinds } = read('workbookrange-resizedrange.md');
    expect(page.requests[0]?.path).toBe('/me/drive/items/{id}/workbook/worksheets/{id}/range/resizedRange(deltaRows={n},deltaColumns={n})');
    expect(kinds).not.toContain('http-request-unparsed');
  });

  it('header lines in the request block are part of the HTTP message, not request lines (workbook-closesession.md)', () => {
    const { page, kinds } = read('workbook-closesession.md');
    expect(page.requests).toHaveLength(2);
    expect(kinds).not.toContain('http-request-unparsed');
  });

  it('a resource page with an API page\'s front matter is not an API page (fido2keyrestrictions.md)', () => {
    const path = join(API, '..', 'resources', 'fido2keyrestrictions.md');
    expect(isApiPage(parseMarkdownPage(path, readFileSync(path, 'utf8')))).toBe(false);
    expect(isApiPage(parseMarkdownPage('presence-get.md', readFileSync(join(API, 'presence-get.md'), 'utf8')))).toBe(true);
  });
});

describe('request bodies of the general reference', () => {
  it('a body that is one linked resource: "A [teamsTab](..)." (channel-post-tabs.md)', () => {
    const { page, kinds } = read('channel-post-tabs.md');
    expect(page.requestBody).toMatchObject({ kind: 'resource', type: { kind: 'link', name: 'teamsTab', target: '../resources/teamstab.md', collection: false } });
    expect(kinds).not.toContain('request-body-unparsed');
  });

  it('a reference to add (`POST .../$ref`, "supply the id of a user or group object") is `{ "@odata.id" }` (group-post-acceptedsenders.md)', () => {
    const { page, kinds } = read('group-post-acceptedsenders.md');
    expect(page.requestBody).toMatchObject({ kind: 'parameters', properties: [{ name: '@odata.id', type: { kind: 'edm', name: 'String' } }] });
    expect(kinds).not.toContain('request-body-unparsed');
  });

  it('"Provide an empty json `{}`" is an empty object, without a warning (educationsubmission-setupResourcesFolder.md)', () => {
    const { page, kinds } = read('educationsubmission-setupResourcesFolder.md');
    expect(page.requestBody).toMatchObject({ kind: 'parameters', properties: [], empty: true });
    expect(kinds).not.toContain('request-body-unparsed');
  });

  it('an update without a table takes the type the response returns (permission-update.md)', () => {
    const { page, kinds } = read('permission-update.md');
    expect(page.requestBody).toMatchObject({ kind: 'resource', type: { kind: 'link', name: 'permission' } });
    expect(kinds).not.toContain('request-body-unparsed');
  });

  it('a create without a "Request body" section whose example sends one takes the type it returns (schedule-post-shifts.md)', () => {
    const { page, kinds } = read('schedule-post-shifts.md');
    expect(page.requestBody).toMatchObject({ kind: 'resource', type: { kind: 'link', name: 'shift' } });
    expect(kinds).not.toContain('request-body-unparsed');
  });

  it('"This API does not require any request body." is no body; the example that shows one is the page\'s defect (workbook-closesession.md)', () => {
    const { page, kinds } = read('workbook-closesession.md');
    expect(page.requestBody.kind).toBe('none');
    expect(kinds).not.toContain('request-body-unparsed');
  });
});

describe('responses of the general reference', () => {
  it('"a [mailFolder](..) resource in the response body" (mailfolder-copy.md)', () => {
    const { page, kinds } = read('mailfolder-copy.md');
    expect(page.response?.body).toEqual({ kind: 'single', type: { kind: 'link', name: 'mailFolder', target: '../resources/mailfolder.md', collection: false } });
    expect(kinds).not.toContain('response-type-unparsed');
  });

  it('a reference link defined at the page\'s end: "an [item][]" (listitem-get.md)', () => {
    const { page, kinds } = read('listitem-get.md');
    expect(page.response?.body).toEqual({ kind: 'single', type: { kind: 'link', name: 'item', target: '../resources/listitem.md', collection: false } });
    expect(kinds).not.toContain('response-type-unparsed');
  });

  it('a "### Response" under another section before the examples (group-delta.md)', () => {
    const { page, kinds } = read('group-delta.md');
    expect(page.response).toMatchObject({ status: 200, body: { kind: 'collection', type: { name: 'group' } } });
    expect(kinds).not.toContain('response-unparsed');
  });

  it('the sentence in a subsection of "## Response" (printer-update.md)', () => {
    const { page, kinds } = read('printer-update.md');
    expect(page.response).toMatchObject({ status: 200, body: { kind: 'single', type: { kind: 'link', name: 'printer' } } });
    expect(kinds).not.toContain('response-unparsed');
  });

  it('a body without a status code takes the example\'s status (drive-recent.md)', () => {
    const { page, kinds } = read('drive-recent.md');
    expect(page.response).toMatchObject({ status: 200, statusText: 'OK', body: { kind: 'collection', type: { kind: 'link', name: 'DriveItem' } } });
    expect(kinds).not.toContain('response-unparsed');
  });

  it('the examples of these pages are attached to the operations, not left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apiwright-graph-layouts-'));
    try {
      const pages = ['mailfolder-copy.md', 'channel-post-tabs.md', 'group-post-acceptedsenders.md', 'permission-update.md', 'schedule-post-shifts.md'];
      const result = await importGraphDocs(pages.map((p) => join(API, p)), { out: join(dir, 'spec') });
      expect(result.errors).toEqual([]);
      expect(result.warnings.filter((w) => w.kind === 'example-unused')).toEqual([]);
      const spec = (name: string) => parse(readFileSync(join(dir, 'spec', `${name}.yaml`), 'utf8')) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>> };
      const copy = Object.values(spec('mailfolder-copy').paths)[0]!['post']!;
      expect(copy.responses['200']!.content!['application/json']!.example).toMatchObject({ displayName: 'displayName-value' });
      const accepted = Object.values(spec('group-post-acceptedsenders').paths)[0]!['post']!;
      expect(accepted.requestBody!.content['application/json']!.example).toEqual({ '@odata.id': 'https://graph.microsoft.com/v1.0/users/alexd@contoso.com' });
      // "returns a `201 Created` response code." and the created tab in the example: the tab.
      const tab = Object.values(spec('channel-post-tabs').paths)[0]!['post']!;
      expect(tab.responses['201']!.content!['application/json']).toMatchObject({ schema: { $ref: expect.stringContaining('teamsTab') }, example: { displayName: 'My Contoso Tab' } });
      const shift = Object.values(spec('schedule-post-shifts').paths)[0]!['post']!;
      expect(shift.requestBody!.content['application/json']!.example).toMatchObject({ userId: expect.any(String) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
