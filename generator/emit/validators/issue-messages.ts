import type { JsonType, JsonValue } from '../../model/ir.js';

/**
 * The texts of validation issues. Codes are stable (documented in the README, section
 * "Validators"); messages are readable sentences completed at run time with the issue's path.
 * Values from the spec are quoted as JSON here and reach generated code through `stringLiteral`.
 */
export const ISSUE_CODES = [
  'type', 'enum', 'const', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'items', 'required',
  'additionalProperties', 'propertyNames', 'minProperties', 'maxProperties', 'readOnly', 'writeOnly',
  'anyOf', 'oneOf', 'not', 'discriminator', 'never', 'depth',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** Longest list of allowed values quoted in a message before it is shortened. */
const MAX_LISTED_VALUES = 10;

export function typeMessage(types: readonly JsonType[]): string {
  if (types.length === 0) return 'must not be present (no type is allowed)';
  return `must be ${types.map((t) => (t === 'integer' || t === 'array' || t === 'object' ? `an ${t}` : t === 'null' ? 'null' : `a ${t}`)).join(' or ')}`;
}

export function enumMessage(values: readonly JsonValue[]): string {
  if (values.length === 0) return 'must not be present (no value is allowed)';
  const listed = values.slice(0, MAX_LISTED_VALUES).map(quoteJson).join(', ');
  const more = values.length > MAX_LISTED_VALUES ? `, ... (${values.length} values)` : '';
  return `must be one of ${listed}${more}`;
}

export function constMessage(value: JsonValue): string {
  return `must be ${quoteJson(value)}`;
}

export const FORMAT_MESSAGES: Record<string, string> = {
  int32: 'must be a 32-bit integer (format int32)',
  int64: 'must be a 64-bit integer (format int64)',
  float: 'must be within the range of a 32-bit float (format float)',
  double: 'must be a finite number (format double)',
};

export function formatMessage(format: string): string {
  return FORMAT_MESSAGES[format] ?? `must be a valid ${format}`;
}

export const numberMessages = {
  minimum: (limit: number) => `must be >= ${limit}`,
  maximum: (limit: number) => `must be <= ${limit}`,
  exclusiveMinimum: (limit: number) => `must be > ${limit}`,
  exclusiveMaximum: (limit: number) => `must be < ${limit}`,
  multipleOf: (divisor: number) => `must be a multiple of ${divisor}`,
};

export const lengthMessages = {
  minLength: (n: number) => `must be at least ${n} ${n === 1 ? 'character' : 'characters'} long`,
  maxLength: (n: number) => `must be at most ${n} ${n === 1 ? 'character' : 'characters'} long`,
  minItems: (n: number) => `must have at least ${n} ${n === 1 ? 'item' : 'items'}`,
  maxItems: (n: number) => `must have at most ${n} ${n === 1 ? 'item' : 'items'}`,
  minProperties: (n: number) => `must have at least ${n} ${n === 1 ? 'property' : 'properties'}`,
  maxProperties: (n: number) => `must have at most ${n} ${n === 1 ? 'property' : 'properties'}`,
};

export function patternMessage(pattern: string): string {
  return `must match the pattern ${JSON.stringify(pattern)}`;
}

export const fixedMessages = {
  required: 'is required',
  additionalProperties: 'is not an allowed property',
  propertyNames: 'is not an allowed property name',
  readOnly: 'is read-only: it must not be sent in a request',
  writeOnly: 'is write-only: it must not appear in a response',
  anyOf: 'must match at least one of the allowed schemas (anyOf)',
  not: 'must not match the schema in "not"',
  never: 'is not allowed here',
};

export function oneOfMessage(matchedExpression: string): string {
  return `must match exactly one of the allowed schemas (oneOf), but matches ${matchedExpression}`;
}

export function itemsMessage(count: number): string {
  return `must have at most ${count} ${count === 1 ? 'item' : 'items'} (no items are allowed after the listed ones)`;
}

export function discriminatorMessage(propertyName: string, values: readonly string[]): string {
  return `must have a ${JSON.stringify(propertyName)} property that is one of ${values.map((v) => JSON.stringify(v)).join(', ')} (discriminator)`;
}

function quoteJson(value: JsonValue): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
