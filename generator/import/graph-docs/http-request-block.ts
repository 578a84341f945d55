/**
 * The "HTTP request" block of a Graph API page: one `METHOD /path` line per URL the operation
 * is reachable at (`GET /users/{usersId}/managedDevices/{managedDeviceId}`, ...).
 */
import type { WarningSink } from './import-warnings.js';
import type { CodeBlock } from './markdown-blocks.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';

export interface RequestLine {
  method: HttpMethod;
  /** Path template relative to the service root, e.g. `/users/{usersId}`. */
  path: string;
  line: number;
  /**
   * Query parameters the page shows on this route (`GET /me/events?$select=subject`, or several
   * lines differing only in their query string): names, in order of appearance.
   */
  query: string[];
}

const REQUEST_LINE = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+(.+?)(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/i;
const SERVICE_ROOT = /^https:\/\/graph\.microsoft\.com\/(?:v1\.0|beta)(?=\/)/i;

export function parseHttpRequestBlock(block: CodeBlock, sink: WarningSink): RequestLine[] {
  const requests: RequestLine[] = [];
  let inBody = false;
  block.lines.forEach((text, index) => {
    const line = block.line + 1 + index;
    if (inBody || text.trim() === '') return;
    // The block may be a whole HTTP message: header lines (`Prefer: odata.maxpagesize=2`) after
    // a request line, then a JSON body.
    if (requests.length > 0 && /^[A-Za-z][A-Za-z0-9-]*:\s/.test(text.trim())) return;
    if (requests.length > 0 && /^[{[]/.test(text.trim())) {
      inBody = true;
      return;
    }
    const match = REQUEST_LINE.exec(text.trim());
    const path = normalizePath(match?.[2] ?? '');
    if (match === null || path === undefined) {
      sink.warn('http-request-unparsed', line, 'not a "METHOD /path" line', text.trim());
      return;
    }
    const method = (match[1] ?? 'GET').toLowerCase() as HttpMethod;
    const query = queryNames(match[2] ?? '');
    // Lines that differ only in their query string are one route with those query parameters.
    const same = requests.find((r) => r.method === method && r.path === path);
    if (same !== undefined) {
      for (const name of query) if (!same.query.includes(name)) same.query.push(name);
      return;
    }
    requests.push({ method, path, line, query });
  });
  return requests;
}

/**
 * `/users/{usersId}` stays; an absolute Graph URL loses its service root; a query string is cut.
 * Returns undefined for anything that is not a path template with balanced braces.
 */
export function normalizePath(raw: string): string | undefined {
  let path = raw.trim().replace(SERVICE_ROOT, '');
  const query = queryStart(path);
  if (query >= 0) path = path.slice(0, query);
  // A function's parameter list may space its commas: `resizedRange(deltaRows={n}, deltaColumns={n})`.
  path = path.replace(/\(([^()]*)\)/g, (_whole, inner: string) => `(${inner.replace(/\s*,\s*/g, ',')})`);
  // Spaces only inside placeholders (`{id | userPrincipalName}`); anything else is not a path.
  if (/\s/.test(path.replace(/\{[^}]*\}/g, ''))) return undefined;
  // Some pages write the path relative to the service root (`GET policies/x`).
  if (/^[A-Za-z$]/.test(path)) path = `/${path}`;
  if (!path.startsWith('/')) return undefined;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  let depth = 0;
  for (const ch of path) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (depth < 0 || depth > 1) return undefined;
  }
  if (depth !== 0 || /\{\}/.test(path)) return undefined;
  return path;
}

/** Names of the `{templated}` parts of a path, in order. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
}

/** Where the query string starts (a `?` outside placeholders), or -1. */
function queryStart(target: string): number {
  let depth = 0;
  for (let i = 0; i < target.length; i++) {
    const ch = target[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '?' && depth === 0) return i;
  }
  return -1;
}

/** `/x?$select=a,b&$filter=id eq '1'&top=5` → `['$select', '$filter', 'top']`. */
export function queryNames(target: string): string[] {
  const start = queryStart(target);
  if (start < 0) return [];
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const text = target.slice(start + 1);
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === undefined || (ch === '&' && depth <= 0)) {
      const name = current.split('=')[0]?.trim() ?? '';
      if (/^\$?[A-Za-z][A-Za-z0-9_.-]*$/.test(name) && !names.includes(name)) names.push(name);
      current = '';
      continue;
    }
    current += ch;
  }
  return names;
}
