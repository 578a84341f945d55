import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../../generator/index.js';
import { REPO } from '../helpers/workspace.js';

/** The parts of a generated `./mocks` entry point the tests use (typed here: the package is generated at run time). */
export interface MockApiLike {
  handle(request: Request): Promise<Response>;
  readonly store: {
    get(collection: string, key: string | number): Record<string, unknown> | undefined;
    list(collection: string): Record<string, unknown>[];
    put(collection: string, entity: Record<string, unknown>): Record<string, unknown>;
    snapshot(): Record<string, Record<string, unknown>[]>;
  };
  reset(): void;
  readonly baseUrl: string;
}

export type MockOptions = Record<string, unknown>;

export interface MocksModule {
  createMockApi(options?: MockOptions): MockApiLike;
  mockToken(options: { scheme: 'DelegatedWork' | 'DelegatedPersonal' | 'Application'; scopes: readonly string[]; tid?: string; expiresAt?: Date | number }): string;
  startMockServer(options?: MockOptions & { port?: number; host?: string; api?: MockApiLike; log?: (line: string) => void }): Promise<{ url: string; port: number; close(): Promise<void> }>;
  MOCK_SEED_DATA: Record<string, Record<string, unknown>[]>;
  MOCK_BASE_URL: string;
}

export interface MswModule {
  createHandlers(options?: MockOptions): unknown[];
  handlersFor(api: MockApiLike): unknown[];
}

export interface GeneratedPackage {
  dir: string;
  files: Map<string, string>;
  mocks: MocksModule;
  msw: MswModule;
  /** The package root (client, validators, permissions). */
  root: Record<string, unknown>;
  remove(): void;
}

/**
 * Generate the package for `spec` (paths relative to the repository) into a temporary folder and
 * import its entry points. The folder links the repository's node_modules, so `msw` resolves.
 */
export async function generatePackage(spec: string[]): Promise<GeneratedPackage> {
  const result = await generate({ cwd: REPO, spec });
  const dir = mkdtempSync(join(tmpdir(), 'apiwright-mocks-'));
  for (const file of result.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(dir, path)).href)) as T;
  return {
    dir,
    files: new Map(result.files.map((f) => [f.path, f.contents])),
    mocks: await load<MocksModule>('dist/mocks/index.js'),
    msw: await load<MswModule>('dist/mocks/msw.js'),
    root: await load<Record<string, unknown>>('dist/index.js'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The seed spec's user, and the scopes of its permission table. */
export const SEED_USER_ID = 'd36894ae-94ae-d368-ae94-68d3ae9468d3';
export const SEED_SCOPES = ['DeviceManagementManagedDevices.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All', 'DeviceManagementServiceConfig.ReadWrite.All'] as const;
export const PERSONAL_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

/** Graph's error envelope, as the tests read it. */
export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    target?: string;
    details?: { code: string; message: string; target?: string }[];
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}
