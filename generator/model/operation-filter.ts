import { SpecError } from '../diagnostics.js';
import { walkSchema } from './schema-vocabulary.js';
import type { ApiModel, Diagnostic, OperationNode, SchemaNode } from './ir.js';

/**
 * "Generate only what you use": include/exclude patterns that pick operations, and the schemas
 * those operations reach. A pattern is one of
 *
 * - a path glob, `/deviceManagement/**` (optionally after a method: `GET /users/*`): `*` matches
 *   within one path segment, `**` any number of segments (none included), `?` one character;
 *   placeholders are ordinary segments (`/users/{usersId}` or `/users/*`);
 * - `tag:<glob>`: operations with a tag matching the glob (`*` and `?`, whole tag);
 * - `operationId:<glob>`: operations whose operationId matches.
 *
 * An operation is kept when no include pattern is given or one matches it, and no exclude pattern
 * matches it: exclusion wins. Schemas are kept when a kept operation reaches them, through `$ref`s
 * anywhere in a schema (properties, items, `allOf`/`anyOf`/`oneOf`, ...) and discriminator mappings.
 */
export interface OperationFilter {
  include?: string[];
  exclude?: string[];
}

export interface FilterSummary {
  operations: { kept: number; total: number };
  schemas: { kept: number; total: number };
}

type Matcher = (op: OperationNode) => boolean;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

/** True when the filter says anything at all. */
export function isActiveFilter(filter: OperationFilter | undefined): filter is OperationFilter {
  return (filter?.include?.length ?? 0) > 0 || (filter?.exclude?.length ?? 0) > 0;
}

/** Check every pattern's syntax; returns the problems (empty when all are fine). */
export function filterPatternProblems(filter: OperationFilter): string[] {
  const problems: string[] = [];
  for (const [kind, patterns] of [['include', filter.include ?? []], ['exclude', filter.exclude ?? []]] as const) {
    for (const pattern of patterns) {
      const problem = patternProblem(pattern);
      if (problem !== undefined) problems.push(`${kind} pattern ${JSON.stringify(pattern)}: ${problem}`);
    }
  }
  return problems;
}

/**
 * Keep the operations the filter picks and exactly the schemas they reach. Names planned for the
 * whole spec stay as they are, so widening or narrowing a filter never renames a kept type.
 * Throws `SpecError` when nothing is kept; warns about patterns that match no operation.
 */
export function filterModel(model: ApiModel, filter: OperationFilter): { model: ApiModel; summary: FilterSummary } {
  const problems = filterPatternProblems(filter);
  if (problems.length > 0) throw new SpecError(problems.map((message) => ({ severity: 'error', message })));
  const include = (filter.include ?? []).map((p) => ({ pattern: p, matches: compilePattern(p), used: false }));
  const exclude = (filter.exclude ?? []).map((p) => ({ pattern: p, matches: compilePattern(p), used: false }));

  const operations = model.operations.filter((op) => {
    let included = include.length === 0;
    for (const m of include) if (m.matches(op)) (m.used = true), (included = true);
    let excluded = false;
    for (const m of exclude) if (m.matches(op)) (m.used = true), (excluded = true);
    return included && !excluded;
  });
  const warnings: Diagnostic[] = [...include, ...exclude]
    .filter((m) => !m.used)
    .map((m) => ({ severity: 'warning', message: `${include.some((i) => i === m) ? 'include' : 'exclude'} pattern ${JSON.stringify(m.pattern)} matches no operation` }));
  if (operations.length === 0) {
    const said = [...(filter.include ?? []).map((p) => `--include ${p}`), ...(filter.exclude ?? []).map((p) => `--exclude ${p}`)].join(' ');
    throw new SpecError([{ severity: 'error', message: `the operation filter (${said}) keeps none of the spec's ${model.operations.length} operations` }]);
  }

  const reached = reachedSchemas(model, operations);
  const schemas = model.schemas.filter((s) => reached.has(s.id));
  const keptFiles = new Set([...operations.map((o) => o.source.file), ...schemas.map((s) => s.schema.source.file)]);
  return {
    model: {
      ...model,
      operations,
      schemas,
      // A warning about a part of the spec the filter dropped is not the package's concern.
      warnings: [...model.warnings.filter((w) => w.file === undefined || keptFiles.has(w.file) && warningConcernsKept(w.pointer, operations, schemas)), ...warnings],
    },
    summary: { operations: { kept: operations.length, total: model.operations.length }, schemas: { kept: schemas.length, total: model.schemas.length } },
  };
}

/** Named schema ids reached from the operations, transitively. */
function reachedSchemas(model: ApiModel, operations: OperationNode[]): Set<string> {
  const byId = new Map(model.schemas.map((s) => [s.id, s]));
  const reached = new Set<string>();
  const queue: string[] = [];
  const visit = (node: SchemaNode) => {
    const refs = [node.ref, ...(node.discriminator?.mapping ?? []).map((m) => m.ref)];
    for (const ref of refs) {
      if (ref === undefined || reached.has(ref)) continue;
      reached.add(ref);
      queue.push(ref);
    }
  };
  const roots: SchemaNode[] = operations.flatMap((op) => [
    ...op.parameters.map((p) => p.schema),
    ...(op.requestBody?.content ?? []).flatMap((m) => (m.schema === undefined ? [] : [m.schema])),
    ...op.responses.flatMap((r) => [...r.content.flatMap((m) => (m.schema === undefined ? [] : [m.schema])), ...r.headers.flatMap((h) => (h.schema === undefined ? [] : [h.schema]))]),
  ]);
  for (const root of roots) walkSchema(root, visit);
  while (queue.length > 0) {
    const named = byId.get(queue.pop()!);
    if (named !== undefined) walkSchema(named.schema, visit);
  }
  return reached;
}

/** A warning placed under `/paths/...` or `/components/schemas/<name>` concerns only that part. */
function warningConcernsKept(pointer: string | undefined, operations: OperationNode[], schemas: ApiModel['schemas']): boolean {
  if (pointer === undefined) return true;
  if (pointer.startsWith('/paths/')) return operations.some((o) => pointer.startsWith(pathItemPointer(o.source.pointer)));
  if (pointer.startsWith('/components/schemas/')) return schemas.some((s) => pointer === s.schema.source.pointer || pointer.startsWith(s.schema.source.pointer + '/'));
  return true;
}

/** `/paths/~1users~1{id}/get` → `/paths/~1users~1{id}` (warnings may sit on the path item). */
function pathItemPointer(operationPointer: string): string {
  const parts = operationPointer.split('/');
  return parts.slice(0, 3).join('/');
}

function patternProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is empty';
  const prefixed = /^(tag|operationId):(.*)$/s.exec(pattern);
  if (prefixed !== null) return prefixed[2] === '' ? `names no ${prefixed[1]}` : undefined;
  const path = methodAndPath(pattern);
  if (path === undefined) return 'must be a path glob starting with "/" (optionally after a method, "GET /users/*"), "tag:<name>" or "operationId:<name>"';
  return undefined;
}

function methodAndPath(pattern: string): { method?: string; path: string } | undefined {
  const match = /^(?:([A-Za-z]+)\s+)?(\/.*)$/s.exec(pattern.trim());
  if (match === null) return undefined;
  const method = match[1]?.toLowerCase();
  if (method !== undefined && !METHODS.has(method)) return undefined;
  return method === undefined ? { path: match[2]! } : { method, path: match[2]! };
}

function compilePattern(pattern: string): Matcher {
  const prefixed = /^(tag|operationId):(.*)$/s.exec(pattern);
  if (prefixed !== null) {
    const re = wordGlob(prefixed[2]!);
    return prefixed[1] === 'tag' ? (op) => op.tags.some((t) => re.test(t)) : (op) => re.test(op.operationId);
  }
  const { method, path } = methodAndPath(pattern)!;
  const re = pathGlob(path);
  return (op) => (method === undefined || op.method === method) && re.test(op.path);
}

/** A glob over a whole word (tag or operationId): `*` any run of characters, `?` one. */
export function wordGlob(glob: string): RegExp {
  let source = '';
  for (const char of glob) source += char === '*' ? '.*' : char === '?' ? '.' : escapeRegExp(char);
  return new RegExp(`^${source}$`, 'su');
}

/**
 * A path glob: `*` within a segment, `**` any number of whole segments (`/a/**` matches `/a`,
 * `/a/b` and `/a/b/c`), `?` one character other than `/`. A trailing slash is significant.
 */
export function pathGlob(glob: string): RegExp {
  const segments = glob.split('/');
  let source = '';
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === '**') {
      source += '(?:/[^/]*)*';
      continue;
    }
    source += '/';
    for (const char of segment) source += char === '*' ? '[^/]*' : char === '?' ? '[^/]' : escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, 'su');
}

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
