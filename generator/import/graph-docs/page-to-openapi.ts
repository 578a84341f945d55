/**
 * An API page → one OpenAPI operation draft per request line of its "HTTP request" block.
 * Drafts still lack what depends on the whole import: the operationId (unique across pages)
 * and, for a route several pages document, the merge of those pages (`merge-operations.ts`).
 *
 * Operation object: https://spec.openapis.org/oas/v3.0.3#operation-object
 */
import type { ApiPage } from './api-page.js';
import type { ComponentSchemas } from './component-schemas.js';
import { DOCS_ROOT, DOCS_VIEW } from './component-schemas.js';
import { isEdmType, type JsonValue, type SchemaObject } from './edm-types.js';
import { pathParameterNames, type HttpMethod, type RequestLine } from './http-request-block.js';
import { descriptionText, plainText } from './inline-markdown.js';
import type { WarningSink } from './import-warnings.js';
import type { PermissionSchemeName, SchemePermissions } from './permission-table.js';
import { schemaForProperty, schemaForType, schemaRef } from './property-schema.js';
import type { TypeExpression } from './property-table.js';
import type { ResponseBody } from './response-sentence.js';

export interface MediaDraft {
  contentType: string;
  schema: SchemaObject;
  example?: JsonValue;
}

export interface ResponseDraft {
  status: string;
  description: string;
  content?: MediaDraft;
}

export interface OperationDraft {
  page: ApiPage;
  method: HttpMethod;
  path: string;
  /** Index of this request line on its page (0 = the first, canonical URL). */
  requestIndex: number;
  line: number;
  /** Graph type the operation reads or writes, for merging pages of derived types. */
  resourceType?: string;
  summary: string;
  description: string;
  tags: string[];
  externalDocs: { description: string; url: string };
  licensing?: { description: string; url?: string };
  parameters: SchemaObject[];
  requestBody?: { description: string; content: MediaDraft };
  response: ResponseDraft;
  permissions?: Partial<Record<PermissionSchemeName, SchemePermissions>>;
  supportsODataQuery: boolean;
  /** A GET of a collection that pages (`x-ms-pageable`, next link `@odata.nextLink`). */
  pageable: boolean;
}

export function docsUrl(pageName: string): string {
  return `${DOCS_ROOT}${pageName}${DOCS_VIEW}`;
}

export function pageToOperations(page: ApiPage, components: ComponentSchemas, sink: WarningSink): OperationDraft[] {
  components.currentFile = page.path;
  const url = docsUrl(page.pageName);
  const requestBody = requestBodyOf(page, components, sink);
  const response = responseOf(page, components, sink);
  const queryParameters = queryParametersOf(page, components, sink);
  const headerParameters = headerParametersOf(page);
  const licensingNote = page.notes.find((n) => /licen[cs]/i.test(n.text));
  const resourceType = typeName(page.response?.body.kind === 'single' || page.response?.body.kind === 'collection' ? page.response.body.type : undefined) ?? (page.requestBody.kind === 'resource' ? typeName(page.requestBody.type) : undefined);

  const description = [page.description, ...page.notes.map((n) => `**${n.label}:** ${n.text}`)].filter((p) => p !== '').join('\n\n');
  const collection = page.response?.body.kind === 'collection' && page.pageKind === 'method';
  return page.requests.map((request, requestIndex): OperationDraft => {
    const odata = request.method === 'get' ? odataParametersOf(page, collection, components) : [];
    const declared = [...queryParameters, ...odata];
    const draft: OperationDraft = {
      page,
      method: request.method,
      path: request.path,
      requestIndex,
      line: request.line,
      summary: page.title,
      description,
      tags: [tagOf(request)],
      externalDocs: { description: `${page.title} (Microsoft Graph v1.0 reference)`, url },
      parameters: [...pathParametersOf(request), ...declared, ...requestLineQueryParameters(request, declared), ...headerParameters],
      response,
      supportsODataQuery: page.supportsODataQuery,
      pageable: request.method === 'get' && collection,
    };
    if (resourceType !== undefined) draft.resourceType = resourceType;
    if (licensingNote !== undefined) {
      draft.licensing = { description: plainText(licensingNote.text) };
      const link = licensingNote.links.find((l) => /^https?:/.test(l.target));
      if (link !== undefined) draft.licensing.url = link.target;
    }
    if (requestBody !== undefined) draft.requestBody = requestBody;
    if (page.permissions !== undefined && Object.keys(page.permissions.schemes).length > 0) draft.permissions = page.permissions.schemes;
    return draft;
  });
}

function typeName(type: TypeExpression | undefined): string | undefined {
  return type !== undefined && (type.kind === 'link' || type.kind === 'named') ? type.name : undefined;
}

function tagOf(request: RequestLine): string {
  const first = request.path.split('/').find((s) => s !== '') ?? '';
  return first.replace(/\(.*$/, '') || 'root';
}

function pathParametersOf(request: RequestLine): SchemaObject[] {
  const segments = request.path.split('/');
  return pathParameterNames(request.path).map((name) => {
    const index = segments.indexOf(`{${name}}`);
    const collection = index > 0 ? segments[index - 1] : undefined;
    let entity = name.replace(/Id$/, '');
    if (entity === collection && entity.endsWith('s')) entity = entity.slice(0, -1);
    const description = entity === name ? `Key of the item in ${collection ?? 'the collection'}.` : `Unique identifier of the ${entity}.`;
    return { name, in: 'path', required: true, description, schema: { type: 'string' } };
  });
}

function queryParametersOf(page: ApiPage, components: ComponentSchemas, sink: WarningSink): SchemaObject[] {
  if (page.requestBody.kind !== 'query') return [];
  return page.requestBody.properties.map((row) => {
    const schema = schemaForProperty(row, components, sink);
    const description = typeof schema.description === 'string' ? schema.description : descriptionText(row.description);
    delete schema.description;
    const parameter: SchemaObject = { name: row.name, in: 'query', required: true };
    if (description !== '') parameter.description = description;
    parameter.schema = schema;
    return parameter;
  });
}

/**
 * The OData system query options the page says the operation supports, in the conventions of
 * Microsoft's own OpenAPI description of Graph (README: "OData queries and paging"): `$select`,
 * `$expand` and `$orderby` are arrays written comma-separated (`style: form, explode: false`) whose
 * items name the resource's properties, relationships, or properties with ` desc`; `$filter` and
 * `$search` are strings, `$top`/`$skip` integers, `$count` a boolean. A page that supports "the
 * OData query parameters" without naming them gets those OData allows for what it returns: all of
 * them for a collection, `$select` and `$expand` for one entity.
 */
function odataParametersOf(page: ApiPage, collection: boolean, components: ComponentSchemas): SchemaObject[] {
  const options = page.odataOptions === 'all' ? (collection ? ['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$count'] : ['$select', '$expand']) : page.odataOptions;
  if (options.length === 0) return [];
  const body = page.response?.body;
  const type = body !== undefined && body.kind !== 'none' ? typeName(body.type) : undefined;
  const members = type === undefined ? undefined : components.memberNames(type);
  const list = (description: string, names: string[] | undefined): SchemaObject => ({
    in: 'query',
    required: false,
    description,
    style: 'form',
    explode: false,
    schema: { type: 'array', uniqueItems: true, items: names === undefined || names.length === 0 ? { type: 'string' } : { type: 'string', enum: names } },
  });
  const parameters: Record<string, SchemaObject> = {
    $select: list('Properties to return (OData `$select`).', members?.properties),
    $expand: list('Relationships to expand (OData `$expand`).', members === undefined ? undefined : ['*', ...members.relationships]),
    $orderby: list('Order of the items (OData `$orderby`): a property, optionally followed by ` desc`.', members?.properties.flatMap((p) => [p, `${p} desc`])),
    $filter: { in: 'query', required: false, description: 'Filter items by property values (OData `$filter`).', schema: { type: 'string' } },
    $search: { in: 'query', required: false, description: 'Search items by search phrases (OData `$search`).', schema: { type: 'string' } },
    $top: { in: 'query', required: false, description: 'Show only the first n items (OData `$top`).', schema: { type: 'integer', minimum: 0 } },
    $skip: { in: 'query', required: false, description: 'Skip the first n items (OData `$skip`).', schema: { type: 'integer', minimum: 0 } },
    $count: { in: 'query', required: false, description: 'Include the count of items (OData `$count`).', schema: { type: 'boolean' } },
    $skiptoken: { in: 'query', required: false, description: 'Continue a paged list (OData `$skiptoken`, from a next link).', schema: { type: 'string' } },
    $deltatoken: { in: 'query', required: false, description: 'Continue a delta query (OData `$deltatoken`, from a delta link).', schema: { type: 'string' } },
  };
  return options.filter((o) => parameters[o] !== undefined).map((name) => ({ name, ...parameters[name]! }));
}

/** Query parameters a request line shows (`?$select=...`, `?startDateTime=...`), optional strings. */
function requestLineQueryParameters(request: RequestLine, declared: SchemaObject[]): SchemaObject[] {
  return request.query
    .filter((name) => !declared.some((p) => p.name === name))
    .map((name) => ({ name, in: 'query', required: false, description: `Shown on the page's request line.`, schema: { type: 'string' } }));
}

function headerParametersOf(page: ApiPage): SchemaObject[] {
  // A header listed twice (some pages repeat `Prefer` rows for different preferences) is one parameter.
  const seen = new Set<string>();
  const headers = page.headers.filter((h) => !seen.has(h.name.toLowerCase()) && seen.add(h.name.toLowerCase()) !== undefined);
  return headers.map((header) => {
    if (/^authorization$/i.test(header.name)) {
      const description = header.value.replace(/\s*Required\.?\s*$/i, '').trim();
      return {
        name: header.name,
        in: 'header',
        required: header.required,
        description: `${description}.${header.required ? ' Required.' : ''}`,
        schema: { type: 'string', pattern: '^[Bb]earer .+$' },
        example: description === '' ? 'Bearer <token>' : description,
      };
    }
    const mediaType = /^[a-z]+\/[a-z0-9.+-]+$/i.test(header.value);
    return {
      name: header.name,
      in: 'header',
      required: header.required,
      description: header.value,
      schema: mediaType ? { type: 'string', enum: [header.value] } : { type: 'string' },
    };
  });
}

function requestBodyOf(page: ApiPage, components: ComponentSchemas, sink: WarningSink): OperationDraft['requestBody'] {
  const body = page.requestBody;
  const example = page.exampleRequest?.body;
  if (body.kind === 'none' || body.kind === 'query') {
    if (example !== undefined) sink.warn('example-unused', page.exampleRequest?.line ?? body.line, 'the example request has a body but the page documents none; the example is left out', JSON.stringify(example));
    return undefined;
  }
  let schema: SchemaObject;
  let description: string;
  if (body.kind === 'open') {
    schema = {};
    description = 'A JSON body the page does not describe (see the example).';
  } else if (body.kind === 'resource') {
    const name = typeName(body.type) ?? '';
    let component = body.type.kind === 'edm' ? undefined : components.componentFor(body.type.kind === 'link' ? { name, target: body.type.target } : { name }, body.line, sink);
    if (component === undefined && name !== '') {
      if (body.properties.length > 0) components.defineFromProperties(name, `A ${name}, as the request body table of ${page.pageName} describes it (its resource page was not found).`, body.properties, sink, `${page.pageName}.md`);
      else components.defineOpenObject(name, `A ${name} (its resource page was not found).`, `${page.pageName}.md`);
      component = name;
    }
    const element = component === undefined ? schemaForType(body.type, body.line, components, sink) : schemaRef(component);
    schema = body.type.collection ? { type: 'array', items: element } : element;
    description =
      page.requests.some((r) => r.method === 'patch') && !body.type.collection
        ? `A JSON representation of the ${name} object. PATCH semantics: supply only the properties to change; every property is optional and \`{}\` is valid.`
        : `A JSON representation of the ${name} object.`;
  } else {
    const properties: Record<string, SchemaObject> = {};
    for (const row of body.properties) properties[row.name] = schemaForProperty(row, components, sink);
    schema = { type: 'object', properties };
    description = `The parameters of the ${page.title}.`;
    if (body.properties.length === 0 && body.empty !== true) sink.warn('request-body-unparsed', body.line, 'the page mentions parameters but lists none; the body is an open object', page.title);
  }
  const content: MediaDraft = { contentType: 'application/json', schema };
  if (example !== undefined) content.example = example;
  return { description, content };
}

function responseOf(page: ApiPage, components: ComponentSchemas, sink: WarningSink): ResponseDraft {
  const sentence = page.response;
  let status = String(sentence?.status ?? 200);
  if (sentence?.mismatch !== undefined) {
    const { written, reasonCode } = sentence.mismatch;
    const byExample = reasonCode !== undefined && page.exampleResponse?.status === reasonCode;
    if (byExample) status = String(reasonCode);
    sink.warn('response-status-mismatch', sentence.line, byExample ? `the status code and reason phrase disagree; ${reasonCode} is used, as in the example response` : `the status code and reason phrase disagree; the code ${status} is used`, written);
  }
  const statusText = sentence?.statusText ?? 'OK';
  const response: ResponseDraft = { status, description: `${statusText}.` };
  let body: ResponseBody = sentence?.body ?? { kind: 'none' };
  const line = sentence?.line ?? page.titleLine;
  if (body.kind === 'none') {
    const example = page.exampleResponse;
    if (example?.body === undefined || status === '204' || (sentence !== undefined && sentence.saysNoBody)) {
      if (example?.body !== undefined && status !== '204') sink.warn('example-unused', example.line, 'the example response has a body but the page says there is none; the example is left out', JSON.stringify(example.body));
      return response;
    }
    // "returns a `201 Created` response code." with the created object in the example: a create
    // or an update returns the object of its request body (OData's default); otherwise the body
    // is left open, with the example.
    const requestBody = page.requestBody;
    const writes = status === '201' || page.requests.some((r) => r.method === 'patch' || r.method === 'put');
    if (writes && requestBody.kind === 'resource' && !requestBody.type.collection) body = { kind: 'single', type: requestBody.type };
    else {
      sink.warn('response-type-unparsed', line, 'the response sentence names no body, but the example shows one; the body is left open (any JSON), with the example', sentence?.text ?? page.title);
      body = { kind: 'single', type: { kind: 'unknown', text: 'the example response', collection: false } };
    }
  }
  const element = body.type.kind === 'unknown' ? {} : elementSchema(body.type, line, page, components, sink);
  const isStream = body.type.kind === 'edm' && /^stream$/i.test(body.type.name);
  const typeLabel = body.type.kind === 'unknown' ? 'value' : body.type.name;
  let media: MediaDraft;
  let wrapped = false;
  if (isStream) {
    media = { contentType: 'application/octet-stream', schema: { type: 'string', format: 'binary' } };
    response.description = `${statusText}. The content, as a stream.`;
  } else if (body.kind === 'collection') {
    const properties: Record<string, SchemaObject> = { value: { type: 'array', items: element } };
    if (page.pageKind === 'method') properties['@odata.nextLink'] = { type: 'string', description: 'URL of the next page of results, when there is one.' };
    media = { contentType: 'application/json', schema: { type: 'object', properties } };
    wrapped = true;
    response.description = `${statusText}. A collection of ${typeLabel} objects, in \`value\`.`;
  } else if (body.type.kind === 'edm') {
    media = { contentType: 'application/json', schema: { type: 'object', properties: { value: element } } };
    wrapped = true;
    response.description = `${statusText}. A ${typeLabel}, in \`value\`.`;
  } else if (body.type.kind === 'unknown') {
    media = { contentType: 'application/json', schema: element };
    response.description = `${statusText}. A JSON body the page does not describe (see the example).`;
  } else {
    media = { contentType: 'application/json', schema: element };
    response.description = `${statusText}. The ${page.requests.some((r) => r.method === 'patch') ? 'updated ' : ''}${typeLabel} object.`;
  }
  const example = exampleFor(page, status, wrapped, isStream, sink);
  if (example !== undefined) media.example = example;
  response.content = media;
  return response;
}

function elementSchema(type: TypeExpression, line: number, page: ApiPage, components: ComponentSchemas, sink: WarningSink): SchemaObject {
  if (type.kind === 'link' || type.kind === 'named') {
    let component = components.componentFor(type.kind === 'link' ? { name: type.name, target: type.target } : { name: type.name }, line, sink);
    if (component === undefined) {
      components.defineOpenObject(type.name, `A ${type.name} (its resource page was not found).`, `${page.pageName}.md`);
      component = type.name;
    }
    return schemaRef(component);
  }
  return schemaForType({ ...type, collection: false }, line, components, sink);
}

/**
 * The example response body, if it fits the documented response. Graph's generated pages wrap
 * single objects in `{"value": ...}`; that wrapper is removed (with a warning) so the example
 * matches the schema.
 */
function exampleFor(page: ApiPage, status: string, wrapped: boolean, isStream: boolean, sink: WarningSink): JsonValue | undefined {
  const example = page.exampleResponse;
  if (example?.body === undefined) return undefined;
  if (String(example.status) !== status) {
    // `201 Created` documented, `HTTP/1.1 200 OK` shown: the page contradicts itself about the
    // status, not about the body; the documented status stays and the example is its example.
    sink.warn('response-status-mismatch', example.line, `the example response has status ${example.status} but the page documents ${status}; ${status} is kept, with this example`, example.startLine);
  }
  if (isStream) {
    sink.warn('example-unused', example.line, 'the example response is JSON but the response is a stream; the example is left out', JSON.stringify(example.body));
    return undefined;
  }
  const body = example.body;
  if (!wrapped && body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const keys = Object.keys(body);
    const inner = body.value;
    if (keys.length === 1 && keys[0] === 'value' && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      // Many pages show a single object wrapped in "value" (a collection-shaped example of one
      // entity): the object itself is the example. A reading of the page, not a defect.
      return inner;
    }
  }
  return body;
}

/** Whether a type name is a primitive (EDM) type. */
export function isPrimitive(name: string): boolean {
  return isEdmType(name);
}
