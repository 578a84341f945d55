import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, type GeneratedPackage } from '../mocks/mock-package.js';

// Typed $select: a strict consumer of the package generated from the managedDevices fixture,
// type-checked here. Each `@ts-expect-error` must be needed (the control removes them and
// expects exactly those errors).

const CONSUMER = `
import { buildListManagedDevicesRequest, createClient, type ListManagedDevicesResult } from './src/client.js';
import type { ManagedDevice } from './src/types.js';

type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined { return undefined; }

const devices = createClient({ baseUrl: 'http://127.0.0.1:1/v1.0' }).deviceManagement.managedDevices;

export async function narrowed(): Promise<void> {
  const page = await devices.get({ query: { $select: ['id'] } });
  for (const device of page.value ?? []) {
    const id: string | undefined = device.id;
    const type: unknown = device['@odata.type'];
    void id, type;
    // @ts-expect-error deviceName was not selected
    void device.deviceName;
  }
  for await (const device of devices.get.items({ query: { $select: ['id', 'deviceName'] } })) {
    const name: string | null | undefined = device.deviceName;
    void name;
    // @ts-expect-error operatingSystem was not selected
    void device.operatingSystem;
  }
  const one = await devices.byManagedDeviceId('x').get({ query: { $select: ['deviceName'] } });
  void one.deviceName;
  // @ts-expect-error isEncrypted was not selected
  void one.isEncrypted;
  // @ts-expect-error not a property name
  await devices.get({ query: { $select: ['noSuchProperty'] } });
  // @ts-expect-error the builder checks the names too
  buildListManagedDevicesRequest({ query: { $select: ['nope'] } });
}

export async function whole(): Promise<void> {
  for await (const device of devices.get.items()) {
    assertType<Equal<typeof device, ManagedDevice>>();
    void device.operatingSystem;
  }
  const page = await devices.get({ query: { $top: 5 } });
  void page.value?.[0]?.isEncrypted;
  const selected: ListManagedDevicesResult<'id'> = page;
  void selected;
  buildListManagedDevicesRequest({ query: { $select: ['id', 'deviceName'], $count: true } });
}
`;

function check(dir: string, source: string): ts.Diagnostic[] {
  const file = join(dir, 'consumer.ts');
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.asynciterable.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  return [...ts.getPreEmitDiagnostics(program)];
}

const format = (diagnostics: ts.Diagnostic[]): string =>
  diagnostics.map((d) => `${d.file === undefined ? '' : `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`).join('\n');

let pkg: GeneratedPackage;
beforeAll(async () => {
  pkg = await generatePackage(['test/fixtures/specs/odata']);
}, 120_000);
afterAll(() => pkg?.remove());

describe('typed $select', () => {
  it('narrows results to the selected properties; wrong names do not compile', () => {
    const diagnostics = check(pkg.dir, CONSUMER);
    expect(format(diagnostics)).toBe('');
  });

  it('every @ts-expect-error above is needed', () => {
    const expected = CONSUMER.split('\n').filter((line) => line.includes('@ts-expect-error')).length;
    const diagnostics = check(pkg.dir, CONSUMER.replace(/\/\/ @ts-expect-error.*\n/g, '\n'));
    expect(diagnostics.length, format(diagnostics)).toBe(expected);
    expect(format(diagnostics)).toMatch(/deviceName/);
  });
});
