import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parsePointer } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SpecDocument } from './spec-document.js';

/** Where a `$ref` points: a document and a JSON pointer inside it. */
export interface RefTarget {
  document: SpecDocument;
  pointer: string;
  value: unknown;
}

/** Longest chain of `$ref` → `$ref` followed before giving up (cycles are caught earlier). */
export const MAX_REF_CHAIN = 10_000;

/**
 * Resolves `$ref` strings relative to the file they appear in. Only relative references inside the
 * spec root are followed: absolute paths, URLs and paths that climb out of the root are refused,
 * so generation never touches the network or files it was not given.
 */
export class RefResolver {
  constructor(
    readonly root: string,
    /** Absolute path → document; may load more documents on demand. */
    private readonly documentAt: (absPath: string) => SpecDocument | Diagnostic,
  ) {}

  resolve(from: SpecDocument, ref: unknown, refPointer: string): RefTarget | Diagnostic {
    if (typeof ref !== 'string') return from.diagnostic(refPointer, '$ref must be a string');
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : decodeFragment(ref.slice(hash + 1));
    if (fragment === undefined) return from.diagnostic(refPointer, `$ref "${ref}" has a malformed fragment`);
    if (fragment !== '' && !fragment.startsWith('/')) {
      return from.diagnostic(refPointer, `$ref "${ref}": only JSON-pointer fragments (#/...) are supported`);
    }
    let document = from;
    if (filePart !== '') {
      if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(filePart) || filePart.startsWith('//')) {
        return from.diagnostic(refPointer, `$ref "${ref}" is a URL: apiwright resolves only relative file references inside the spec root (no network access at generate time)`);
      }
      if (isAbsolute(filePart) || filePart.startsWith('/') || filePart.startsWith('\\')) {
        return from.diagnostic(refPointer, `$ref "${ref}" is an absolute path: use a path relative to ${from.relPath}`);
      }
      let decoded: string;
      try {
        decoded = decodeURIComponent(filePart);
      } catch {
        return from.diagnostic(refPointer, `$ref "${ref}" is not a valid URI reference`);
      }
      const target = resolve(dirname(from.absPath), decoded);
      if (!isInside(this.root, target)) {
        return from.diagnostic(refPointer, `$ref "${ref}" leaves the spec root (${target === this.root ? '.' : relative(this.root, target)}): refs may only point to files inside the spec folder`);
      }
      const loaded = this.documentAt(target);
      if (!('data' in loaded)) return from.diagnostic(refPointer, `$ref "${ref}": ${loaded.message}`);
      document = loaded;
    }
    const value = valueAt(document.data, fragment);
    if (value === undefined) {
      return from.diagnostic(refPointer, `$ref "${ref}" points to nothing: ${document.relPath} has no #${fragment}`);
    }
    return { document, pointer: fragment, value };
  }
}

function decodeFragment(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}

export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** The value at a JSON pointer, or undefined. Own properties only: `__proto__` is data. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
      node = node[Number(segment)];
    } else if (node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else return undefined;
  }
  return node;
}

export function isRef(value: unknown): value is Record<string, unknown> & { $ref: unknown } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, '$ref');
}
