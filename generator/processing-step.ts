import { GeneratorBugError, SpecError, type SourceRef } from './diagnostics.js';

/**
 * What the generator is doing right now, as a stack of steps (`emitting mocks`, `for GET /x`),
 * so that a failure inside apiwright names the spec location being processed instead of
 * printing a stack trace: `spec/x.yaml:12:3: internal error while emitting mocks for GET /x: …`.
 */
export interface ProcessingStep {
  /** A phrase that continues "internal error while …" (`emitting mocks`, `for GET /x`). */
  what: string;
  /** The spec location the step works on, when it has one. */
  source?: SourceRef;
}

const steps: ProcessingStep[] = [];
let forced: string | undefined;

/**
 * For apiwright's own tests only: when `APIWRIGHT_TEST_FORCE_INTERNAL_ERROR` is set, a step whose
 * description (the steps around it joined, e.g. `emitting mocks for GET /pets`) contains its value
 * throws as a bug would. Not an option for users; it exists so the exit-70 path can be tested.
 */
export const FORCE_INTERNAL_ERROR_ENV = 'APIWRIGHT_TEST_FORCE_INTERNAL_ERROR';

/** An unexpected failure inside a step: where (the innermost step with a spec location) and what. */
export class InternalError extends GeneratorBugError {
  override name = 'InternalError';
  constructor(
    readonly steps: readonly ProcessingStep[],
    readonly causeMessage: string,
  ) {
    super(`internal error while ${describe(steps)}: ${causeMessage}`);
  }

  /** The spec location of the innermost step that has one. */
  get source(): SourceRef | undefined {
    for (let i = this.steps.length - 1; i >= 0; i--) {
      const source = this.steps[i]!.source;
      if (source !== undefined) return source;
    }
    return undefined;
  }
}

function describe(list: readonly ProcessingStep[]): string {
  return list.length === 0 ? 'generating' : list.map((s) => s.what).join(' ');
}

/**
 * Run `work` as a step. An error that is not a user error (`SpecError`) nor already located
 * becomes an `InternalError` carrying the steps active where it was thrown.
 */
export function during<T>(what: string, source: SourceRef | undefined, work: () => T): T {
  // The test hook is read once per outermost step (reading the environment costs more than a step).
  if (steps.length === 0) forced = process.env[FORCE_INTERNAL_ERROR_ENV] || undefined;
  steps.push(source === undefined ? { what } : { what, source });
  try {
    if (forced !== undefined && describe(steps).includes(forced)) throw new Error(`forced by ${FORCE_INTERNAL_ERROR_ENV} (a test hook)`);
    return work();
  } catch (error) {
    if (error instanceof SpecError || error instanceof GeneratorBugError) throw error;
    throw new InternalError([...steps], messageOf(error));
  } finally {
    steps.pop();
  }
}

/** An error's message on one line (never its stack). */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.split('\n')[0]!;
}

/** `during` for one operation: `for GET /pets/{petId}`, located at the operation. */
export function forOperation<T>(op: { method: string; path: string; source: SourceRef }, work: () => T): T {
  return during(`for ${op.method.toUpperCase()} ${op.path}`, op.source, work);
}

/** `during` for one named schema: `for schema Pet`, located at the schema. */
export function forSchema<T>(schema: { specName: string; schema: { source: SourceRef } }, work: () => T): T {
  return during(`for schema ${schema.specName}`, schema.schema.source, work);
}
