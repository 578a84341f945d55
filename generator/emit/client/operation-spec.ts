import { isBearerScheme } from '../../model/skipped-features.js';
import { SpecError } from '../../diagnostics.js';
import type { ApiModel, MediaNode, OperationNode, ParameterNode, ResponseNode, ServerNode } from '../../model/ir.js';
import { jsonLiteral, stringLiteral } from '../../render/ts-syntax.js';
import { errorResponses, preferred, streamedItems, successResponses } from '../../plan/operation-shapes.js';
import { operationPlan, type PackagePlan } from '../../plan/index.js';
import { aliasTarget } from '../../model/schema-vocabulary.js';
import { pathSegments, segmentParameters } from '../../plan/route-tree.js';
import { securityAlternatives } from '../security-requirements.js';

/** Which sibling modules the generated client can call into. */
export interface Companions {
  /** `src/validators.ts`: `validate<Op>RequestBody`, `validate<Op>Response`, `ValidationError`. */
  validators: boolean;
  /** `src/permissions.ts`: `permissions.<operationIdentifier>`. */
  permissions: boolean;
}

/**
 * The runtime's `OperationSpec` for one operation, as a TypeScript expression: how to write its URL,
 * parameters, headers and body, and how to read its response. Every spec string goes through
 * `jsonLiteral`.
 */
export function operationSpecCode(op: OperationNode, model: ApiModel, plan: PackagePlan, companions: Companions): string {
  const { names, requestMedia: media } = operationPlan(plan, op);
  const data = {
    method: op.method.toUpperCase(),
    pathTemplate: op.path,
    path: pathParts(op),
    parameters: op.parameters.filter((p) => p.in !== 'path' && !p.reservedHeader).map(parameterSpec),
    baseUrl: operationBaseUrl(op, model),
    ...acceptOf(op),
    ...(op.requestBody === undefined || media === undefined ? {} : { body: { kind: media.kind, contentType: media.contentType, required: op.requestBody.required, ...encodingOf(media) } }),
    bearerAuth: usesBearerToken(op, model),
    ...securityOf(op, model),
    response: responseKind(op),
  };
  const members = Object.entries(data).map(([key, value]) => `${key}: ${jsonLiteral(value)}`);
  const route = `${op.method.toUpperCase()} ${op.path}`;
  if (companions.validators && validatesRequestBody(op, media)) {
    members.push(`checkBody: (value) => assertValid(V.${names.requestBody.validate}(value), ${stringLiteral(`${route} request body`)})`);
  }
  if (companions.validators && responseKind(op) === 'json') {
    members.push(`checkResponse: (value) => assertValid(V.${names.response.validate}(value), ${stringLiteral(`${route} response body`)})`);
  }
  if (companions.validators) {
    const check = errorCheckCode(op, plan, route);
    if (check !== undefined) members.push(`checkError: ${check}`);
  }
  return `{ ${members.join(', ')} }`;
}

/**
 * `(status, value) => { ... }`: an error body checked against what the operation declares for its
 * status (the exact code, else its `4XX`/`5XX` class, else `default`), when that is JSON of a named
 * schema (whose validator exists). Undefined when no declared error body can be checked.
 */
function errorCheckCode(op: OperationNode, plan: PackagePlan, route: string): string | undefined {
  const responses = errorResponses(op);
  const exact = responses.filter((r) => /^[3-5]\d\d$/.test(r.status));
  const ranges = responses.filter((r) => /^[3-5]XX$/i.test(r.status));
  const fallback = responses.find((r) => r.status === 'default');
  const lines: string[] = [];
  let checks = 0;
  const branch = (condition: string, response: ResponseNode): void => {
    const validator = namedValidator(response, plan);
    if (validator !== undefined) checks++;
    lines.push(`if (${condition}) ${validator === undefined ? 'return;' : `return assertValid(V.${validator}(value), ${stringLiteral(`${route} ${response.status} error body`)});`}`);
  };
  for (const r of exact) branch(`status === ${Number(r.status)}`, r);
  for (const r of ranges) branch(`Math.floor(status / 100) === ${r.status[0]}`, r);
  if (fallback !== undefined) {
    const validator = namedValidator(fallback, plan);
    if (validator !== undefined) {
      checks++;
      lines.push(`assertValid(V.${validator}(value), ${stringLiteral(`${route} default error body`)});`);
    }
  }
  return checks === 0 ? undefined : `(status, value) => {\n${lines.join('\n')}\n}`;
}

/** `validateOdataError` when the response's JSON body is exactly a named schema. */
function namedValidator(response: ResponseNode, plan: PackagePlan): string | undefined {
  const media = preferred(response.content);
  const ref = media?.kind === 'json' && media.schema !== undefined ? aliasTarget(media.schema) : undefined;
  return ref === undefined ? undefined : plan.schemas.get(ref)?.read.validate;
}

/** Request bodies the validators can judge: structured ones (JSON, forms), not text or bytes. */
function validatesRequestBody(op: OperationNode, media: MediaNode | undefined): boolean {
  const kind = media?.kind;
  return op.requestBody !== undefined && (kind === 'json' || kind === 'form' || kind === 'multipart');
}

/**
 * The path as literal text and path parameters: `/users/{usersId}` → `"/users/"`, `usersId`.
 * Literal text is made URL-safe here (a `?` or `#` in a path template is text, not a delimiter).
 */
function pathParts(op: OperationNode): (string | ReturnType<typeof parameterSpec>)[] {
  const declared = new Map(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
  const used = new Set<string>();
  const parts: (string | ReturnType<typeof parameterSpec>)[] = [];
  let text = '';
  for (const segment of pathSegments(op.path)) {
    text += '/';
    let rest = segment;
    for (const name of segmentParameters(segment)) {
      const expression = `{${name}}`;
      const at = rest.indexOf(expression);
      text += encodePathText(rest.slice(0, at));
      rest = rest.slice(at + expression.length);
      const parameter = declared.get(name);
      if (parameter === undefined) throw specError(op, `the path template uses {${name}}, but the operation declares no path parameter "${name}"`);
      used.add(name);
      if (text !== '') parts.push(text);
      parts.push(parameterSpec(parameter));
      text = '';
    }
    text += encodePathText(rest);
  }
  if (text !== '' || parts.length === 0) parts.push(text === '' ? '/' : text);
  for (const name of declared.keys()) {
    if (!used.has(name)) throw specError(op, `path parameter "${name}" does not appear in the path template ${op.path}`);
  }
  return parts;
}

function parameterSpec(p: ParameterNode): { name: string; in: ParameterNode['in']; style: ParameterNode['style']; explode: boolean; required: boolean; allowReserved?: true } {
  return { name: p.name, in: p.in, style: p.style, explode: p.explode, required: p.required, ...(p.allowReserved ? { allowReserved: true as const } : {}) };
}

/** Percent-encode what cannot stand in a URL path as text, keeping `/`, sub-delimiters, `:` and `@`. */
export function encodePathText(text: string): string {
  return encodeURI(wellFormed(text)).replace(/[?#]/g, (c) => (c === '?' ? '%3F' : '%23'));
}

/** A lone surrogate cannot be percent-encoded; U+FFFD stands in for it. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A server URL with its variables replaced by their defaults; '' (relative to the page) without servers. */
export function serverUrl(server: ServerNode | undefined): string {
  if (server === undefined) return '';
  return server.url.replace(/\{([^{}]*)\}/g, (expression, name: string) => server.variables.find((v) => v.name === name)?.default ?? expression);
}

/** `Accept`: the media types of the success responses, in the spec's order. */
function acceptOf(op: OperationNode): { accept?: string } {
  const types = [...new Set(successResponses(op).flatMap((r) => r.content.map((m) => m.contentType)))];
  return types.length === 0 ? {} : { accept: types.join(', ') };
}

/**
 * How the success body is read, from the first success response with content (the types emitter
 * types it from the same media): JSON, text, or bytes.
 */
export function responseKind(op: OperationNode): 'json' | 'text' | 'binary' | 'none' | 'event-stream' | 'json-lines' {
  const media: MediaNode | undefined = successResponses(op).find((r) => r.content.length > 0)?.content[0];
  if (media === undefined) return 'none';
  const streamed = streamedItems(media);
  if (streamed !== undefined) return streamed;
  if (media.kind === 'json' || media.kind === 'text') return media.kind;
  return 'binary';
}

/**
 * A bearer token is sent when the operation's security names an OAuth 2, OpenID Connect or HTTP
 * bearer scheme (or a scheme this API does not define, which is most likely one of those).
 */
export function usesBearerToken(op: OperationNode, model: ApiModel): boolean {
  const schemes = new Map(model.securitySchemes.map((s) => [s.name, s]));
  return (op.security ?? []).some((requirement) =>
    requirement.schemes.some(({ name }) => {
      const scheme = schemes.get(name);
      return scheme === undefined || isBearerScheme(scheme);
    }),
  );
}

function specError(op: OperationNode, message: string): SpecError {
  return new SpecError([{ severity: 'error', file: op.source.file, pointer: op.source.pointer, message }]);
}

/** `security`: the operation's requirements as the runtime's `SecurityRequirements`, when it declares some. */
function securityOf(op: OperationNode, model: ApiModel): { security?: object[][] } {
  const alternatives = securityAlternatives(op, model);
  return alternatives === undefined ? {} : { security: alternatives };
}

/** `encoding`: the form or multipart body's Encoding Objects, by field name, when the spec gives some. */
function encodingOf(media: MediaNode): { encoding?: Record<string, object> } {
  if (media.encoding === undefined || media.encoding.length === 0) return {};
  return {
    encoding: Object.fromEntries(
      media.encoding.map((e) => [
        e.property,
        {
          ...(e.contentType === undefined ? {} : { contentType: e.contentType }),
          ...(e.style === undefined ? {} : { style: e.style }),
          ...(e.explode === undefined ? {} : { explode: e.explode }),
          ...(e.allowReserved === true ? { allowReserved: true } : {}),
        },
      ]),
    ),
  };
}

/**
 * The operation's base URL: its own first server (operation, path or file level), else the API's;
 * a relative one (a file without servers has `/`) resolved against the API's first server.
 */
export function operationBaseUrl(op: OperationNode, model: ApiModel): string {
  const own = serverUrl(op.servers[0] ?? model.servers[0]);
  const main = serverUrl(model.servers[0]);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(own) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(main)) return own;
  try {
    return new URL(own, main.endsWith('/') ? main : `${main}/`).href.replace(/\/+$/, '');
  } catch {
    return own;
  }
}
