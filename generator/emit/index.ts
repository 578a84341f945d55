import { clientEmitter } from './client/index.js';
import type { EmitContext, EmittedFile, Emitter } from './contract.js';
import { mocksEmitter } from './mocks/index.js';
import { emitPackage } from './package/index.js';
import { permissionsEmitter } from './permissions/index.js';
import { typesEmitter } from './types/index.js';
import { validatorsEmitter } from './validators/index.js';
import { during } from '../processing-step.js';

/**
 * Every module emitter, in output order. Adding an output kind means adding a folder under
 * `generator/emit/` with an `Emitter` and listing it here.
 */
export const EMITTERS: readonly Emitter[] = [typesEmitter, validatorsEmitter, permissionsEmitter, clientEmitter, mocksEmitter];

/** emit: run every emitter, then the package emitter (index, package.json, README) over their files. */
export function emitAll(context: EmitContext): EmittedFile[] {
  const outputKinds = EMITTERS.map((emitter) => emitter.name);
  const modules = EMITTERS.flatMap((emitter) => during(`emitting ${emitter.name}`, undefined, () => emitter.emit({ ...context, outputKinds })));
  const paths = new Set<string>();
  for (const file of modules) {
    if (paths.has(file.path)) throw new Error(`two emitters wrote ${file.path}`);
    paths.add(file.path);
  }
  return [...modules, ...during('emitting the package files', undefined, () => emitPackage(context, modules))];
}
