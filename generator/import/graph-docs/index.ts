/**
 * `apiwright import graph-docs <page.md|folder>... --out spec/`: Microsoft Graph reference pages
 * → apiwright spec files (OpenAPI 3.0.3 fragments plus a shared components file).
 *
 * Each page is read on its own: a page that cannot be imported is an error for that page only,
 * and every part of a page that is not understood is a warning naming `file:line`.
 */
import { planPlaceholders } from './path-placeholders.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isApiPage, parseApiPage, type ApiPage } from './api-page.js';
import { ComponentSchemas, compare } from './component-schemas.js';
import { PageImportError, WarningSink, type ImportWarning, type PageError } from './import-warnings.js';
import { parseMarkdownPage } from './markdown-blocks.js';
import { mergeOperations, type MergedOperation } from './merge-operations.js';
import { assignOperationIds } from './operation-ids.js';
import { pageToOperations, type OperationDraft } from './page-to-openapi.js';
import { ERROR_RESPONSES, ERROR_SCHEMAS, securitySchemes } from './shared-components.js';
import { componentsSpecFile, COMPONENTS_FILE, pageSpecFile, writeSpecFiles, type PageOperation, type SpecFile } from './write-spec.js';

export type { ImportWarning, PageError } from './import-warnings.js';

export interface PageOutcome {
  /** The page as shown in messages (relative to the working directory). */
  file: string;
  status: 'imported' | 'warned' | 'failed' | 'skipped';
  /** Operations this page contributes (its routes, including ones merged into another page's file). */
  operations: number;
  /** Spec file holding this page's routes, when it owns any. */
  output?: string;
  /** Pages whose file holds routes this page documents too (merged there). */
  mergedInto?: string[];
  /** Why a page was skipped (not an API page) or failed. */
  reason?: string;
}

export interface ImportResult {
  pages: PageOutcome[];
  /** API pages imported (with or without warnings). */
  imported: number;
  /** Of the imported pages, those with warnings. */
  warned: number;
  failed: number;
  /** Inputs that are not API pages (resource or conceptual pages). */
  skipped: number;
  operations: number;
  schemas: number;
  /** Every warning, for API pages and the resource pages they use, in file order. */
  warnings: ImportWarning[];
  errors: PageError[];
  /** Files written (paths under `out`). */
  files: string[];
}

export interface ImportOptions {
  out: string;
  /** Base for relative input paths and for paths in messages; default `process.cwd()`. */
  cwd?: string;
}

export async function importGraphDocs(inputs: string[], importOptions: ImportOptions): Promise<ImportResult> {
  const cwd = importOptions.cwd ?? process.cwd();
  const options = { ...importOptions, out: resolve(cwd, importOptions.out) };
  const display = (path: string): string => relative(cwd, path).split('\\').join('/') || path;
  const result: ImportResult = { pages: [], imported: 0, warned: 0, failed: 0, skipped: 0, operations: 0, schemas: 0, warnings: [], errors: [], files: [] };
  const components = new ComponentSchemas({ displayPath: display });

  const files = expandInputs(inputs, cwd, result, display);
  const drafts: OperationDraft[] = [];
  const outcomes = new Map<string, PageOutcome>();
  const pageWarnings: ImportWarning[] = [];

  const parsed: { page: ApiPage; sink: WarningSink; outcome: PageOutcome }[] = [];
  for (const path of files) {
    const file = display(path);
    const outcome: PageOutcome = { file, status: 'imported', operations: 0 };
    result.pages.push(outcome);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      fail(outcome, 1, `cannot read the page: ${(error as Error).message}`);
      continue;
    }
    if (!isApiPage(parseMarkdownPage(file, text))) {
      outcome.status = 'skipped';
      outcome.reason = 'not an API page (no "HTTP request" section)';
      result.skipped++;
      continue;
    }
    const sink = new WarningSink(file);
    try {
      parsed.push({ page: parseApiPage(path, file, text, sink), sink, outcome });
    } catch (error) {
      failPage(outcome, error);
    }
  }

  // Placeholder names are planned across every page before any page becomes operations.
  const placeholders = planPlaceholders(parsed.flatMap(({ page }) => page.requests.map((r) => r.path)));
  for (const { page, sink, outcome } of parsed) {
    for (const request of page.requests) request.path = placeholders(request.path);
    try {
      const pageDrafts = pageToOperations(page, components, sink);
      drafts.push(...pageDrafts);
      outcome.operations = pageDrafts.length;
      outcomes.set(page.pageName, outcome);
    } catch (error) {
      failPage(outcome, error);
      continue;
    }
    pageWarnings.push(...sink.warnings);
    if (sink.warnings.length > 0) outcome.status = 'warned';
  }

  const merged = mergeOperations(drafts, components);
  const ids = assignOperationIds(merged);
  const title = drafts.length > 0 && drafts.every((d) => /\bIntune\b/.test(d.page.notes.map((n) => n.text).join(' '))) ? 'Microsoft Graph Intune' : 'Microsoft Graph';

  const byOwner = new Map<string, { draft: OperationDraft; operations: PageOperation[] }>();
  for (const operation of merged) {
    const owner = operation.primary.page.pageName;
    const entry = byOwner.get(owner) ?? { draft: operation.primary, operations: [] };
    entry.operations.push({ method: operation.method, path: operation.path, operation: { operationId: ids.get(operation) ?? operation.baseName, ...operation.operation } });
    byOwner.set(owner, entry);
    noteMerges(operation, outcomes);
  }

  const specFiles: SpecFile[] = [];
  for (const owner of [...byOwner.keys()].sort()) {
    const entry = byOwner.get(owner);
    if (entry === undefined) continue;
    if (`${owner}.yaml` === COMPONENTS_FILE) {
      pageWarnings.push({ file: entry.draft.page.displayFile, line: 1, kind: 'output-name-conflict', message: `the page's spec file would replace the shared components file; written as ${owner}-page.yaml`, part: owner });
    }
    const file = pageSpecFile(`${owner}.yaml` === COMPONENTS_FILE ? `${owner}-page` : owner, entry.draft.page.displayFile, title, entry.operations);
    specFiles.push(file);
    const outcome = outcomes.get(owner);
    if (outcome !== undefined) outcome.output = join(options.out, file.name);
  }

  const graphSchemas = components.build();
  for (const name of Object.keys(ERROR_SCHEMAS)) {
    if (name in graphSchemas) result.warnings.push({ file: COMPONENTS_FILE, line: 1, kind: 'type-conflict', message: `Graph type "${name}" has the name of an error envelope schema; the error envelope's is kept`, part: name });
  }
  const schemas = { ...graphSchemas, ...ERROR_SCHEMAS };
  specFiles.push(componentsSpecFile(title, { schemas, responses: ERROR_RESPONSES, securitySchemes: securitySchemes(merged.flatMap((m) => m.scopes)) }));

  if (drafts.length > 0) result.files = writeSpecFiles(options.out, specFiles);

  result.warnings = [...pageWarnings, ...components.warnings, ...result.warnings].sort((a, b) => compare(a.file, b.file) || a.line - b.line || compare(a.kind, b.kind));
  result.imported = result.pages.filter((p) => p.status === 'imported' || p.status === 'warned').length;
  result.warned = result.pages.filter((p) => p.status === 'warned').length;
  result.failed = result.pages.filter((p) => p.status === 'failed').length;
  result.operations = merged.length;
  result.schemas = Object.keys(graphSchemas).length;
  return result;

  /** A page that cannot be imported is one error naming the page and line, never an exception text alone. */
  function failPage(outcome: PageOutcome, error: unknown): void {
    if (error instanceof PageImportError) fail(outcome, error.line, error.message);
    else fail(outcome, 1, `the page could not be imported (${error instanceof Error ? error.message : String(error)})`);
  }

  function fail(outcome: PageOutcome, line: number, message: string): void {
    outcome.status = 'failed';
    outcome.reason = message;
    result.errors.push({ file: outcome.file, line, message });
  }
}

function noteMerges(operation: MergedOperation, outcomes: Map<string, PageOutcome>): void {
  const owner = operation.primary.page.pageName;
  for (const draft of operation.drafts) {
    const name = draft.page.pageName;
    if (name === owner) continue;
    const outcome = outcomes.get(name);
    if (outcome === undefined) continue;
    const into = new Set(outcome.mergedInto ?? []);
    into.add(owner);
    outcome.mergedInto = [...into].sort();
  }
}

/** Files and folders (every `.md` below, sorted) → absolute page paths, each once. */
function expandInputs(inputs: string[], cwd: string, result: ImportResult, display: (path: string) => string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.toLowerCase().endsWith('.md')) files.push(path);
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    if (!existsSync(path)) {
      result.pages.push({ file: display(path), status: 'failed', operations: 0, reason: 'no such file or folder' });
      result.errors.push({ file: display(path), line: 0, message: 'no such file or folder' });
      continue;
    }
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
  return [...new Set(files)];
}

/** Warning kinds by count, most frequent first. */
export function warningKinds(warnings: ImportWarning[]): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.kind, (counts.get(w.kind) ?? 0) + 1);
  return [...counts.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || compare(a.kind, b.kind));
}

export function summarize(result: ImportResult, out: string): string {
  const total = result.imported + result.failed;
  const lines = [
    `imported ${result.imported} of ${total} API pages (${result.warned} with warnings), ${result.failed} failed${result.skipped > 0 ? `, ${result.skipped} other pages skipped` : ''}`,
    `${result.operations} operations, ${result.schemas} schemas, ${result.warnings.length} warnings; wrote ${result.files.length} files to ${out}`,
  ];
  const kinds = warningKinds(result.warnings);
  if (kinds.length > 0) lines.push(`warnings by kind: ${kinds.map((k) => `${k.kind} ${k.count}`).join(', ')}`);
  return lines.join('\n');
}
