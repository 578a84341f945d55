import { escapePointerSegment, parsePointer } from '../diagnostics.js';
import type { SourceRef } from '../model/ir.js';
import type { SpecDocument } from '../load/spec-document.js';

export interface Position {
  file: string;
  line: number;
  column: number;
}

/**
 * Turns the IR's source refs (file + JSON pointer) into file:line:col. YAML files use their
 * parsed node ranges; JSON files (parsed with JSON.parse, no positions) are scanned once for every
 * pointer asked for, skipping the subtrees no pointer enters, so a 10 MB description costs one pass.
 */
export class PositionFinder {
  readonly #documents: Map<string, SpecDocument>;
  readonly #display: (relPath: string) => string;
  readonly #json = new Map<SpecDocument, { offsets: Map<string, number>; lineStarts: number[] }>();

  constructor(documents: readonly SpecDocument[], display: (relPath: string) => string) {
    this.#documents = new Map(documents.map((d) => [d.relPath, d]));
    this.#display = display;
  }

  /** Find the positions of all these refs of JSON documents in one pass per document. */
  prepare(refs: Iterable<SourceRef>): void {
    const wanted = new Map<SpecDocument, Set<string>>();
    for (const ref of refs) {
      const document = this.#documents.get(ref.file);
      if (document === undefined || !isJson(document)) continue;
      let set = wanted.get(document);
      if (set === undefined) wanted.set(document, (set = new Set()));
      const pointer = document.originalPointer === undefined ? ref.pointer : document.originalPointer(ref.pointer);
      const segments = parsePointer(pointer);
      let prefix = '';
      set.add(prefix);
      for (const s of segments) set.add((prefix += '/' + escapePointerSegment(s)));
    }
    for (const [document, set] of wanted) this.#json.set(document, { offsets: scanJson(document.text, set), lineStarts: lineStarts(document.text) });
  }

  position(ref: SourceRef): Position {
    const file = this.#display(ref.file);
    const document = this.#documents.get(ref.file);
    if (document === undefined) return { file, line: 1, column: 1 };
    if (!isJson(document)) {
      const pos = document.position(ref.pointer);
      return { file, line: pos.line, column: pos.col };
    }
    let scanned = this.#json.get(document);
    if (scanned === undefined) {
      this.prepare([ref]);
      scanned = this.#json.get(document)!;
    }
    const pointer = document.originalPointer === undefined ? ref.pointer : document.originalPointer(ref.pointer);
    let offset = 0;
    let prefix = '';
    const found = scanned.offsets.get('');
    if (found !== undefined) offset = found;
    for (const s of parsePointer(pointer)) {
      prefix += '/' + escapePointerSegment(s);
      const at = scanned.offsets.get(prefix);
      if (at === undefined) break;
      offset = at;
    }
    const line = lineOf(scanned.lineStarts, offset);
    return { file, line: line + 1, column: offset - scanned.lineStarts[line]! + 1 };
  }
}

function isJson(document: SpecDocument): boolean {
  return /\.json$/i.test(document.relPath);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Offsets of the values at the wanted pointers (of the key, for an object member) in JSON text
 * that is known to parse. Only containers on the way to a wanted pointer are entered.
 */
export function scanJson(text: string, wanted: Set<string>): Map<string, number> {
  const offsets = new Map<string, number>();
  const n = text.length;
  let i = 0;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const skipString = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 34) {
        i++;
        return;
      } else i++;
    }
  };
  const skipValue = () => {
    ws();
    const c = text.charCodeAt(i);
    if (c === 34) return skipString();
    if (c === 123 || c === 91) {
      let depth = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          skipString();
          continue;
        }
        if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          depth--;
          if (depth === 0) {
            i++;
            return;
          }
        }
        i++;
      }
      return;
    }
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) return;
      i++;
    }
  };
  const value = (path: string): void => {
    ws();
    const c = text.charCodeAt(i);
    if (c === 123) {
      i++;
      ws();
      if (text.charCodeAt(i) === 125) {
        i++;
        return;
      }
      while (i < n) {
        ws();
        const keyStart = i;
        skipString();
        const key = JSON.parse(text.slice(keyStart, i)) as string;
        ws();
        i++; // ':'
        const child = `${path}/${escapePointerSegment(key)}`;
        if (wanted.has(child)) {
          offsets.set(child, keyStart);
          value(child);
        } else skipValue();
        ws();
        if (text.charCodeAt(i) === 44) i++;
        else {
          i++;
          return;
        }
      }
      return;
    }
    if (c === 91) {
      i++;
      ws();
      if (text.charCodeAt(i) === 93) {
        i++;
        return;
      }
      for (let index = 0; i < n; index++) {
        ws();
        const child = `${path}/${index}`;
        if (wanted.has(child)) {
          offsets.set(child, i);
          value(child);
        } else skipValue();
        ws();
        if (text.charCodeAt(i) === 44) i++;
        else {
          i++;
          return;
        }
      }
      return;
    }
    skipValue();
  };
  ws();
  offsets.set('', i);
  value('');
  return offsets;
}
