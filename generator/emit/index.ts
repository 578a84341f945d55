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

/**
 * The order the emitters run in: the validators first. Their module is a run's largest (a checker
 * of each kind for every schema) and its compile the last to finish, so it starts first; the other
 * kinds are emitted while it compiles. (GitHub's spec: its compile starts 0.25 s earlier.) The
 * package files still list the kinds in output order.
 */
const EMIT_ORDER: readonly Emitter[] = [validatorsEmitter, ...EMITTERS.filter((emitter) => emitter !== validatorsEmitter)];

/** Every output kind, in output order: what `outputs` (config and `--outputs`) may name. */
export const OUTPUT_KINDS: readonly string[] = EMITTERS.map((emitter) => emitter.name);

/** The names in `requested` that are not output kinds. */
export function unknownOutputKinds(requested: readonly string[]): string[] {
  return requested.filter((kind) => !OUTPUT_KINDS.includes(kind));
}

/** The kinds `requested` names and every kind they depend on (transitively), in output order. */
export function withDependencies(requested: readonly string[]): string[] {
  const chosen = new Set<string>();
  const add = (kind: string): void => {
    if (chosen.has(kind)) return;
    chosen.add(kind);
    for (const dependency of EMITTERS.find((emitter) => emitter.name === kind)?.dependsOn ?? []) add(dependency);
  };
  for (const kind of requested) add(kind);
  return OUTPUT_KINDS.filter((kind) => chosen.has(kind));
}

/**
 * emit: run the emitters of the chosen output kinds (`outputs`, with their dependencies; every
 * kind by default), then the package emitter (index, package.json, README) over their files.
 */
export function emitAll(context: EmitContext, outputs: readonly string[] = OUTPUT_KINDS): EmittedFile[] {
  return [...emitInTurn(context, outputs)].flat();
}

/**
 * emit, one output kind at a time: yields each emitter's modules as soon as it has run, and last
 * the package files. The caller can render and write a kind's modules and drop them before the
 * next kind is emitted, so a run never holds every module's text at once: what the package
 * emitter needs of the modules (paths, entry points, their import statements) is all that is kept.
 */
export function* emitInTurn(context: EmitContext, outputs: readonly string[] = OUTPUT_KINDS): Generator<EmittedFile[], void, undefined> {
  const unknown = unknownOutputKinds(outputs);
  if (unknown.length > 0) throw new Error(`unknown output kind ${unknown.join(', ')}`);
  const outputKinds = withDependencies(outputs);
  const emitters = EMIT_ORDER.filter((emitter) => outputKinds.includes(emitter.name));
  const outlines = new Map<Emitter, EmittedFile[]>();
  const paths = new Set<string>();
  for (const emitter of emitters) {
    const modules = during(`emitting ${emitter.name}`, undefined, () => emitter.emit({ ...context, outputKinds }));
    for (const file of modules) {
      if (paths.has(file.path)) throw new Error(`two emitters wrote ${file.path}`);
      paths.add(file.path);
    }
    outlines.set(emitter, modules.map(outlineOf));
    yield modules;
  }
  const inOutputOrder = EMITTERS.flatMap((emitter) => outlines.get(emitter) ?? []);
  yield during('emitting the package files', undefined, () => emitPackage({ ...context, outputKinds }, inOutputOrder));
}

/** A module's import and re-export statements: all of its text the package emitter reads. */
const IMPORT_STATEMENT = /^(?:import|export)\b[^;]*?\bfrom\s*['"][^'"\n]*['"]|^import\s*['"][^'"\n]*['"]/gm;

/** A module without its body: path, entry point and the statements that import (see `IMPORT_STATEMENT`). */
function outlineOf(file: EmittedFile): EmittedFile {
  const { preformattedFrom: _laidOut, internalFrom: _internal, ...rest } = file;
  return { ...rest, contents: (file.contents.match(IMPORT_STATEMENT) ?? []).join('\n') };
}
