import { camelCase, isReservedWord, pascalCase } from '../identifiers.js';
import { compareCodePoints } from '../values.js';

/**
 * One namespace of generated identifiers. Claims are made in a deterministic order chosen by the
 * caller (sorted by spec name, never by file order), and a taken name gets the smallest free
 * numeric suffix, so renaming or reordering files never reshuffles names.
 */
export class NameRegistry {
  readonly #taken = new Set<string>();
  readonly #outer: NameRegistry | undefined;

  /**
   * `outer` is an enclosing namespace whose names this one never takes (read, never claimed in):
   * a scope chain costs one registry per scope instead of a copy of every enclosing name.
   */
  constructor(reserved: Iterable<string> = [], outer?: NameRegistry) {
    for (const name of reserved) this.#taken.add(name.toLowerCase());
    this.#outer = outer;
  }

  /**
   * Claim `base`, or `base2`, `base3`, ... Names are compared case-insensitively so that two
   * generated names never differ only by case.
   */
  claim(base: string): string {
    let name = base;
    for (let n = 2; this.#has(name.toLowerCase()); n++) name = `${base}${n}`;
    this.#taken.add(name.toLowerCase());
    return name;
  }

  has(name: string): boolean {
    return this.#has(name.toLowerCase());
  }

  #has(lower: string): boolean {
    return this.#taken.has(lower) || (this.#outer !== undefined && this.#outer.#has(lower));
  }
}

/** A PascalCase type name for any spec string: never empty, never starting with a digit. */
export function typeNameFor(specName: string, fallback = 'Schema'): string {
  let name = pascalCase(specName);
  if (name === '') name = fallback;
  if (/^[0-9]/.test(name)) name = `_${name}`;
  return name;
}

/** A camelCase identifier for any spec string: never empty, never reserved, never starting with a digit. */
export function identifierFor(specName: string, fallback = 'value'): string {
  let name = camelCase(specName);
  if (name === '') name = fallback;
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (isReservedWord(name)) name = `${name}_`;
  return name;
}

/** Identifier for an operation without an operationId: method + path (`getUsersByUserId`). */
export function operationIdFromRoute(method: string, path: string): string {
  const segments = path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      const param = /^\{(.+)\}$/.exec(s);
      return param !== null ? `by ${param[1]}` : s;
    });
  return camelCase(`${method} ${segments.join(' ')}`) || method;
}

export function sortedBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareCodePoints(key(a), key(b)));
}
