/**
 * A string that matches a JSON Schema `pattern`, for the common shapes patterns take in API specs:
 * literals, escapes (`\d`, `\w`, `\s`, `\.`), character classes with ranges and negation, groups,
 * alternation (the first branch is taken) and quantifiers (`?`, `*`, `+`, `{n,m}`; one repetition,
 * or the minimum). Lookarounds and backreferences are not attempted. The result is always checked
 * with the pattern itself; `undefined` when no match was found.
 */
export function sampleForPattern(pattern: string, random: () => number, length: { min?: number; max?: number } = {}): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  // Open-ended quantifiers repeat more and more until the string is long enough.
  for (const repeat of [1, 2, 3, 5, 8, 13, 21, 34, 64]) {
    let candidate: string;
    try {
      candidate = new PatternSampler(pattern, random, repeat).sample();
    } catch {
      return undefined;
    }
    const size = [...candidate].length;
    if (size > (length.max ?? Number.POSITIVE_INFINITY)) return undefined;
    if (size >= (length.min ?? 0) && regex.test(candidate)) return candidate;
  }
  return undefined;
}

class Unsupported extends Error {}

const DIGITS = '0123456789';
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
/** Characters tried, in order, for a negated class or `.`. */
const FALLBACKS = ['a', 'x', 'A', '0', '1', '_', '-', '.', ' ', '~'];

class PatternSampler {
  #at = 0;

  constructor(
    private readonly pattern: string,
    private readonly random: () => number,
    /** Repetitions of an open-ended quantifier (`*`, `+`, `{n,}`). */
    private readonly repeat: number,
  ) {}

  sample(): string {
    const out = this.#alternation();
    if (this.#at < this.pattern.length) throw new Unsupported('unbalanced )');
    return out;
  }

  /** A sequence; at `|` the rest of the alternatives are skipped. */
  #alternation(): string {
    const out = this.#sequence();
    while (this.pattern[this.#at] === '|') {
      this.#at++;
      this.#sequence();
    }
    return out;
  }

  #sequence(): string {
    let out = '';
    while (this.#at < this.pattern.length) {
      const ch = this.pattern[this.#at]!;
      if (ch === '|' || ch === ')') break;
      if (ch === '^' || ch === '$') {
        this.#at++;
        continue;
      }
      const atomStart = this.#at;
      const atom = this.#atom();
      const count = this.#quantifier();
      // Each repetition is sampled anew, so `[a-z]{3}` can give three different letters.
      let repeated = count > 0 ? atom : '';
      for (let i = 1; i < count; i++) {
        const end = this.#at;
        this.#at = atomStart;
        repeated += this.#atom();
        this.#at = end;
      }
      out += repeated;
    }
    return out;
  }

  #atom(): string {
    const ch = this.pattern[this.#at]!;
    this.#at++;
    switch (ch) {
      case '(':
        return this.#group();
      case '[':
        return this.#characterClass();
      case '\\':
        return this.#escape(false);
      case '.':
        return 'a';
      case '*':
      case '+':
      case '?':
      case '{':
        if (ch === '{' && !/^\d/.test(this.pattern.slice(this.#at))) return '{';
        throw new Unsupported('nothing to repeat');
      default:
        return ch;
    }
  }

  #group(): string {
    if (this.pattern.startsWith('?:', this.#at)) this.#at += 2;
    else if (this.pattern.startsWith('?<', this.#at) && !/^\?<[=!]/.test(this.pattern.slice(this.#at))) this.#at = this.pattern.indexOf('>', this.#at) + 1;
    else if (this.pattern[this.#at] === '?') throw new Unsupported('lookaround');
    const out = this.#alternation();
    if (this.pattern[this.#at] !== ')') throw new Unsupported('unclosed group');
    this.#at++;
    return out;
  }

  /** How many times to repeat the atom just read: within the quantifier's bounds, `repeat` when open-ended. */
  #quantifier(): number {
    const ch = this.pattern[this.#at];
    let count = 1;
    if (ch === '?') this.#at++;
    else if (ch === '*' || ch === '+') {
      this.#at++;
      count = this.repeat;
    } else if (ch === '{') {
      const found = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.#at));
      if (found === null) return 1;
      this.#at += found[0].length;
      const min = Number(found[1]);
      const max = found[3] === undefined ? min : found[3] === '' ? Number.POSITIVE_INFINITY : Number(found[3]);
      if (min > 1000 || max < min) throw new Unsupported('repetition');
      count = Math.max(min, Math.min(max, found[2] === undefined ? min : Math.max(1, this.repeat)));
    }
    if (this.pattern[this.#at] === '?') this.#at++;
    return count;
  }

  #characterClass(): string {
    const negated = this.pattern[this.#at] === '^';
    if (negated) this.#at++;
    const members: string[] = [];
    let first = true;
    while (this.#at < this.pattern.length && (this.pattern[this.#at] !== ']' || first)) {
      first = false;
      let low: string;
      if (this.pattern[this.#at] === '\\') {
        this.#at++;
        const escaped = this.#escape(true);
        if (escaped.length !== 1) {
          members.push(escaped);
          continue;
        }
        low = escaped;
      } else low = this.pattern[this.#at++]!;
      if (this.pattern[this.#at] === '-' && this.pattern[this.#at + 1] !== ']' && this.#at + 1 < this.pattern.length) {
        this.#at++;
        const high = this.pattern[this.#at] === '\\' ? (this.#at++, this.#escape(true)) : this.pattern[this.#at++]!;
        members.push(rangeOf(low, high));
      } else members.push(low);
    }
    if (this.pattern[this.#at] !== ']') throw new Unsupported('unclosed class');
    this.#at++;
    const allowed = members.join('');
    if (negated) {
      const pick = FALLBACKS.find((c) => !allowed.includes(c));
      if (pick === undefined) throw new Unsupported('negated class');
      return pick;
    }
    if (allowed === '') throw new Unsupported('empty class');
    return allowed[Math.floor(this.random() * allowed.length)]!;
  }

  /** After a backslash. In a class, `\d` and friends stand for their whole set. */
  #escape(inClass: boolean): string {
    const ch = this.pattern[this.#at++];
    switch (ch) {
      case 'd':
        return inClass ? DIGITS : DIGITS[Math.floor(this.random() * 10)]!;
      case 'w':
        return inClass ? WORD : 'abcdefghijklmnopqrstuvwxyz'[Math.floor(this.random() * 26)]!;
      case 's':
        return ' ';
      case 'D':
      case 'W':
      case 'S':
        if (inClass) throw new Unsupported('negated escape in a class');
        return ch === 'D' ? 'a' : ch === 'W' ? '-' : 'a';
      case 'b':
        if (inClass) return '\b';
        return '';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = /^[0-9a-fA-F]{4}/.exec(this.pattern.slice(this.#at));
        if (hex === null) throw new Unsupported('\\u');
        this.#at += 4;
        return String.fromCharCode(parseInt(hex[0], 16));
      }
      case 'x': {
        const hex = /^[0-9a-fA-F]{2}/.exec(this.pattern.slice(this.#at));
        if (hex === null) throw new Unsupported('\\x');
        this.#at += 2;
        return String.fromCharCode(parseInt(hex[0], 16));
      }
      case undefined:
        throw new Unsupported('trailing backslash');
      default:
        if (/[1-9kpPBc]/.test(ch)) throw new Unsupported(`\\${ch}`);
        return ch;
    }
  }
}

function rangeOf(low: string, high: string): string {
  const from = low.codePointAt(0)!;
  const to = high.codePointAt(0)!;
  if (to < from || to - from > 0xffff) throw new Unsupported('range');
  let out = '';
  for (let c = from; c <= to && out.length < 512; c++) out += String.fromCodePoint(c);
  return out;
}
