// The base of the pipeline: what every step reports problems with. Imports nothing of apiwright.

/** A problem in the input, at a place in a spec file when there is one. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  file?: string;
  line?: number;
  column?: number;
  pointer?: string;
}

/** Where something came from: used for diagnostics and doc links. */
export interface SourceRef {
  /** Spec file path relative to the spec root, with `/` separators. */
  file: string;
  /** JSON pointer inside that file. */
  pointer: string;
}

/** A bad command line or option: the CLI prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An error in apiwright itself, not in the user's input. The CLI exits 70 (EX_SOFTWARE). */
export class GeneratorBugError extends Error {
  override name = 'GeneratorBugError';
}

/** An error the user caused (a bad spec, a bad option). The CLI prints it and exits 2. */
export class SpecError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'SpecError';
  }
}

/** `spec/a.yaml:12:5: error: <message> (at #/paths/~1users/get)` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file === undefined ? '' : `${d.file}${d.line === undefined ? '' : `:${d.line}:${d.column ?? 1}`}: `;
  const pointer = d.pointer === undefined ? '' : ` (at #${d.pointer})`;
  return `${where}${d.severity}: ${d.message}${pointer}`;
}

/** Encode one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + escapePointerSegment(s)).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
