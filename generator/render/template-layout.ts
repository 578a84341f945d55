import { LINE_WIDTH } from './literal-layout.js';

/**
 * The final layout of a TypeScript module rendered from a built-in template, so it needs no
 * formatter (prettier costs seconds on a big spec's types and client, and its load time on a small
 * one). The templates are written laid out; the code they insert is written one statement or
 * member per line without indentation, and sometimes as one long line (a union of literals, an
 * operation's spec). This:
 *
 * - indents every line without indentation of its own by the depth of the brackets around it
 *   (a line keeps the indentation the template gave it), and the lines of a block comment one
 *   space deeper than its opening line;
 * - keeps at most one blank line in a row, none right after an opening or before a closing bracket;
 * - breaks a line without indentation of its own that is longer than `LINE_WIDTH`: a type alias's or a type member's union into one
 *   member per line (`| A`), else the first bracket group holding a list (`,` or `;`) into one
 *   item per line with a trailing separator, again for every line that is still too long.
 *
 * Strings, template literals, comments and regular expressions are read as such, so brackets and
 * separators inside them are never counted; a template literal or comment spanning lines is kept
 * as it is. The result is a function of the text alone (deterministic).
 */
export function layoutTemplateCode(code: string, width = LINE_WIDTH): string {
  const out: string[] = [];
  const scanner = new LineScanner();
  // Type context of every open bracket (a type alias, an interface, or a bracket inside one).
  const typeContext: boolean[] = [];
  let commentIndent: string | undefined;
  for (const raw of splitClosers(code)) {
    const continuing = scanner.state;
    if (continuing === 'template') {
      out.push(raw);
      scanner.scan(raw);
      continue;
    }
    const line = raw.trim();
    if (continuing === 'comment') {
      out.push(line === '' ? '' : line.startsWith('*') ? `${commentIndent ?? ''} ${line}` : raw);
      scanner.scan(raw);
      continue;
    }
    if (line === '') {
      const previous = out[out.length - 1];
      if (previous !== undefined && previous !== '' && !/[{([]$/.test(previous)) out.push('');
      continue;
    }
    const scan = scanner.scan(line);
    const depth = Math.max(0, typeContext.length - scan.leadingClosers);
    const own = leadingBlanks(raw);
    const indent = own !== '' ? own : indentOf(depth);
    const first = line.charCodeAt(0);
    if ((first === 0x29 || first === 0x5d || first === 0x7d) && out[out.length - 1] === '') out.pop();
    const inType = (depth > 0 && typeContext[depth - 1] === true) || /^(export\s+)?(declare\s+)?(type|interface)\s/.test(line);
    // A line the template indented is kept as its author wrote it; inserted code is laid out.
    if (own !== '' || indent.length + line.length <= width) out.push(`${indent}${line}`);
    else out.push(...breakLine(indent, line, inType, width));
    if (scanner.state === 'comment') commentIndent = indent;
    // Brackets this line leaves open are type context when the line is.
    const opensType = inType;
    for (let i = 0; i < scan.closes; i++) typeContext.pop();
    for (let i = 0; i < scan.opens; i++) typeContext.push(opensType);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** The spaces and tabs `line` starts with. */
function leadingBlanks(line: string): string {
  let n = 0;
  while (n < line.length && (line.charCodeAt(n) === 0x20 || line.charCodeAt(n) === 0x09)) n++;
  return n === 0 ? '' : line.slice(0, n);
}

const INDENTS: string[] = [''];

/** Two spaces per level of `depth`. */
function indentOf(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]!}  `);
  return INDENTS[depth]!;
}

/** `line` (already indented by `indent`) as one or more lines no wider than `width` where it can be broken. */
function breakLine(indent: string, line: string, inType: boolean, width: number, item = false): string[] {
  if (indent.length + line.length <= width) return [`${indent}${line}`];
  const tokens = topLevel(line);
  if (inType && tokens.unions.length > 0) {
    // `type X = A | B;` / `name?: A | B;` → the head, then `| A` … one per line (an item of a
    // broken group, `(A | B)[]`, has no head).
    const head = tokens.heads.filter((h) => h < tokens.unions[0]!).pop() ?? (item ? -1 : undefined);
    if (head !== undefined) {
      const end = tokens.end;
      const members = [head + 1, ...tokens.unions.map((u) => u + 1)].map((start, i, all) => line.slice(start, i + 1 < all.length ? all[i + 1]! - 1 : end).trim());
      const inner = head < 0 ? indent : `${indent}  `;
      const lines = head < 0 ? [] : [`${indent}${line.slice(0, head + 1)}`];
      members.forEach((member, i) => lines.push(...breakLine(inner, `| ${member}${i === members.length - 1 ? line.slice(end) : ''}`, inType, width)));
      return lines;
    }
  }
  const group = tokens.groups.find((g) => g.separators.length > 0) ?? tokens.unclosed ?? tokens.groups.filter((g) => g.close > g.open + 1).sort((a, b) => b.close - b.open - (a.close - a.open))[0];
  if (group === undefined) return [`${indent}${line}`];
  const separator = group.separators.length > 0 && line[group.separators[0]!] === ';' ? ';' : ',';
  // A group the line leaves open (its last item continues on the next lines) keeps that item as it is.
  const open = group.close < 0;
  const bounds = [group.open, ...group.separators, open ? line.length : group.close];
  const items: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const item = line.slice(bounds[i]! + 1, bounds[i + 1]).trim();
    if (item !== '') items.push(item);
  }
  const inner = `${indent}  `;
  const lines = [`${indent}${line.slice(0, group.open + 1)}`];
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    // No separator after a rest parameter or element (`...x,` is an error in a parameter list).
    // A group without separators (`(A | B)[]`, a block of one statement) gets none.
    const trailing = (open && last) || group.separators.length === 0 ? '' : !last || !item.startsWith('...') ? separator : '';
    lines.push(...breakLine(inner, `${item}${trailing}`, inType, width, true));
  });
  if (!open) lines.push(...breakLine(indent, line.slice(group.close), inType, width));
  return lines;
}

interface Group {
  open: number;
  close: number;
  /** Offsets of the `,` or `;` directly inside the group. */
  separators: number[];
}

/**
 * What a line holds outside strings and comments, at bracket depth 0: its closed bracket groups,
 * the offsets of `|` between union members, of `=` and `:` (a union's head) and where the code
 * ends (before a trailing `;`/`,` or comment).
 */
function topLevel(line: string): { groups: Group[]; unclosed: Group | undefined; unions: number[]; heads: number[]; end: number } {
  const groups: Group[] = [];
  const unions: number[] = [];
  const heads: number[] = [];
  const stack: Group[] = [];
  let end = line.length;
  const scanner = new LineScanner();
  // Type arguments (`Promise<A, B>`): their commas and `|` separate nothing the line may break at.
  let angles = 0;
  scanner.scan(line, (char, at) => {
    if (char === '//') {
      end = Math.min(end, at);
      return;
    }
    if (char === '<' && /[\w$.]/.test(line[at - 1] ?? '') && /[\w$.{(['"]/.test(line[at + 1] ?? '')) angles++;
    else if (char === '>' && angles > 0 && line[at - 1] !== '=') angles--;
    if (angles > 0 && (char === ',' || char === ';' || char === '|')) return;
    if ('([{'.includes(char)) stack.push({ open: at, close: -1, separators: [] });
    else if (')]}'.includes(char)) {
      const group = stack.pop();
      // A `(…;…)` (a `for` head) is never broken into lines.
      if (group !== undefined && stack.length === 0 && !(line[group.open] === '(' && group.separators.some((s) => line[s] === ';'))) {
        group.close = at;
        groups.push(group);
      }
    } else if (char === ',' || char === ';') {
      if (stack.length === 1) stack[0]!.separators.push(at);
    } else if (stack.length === 0) {
      if (char === '|' && line[at + 1] !== '|' && line[at - 1] !== '|' && line[at + 1] !== '=') unions.push(at);
      else if ((char === '=' && !'=!<>'.includes(line[at - 1] ?? '') && !'=>'.includes(line[at + 1] ?? '')) || char === ':') heads.push(at);
    }
  });
  const trimmed = line.slice(0, end).trimEnd();
  if (trimmed.endsWith(';') || trimmed.endsWith(',')) end = trimmed.length - 1;
  else end = trimmed.length;
  // A group whose contents stop at a line comment is not closed on this line.
  // The outermost bracket the line leaves open, when it holds a list (`const x = { a: 1, f: () => {`).
  const outer = stack[0];
  const unclosed = outer !== undefined && outer.separators.length > 0 && line[outer.open] === '{' ? outer : undefined;
  return { groups: groups.filter((g) => g.close <= end), unclosed, unions, heads, end };
}

/**
 * Reads code line by line, carrying what is open across lines (a block comment, a template
 * literal), and reports brackets and punctuation outside strings, comments and regular expressions.
 */
class LineScanner {
  state: 'code' | 'comment' | 'template' = 'code';
  /** Depth of `${` inside an open template literal. */
  #templateDepth: number[] = [];

  scan(line: string, visit?: (char: string, at: number) => void): { opens: number; closes: number; leadingClosers: number } {
    let opens = 0;
    let closes = 0;
    let leadingClosers = 0;
    let leading = true;
    // The token before (see `startsRegex`): none yet, a word (`line.slice(wordStart, wordEnd)`), a
    // regular expression, or a punctuation character's code. (Read as codes: a word is sliced only
    // when a `/` follows it.)
    let previous = NO_TOKEN;
    let wordStart = 0;
    let wordEnd = 0;
    let i = 0;
    const length = line.length;
    while (i < length) {
      const code = line.charCodeAt(i);
      if (this.state === 'comment') {
        const close = line.indexOf('*/', i);
        if (close < 0) return { opens, closes, leadingClosers };
        this.state = 'code';
        i = close + 2;
        continue;
      }
      if (this.state === 'template') {
        if (code === BACKSLASH) i += 2;
        else if (code === BACKTICK) (this.state = 'code'), i++, (previous = BACKTICK);
        else if (code === DOLLAR && line.charCodeAt(i + 1) === OPEN_BRACE) this.#templateDepth.push(0), (this.state = 'code'), (i += 2);
        else i++;
        continue;
      }
      if (code === SPACE || code === TAB) {
        i++;
        continue;
      }
      if (isWordChar(code)) {
        wordStart = i;
        while (i < length && isWordChar(line.charCodeAt(i))) i++;
        wordEnd = i;
        previous = WORD;
        leading = false;
        continue;
      }
      if (code === SLASH) {
        const next = line.charCodeAt(i + 1);
        if (next === SLASH) {
          visit?.('//', i);
          return { opens, closes, leadingClosers };
        }
        if (next === STAR) {
          this.state = 'comment';
          i += 2;
          continue;
        }
        if (startsRegex(previous, line, wordStart, wordEnd)) {
          i = endOfRegex(line, i);
          leading = false;
          previous = REGEX;
          continue;
        }
      } else if (code === QUOTE || code === DOUBLE_QUOTE) {
        i = endOfString(line, i);
        leading = false;
        previous = code;
        continue;
      } else if (code === BACKTICK) {
        this.state = 'template';
        leading = false;
        i++;
        continue;
      }
      if (this.#templateDepth.length > 0) {
        const top = this.#templateDepth.length - 1;
        if (code === OPEN_BRACE) this.#templateDepth[top]!++;
        else if (code === CLOSE_BRACE) {
          if (this.#templateDepth[top] === 0) {
            this.#templateDepth.pop();
            this.state = 'template';
            i++;
            continue;
          }
          this.#templateDepth[top]!--;
        }
      }
      if (code === OPEN_PAREN || code === OPEN_BRACKET || code === OPEN_BRACE) {
        opens++;
        leading = false;
      } else if (code === CLOSE_PAREN || code === CLOSE_BRACKET || code === CLOSE_BRACE) {
        if (opens > 0) opens--;
        else closes++;
        if (leading) leadingClosers++;
      } else leading = false;
      visit?.(line[i]!, i);
      previous = code;
      i++;
    }
    return { opens, closes, leadingClosers };
  }
}

const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const DOLLAR = 0x24;
const SLASH = 0x2f;
const STAR = 0x2a;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** `LineScanner.scan`'s token before a `/`, when it is no punctuation character: none, a word, a regular expression. */
const NO_TOKEN = -1;
const WORD = -2;
const REGEX = -3;

/** Keywords after which a `/` starts a regular expression. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'in', 'of', 'void', 'throw', 'new', 'delete', 'yield', 'await']);
/** Punctuation after which a `/` starts a regular expression. */
const REGEX_AFTER_PUNCTUATION = new Set([...'(,=:[!&|?{};+-*%<>~^'].map((c) => c.charCodeAt(0)));

/**
 * A `/` after this token starts a regular expression (not a division): at the start of a line,
 * after one of those keywords or punctuation characters. After a number, an identifier or a
 * regular expression it divides.
 */
function startsRegex(previous: number, line: string, wordStart: number, wordEnd: number): boolean {
  if (previous === NO_TOKEN) return true;
  if (previous === REGEX) return false;
  if (previous === WORD) return REGEX_AFTER_WORDS.has(line.slice(wordStart, wordEnd));
  return REGEX_AFTER_PUNCTUATION.has(previous);
}

/** `A-Z a-z 0-9 _ $` (a word: an identifier, a keyword or a number). */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

function endOfString(line: string, start: number): number {
  const quote = line[start];
  let i = start + 1;
  while (i < line.length && line[i] !== quote) i += line[i] === '\\' ? 2 : 1;
  return i + 1;
}

function endOfRegex(line: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\') i += 2;
    else if (c === '[') (inClass = true), i++;
    else if (c === ']') (inClass = false), i++;
    else if (c === '/' && !inClass) break;
    else i++;
  }
  i++;
  while (i < line.length && /[a-z]/.test(line[i]!)) i++;
  return i;
}

/**
 * The lines of `code`, where an unindented line of closing brackets only (`} };`, inserted code
 * closing several blocks at once) becomes one line per bracket.
 */
function splitClosers(code: string): string[] {
  const lines: string[] = [];
  for (const line of code.split('\n')) {
    if (/^[)\]}][)\]};,]*(\s+[)\]}][)\]};,]*)+$/.test(line)) lines.push(...line.split(/\s+/));
    else lines.push(line);
  }
  return lines;
}
