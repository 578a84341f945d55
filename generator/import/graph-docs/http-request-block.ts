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
}

const REQUEST_LINE = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+(\S+)\s*$/i;
const SERVICE_ROOT = /^https:\/\/graph\.microsoft\.com\/(?:v1\.0|beta)(?=\/)/i;

export function parseHttpRequestBlock(block: CodeBlock, sink: WarningSink): RequestLine[] {
  const requests: RequestLine[] = [];
  block.lines.forEach((text, index) => {
    const line = block.line + 1 + index;
    if (text.trim() === '') return;
    const match = REQUEST_LINE.exec(text.trim());
    const path = normalizePath(match?.[2] ?? '');
    if (match === null || path === undefined) {
      sink.warn('http-request-unparsed', line, 'not a "METHOD /path" line', text.trim());
      return;
    }
    const method = (match[1] ?? 'GET').toLowerCase() as HttpMethod;
    if (requests.some((r) => r.method === method && r.path === path)) {
      sink.warn('http-request-unparsed', line, 'the same request line appears twice', text.trim());
      return;
    }
    requests.push({ method, path, line });
  });
  return requests;
}

/**
 * `/users/{usersId}` stays; an absolute Graph URL loses its service root; a query string is cut.
 * Returns undefined for anything that is not a path template with balanced braces.
 */
export function normalizePath(raw: string): string | undefined {
  let path = raw.replace(SERVICE_ROOT, '');
  const query = path.indexOf('?');
  if (query >= 0) path = path.slice(0, query);
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
