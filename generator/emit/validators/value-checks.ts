import type { JsonValue, SchemaNode } from '../../model/ir.js';
import { jsonLiteral } from '../../render/ts-syntax.js';
import type { CheckWriter, Frame, Value, Written } from './check-frame.js';
import { constMessage, enumMessage, formatMessage, lengthMessages, numberMessages, patternMessage, type IssueCode } from './issue-messages.js';
import { compilesWithUnicodeFlag } from './module-constants.js';
import { guardFor, Kind, kindOfValue, kindsOfTypes, NUMBER_KINDS, within } from './value-kinds.js';

/**
 * Checks on a value itself: `enum`, `const`, numeric keywords, string keywords and formats.
 * Specification: https://json-schema.org/draft/2020-12/json-schema-validation#section-6.1
 */

/**
 * String formats checked at run time, and the runtime function (`runtime/validation-formats.ts`)
 * that checks each. The module is imported as the namespace `formats`, so a schema named
 * `DateTime` (whose guard is `isDateTime`) cannot clash with a format check.
 */
export const STRING_FORMATS: Readonly<Record<string, string>> = {
  date: 'formats.isDate',
  'date-time': 'formats.isDateTime',
  time: 'formats.isTime',
  uuid: 'formats.isUuid',
  email: 'formats.isEmail',
  uri: 'formats.isUri',
  byte: 'formats.isByte',
  ipv4: 'formats.isIpv4',
  ipv6: 'formats.isIpv6',
};

const INT32 = { min: -2147483648, max: 2147483647 };
/** ±2^63, written as doubles: the integer literal would be beyond 2^53. */
const INT64_LIMIT = '9.223372036854776e18';
const FLOAT_MAX = 3.4028234663852886e38;

/** Longest `enum` written as a chain of `===` before a Set is used instead. */
const MAX_INLINE_VALUES = 8;

type Primitive = string | number | boolean | null;

function isPrimitive(value: JsonValue): value is Primitive {
  return value === null || typeof value !== 'object';
}

/**
 * When a node's `enum`/`const` allows only primitives, the values that also pass the node's
 * other value keywords (type, bounds, numeric formats, length, pattern), worked out at generate
 * time. Checking membership in that list is then the whole check. Undefined when that cannot be
 * decided here (arrays or objects among the values, `multipleOf`, a string format on strings).
 */
export function staticAllowedValues(node: SchemaNode): Primitive[] | undefined {
  const lists: JsonValue[][] = [];
  if (node.const !== undefined) lists.push([node.const.value]);
  if (node.enum !== undefined) lists.push(node.enum);
  const [first, ...others] = lists;
  if (first === undefined || !lists.every((list) => list.every(isPrimitive))) return undefined;
  if (node.multipleOf !== undefined) return undefined;
  if (node.format !== undefined && STRING_FORMATS[node.format] !== undefined && first.some((v) => typeof v === 'string')) return undefined;
  const values: Primitive[] = [];
  for (const value of first as Primitive[]) {
    if (values.includes(value) || !others.every((list) => list.includes(value))) continue;
    if (satisfiesValueKeywords(node, value)) values.push(value);
  }
  return values;
}

function satisfiesValueKeywords(node: SchemaNode, value: Primitive): boolean {
  if (node.types !== undefined && !within(kindOfValue(value), kindsOfTypes(node.types))) return false;
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) return false;
    if (node.maximum !== undefined && value > node.maximum) return false;
    if (node.exclusiveMinimum !== undefined && value <= node.exclusiveMinimum) return false;
    if (node.exclusiveMaximum !== undefined && value >= node.exclusiveMaximum) return false;
    if (node.format === 'int32' && !(Number.isInteger(value) && value >= INT32.min && value <= INT32.max)) return false;
    if (node.format === 'int64' && !(Number.isInteger(value) && Math.abs(value) < 2 ** 63)) return false;
    if (node.format === 'float' && Math.abs(value) > FLOAT_MAX) return false;
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (node.minLength !== undefined && length < node.minLength) return false;
    if (node.maxLength !== undefined && length > node.maxLength) return false;
    if (node.pattern !== undefined && !new RegExp(node.pattern, compilesWithUnicodeFlag(node.pattern) ? 'u' : '').test(value)) return false;
  }
  return true;
}

/** Fast mode: the value must be one of `values` (see `staticAllowedValues`). */
export function allowedValuesCheck(w: CheckWriter, values: Primitive[], value: Value, frame: Frame): Written {
  let kinds = 0;
  for (const v of values) kinds |= kindOfValue(v);
  return { code: `if (${notAmong(w, value, values)}) ${w.fail(frame, value, 'enum', enumMessage(values))}\n`, kinds: value.kinds & kinds };
}

/** Report mode: the value's own checks, run only when it is none of `values` (see `staticAllowedValues`). */
export function unlessAllowed(w: CheckWriter, values: Primitive[], value: Value, code: string): string {
  return code === '' ? '' : `if (${notAmong(w, value, values)}) {\n${code}}\n`;
}

export function enumAndConstChecks(w: CheckWriter, node: SchemaNode, value: Value, frame: Frame): string {
  let code = '';
  const x = value.name;
  if (node.const !== undefined) {
    const expected = node.const.value;
    const failed = isPrimitive(expected) ? notAmong(w, value, [expected]) : `!jsonEqual(${x}, ${w.constants.json(expected)})`;
    code += `if (${failed}) ${w.fail(frame, value, 'const', constMessage(expected))}\n`;
  }
  if (node.enum !== undefined) {
    const failed = node.enum.every(isPrimitive) ? notAmong(w, value, node.enum as Primitive[]) : `!jsonIncludes(${w.constants.json(node.enum)}, ${x})`;
    code += `if (${failed}) ${w.fail(frame, value, 'enum', enumMessage(node.enum))}\n`;
  }
  return code;
}

/**
 * A condition that holds when the value is none of the primitive `values` (JSON equality: `===` on
 * primitives). Values of a kind the value cannot have at this point are left out: they can never
 * be equal, and TypeScript refuses the comparison (a contradictory schema: `type: string, enum: [true]`).
 */
function notAmong(w: CheckWriter, value: Value, all: Primitive[]): string {
  const x = value.name;
  const values = all.filter((v) => (kindOfValue(v) & value.kinds) !== 0);
  if (values.length === 0) return 'true';
  if (values.length <= MAX_INLINE_VALUES) return values.map((v) => `${x} !== ${jsonLiteral(v)}`).join(' && ');
  return `!${w.constants.set(values)}.has(${x})`;
}

interface Check {
  failed: string;
  code: IssueCode;
  message: string;
}

/** Numeric keywords and the numeric formats (int32, int64, float, double), on numbers only. */
export function numberChecks(w: CheckWriter, node: SchemaNode, value: Value, frame: Frame): string {
  const guard = guardFor(value.name, value.kinds, NUMBER_KINDS);
  if (guard === undefined) return '';
  const n = `(${value.name} as number)`;
  const integerKnown = within(value.kinds, Kind.integer);
  const finiteKnown = within(value.kinds, NUMBER_KINDS);
  const checks: Check[] = [];
  const notInteger = integerKnown ? '' : `!Number.isInteger(${n}) || `;
  switch (node.format) {
    case 'int32':
      checks.push({ failed: `${notInteger}${n} < ${INT32.min} || ${n} > ${INT32.max}`, code: 'format', message: formatMessage('int32') });
      break;
    case 'int64':
      checks.push({ failed: `${notInteger}${n} < -${INT64_LIMIT} || ${n} >= ${INT64_LIMIT}`, code: 'format', message: formatMessage('int64') });
      break;
    case 'float':
      checks.push({ failed: `${n} < -${FLOAT_MAX} || ${n} > ${FLOAT_MAX}`, code: 'format', message: formatMessage('float') });
      break;
    case 'double':
      if (!finiteKnown) checks.push({ failed: `!Number.isFinite(${n})`, code: 'format', message: formatMessage('double') });
      break;
  }
  const bound = (keyword: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum', operator: string) => {
    const limit = node[keyword];
    if (limit !== undefined) checks.push({ failed: `${n} ${operator} ${jsonLiteral(limit)}`, code: keyword, message: numberMessages[keyword](limit) });
  };
  bound('minimum', '<');
  bound('maximum', '>');
  bound('exclusiveMinimum', '<=');
  bound('exclusiveMaximum', '>=');
  const divisor = node.multipleOf;
  if (divisor !== undefined) {
    const failed = Number.isInteger(divisor) ? `${n} % ${jsonLiteral(divisor)} !== 0` : `!isDecimalMultiple(${n}, ${jsonLiteral(divisor)})`;
    checks.push({ failed, code: 'multipleOf', message: numberMessages.multipleOf(divisor) });
  }
  return guarded(guard, writeChecks(w, checks, value, frame));
}

/** String keywords (lengths in code points, pattern) and string formats, on strings only. */
export function stringChecks(w: CheckWriter, node: SchemaNode, value: Value, frame: Frame): string {
  const guard = guardFor(value.name, value.kinds, Kind.string);
  if (guard === undefined) return '';
  const text = `(${value.name} as string)`;
  const checks: Check[] = [];
  const { minLength, maxLength } = node;
  if (minLength !== undefined && minLength > 0) {
    // A string of n UTF-16 units has between n/2 and n code points: count them only when that decides.
    const counted = 2 * minLength - 1 > minLength ? ` || (${text}.length < ${2 * minLength - 1} && codePointLength(${text}) < ${minLength})` : '';
    checks.push({ failed: `${text}.length < ${minLength}${counted}`, code: 'minLength', message: lengthMessages.minLength(minLength) });
  }
  if (maxLength !== undefined) {
    checks.push({ failed: `${text}.length > ${maxLength} && (${text}.length > ${2 * maxLength} || codePointLength(${text}) > ${maxLength})`, code: 'maxLength', message: lengthMessages.maxLength(maxLength) });
  }
  if (node.pattern !== undefined) {
    checks.push({ failed: `!${w.constants.regex(node.pattern)}.test(${text})`, code: 'pattern', message: patternMessage(node.pattern) });
  }
  const formatFunction = node.format === undefined ? undefined : STRING_FORMATS[node.format];
  if (formatFunction !== undefined) {
    checks.push({ failed: `!${formatFunction}(${text})`, code: 'format', message: formatMessage(node.format!) });
  }
  return guarded(guard, writeChecks(w, checks, value, frame));
}

/** Fast mode joins the conditions into one `if`; report mode gives each its own issue. */
function writeChecks(w: CheckWriter, checks: Check[], value: Value, frame: Frame): string {
  if (checks.length === 0) return '';
  if (frame.mode === 'fast') return `if (${checks.map((c) => (checks.length > 1 ? `(${c.failed})` : c.failed)).join(' || ')}) ${frame.fail}\n`;
  return checks.map((c) => `if (${c.failed}) ${w.fail(frame, value, c.code, c.message)}\n`).join('');
}

export function guarded(guard: string, code: string): string {
  if (code === '' || guard === '') return code;
  return `if (${guard}) {\n${code}}\n`;
}
