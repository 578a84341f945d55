import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const { fullFormats } = require('ajv-formats/dist/formats.js') as typeof import('ajv-formats/dist/formats.js');

export type View = 'read' | 'write';

/**
 * The formats as OpenAPI defines them, for Ajv. Written independently of the generated runtime:
 * email, uri, ipv4 and ipv6 come from ajv-formats (which follows the same RFCs); the others are
 * defined here because ajv-formats reads them differently (int32/int64/float/double are no-ops
 * or unbounded there, date-time also accepts a space for `T`, time accepts `+0100`, uuid accepts
 * a `urn:uuid:` prefix, byte accepts several lines).
 */
const MAX_FLOAT = 3.4028234663852886e38;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function oracleDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]!) return false;
  // February 29th only in leap years: let Date roll it over otherwise (setUTCFullYear, unlike
  // Date.UTC, takes years 0-99 as they are).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDate() === day;
}

function oracleTime(text: string): boolean {
  const match = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
  if (match === null) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const offset = match[5]!.toUpperCase() === 'Z' ? 0 : (match[5]!.startsWith('-') ? -1 : 1) * (Number(match[5]!.slice(1, 3)) * 60 + Number(match[5]!.slice(4, 6)));
  if (Math.abs(offset) >= 24 * 60 || Number(match[5]!.slice(4, 6) || 0) > 59 || hour > 23 || minute > 59 || second > 60) return false;
  if (second === 60) {
    const utc = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
    return utc === 1439;
  }
  return true;
}

/** RFC 3986 `URI` as one regular expression, transcribed from the ABNF of its Appendix A. */
function rfc3986Uri(): RegExp {
  const unreserved = "[A-Za-z0-9\\-._~]";
  const pct = '%[0-9A-Fa-f]{2}';
  const subDelims = "[!$&'()*+,;=]";
  const pchar = `(?:${unreserved}|${pct}|${subDelims}|[:@])`;
  const segment = `${pchar}*`;
  const segmentNz = `${pchar}+`;
  const decOctet = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])';
  const ipv4 = `${decOctet}(?:\\.${decOctet}){3}`;
  const h16 = '[0-9A-Fa-f]{1,4}';
  const ls32 = `(?:${h16}:${h16}|${ipv4})`;
  const upTo = (n: number) => (n < 0 ? '' : `(?:(?:${h16}:){0,${n}}${h16})?`);
  const ipv6 = [
    `(?:${h16}:){6}${ls32}`,
    `::(?:${h16}:){5}${ls32}`,
    `${upTo(0)}::(?:${h16}:){4}${ls32}`,
    `${upTo(1)}::(?:${h16}:){3}${ls32}`,
    `${upTo(2)}::(?:${h16}:){2}${ls32}`,
    `${upTo(3)}::${h16}:${ls32}`,
    `${upTo(4)}::${ls32}`,
    `${upTo(5)}::${h16}`,
    `${upTo(6)}::`,
  ].join('|');
  const ipFuture = `[vV][0-9A-Fa-f]+\\.(?:${unreserved}|${subDelims}|:)+`;
  const host = `(?:\\[(?:${ipv6}|${ipFuture})\\]|${ipv4}|(?:${unreserved}|${pct}|${subDelims})*)`;
  const authority = `(?:(?:${unreserved}|${pct}|${subDelims}|:)*@)?${host}(?::[0-9]*)?`;
  const hierPart = `(?://${authority}(?:/${segment})*|/(?:${segmentNz}(?:/${segment})*)?|${segmentNz}(?:/${segment})*|)`;
  const query = `(?:${pchar}|[/?])*`;
  return new RegExp(`^[A-Za-z][A-Za-z0-9+\\-.]*:${hierPart}(?:\\?${query})?(?:#${query})?$`);
}

export const OPENAPI_FORMATS = {
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n <= 2 ** 31 - 1 },
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 63) && n < 2 ** 63 },
  float: { type: 'number', validate: (n: number) => Math.abs(n) <= MAX_FLOAT },
  double: { type: 'number', validate: (n: number) => Number.isFinite(n) },
  date: { type: 'string', validate: oracleDate },
  time: { type: 'string', validate: oracleTime },
  'date-time': { type: 'string', validate: (s: string) => s.length > 11 && /^[Tt]$/.test(s[10]!) && oracleDate(s.slice(0, 10)) && oracleTime(s.slice(11)) },
  uuid: { type: 'string', validate: /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i },
  byte: { type: 'string', validate: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/ },
  email: { type: 'string', validate: fullFormats.email as RegExp },
  uri: { type: 'string', validate: rfc3986Uri() },
  ipv4: { type: 'string', validate: fullFormats.ipv4 as RegExp },
  ipv6: { type: 'string', validate: fullFormats.ipv6 as RegExp },
} as const;

const BASE = 'https://fixtures.apiwright.test/schemas';

/**
 * Ajv validators for the component schemas of a spec file, in one view. Ajv runs in strict mode
 * with these documented allowances: union types (`type: [string, "null"]`, which strict mode
 * only flags as a style question), tuples without a fixed length (`strictTuples`, likewise), own
 * properties only (`ownProperties`: otherwise Ajv reads `required: [constructor]` through the
 * prototype), and OpenAPI's discriminator. `allErrors` (the benches' context) collects every error
 * instead of stopping at the first.
 *
 * The schemas are adapted to what apiwright documents, each step a plain JSON Schema rewrite:
 * - references point to the same view of the target (`…/read/Pet.json`);
 * - the view's hidden properties (readOnly in `write`, writeOnly in `read`) become `false` (must
 *   be absent) and leave `required`;
 * - Ajv reads a discriminator's mapping from the branches' `const`/`enum`, so `mapping` (which
 *   says the same here) is dropped;
 * - `uniqueItems` becomes the keyword below: Ajv's own compares items with fast-deep-equal, which
 *   reads an item's `constructor`, `toString` and `valueOf` keys as the prototype's methods, so
 *   `[{"constructor": []}, {"constructor": []}]` counts as unique and `[{"toString": {}}, ...]`
 *   throws (both found by the differential test);
 * - OpenAPI 3.0: `nullable` also admits `null` into an `enum` (the model's reading), and a `$ref`
 *   beside `nullable: true` is `anyOf: [ref, {type: null}]`; `example` is an annotation.
 */
export function ajvValidators(specFile: string, view: View, { realWorld = false, allErrors = false } = {}): Map<string, ValidateFunction> {
  const text = readFileSync(specFile, 'utf8');
  const document = (specFile.endsWith('.json') ? JSON.parse(text) : parse(text)) as { openapi: string; components: { schemas: Record<string, unknown> } };
  const legacy = document.openapi.startsWith('3.0');
  // Real-world descriptions (the benches) are not held to strict mode's style rules about
  // schemas (`additionalProperties` without `type: object`, ...), which change no verdict.
  const options = { strict: true, allowUnionTypes: true, strictTuples: false, ownProperties: true, discriminator: true, ...(realWorld ? { strictTypes: false, strictRequired: false } : {}), allErrors } as const;
  const ajv = legacy ? new AjvDraft04(options) : new Ajv2020(options);
  for (const [name, format] of Object.entries(OPENAPI_FORMATS)) ajv.addFormat(name, format as never);
  ajv.addFormat('x-not-a-known-format', true);
  // Formats apiwright does not check (uri-template, hostname, ...) are annotations, as JSON Schema says.
  for (const format of formatsIn(document.components.schemas)) if (!(format in OPENAPI_FORMATS)) ajv.addFormat(format, true);
  // Annotations OpenAPI adds to schema objects.
  for (const annotation of ['externalDocs', 'deprecated', 'readOnly', 'writeOnly']) {
    // Draft 2020-12 knows the last three as metadata; draft 4 knows none of them.
    if (!(annotation in ajv.RULES.keywords)) ajv.addKeyword(annotation);
  }
  ajv.addKeyword({ keyword: UNIQUE_ITEMS, type: 'array', schemaType: 'boolean', validate: (unique: boolean, items: unknown[]) => !unique || allDistinct(items) });
  if (legacy) ajv.addKeyword('example');
  const schemas = Object.entries(document.components.schemas);
  for (const [name, schema] of schemas) {
    if (typeof schema === 'boolean') continue;
    ajv.addSchema({ ...(adapt(schema, view, legacy) as object), [legacy ? 'id' : '$id']: `${BASE}/${view}/${name}.json` });
  }
  return new Map(schemas.map(([name, schema]) => [name, typeof schema === 'boolean' ? ajv.compile(schema) : ajv.getSchema(`${BASE}/${view}/${name}.json`)!]));
}

function formatsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) formatsIn(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'format' && typeof child === 'string') out.add(child);
      else formatsIn(child, out);
    }
  }
  return out;
}

function adapt(schema: unknown, view: View, legacy: boolean): unknown {
  if (Array.isArray(schema)) return schema.map((item) => adapt(item, view, legacy));
  if (schema === null || typeof schema !== 'object') return schema;
  const source = schema as Record<string, unknown>;
  if (typeof source.$ref === 'string') {
    const ref = { $ref: source.$ref.replace(/^#\/components\/schemas\//, `${BASE}/${view}/`) + '.json' };
    if (legacy) return source.nullable === true ? { anyOf: [ref, { type: 'null' }] } : ref;
    const { $ref: _ref, ...siblings } = source;
    return Object.keys(siblings).length === 0 ? ref : { ...(adapt(siblings, view, legacy) as object), allOf: [ref] };
  }
  const out: Record<string, unknown> = {};
  const hidden = new Set<string>();
  for (const [key, value] of Object.entries(source)) {
    // Annotations Ajv does not know: OpenAPI's `example`, `xml` and `x-` extensions.
    if (key === 'example' || key === 'xml' || key.startsWith('x-')) continue;
    if (key === 'properties' && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, property]) => {
          const p = (property ?? {}) as Record<string, unknown>;
          if ((view === 'write' && p.readOnly === true) || (view === 'read' && p.writeOnly === true)) {
            hidden.add(name);
            return [name, false];
          }
          return [name, adapt(property, view, legacy)];
        }),
      );
    } else if (key === 'discriminator') {
      out[key] = { propertyName: (value as { propertyName: string }).propertyName };
    } else if (key === 'uniqueItems') {
      out[UNIQUE_ITEMS] = value;
    } else if (['enum', 'const', 'default', 'examples'].includes(key)) {
      out[key] = value;
    } else {
      out[key] = adapt(value, view, legacy);
    }
  }
  if (hidden.size > 0 && Array.isArray(out.required)) out.required = out.required.filter((name) => !hidden.has(name as string));
  if (legacy && out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  // OpenAPI 3.0.3: `nullable` without `type` adds nothing (every type is allowed already).
  if (legacy && out.nullable !== undefined && out.type === undefined) delete out.nullable;
  return out;
}

const UNIQUE_ITEMS = 'uniqueJsonItems';

/** True when no two items are equal as JSON: compared pairwise, each as text with sorted keys. */
function allDistinct(items: unknown[]): boolean {
  const texts = items.map(sortedJson);
  return new Set(texts).size === texts.length;
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${sortedJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
