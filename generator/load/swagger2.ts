import { asRecord } from '../values.js';

type Json = Record<string, unknown>;

const SCHEMA_KEYS = ['type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf'];

/**
 * Convert a Swagger 2.0 document to OpenAPI 3.0.3, in memory, so the rest of the pipeline only
 * knows OpenAPI 3. Covers servers (host, basePath, schemes), definitions/parameters/responses/
 * securityDefinitions → components, body and formData parameters → requestBody, consumes/produces
 * → content, collectionFormat → style/explode, `type: file` → binary strings, and every `$ref`.
 *
 * Specification: https://swagger.io/specification/v2/ → https://spec.openapis.org/oas/v3.0.3
 */
export function convertSwagger2(source: Json): Json {
  const doc = rewriteRefs(structuredClone(source), asRecord(source.parameters)) as Json;
  const consumes = strings(doc.consumes, ['application/json']);
  const produces = strings(doc.produces, ['application/json']);
  const out: Json = { openapi: '3.0.3', info: doc.info ?? { title: 'API', version: '0' } };
  for (const key of ['tags', 'externalDocs', 'security']) if (doc[key] !== undefined) out[key] = doc[key];
  for (const [key, value] of Object.entries(doc)) if (key.startsWith('x-')) out[key] = value;

  const host = typeof doc.host === 'string' ? doc.host : undefined;
  const basePath = typeof doc.basePath === 'string' ? doc.basePath : '';
  const schemes = strings(doc.schemes, ['https']);
  out.servers = host === undefined ? [{ url: basePath || '/' }] : schemes.map((s) => ({ url: `${s}://${host}${basePath}` }));

  const components: Json = {};
  const schemas = mapValues(asRecord(doc.definitions), convertSchema);
  if (Object.keys(schemas).length > 0) components.schemas = schemas;
  const parameters: Json = {};
  const requestBodies: Json = {};
  for (const [name, p] of Object.entries(asRecord(doc.parameters))) {
    const param = asRecord(p);
    if (param.in === 'body') requestBodies[name] = bodyFrom(param, consumes);
    else if (param.in !== 'formData') parameters[name] = convertParameter(param);
  }
  if (Object.keys(parameters).length > 0) components.parameters = parameters;
  if (Object.keys(requestBodies).length > 0) components.requestBodies = requestBodies;
  const responses = mapValues(asRecord(doc.responses), (r) => convertResponse(asRecord(r), produces));
  if (Object.keys(responses).length > 0) components.responses = responses;
  const securitySchemes = mapValues(asRecord(doc.securityDefinitions), (s) => convertSecurityScheme(asRecord(s)));
  if (Object.keys(securitySchemes).length > 0) components.securitySchemes = securitySchemes;
  if (Object.keys(components).length > 0) out.components = components;

  const paths: Json = {};
  for (const [path, rawItem] of Object.entries(asRecord(doc.paths))) {
    const item = asRecord(rawItem);
    const newItem: Json = {};
    for (const [key, value] of Object.entries(item)) {
      if (key === 'parameters') newItem.parameters = asArray(value).filter((p) => !['body', 'formData'].includes(String(asRecord(p).in))).map((p) => convertParameter(asRecord(p)));
      else if (['get', 'put', 'post', 'delete', 'options', 'head', 'patch'].includes(key)) newItem[key] = convertOperation(asRecord(value), asArray(item.parameters), consumes, produces);
      else newItem[key] = value;
    }
    paths[path] = newItem;
  }
  out.paths = paths;
  return out;
}

function convertOperation(op: Json, pathParams: unknown[], docConsumes: string[], docProduces: string[]): Json {
  const consumes = strings(op.consumes, docConsumes);
  const produces = strings(op.produces, docProduces);
  const out: Json = {};
  for (const [key, value] of Object.entries(op)) {
    if (!['parameters', 'responses', 'consumes', 'produces', 'schemes'].includes(key)) out[key] = value;
  }
  const params = asArray(op.parameters).map(asRecord);
  const all = [...pathParams.map(asRecord), ...params];
  const body = all.find((p) => p.in === 'body');
  const form = all.filter((p) => p.in === 'formData');
  const requestBodyRef = params.find((p) => typeof p.$ref === 'string' && String(p.$ref).startsWith('#/components/requestBodies/'));
  out.parameters = params.filter((p) => p !== body && !form.includes(p) && p !== requestBodyRef).map(convertParameter);
  if (requestBodyRef !== undefined) out.requestBody = { $ref: requestBodyRef.$ref };
  else if (body !== undefined) out.requestBody = bodyFrom(body, consumes);
  else if (form.length > 0) {
    const multipart = consumes.some((c) => c.startsWith('multipart/')) || form.some((p) => p.type === 'file');
    const schema: Json = { type: 'object', properties: Object.fromEntries(form.map((p) => [String(p.name), convertSchema(pick(p, SCHEMA_KEYS))])) };
    const required = form.filter((p) => p.required === true).map((p) => String(p.name));
    if (required.length > 0) schema.required = required;
    out.requestBody = { required: required.length > 0, content: { [multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded']: { schema } } };
  }
  out.responses = mapValues(asRecord(op.responses), (r) => convertResponse(asRecord(r), produces));
  return out;
}

function bodyFrom(param: Json, consumes: string[]): Json {
  const schema = convertSchema(param.schema ?? {});
  const out: Json = { content: Object.fromEntries(consumes.map((c) => [c, { schema }])) };
  if (param.required === true) out.required = true;
  if (typeof param.description === 'string') out.description = param.description;
  return out;
}

function convertParameter(param: Json): Json {
  if (typeof param.$ref === 'string') return param;
  const out: Json = {};
  for (const key of ['name', 'in', 'description', 'required', 'deprecated', 'allowEmptyValue']) if (param[key] !== undefined) out[key] = param[key];
  for (const [key, value] of Object.entries(param)) if (key.startsWith('x-')) out[key] = value;
  out.schema = convertSchema(pick(param, SCHEMA_KEYS));
  const format = param.collectionFormat;
  if (param.type === 'array') {
    if (format === 'multi') Object.assign(out, { style: 'form', explode: true });
    else if (format === 'ssv') Object.assign(out, { style: 'spaceDelimited', explode: false });
    else if (format === 'pipes') Object.assign(out, { style: 'pipeDelimited', explode: false });
    else if (param.in === 'query' || param.in === 'cookie') Object.assign(out, { style: 'form', explode: false });
  }
  return out;
}

function convertResponse(response: Json, produces: string[]): Json {
  if (typeof response.$ref === 'string') return response;
  const out: Json = { description: typeof response.description === 'string' ? response.description : '' };
  if (response.schema !== undefined) {
    const schema = convertSchema(response.schema);
    const examples = asRecord(response.examples);
    out.content = Object.fromEntries(produces.map((c) => [c, { schema, ...(examples[c] !== undefined ? { example: examples[c] } : {}) }]));
  }
  if (response.headers !== undefined) {
    out.headers = mapValues(asRecord(response.headers), (h) => {
      const header = asRecord(h);
      return { ...(typeof header.description === 'string' ? { description: header.description } : {}), schema: convertSchema(pick(header, SCHEMA_KEYS)) };
    });
  }
  return out;
}

function convertSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convertSchema);
  if (value === null || typeof value !== 'object') return value;
  const schema = value as Json;
  const out: Json = {};
  for (const [key, child] of Object.entries(schema)) {
    if (key === 'x-nullable') out.nullable = child === true;
    else if (key === 'discriminator' && typeof child === 'string') out.discriminator = { propertyName: child };
    else if (key === 'type' && child === 'file') Object.assign(out, { type: 'string', format: 'binary' });
    else if (key === 'properties' || key === 'definitions') out[key] = mapValues(asRecord(child), convertSchema);
    else if (['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf'].includes(key)) out[key] = convertSchema(child);
    else out[key] = child;
  }
  return out;
}

function convertSecurityScheme(s: Json): Json {
  const description = typeof s.description === 'string' ? { description: s.description } : {};
  if (s.type === 'basic') return { type: 'http', scheme: 'basic', ...description };
  if (s.type === 'apiKey') return { type: 'apiKey', name: s.name, in: s.in, ...description };
  const flow = s.flow === 'application' ? 'clientCredentials' : s.flow === 'accessCode' ? 'authorizationCode' : String(s.flow ?? 'implicit');
  const flowObject: Json = { scopes: s.scopes ?? {} };
  if (s.authorizationUrl !== undefined) flowObject.authorizationUrl = s.authorizationUrl;
  if (s.tokenUrl !== undefined) flowObject.tokenUrl = s.tokenUrl;
  return { type: 'oauth2', flows: { [flow]: flowObject }, ...description };
}

/** `#/definitions/X` → `#/components/schemas/X` (and parameters, responses), in every `$ref`. */
function rewriteRefs(value: unknown, parameters: Json): unknown {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const record = node as Json;
    if (typeof record.$ref === 'string') {
      record.$ref = record.$ref.replace(/#\/(definitions|parameters|responses)\/(.*)$/, (_, section: string, name: string) => {
        if (section === 'definitions') return `#/components/schemas/${name}`;
        if (section === 'responses') return `#/components/responses/${name}`;
        const param = asRecord(parameters[name.replace(/~1/g, '/').replace(/~0/g, '~')]);
        return param.in === 'body' ? `#/components/requestBodies/${name}` : `#/components/parameters/${name}`;
      });
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'example' && key !== 'examples') stack.push(child);
  }
  return value;
}

/** Where a pointer of the converted document stands in the Swagger 2.0 original (best effort). */
export function swagger2Pointer(pointer: string): string {
  return pointer
    .replace(/^\/components\/schemas\//, '/definitions/')
    .replace(/^\/components\/(parameters|requestBodies)\//, '/parameters/')
    .replace(/^\/components\/responses\//, '/responses/')
    .replace(/^\/components\/securitySchemes\//, '/securityDefinitions/')
    .replace(/\/content\/[^/]+\/schema/, '/schema')
    .replace(/\/requestBody.*$/, '/parameters');
}

function mapValues(record: Json, f: (value: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

function strings(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.length > 0 ? value.filter((v): v is string => typeof v === 'string') : fallback;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function pick(record: Json, keys: string[]): Json {
  const out: Json = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}
