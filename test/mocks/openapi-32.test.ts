import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { generate, SpecError } from '../../generator/index.js';
import { makeWorkspace, removeWorkspace, REPO } from '../helpers/workspace.js';
import { generatePackage, type GeneratedPackage } from './mock-package.js';
import { httpTransport, type RunningMock } from './transports.js';

interface Event {
  id: string;
  kind: 'created' | 'deleted';
}
interface ClientModule {
  createClient(options: { baseUrl?: string; retry?: false }): {
    events: {
      query(body: { kind?: string }): Promise<Event[]>;
      purge(): Promise<undefined>;
      stream: { get(): Promise<AsyncIterable<{ event?: string; id?: string; data: string }>> };
      export: { get(): Promise<AsyncIterable<Event>> };
    };
  };
}

/**
 * An OpenAPI 3.2 document (test/fixtures/specs/openapi-3.2): validated against the 3.1 schema
 * with the 3.2 additions, generated with the QUERY method and an additional operation, and its
 * streamed responses typed as async iterables of their `itemSchema`, end to end against the mock.
 */
let pkg: GeneratedPackage;
let client: ClientModule;
beforeAll(async () => {
  pkg = await generatePackage(['test/fixtures/specs/openapi-3.2']);
  client = pkg.root as unknown as ClientModule;
});
afterAll(() => pkg?.remove());

describe('OpenAPI 3.2', () => {
  let mock: RunningMock | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });

  it('types streamed items and QUERY, and warns about what it does not carry out ($self)', async () => {
    const result = await generate({ cwd: REPO, spec: ['test/fixtures/specs/openapi-3.2'], cache: false, typecheck: true });
    const types = result.files.find((f) => f.path === 'src/types.ts')!.contents;
    expect(types).toContain('export type ExportEventsResponse = AsyncIterable<Event>;');
    expect(types).toMatch(/export type StreamEventsResponse = AsyncIterable<\{\s*event\?: 'created' \| 'deleted';\s*id\?: string;\s*data: string;\s*\}>;/);
    expect(types).toMatch(/QUERY \/events/);
    expect(result.warnings.map(formatDiagnostic)).toEqual([expect.stringMatching(/^events\.yaml:4:8: warning: `\$self` is not used/)]);
  });

  it('refuses a 3.2 document that breaks the schema (an unknown Path Item member), with file:line:col', async () => {
    const dir = makeWorkspace({ 'spec/api.yaml': "openapi: 3.2.0\ninfo: { title: t, version: '1' }\npaths:\n  /x:\n    fetch:\n      responses: { '204': { description: none } }\n" }, { withSeed: false });
    try {
      const error = await generate({ cwd: dir, cache: false }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^api\.yaml:4:\d+: error: invalid OpenAPI 3\.2 document: unknown property "fetch"/)]);
    } finally {
      removeWorkspace(dir);
    }
  });

  it('streams Server-Sent Events and JSON Lines items from the mock server, and sends QUERY and PURGE', async () => {
    mock = await httpTransport.start(pkg);
    const api = client.createClient({ baseUrl: mock.base, retry: false });
    const events: { event?: string; data: string }[] = [];
    for await (const event of await api.events.stream.get()) events.push(event);
    expect(events).toHaveLength(2);
    for (const event of events) expect(typeof event.data).toBe('string');
    const exported: Event[] = [];
    for await (const item of await api.events.export.get()) exported.push(item);
    expect(exported).toHaveLength(2);
    for (const item of exported) expect(['created', 'deleted']).toContain(item.kind);
    await expect(api.events.query({ kind: 'created' })).resolves.toBeInstanceOf(Array);
    await expect(api.events.purge()).resolves.toBeUndefined();
  });
});
