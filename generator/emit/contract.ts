import type { ApiModel } from '../model/ir.js';
import type { PackagePlan } from '../plan/index.js';
import type { TemplateSet } from '../render/templates.js';

/**
 * The emitter contract: an emitter is a pure function of the IR. It never reads the raw
 * OpenAPI document or the file system; names and plans come from `plan`, templates through the context.
 */
export interface EmitContext {
  model: ApiModel;
  /** Every shared name and plan, decided once from `model` (`planPackage`): emitters read names here, never re-derive them. */
  plan: PackagePlan;
  templates: TemplateSet;
  /** npm package name and version of the generated package. */
  packageName: string;
  packageVersion: string;
  /**
   * Names of every output kind generated in this run (`types`, `validators`, ...), so an emitter
   * can call into a sibling module only when it exists. Filled in by `emitAll` (the kinds chosen
   * with `outputs`, and what they depend on).
   */
  outputKinds?: readonly string[];
}

/** One file of the generated package, path relative to the package root (`src/types.ts`). */
export interface EmittedFile {
  path: string;
  contents: string;
  /**
   * For a `src/*.ts` module that is a public entry point: its subpath in the package's `exports`
   * map (`.`, `./validators`). The package emitter builds `exports` from these.
   */
  entry?: string;
  /** Re-export this module from the package root (`src/index.ts`). */
  inIndex?: boolean;
  /**
   * `contents` from this offset on is already in its final layout (see `render/code-layout.ts`):
   * the formatter formats only the text before it and keeps the rest as it is.
   */
  preformattedFrom?: number;
  /**
   * `contents` from this offset on declares nothing exported (internal code, at or after
   * `preformattedFrom`): the module's declarations (`.d.ts`) are written from the text before it.
   */
  internalFrom?: number;
}

export interface Emitter {
  /** Output kind, also the template sub-folder name (`types`, `validators`, ...). */
  name: string;
  /**
   * The output kinds whose modules this one's output imports: choosing this kind (`outputs`)
   * emits them too. A sibling module used only when present is not listed; check `outputKinds`.
   */
  dependsOn: readonly string[];
  emit(context: EmitContext): EmittedFile[];
}
