import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Node, type Document } from 'yaml';
import { parsePointer } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { loadPlainYaml } from './plain-yaml.js';

/** Limits on input, so a hostile file costs a bounded amount of time and memory. */
export const INPUT_LIMITS = {
  /** Largest spec file read, in bytes (GitHub's fully dereferenced description is 73 MB). */
  maxFileBytes: 256 * 1024 * 1024,
  /** YAML alias expansion budget (billion-laughs). */
  maxAliasCount: 1000,
  /** Deepest nesting of objects/arrays accepted. */
  maxDepth: 1000,
};

/** One parsed spec file with a way back from a JSON pointer to `line:col`. */
export class SpecDocument {
  #yaml: { doc: Document; lines: LineCounter } | undefined;
  /** For a converted document (Swagger 2.0): where a pointer of `data` stands in the original text. */
  originalPointer: ((pointer: string) => string) | undefined;

  constructor(
    /** Path relative to the spec root, `/`-separated: how diagnostics name the file. */
    readonly relPath: string,
    /** Absolute path on disk. */
    readonly absPath: string,
    readonly text: string,
    public data: unknown,
    yaml?: { doc: Document; lines: LineCounter },
  ) {
    this.#yaml = yaml;
  }

  /** A diagnostic located at `pointer` in this file (line and column of the value, or its nearest parent). */
  diagnostic(pointer: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
    const pos = this.position(pointer);
    return { severity, message, file: this.relPath, line: pos.line, column: pos.col, pointer };
  }

  position(pointer: string): { line: number; col: number } {
    if (this.originalPointer !== undefined) pointer = this.originalPointer(pointer);
    // Positions are only needed for a diagnostic: the file is parsed for them then (JSON files are
    // read with JSON.parse, YAML files' syntax trees are not kept: see `parseSpecText`).
    this.#yaml ??= parseYaml(this.text).yaml;
    const { doc, lines } = this.#yaml;
    let node: unknown = doc.contents;
    let found: Node | undefined = isNode(node) ? node : undefined;
    for (const segment of parsePointer(pointer)) {
      let keyNode: Node | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyText(p.key) === segment);
        if (pair === undefined) break;
        keyNode = isNode(pair.key) ? pair.key : undefined;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        node = item;
      } else break;
      // A scalar is reported where it stands; a mapping or sequence at its key (`patch:`).
      if (isScalar(node)) found = node;
      else if (keyNode !== undefined) found = keyNode;
      else if (isNode(node)) found = node;
    }
    const offset = found?.range?.[0] ?? 0;
    return lines.linePos(offset);
  }
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

export function parseYaml(text: string): { yaml: { doc: Document; lines: LineCounter }; errors: { message: string; line: number; col: number }[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const errors = [...doc.errors].map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return { message: e.message.split('\n')[0]!, line: pos.line, col: pos.col };
  });
  return { yaml: { doc, lines }, errors };
}

/** The diagnostic for a spec file over `INPUT_LIMITS.maxFileBytes`. */
export function tooLarge(relPath: string): { document?: SpecDocument; diagnostics: Diagnostic[] } {
  return { diagnostics: [{ severity: 'error', file: relPath, line: 1, column: 1, message: `file is larger than ${INPUT_LIMITS.maxFileBytes.toLocaleString('en')} bytes, the most apiwright reads from one spec file` }] };
}

/**
 * Parse a spec file's text. JSON goes through JSON.parse (fast; positions recovered lazily from the
 * YAML parser on error); plain YAML through js-yaml (`loadPlainYaml`), any other YAML through the
 * `yaml` package with alias expansion capped (its syntax tree parsed when a diagnostic needs a
 * position).
 */
export function parseSpecText(relPath: string, absPath: string, text: string): { document?: SpecDocument; diagnostics: Diagnostic[] } {
  if (text.length > INPUT_LIMITS.maxFileBytes) return tooLarge(relPath);
  const isJson = /\.json$/i.test(relPath);
  if (isJson) {
    try {
      const data = JSON.parse(text) as unknown;
      return checkDepth(new SpecDocument(relPath, absPath, text, data));
    } catch (error) {
      const located = findJsonSyntaxError(text);
      const message = located?.message ?? (error instanceof Error ? error.message : String(error));
      const pos = located === undefined ? { line: 1, col: 1 } : offsetToLineCol(text, located.offset);
      return { diagnostics: [{ severity: 'error', file: relPath, line: pos.line, column: pos.col, message: `invalid JSON: ${message}` }] };
    }
  }
  // Most spec files are plain YAML, read several times faster without the `yaml` package's
  // document model; the rest (anchors, tags, errors, ...) takes the full reader below.
  const plain = loadPlainYaml(text, INPUT_LIMITS.maxDepth);
  if (plain !== undefined) return checkDepth(new SpecDocument(relPath, absPath, text, plain));
  const { yaml, errors } = parseYaml(text);
  if (errors.length > 0) {
    return { diagnostics: errors.map((e) => ({ severity: 'error' as const, file: relPath, line: e.line, column: e.col, message: `invalid YAML: ${e.message}` })) };
  }
  let data: unknown;
  try {
    data = yaml.doc.toJS({ maxAliasCount: INPUT_LIMITS.maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { diagnostics: [{ severity: 'error', file: relPath, line: 1, column: 1, message: `invalid YAML: ${message} (alias expansion is capped at ${INPUT_LIMITS.maxAliasCount})` }] };
  }
  // The parsed document (its syntax tree with positions, several times the text's size) is not
  // kept: positions are only needed for a diagnostic, and the file is then parsed again.
  return checkDepth(new SpecDocument(relPath, absPath, text, data));
}

/** Reject documents nested deeper than the limit, iteratively (no recursion to overflow). */
function checkDepth(document: SpecDocument): { document?: SpecDocument; diagnostics: Diagnostic[] } {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: document.data, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > INPUT_LIMITS.maxDepth) {
      return { diagnostics: [{ severity: 'error', file: document.relPath, line: 1, column: 1, pointer: path.length > 200 ? path.slice(0, 200) + '…' : path, message: `document is nested deeper than ${INPUT_LIMITS.maxDepth} levels` }] };
    }
    for (const [key, child] of Object.entries(value)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1, path: depth < 50 ? `${path}/${key}` : path });
    }
  }
  return { document, diagnostics: [] };
}

function offsetToLineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}
