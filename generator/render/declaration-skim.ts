/**
 * A module's text with the parts its declarations never read left out, so that writing its
 * `.d.ts` parses kilobytes instead of megabytes (Graph's client and validators modules are tens of
 * megabytes, almost all of it function bodies and constant initializers).
 *
 * It reads the generator's own layout: a top-level statement starts at column 0 and everything
 * inside it is indented, so the line that closes a body is the next line at column 0. Then:
 *
 * - `function f(…): R {` … `}` keeps its signature with an empty body: `function f(…): R {}`;
 * - `const x: T = {` … `};` (or `[`, `(`, a call) keeps its name and type: `const x: T = 0 as never;`;
 * - everything else (imports, types, interfaces, comments, one-line statements) stays as it is.
 *
 * Returns `undefined` when the text does not follow that layout (a column-0 line inside a body,
 * brackets that do not balance): the caller then reads the whole module. The skimmed text is only
 * used when it parses without an error, and declarations read from it are the same text as those
 * read from the whole module (`test/render/declaration-skim.test.ts` holds that over whole packages).
 */
export function skimBodies(text: string): string | undefined {
  const parts: string[] = [];
  let copiedTo = 0;
  let skimmed = false;
  for (let line = 0; line < text.length; ) {
    const end = lineEnd(text, line);
    const lead = text.charCodeAt(line);
    if (lead === F || lead === E || lead === C || lead === A || lead === L) {
      const head = text.slice(line, Math.min(end, line + 120));
      if (FUNCTION.test(head)) {
        // An overload's signature (no body) stays as it is.
        if (text.charCodeAt(end - 1) === SEMICOLON) {
          line = end + 1;
          continue;
        }
        const body = functionBody(text, line, end);
        if (body === undefined) return undefined;
        if (body.close - body.open > MIN_SKIM) {
          parts.push(text.slice(copiedTo, body.open + 1), '}');
          copiedTo = body.close + 1;
          skimmed = true;
        }
        line = body.close + 1;
        continue;
      }
      const first = text.slice(line, end);
      const value = VALUE.exec(first) ?? LOCAL_VALUE.exec(first);
      if (value !== null && OPENS.test(first)) {
        const close = closingLine(text, end);
        if (close === undefined) return undefined;
        const closeEnd = lineEnd(text, close);
        if (text.charCodeAt(closeEnd - 1) !== SEMICOLON || !CLOSING.test(text.slice(close, closeEnd))) return undefined;
        // A local value without a type is kept by name only (its declarations drop it).
        const stub = value[3] === undefined ? `${value[1]}${value[2]} = 0;` : annotationStub(value);
        if (stub !== undefined && closeEnd - line > MIN_SKIM) {
          parts.push(text.slice(copiedTo, line), stub);
          copiedTo = closeEnd;
          skimmed = true;
        }
        line = closeEnd + 1;
        continue;
      }
    }
    line = end + 1;
  }
  if (!skimmed) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

/** Bodies and initializers shorter than this stay: skimming them saves nothing worth the risk. */
const MIN_SKIM = 64;

const [F, E, C, A, L, SEMICOLON, OPEN_BRACE] = ['f', 'e', 'c', 'a', 'l', ';', '{'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number, number];
const FUNCTION = /^(?:export )?(?:async )?function\*? ?[\w$]+[<(]/;
/** `export const x: ` + the rest of the line: the statement's head and what follows the name's colon. */
const VALUE = /^((?:export )?(?:const|let) )([\w$]+): (.*)$/;
/** `const x = ` + the rest of the line, for a value the module does not export. */
const LOCAL_VALUE = /^((?:const|let) )([\w$]+) = /;
/** A first line whose initializer goes on over the next lines. */
const OPENS = /[{[(]$/;
/** The line that closes a multi-line initializer: closing brackets, then `;`. */
const CLOSING = /^[)\]}]+;$/;

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** The next line at column 0 after `from` (the end of a line), or `undefined` at the end. */
function closingLine(text: string, from: number): number | undefined {
  for (let line = from + 1; line < text.length; ) {
    const c = text.charCodeAt(line);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return line;
    line = lineEnd(text, line) + 1;
  }
  return undefined;
}

/**
 * A function statement's body: `open`, the `{` that ends its signature (the first column-0 line
 * ending in `{` with the brackets before it balanced), and `close`, the `}` that is the body's
 * closing line (the next column-0 line, which must be just `}`).
 */
function functionBody(text: string, start: number, firstEnd: number): { open: number; close: number } | undefined {
  let lineStart = start;
  let end = firstEnd;
  for (;;) {
    if (text.charCodeAt(end - 1) === OPEN_BRACE && balanced(text, start, end - 1)) break;
    const next = closingLine(text, end);
    if (next === undefined) return undefined;
    lineStart = next;
    end = lineEnd(text, lineStart);
    // A signature's own lines at column 0 close its type parameters or parameters (`>(`, `): R {`);
    // anything else is not the layout read here.
    const c = text.charCodeAt(lineStart);
    if (c !== 41 /* ) */ && c !== 62 /* > */) return undefined;
  }
  const close = closingLine(text, end);
  if (close === undefined || text.slice(close, lineEnd(text, close)) !== '}') return undefined;
  return { open: end - 1, close };
}

/** Whether `()`, `[]` and `{}` balance in `text[from, to)`, outside string literals. */
function balanced(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      if (--depth < 0) return false;
    } else if (c === 39 || c === 34 || c === 96) {
      // Skip a string literal (a template literal in a type holds no `${` in generated code; if it
      // did, the skimmed text would not parse and the whole module is read).
      for (i++; i < to && text.charCodeAt(i) !== c; i++) if (text.charCodeAt(i) === 92) i++;
      if (i >= to) return false;
    }
  }
  return depth === 0;
}

function annotationStub(value: RegExpExecArray): string | undefined {
  const type = annotation(value[3]!);
  return type === undefined ? undefined : `${value[1]}${value[2]}: ${type} = 0 as never;`;
}

/**
 * The type annotation at the start of `rest` (what follows `const x: ` on the first line), ending at
 * the first ` = ` outside brackets and strings; `undefined` when there is none.
 */
function annotation(rest: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123 || c === 60) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
    else if (c === 62 /* > */) {
      if (rest.charCodeAt(i - 1) !== 61 /* = of => */) depth--;
    } else if (c === 39 || c === 34 || c === 96) {
      for (i++; i < rest.length && rest.charCodeAt(i) !== c; i++) if (rest.charCodeAt(i) === 92) i++;
    } else if (c === 61 && depth === 0 && rest.charCodeAt(i - 1) === 32 && rest.charCodeAt(i + 1) === 32) {
      const type = rest.slice(0, i - 1);
      return type.length > 0 ? type : undefined;
    }
    if (depth < 0) return undefined;
  }
  return undefined;
}

/**
 * `text` cut into pieces of about `size` characters, each a run of whole top-level statements: a
 * cut comes before a column-0 line that follows a blank line, unless the line before the blank
 * one ends a comment (a doc comment stays with the statement after it). Reads the same layout as
 * `skimBodies`; a cut in the wrong place leaves a piece that does not parse.
 */
export function statementChunks(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const chunks: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\n\n', from + size); at !== -1; at = text.indexOf('\n\n', at + 1)) {
    const cut = at + 2;
    const c = text.charCodeAt(cut);
    // A statement (a letter) or a doc comment (`/`) at column 0, not right after a comment's end.
    const startsStatement = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47;
    if (!startsStatement || text.startsWith('*/', at - 2)) continue;
    chunks.push(text.slice(from, cut));
    from = cut;
    at = text.indexOf('\n\n', from + size) - 1;
    if (at < 0) break;
  }
  chunks.push(text.slice(from));
  return chunks;
}
