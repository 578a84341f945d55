/**
 * Warnings and page errors of an import. Nothing a page says is dropped silently: a part the
 * importer cannot read becomes a warning naming `file:line`, a kind (for counting) and the part
 * itself, as written on the page.
 */

export interface ImportWarning {
  file: string;
  line: number;
  /** Short, stable category, e.g. `permission-scopes-missing`; used to count warnings by kind. */
  kind: string;
  message: string;
  /** The text of the page that was not (fully) understood. */
  part: string;
}

export interface PageError {
  file: string;
  line: number;
  message: string;
}

/** Collects the warnings of one page. */
export class WarningSink {
  readonly warnings: ImportWarning[] = [];

  constructor(readonly file: string) {}

  warn(kind: string, line: number, message: string, part: string): void {
    this.warnings.push({ file: this.file, line, kind, message, part });
  }
}

/** Thrown when a page cannot be imported at all; caught per page by the importer. */
export class PageImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'PageImportError';
  }
}

export function formatWarning(w: ImportWarning): string {
  return `${w.file}:${w.line}: warning [${w.kind}] ${w.message}: ${JSON.stringify(w.part)}`;
}
