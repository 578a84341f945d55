/**
 * How identifiers are spelled: words of any string, PascalCase and camelCase, reserved words. A
 * base module: the model plans names with it, and `render/ts-syntax.ts` re-exports it for emitters.
 */

const RESERVED_WORDS = new Set([
  // ECMAScript reserved words and strict-mode / module reserved words
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'implements', 'interface',
  'package', 'private', 'protected', 'public', 'await', 'arguments', 'eval',
  // TypeScript type names that cannot be declared as a type
  'any', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'unknown', 'undefined',
  'bigint', 'type', 'declare', 'namespace', 'module', 'as', 'is', 'keyof', 'readonly', 'infer',
  'asserts', 'satisfies', 'out', 'accessor', 'global', 'require', 'of', 'get', 'set', 'from',
  'constructor', 'abstract', 'async', 'override',
]);

/** A plain identifier's shape (reserved words aside). */
export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

/** True when `name` can be written as a bare identifier (and is not reserved). */
export function isSafeIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name);
}

/** Split words out of any string (`users.user.UpdateUser`, `get-foo_bar`, `HTTPServer`). */
export function words(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

export function pascalCase(value: string): string {
  const parts = words(value).map((w) => w[0]!.toUpperCase() + w.slice(1));
  return parts.join('');
}

export function camelCase(value: string): string {
  const pascal = pascalCase(value);
  return pascal === '' ? '' : pascal[0]!.toLowerCase() + pascal.slice(1);
}
