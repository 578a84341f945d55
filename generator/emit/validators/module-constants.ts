import { createHash } from 'node:crypto';
import type { JsonValue } from '../../model/ir.js';
import { jsonLiteral, stringLiteral } from '../../render/ts-syntax.js';

/**
 * Values the generated checks share, declared once at module level: regular expressions (compiled
 * once at load, with the `u` flag when the pattern allows it), sets of allowed values, JSON
 * constants and issues known when generating. The same value gets the same name, derived from the
 * value itself.
 */
export class ModuleConstants {
  readonly #names = new Map<string, string>();
  readonly #declarations: string[] = [];
  readonly #taken = new Set<string>();

  /** A RegExp for an ECMA-262 pattern (the model has rejected patterns that compile in neither mode). */
  regex(pattern: string): string {
    const flags = compilesWithUnicodeFlag(pattern) ? 'u' : '';
    return this.#declare(`regex ${flags} ${pattern}`, 'pattern$', `/*#__PURE__*/ new RegExp(${stringLiteral(pattern)}, ${stringLiteral(flags)})`);
  }

  /** A Set of primitive values, for `enum` lists too long for a chain of `===`. */
  set(values: readonly (string | number | boolean | null)[]): string {
    return this.#declare(`set ${JSON.stringify(values)}`, 'allowed$', `/*#__PURE__*/ new Set<unknown>(${jsonLiteral(values)})`);
  }

  /** A JSON constant (an `enum` list or `const` value with arrays or objects). */
  json(value: JsonValue): string {
    return this.#declare(`json ${JSON.stringify(value)}`, 'constant$', `${jsonLiteral(value)} as const`);
  }

  /**
   * An issue whose path below the checker's own and whose message are known here: one shared,
   * frozen `ValidationIssue` (see `fixedIssue` in the runtime), so reporting it allocates nothing.
   */
  issue(path: readonly (string | number)[], code: string, message: string): string {
    return this.#declare(`issue ${JSON.stringify([path, code, message])}`, 'issue$', `/*#__PURE__*/ fixedIssue(${jsonLiteral(path as JsonValue)}, ${stringLiteral(code)}, ${stringLiteral(message)})`, [...path, code].join('_'));
  }

  /** The declarations, sorted by name (so another spec file only adds lines). */
  get declarations(): readonly string[] {
    return [...this.#declarations].sort();
  }

  #declare(key: string, prefix: string, initializer: string, readable = ''): string {
    const known = this.#names.get(key);
    if (known !== undefined) return known;
    // Named after the value, not the order of first use: another spec file added to the set
    // leaves every existing name (and the code using it) as it was.
    const digest = createHash('sha256').update(key).digest('hex');
    const stem = `${prefix}${readable.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40)}${readable === '' ? '' : '_'}`;
    let length = 6;
    while (this.#taken.has(`${stem}${digest.slice(0, length)}`)) length++;
    const name = `${stem}${digest.slice(0, length)}`;
    this.#taken.add(name);
    this.#names.set(key, name);
    this.#declarations.push(`const ${name} = ${initializer};`);
    return name;
  }
}

export function compilesWithUnicodeFlag(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
