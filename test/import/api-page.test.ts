import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseApiPage } from '../../generator/import/graph-docs/api-page.js';
import { PageImportError, WarningSink } from '../../generator/import/graph-docs/import-warnings.js';
import { API_DOCS, SEED_PAGE } from './helpers.js';

function read(path: string) {
  const sink = new WarningSink(path);
  return { page: parseApiPage(path, path, readFileSync(path, 'utf8'), sink), warnings: sink.warnings };
}

describe('parseApiPage', () => {
  it('reads every part of the seed page', () => {
    const { page, warnings } = read(SEED_PAGE);
    expect(warnings).toEqual([]);
    expect(page).toMatchObject({
      pageName: 'update-user',
      title: 'Update user',
      pageKind: 'method',
      description: 'Update the properties of a user object.',
      requests: [{ method: 'patch', path: '/users/{usersId}', line: 25 }],
      headers: [
        { name: 'Authorization', required: true },
        { name: 'Accept', required: false },
      ],
      requestBody: { kind: 'resource', type: { kind: 'link', name: 'user' } },
      response: { status: 200, statusText: 'OK', body: { kind: 'single', type: { name: 'user' } } },
      exampleRequest: { body: {} },
      exampleResponse: { status: 200, body: { id: 'd36894ae-94ae-d368-ae94-68d3ae9468d3' } },
    });
    expect(page.notes).toEqual([
      {
        label: 'Note',
        text: 'Using the Microsoft Graph APIs to configure Intune controls and policies still requires that the Intune service is [correctly licensed](https://go.microsoft.com/fwlink/?linkid=839381) by the customer.',
        links: [{ text: 'correctly licensed', target: 'https://go.microsoft.com/fwlink/?linkid=839381' }],
        line: 3,
      },
    ]);
    expect(page.requestBody.kind === 'resource' && page.requestBody.properties.map((p) => p.name)).toEqual(['id', 'deviceEnrollmentLimit']);
    expect(page.permissions?.schemes.DelegatedWork?.kind).toBe('contexts');
  });

  it('reads an action page: parameters body, 204 response', () => {
    const { page } = read(join(API_DOCS, 'intune-devices-manageddevice-wipe.md'));
    expect(page.pageKind).toBe('action');
    expect(page.requests).toHaveLength(3);
    expect(page.requestBody.kind === 'parameters' && page.requestBody.properties.map((p) => `${p.name}: ${p.type.kind === 'edm' ? p.type.name : p.type.kind}`)).toEqual(['keepEnrollmentData: Boolean', 'keepUserData: Boolean', 'macOsUnlockCode: String', 'persistEsimDataPlan: Boolean']);
    expect(page.response).toMatchObject({ status: 204, body: { kind: 'none' } });
  });

  it('reads a function page: parameters in the URL', () => {
    const { page } = read(join(API_DOCS, 'intune-onboarding-devicemanagement-verifywindowsenrollmentautodiscovery.md'));
    expect(page.pageKind).toBe('function');
    expect(page.requestBody).toMatchObject({ kind: 'query', properties: [{ name: 'domainName', type: { kind: 'edm', name: 'String' } }] });
    expect(page.response).toMatchObject({ status: 200, body: { kind: 'single', type: { kind: 'edm', name: 'Boolean' } } });
  });

  it('reads a list page: optional OData query parameters, collection response', () => {
    const { page } = read(join(API_DOCS, 'intune-devices-manageddevice-list.md'));
    expect(page.supportsODataQuery).toBe(false);
    expect(page.requestBody.kind).toBe('none');
    expect(page.response).toMatchObject({ status: 200, body: { kind: 'collection', type: { name: 'managedDevice' } } });
    expect(read(join(API_DOCS, 'intune-devices-manageddevice-get.md')).page.supportsODataQuery).toBe(true);
  });

  it('fails a page without an HTTP request, naming file and line', () => {
    const sink = new WarningSink('broken.md');
    expect(() => parseApiPage('/x/broken.md', 'broken.md', '# Update user\n\n## HTTP Request\n``` http\nnothing here\n```\n', sink)).toThrow(PageImportError);
    try {
      parseApiPage('/x/broken.md', 'broken.md', '# Update user\n\n## HTTP Request\n``` http\nnothing here\n```\n', sink);
    } catch (error) {
      expect(error).toMatchObject({ file: 'broken.md', line: 4, message: 'the "HTTP request" block has no "METHOD /path" line' });
    }
    expect(sink.warnings.map((w) => [w.kind, w.line])).toContainEqual(['http-request-unparsed', 5]);
  });
});
