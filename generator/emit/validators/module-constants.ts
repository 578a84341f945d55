import type { JsonValue } from '../../model/ir.js';
import { jsonLiteral, stringLiteral } from '../../render/ts-syntax.js';

/**
 * Values the generated checks share, declared once at module level: regular expressions (compiled
 * once at load, with the `u` flag when the pattern allows it), sets of allowed values, and JSON
 * constants. The same value gets the same name; names are numbered in first-use order, which
 * follows the IR's order, so output is deterministic.
 */
export class ModuleConstants {
  readonly #names = new Map<string, string>();
  readonly #declarations: string[] = [];

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

  get declarations(): readonly string[] {
    return this.#declarations;
  }

  #declare(key: string, prefix: string, initializer: string): string {
    const known = this.#names.get(key);
    if (known !== undefined) return known;
    const name = `${prefix}${this.#names.size + 1}`;
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
