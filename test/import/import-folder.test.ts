import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importGraphDocs, summarize, warningKinds } from '../../generator/import/graph-docs/index.js';
import { loadSpec } from '../../generator/load/index.js';
import { API_DOCS } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'apiwright-import-graph-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Operation = Record<string, unknown> & { operationId: string };

function operationsIn(dir: string): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { paths?: Record<string, Record<string, Operation>> };
    for (const [path, item] of Object.entries(doc.paths ?? {})) for (const [method, op] of Object.entries(item)) operations.set(`${method.toUpperCase()} ${path}`, op);
  }
  return operations;
}

describe('import graph-docs: the whole v1.0 API folder', async () => {
  const result = await importGraphDocs([API_DOCS], { out });
  const operations = operationsIn(out);

  it('imports at least 98% of the 788 pages without error', () => {
    console.log(`${summarize(result, out)}\ntop warning kinds: ${JSON.stringify(warningKinds(result.warnings).slice(0, 8))}`);
    for (const error of result.errors) console.log(`${error.file}:${error.line}: ${error.message}`);
    expect(result.imported + result.failed).toBe(788);
    expect(result.imported / 788).toBeGreaterThanOrEqual(0.98);
  });

  it('names file:line, kind and the part in every warning', () => {
    for (const warning of result.warnings) {
      expect(warning.file).toMatch(/\.md$/);
      expect(warning.line).toBeGreaterThan(0);
      expect(warning.kind).toMatch(/^[a-z-]+$/);
      expect(warning.part).not.toBe('');
    }
  });

  it('gives every operation a unique operationId', () => {
    const ids = [...operations.values()].map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.size).toBe(result.operations);
  });

  it('emits every path of a page with several request lines, with distinct ids', () => {
    const ids = ['/users/{usersId}/managedDevices/{managedDeviceId}', '/deviceManagement/managedDevices/{managedDeviceId}', '/deviceManagement/detectedApps/{detectedAppId}/managedDevices/{managedDeviceId}'].map((p) => operations.get(`GET ${p}`)?.operationId);
    expect(ids).toEqual(['getManagedDevice', 'getManagedDeviceViaDeviceManagement', 'getManagedDeviceViaDetectedApps']);
  });

  it('merges a route documented by several workload pages into one operation with contexts', () => {
    const update = operations.get('PATCH /users/{usersId}');
    expect(update?.operationId).toBe('updateUser');
    expect(update?.['x-permissions']).toMatchObject({ schemes: { DelegatedWork: { contexts: { Devices: expect.any(Array) as unknown, MAM: expect.any(Array) as unknown, Onboarding: expect.any(Array) as unknown } } } });
  });

  it('maps no-body, 204 and collection responses', () => {
    const wipe = operations.get('POST /deviceManagement/managedDevices/{managedDeviceId}/wipe');
    expect(wipe?.responses).toMatchObject({ '204': { description: 'No Content.' } });
    expect(wipe?.requestBody).toMatchObject({ content: { 'application/json': { schema: { type: 'object', properties: { keepEnrollmentData: { type: 'boolean' } } } } } });
    const list = operations.get('GET /deviceManagement/managedDevices');
    expect(list?.requestBody).toBeUndefined();
    expect(list?.responses).toMatchObject({ '200': { content: { 'application/json': { schema: { type: 'object', properties: { value: { type: 'array', items: { $ref: './graph-components.yaml#/components/schemas/managedDevice' } } } } } } } });
  });

  it('builds components from resource pages, enums from their member tables', () => {
    const components = parse(readFileSync(join(out, 'graph-components.yaml'), 'utf8')) as { components: { schemas: Record<string, Record<string, unknown>>; securitySchemes: Record<string, unknown> } };
    const schemas = components.components.schemas;
    expect(schemas.complianceState).toMatchObject({ type: 'string', enum: ['unknown', 'compliant', 'noncompliant', 'conflict', 'error', 'inGracePeriod', 'configManager'] });
    expect(schemas.managedDevice?.properties).toMatchObject({
      complianceState: { allOf: [{ $ref: '#/components/schemas/complianceState' }], readOnly: true },
      managedDeviceOwnerType: { $ref: '#/components/schemas/managedDeviceOwnerType' },
      totalStorageSpaceInBytes: { type: 'integer', format: 'int64', readOnly: true },
      deviceCategory: { $ref: '#/components/schemas/deviceCategory' },
    });
  });

  it('passes the spec loader (OpenAPI schema, $refs across files, x-permissions against security)', () => {
    const spec = loadSpec([out]);
    expect(spec.documents.length).toBe(readdirSync(out).length);
  });
});

describe('import graph-docs: pages that contradict themselves', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apiwright-import-cirrus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pages = ['create', 'get'].map((verb) => join(API_DOCS, `intune-cirrus-officeclientconfigurationassignment-${verb}.md`));
  const result = await importGraphDocs(pages, { out: dir });
  const warningsOf = (verb: string) => result.warnings.filter((w) => w.file.endsWith(`-${verb}.md`));

  it('takes the status the example confirms when "200 Created" disagrees with itself, and says so', () => {
    const operation = operationsIn(dir).get('POST /officeConfiguration/clientConfigurations/{clientConfigurationsId}/assignments');
    expect(Object.keys((operation?.responses ?? {}) as object)).toEqual(['201', '4XX', '5XX']);
    expect(warningsOf('create').map((w) => [w.kind, w.line, w.part])).toEqual([['response-status-mismatch', 57, '`200 Created`']]);
  });

  it('keeps a page whose permission cells say "TODO" without security, with warnings', () => {
    expect(warningsOf('get').filter((w) => w.kind === 'permission-scopes-missing').map((w) => w.line)).toEqual([25, 27]);
    const operation = [...operationsIn(dir).values()].find((o) => o.operationId.startsWith('getOfficeClientConfigurationAssignment'));
    expect(operation?.security).toBeUndefined();
    expect(operation?.['x-permissions']).toEqual({ source: expect.stringContaining('intune-cirrus-officeclientconfigurationassignment-get') as unknown, schemes: { DelegatedPersonal: { supported: false } } });
  });
});
