import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';
import type { EmitContext } from '../../generator/emit/contract.js';
import { planPackage } from '../../generator/plan/index.js';
import { typesEmitter } from '../../generator/emit/types/index.js';
import { validatorsEmitter } from '../../generator/emit/validators/index.js';
import { loadSpec, type LoadedSpec } from '../../generator/load/index.js';
import { RefResolver } from '../../generator/load/refs.js';
import { SpecDocument } from '../../generator/load/spec-document.js';
import type { OpenApiVersion } from '../../generator/load/validate-openapi.js';
import type { ApiModel } from '../../generator/model/ir.js';
import { buildModel } from '../../generator/model/index.js';
import { compilePackage } from '../../generator/render/compile.js';
import { TemplateSet } from '../../generator/render/templates.js';

export interface Issue {
  path: (string | number)[];
  code: string;
  message: string;
}

export type Result = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

/** What a generated validators module exports, as the tests use it. */
export interface ValidatorsModule {
  [name: string]: unknown;
  schemas: Record<string, { '~standard': { version: number; vendor: string; validate: (value: unknown) => unknown } }>;
  ValidationError: new (issues: Issue[], subject?: string) => Error & { issues: Issue[] };
}

export interface CompiledValidators {
  model: ApiModel;
  module: ValidatorsModule;
  /** Folder holding the generated `src/` and `dist/`. */
  root: string;
  validate(typeName: string): (value: unknown) => Result;
  is(typeName: string): (value: unknown) => boolean;
}

/**
 * Generate the validators for a model the way `generate()` does (types and validators emitters,
 * then the pipeline's compiler with its strict type-check), write `src/` and `dist/` to
 * a temporary folder and import `dist/validators.js`. Only the two emitters the validators need
 * run, so these tests do not depend on the state of other output kinds.
 */
/** Temporary folders a test file made; removed after its tests (the modules are loaded by then). */
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

export async function compileValidators(model: ApiModel): Promise<CompiledValidators> {
  const context: EmitContext = { model, plan: planPackage(model), templates: new TemplateSet(), packageName: 'validators-under-test', packageVersion: '1.0.0' };
  const sources = [...typesEmitter.emit(context), ...validatorsEmitter.emit(context)];
  const files = [...sources, ...(await compilePackage(sources, undefined, { typecheck: true })), { path: 'package.json', contents: '{ "type": "module" }\n' }];
  const root = temporaryFolder('apiwright-validators-');
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.contents);
  }
  const module = (await import(pathToFileURL(join(root, 'dist/validators.js')).href)) as ValidatorsModule;
  const exported = <T>(name: string): T => {
    const value = module[name];
    if (typeof value !== 'function') throw new Error(`the generated module has no function ${name}`);
    return value as T;
  };
  return { model, module, root, validate: (typeName) => exported(`validate${typeName}`), is: (typeName) => exported(`is${typeName}`) };
}

/** Spec files (paths relative to the repository root) through the real loader and model. */
export async function compileSpec(...specPaths: string[]): Promise<CompiledValidators> {
  return compileValidators(buildModel(loadSpec(specPaths.map((p) => resolve(p)))));
}

/**
 * JSON Schemas as `components/schemas/<key>` of one in-memory OpenAPI document (3.1 or 3.0
 * semantics), through the model. The loader's OpenAPI document validation is skipped (the
 * document goes to the model directly): OpenAPI 3.0's schema object refuses draft-4 keywords such
 * as `definitions`, `additionalItems` or array `items`, which the model reads all the same.
 */
export async function compileSchemas(schemas: Record<string, unknown>, version: OpenApiVersion): Promise<CompiledValidators & { typeNameOf(key: string): string }> {
  const data = { openapi: version === '3.0' ? '3.0.3' : '3.1.0', info: { title: 'schemas', version: '1' }, paths: {}, components: { schemas } };
  const root = temporaryFolder('apiwright-schemas-');
  const document = new SpecDocument('schemas.json', join(root, 'schemas.json'), JSON.stringify(data, null, 1), data);
  const loaded: LoadedSpec = {
    root,
    documents: [document],
    versions: new Map([[document, version]]),
    resolver: new RefResolver(root, () => ({ severity: 'error', message: 'only references inside the document are used here' })),
    warnings: [],
  };
  const compiled = await compileValidators(buildModel(loaded));
  const byId = new Map(compiled.model.schemas.map((s) => [s.id, s.typeName]));
  const typeNameOf = (key: string) => {
    const typeName = byId.get(`schemas.json#/components/schemas/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (typeName === undefined) throw new Error(`no schema ${key} in the model`);
    return typeName;
  };
  return { ...compiled, typeNameOf };
}
