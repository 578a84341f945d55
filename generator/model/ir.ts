/**
 * The intermediate representation (IR): what every emitter reads.
 *
 * The IR is language-neutral and already normalised: OpenAPI 3.0 and 3.1 schema
 * dialects collapse into one `SchemaNode` shape, `$ref`s become references to
 * named schemas, and every identifier an emitter needs is planned once here
 * (see `names.ts`), so two emitters never invent two names for one thing.
 */

import type { Diagnostic, SourceRef } from '../diagnostics.js';
import type { Flavour } from './flavour.js';

export type { Diagnostic, SourceRef };

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/**
 * A JSON Schema, normalised across OpenAPI 3.0 (`nullable`, boolean exclusive bounds)
 * and 3.1 (type arrays, numeric exclusive bounds, `const`, `prefixItems`).
 *
 * `types` undefined means "any type". `nullable` is folded into `types` (it contains
 * `'null'`), so emitters see one rule.
 */
export interface SchemaNode {
  source: SourceRef;
  /** A boolean schema: `true` accepts everything, `false` nothing. Other fields are then unused. */
  boolean?: boolean;
  /** Reference to a named schema (`ApiModel.schemas[ref]`). Other keywords may sit beside it (3.1). */
  ref?: string;
  types?: JsonType[];
  enum?: JsonValue[];
  const?: { value: JsonValue };
  format?: string;
  // numbers
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  // strings
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  // arrays
  items?: SchemaNode;
  prefixItems?: SchemaNode[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  // objects
  properties?: PropertyNode[];
  required?: string[];
  additionalProperties?: SchemaNode;
  patternProperties?: { pattern: string; schema: SchemaNode }[];
  propertyNames?: SchemaNode;
  minProperties?: number;
  maxProperties?: number;
  // composition
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  not?: SchemaNode;
  discriminator?: DiscriminatorNode;
  // annotations
  title?: string;
  description?: string;
  default?: { value: JsonValue };
  examples?: JsonValue[];
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
}

export interface PropertyNode {
  /** The JSON property name, exactly as in the spec (may be any string). */
  name: string;
  schema: SchemaNode;
  required: boolean;
}

export interface DiscriminatorNode {
  propertyName: string;
  /** Discriminator value → named schema. Explicit `mapping` entries plus implicit ones (schema names). */
  mapping: { value: string; ref: string }[];
}

/** A schema with a planned TypeScript name (from `components/schemas` or hoisted from a cycle). */
export interface NamedSchema {
  /** The key used by `SchemaNode.ref`. Stable: `<file>#<pointer>`. */
  id: string;
  /** The name as written in the spec (component key). */
  specName: string;
  /** The planned TypeScript type name (PascalCase, unique, not reserved): the response (read) view. */
  typeName: string;
  /**
   * Name of the request (write) view — without readOnly properties, with writeOnly ones — when it
   * differs from the read view (the schema has readOnly or writeOnly properties, transitively).
   */
  writeTypeName?: string;
  schema: SchemaNode;
  /** True when this schema (transitively) has readOnly or writeOnly properties. */
  hasReadOnly: boolean;
  hasWriteOnly: boolean;
}

/** The fixed methods (OpenAPI 3.2 adds `query`), or, lower case, a method of 3.2's `additionalOperations`. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace' | 'query' | (string & {});

/** Methods in the order operations of one path are listed: the fixed ones, then others by name. */
export const METHOD_ORDER: readonly string[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

export function compareMethods(a: string, b: string): number {
  const ra = METHOD_ORDER.indexOf(a);
  const rb = METHOD_ORDER.indexOf(b);
  if (ra >= 0 || rb >= 0) return (ra < 0 ? METHOD_ORDER.length : ra) - (rb < 0 ? METHOD_ORDER.length : rb);
  return a < b ? -1 : a > b ? 1 : 0;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterNode {
  name: string;
  in: ParameterLocation;
  /** Identifier for this parameter in generated code (unique within the operation). */
  identifier: string;
  required: boolean;
  description?: string;
  deprecated: boolean;
  schema: SchemaNode;
  /** Serialisation, with OpenAPI defaults applied. */
  style: 'simple' | 'form' | 'label' | 'matrix' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode: boolean;
  allowReserved: boolean;
  /**
   * True for `Accept`, `Content-Type` and `Authorization` header parameters, which OpenAPI says
   * to ignore as parameters: they are documented, and the client sets them itself.
   */
  reservedHeader: boolean;
  example?: { value: JsonValue };
  source: SourceRef;
}

export interface MediaNode {
  contentType: string;
  /** What the body is on the wire, which decides its TypeScript type and serialisation. */
  kind: 'json' | 'text' | 'form' | 'multipart' | 'binary';
  schema?: SchemaNode;
  examples: { name: string; summary?: string; value: JsonValue }[];
  /** For form and multipart bodies: the Encoding Objects, by property name (sorted). */
  encoding?: EncodingNode[];
  /** OpenAPI 3.2 `itemSchema`: the schema of each item of a sequential media type (`text/event-stream`, `application/jsonl`). */
  itemSchema?: SchemaNode;
}

/** How one property of a form or multipart body is sent (OpenAPI Encoding Object). */
export interface EncodingNode {
  property: string;
  /** The part's media type (multipart), as in the spec (may list several, comma-separated). */
  contentType?: string;
  /** Form fields: serialisation like a query parameter's. */
  style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode?: boolean;
  allowReserved?: boolean;
}

export interface RequestBodyNode {
  required: boolean;
  description?: string;
  content: MediaNode[];
  source: SourceRef;
}

export interface ResponseNode {
  /** `200`, `2XX`, `default`, ... as in the spec. */
  status: string;
  description: string;
  content: MediaNode[];
  headers: { name: string; description?: string; schema?: SchemaNode; required: boolean }[];
  source: SourceRef;
}

export type PermissionScheme = 'DelegatedWork' | 'DelegatedPersonal' | 'Application';

export const PERMISSION_SCHEMES: readonly PermissionScheme[] = ['DelegatedWork', 'DelegatedPersonal', 'Application'];

/**
 * One entry of a permission table's scope list: a scope that suffices alone, or (an array of two
 * or more) scopes needed together ("Policy.Read.All and Application.ReadWrite.All").
 */
export type ScopeEntry = string | string[];

/** One row of the permission table for a scheme. */
export type SchemePermissions =
  | { kind: 'notSupported' }
  /** Acceptable entries in the table's stated order (`PermissionsNode.order`); any one suffices. */
  | { kind: 'scopes'; scopes: ScopeEntry[] }
  /** "Varies by context": context name → acceptable entries (in the table's stated order). */
  | { kind: 'contexts'; contexts: { name: string; scopes: ScopeEntry[] }[] };

export interface PermissionsNode {
  source?: string;
  /** The privilege order of every scope list, as the table states it (default mostToLeast). */
  order: 'mostToLeast' | 'leastToMost';
  schemes: { scheme: PermissionScheme; permissions: SchemePermissions }[];
  origin: SourceRef;
}

export interface SecurityRequirementNode {
  /** Scheme name → scopes. An empty object means "anonymous allowed". */
  schemes: { name: string; scopes: string[] }[];
}

export interface SecuritySchemeNode {
  name: string;
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** For apiKey. */
  in?: 'query' | 'header' | 'cookie';
  paramName?: string;
  /** For http. */
  scheme?: string;
  bearerFormat?: string;
  description?: string;
}

export interface OperationNode {
  /** The operationId from the spec, or one derived from method + path. */
  operationId: string;
  /** camelCase identifier, unique across the API (`updateUser`). */
  identifier: string;
  /** PascalCase form of `identifier` (`UpdateUser`), for type names. */
  typeName: string;
  method: HttpMethod;
  /** Path template exactly as in the spec (`/users/{usersId}`). */
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  externalDocs?: { url: string; description?: string };
  parameters: ParameterNode[];
  requestBody?: RequestBodyNode;
  responses: ResponseNode[];
  /** Effective security (operation-level, else document-level). Undefined: none declared. */
  security?: SecurityRequirementNode[];
  permissions?: PermissionsNode;
  servers: ServerNode[];
  /** OData query options and paging the operation follows (see `model/odata.ts`). */
  odata?: ODataNode;
  /** Other `x-` extensions, kept as data. */
  extensions: Record<string, JsonValue>;
  source: SourceRef;
}

export interface ServerNode {
  url: string;
  description?: string;
  variables: { name: string; default: string; enum?: string[]; description?: string }[];
}

export interface ApiInfo {
  title: string;
  version: string;
  description?: string;
}

/** The whole API, merged from every spec file. */
export interface ApiModel {
  info: ApiInfo;
  /** Which service conventions the package carries (see `flavour.ts`). */
  flavour: Flavour;
  servers: ServerNode[];
  /** Named schemas by id, in a deterministic order (by typeName). */
  schemas: NamedSchema[];
  /** Operations in a deterministic order (path, then method). */
  operations: OperationNode[];
  securitySchemes: SecuritySchemeNode[];
  /** Warnings found while modelling (things skipped or approximated), never silent. */
  warnings: Diagnostic[];
}

export const ODATA_OPTIONS = ['$select', '$expand', '$filter', '$orderby', '$search', '$top', '$skip', '$count'] as const;
export type ODataOption = (typeof ODATA_OPTIONS)[number];

/**
 * OData conventions an operation follows (the ones Microsoft's OpenAPI description of Graph uses,
 * whatever the API): query options by their `$` names, and paging by `x-ms-pageable` or by a
 * collection response `{ value: T[], "@odata.nextLink"? }`.
 */
export interface ODataNode {
  /** The OData query options the operation declares (`$select`, `$filter`, ...), in a fixed order. */
  options: ODataOption[];
  /** `$select` names (the parameter's item enum), when it lists them. */
  selectable?: string[];
  /** `$expand` names (the enum), when it lists them. */
  expandable?: string[];
  /** `$orderby` names (the enum, `name desc` forms folded to the name), when it lists them. */
  orderable?: string[];
  /** Set when the operation returns one page of a collection. */
  pageable?: {
    /** The response property holding the next page's URL (`@odata.nextLink`). */
    nextLinkName: string;
    /** The response property holding the items (`value`). */
    itemName: string;
    /** The schema of one item, when the spec gives one. */
    item?: SchemaNode;
  };
  /** The schema whose properties `$select` names: the collection's items, or the entity read. */
  entity?: SchemaNode;
}

