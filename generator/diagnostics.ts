import type { Diagnostic } from './model/ir.js';

export type { Diagnostic };

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
