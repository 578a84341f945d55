import type { ApiModel, OperationNode, ResponseNode } from '../../model/ir.js';
import { markdownBlock, markdownCell, markdownCode, markdownFence, markdownLink, markdownLiteral } from '../../render/markdown.js';
import { operationPlan, type OperationPlan, type PackagePlan } from '../../plan/index.js';
import { operationPermissionFacts } from '../operation-permissions.js';
import type { RouteNode } from '../../plan/route-tree.js';
import { exampleCall } from './example-call.js';
import { permissionDocs, type PermissionDocs } from './permission-table.js';
import { SchemaLabels } from './schema-labels.js';

/**
 * The README's reference section of one operation, as the template's input: every field is
 * Markdown already (spec strings escaped for where they land), so the template only lays it out.
 * Sections follow Microsoft's reference pages: permissions, HTTP request, request headers,
 * request body, response, example.
 */
export interface OperationReference {
  identifier: string;
  /** `updateUser — Update user`. */
  heading: string;
  description: string;
  /** `Reference: [page](url)`, or ''. */
  reference: string;
  deprecated: boolean;
  permissions: PermissionDocs;
  /** `One of the following permissions is required ...` with the table's source, or ''. */
  permissionsIntro: string;
  /** Where the same data is in code: `` `permissions.updateUser` `` and `canCall`. */
  permissionsInCode: string;
  /** A fenced `http` block: `PATCH /users/{usersId}`. */
  httpRequest: string;
  /** Path, query and cookie parameters. */
  parameters: { name: string; location: string; type: string; required: string; description: string }[];
  /** Header parameters, the reserved ones (Authorization, Accept, Content-Type) included. */
  headers: { name: string; value: string }[];
  body?: {
    description: string;
    /** `` `User` (`application/json`), required. `` */
    summary: string;
    properties: { name: string; type: string; allowedValues: string; description: string }[];
  };
  responses: { status: string; description: string; body: string }[];
  /** The headers the responses declare (read with the client's `onResponse` option). */
  responseHeaders: { status: string; name: string; type: string; description: string }[];
  /** `If successful, ...` */
  responseSummary: string;
  /** A fenced `json` block of the first success response's example, or ''. */
  responseExample: string;
  /** A fenced `ts` block calling the operation through the client, or '' without a client. */
  example: string;
}

/** What every operation's section is written with, made once per README. */
export interface ReferenceContext {
  model: ApiModel;
  plan: PackagePlan;
  packageName: string;
  labels: SchemaLabels;
  /** The client's route plan when the package has a client (for the example call), else undefined. */
  routes: RouteNode | undefined;
  /** The package has the permissions module (`permissions`, `canCall`, `requiredScopes`). */
  permissionsModule: boolean;
}

export function operationReference(op: OperationNode, { model, plan, packageName, labels, routes, permissionsModule }: ReferenceContext): OperationReference {
  const planned = operationPlan(plan, op);
  const facts = operationPermissionFacts(op, model);
  const title = op.summary === undefined || op.summary.trim() === '' ? '' : ` — ${markdownLiteral(op.summary)}`;
  return {
    identifier: op.identifier,
    heading: `${markdownCode(op.identifier)}${title}`,
    description: markdownBlock(op.description ?? ''),
    reference: op.externalDocs === undefined ? '' : `Reference: ${markdownLink(op.externalDocs.url, op.externalDocs.description === undefined ? undefined : markdownLiteral(op.externalDocs.description))}`,
    deprecated: op.deprecated,
    permissions: permissionDocs(facts),
    permissionsIntro:
      facts.schemes === undefined
        ? ''
        : `One of the following permissions is required to call this operation${facts.source === undefined ? '' : ` (from ${markdownLink(facts.source, 'the reference page')})`}. Any one listed permission suffices.`,
    permissionsInCode: !permissionsModule
      ? ''
      : `In code: ${markdownCode(`permissions.${op.identifier}`)}, ${markdownCode(`canCall('${op.identifier}', claims)`)} and ${markdownCode(`requiredScopes('${op.identifier}', { scheme })`)}.`,
    httpRequest: markdownFence('http', `${op.method.toUpperCase()} ${op.path.replace(/[\r\n\u2028\u2029]+/g, ' ')}`),
    parameters: op.parameters
      .filter((p) => p.in !== 'header')
      .map((p) => ({
        name: markdownCode(p.name, true),
        location: p.in,
        type: labels.type(p.schema, 'write'),
        required: p.required ? 'Yes' : 'No',
        description: markdownCell([p.description ?? '', p.deprecated ? 'Deprecated.' : ''].filter((s) => s !== '').join(' ')),
      })),
    headers: op.parameters
      .filter((p) => p.in === 'header')
      .map((p) => {
        const value = p.description === undefined ? labels.allowedValues(p.schema) : markdownCell(p.description);
        // The reference pages say "Required." in the value; add it unless the description does.
        const required = p.required && !/\brequired\b/i.test(p.description ?? '') ? ' Required.' : '';
        return { name: markdownLiteral(p.name), value: `${value}${required}`.trim() };
      }),
    ...bodyReference(planned, labels),
    responses: op.responses.map((r) => ({ status: markdownCode(r.status, true), description: markdownCell(r.description), body: responseBody(r, labels) })),
    responseHeaders: op.responses.flatMap((r) =>
      r.headers.map((h) => ({
        status: markdownCode(r.status, true),
        name: markdownCode(h.name, true),
        type: h.schema === undefined ? 'any' : labels.type(h.schema, 'read'),
        description: markdownCell([h.required ? 'Always sent.' : '', h.description ?? ''].filter((t) => t !== '').join(' ')),
      })),
    ),
    responseSummary: responseSummary(planned, labels),
    responseExample: responseExample(planned),
    example: routes === undefined ? '' : markdownFence('ts', exampleCall(planned, routes, packageName)),
  };
}

function bodyReference({ op, requestMedia: media }: OperationPlan, labels: SchemaLabels): Pick<OperationReference, 'body'> {
  if (op.requestBody === undefined) return {};
  const schema = media?.schema;
  const type = schema === undefined ? (media?.kind === 'binary' ? 'binary data' : 'any') : labels.type(schema, 'write');
  const properties = schema === undefined ? [] : labels.properties(schema, 'write');
  return {
    body: {
      description: markdownBlock(op.requestBody.description ?? ''),
      summary: `${type}${media === undefined ? '' : ` (${markdownCode(media.contentType)})`}, ${op.requestBody.required ? 'required' : 'optional'}.`,
      properties: properties.map((p) => ({
        name: markdownCode(p.name, true),
        type: labels.type(p.schema, 'write'),
        allowedValues: labels.allowedValues(p.schema),
        description: markdownCell([p.required ? 'Required.' : '', p.schema.description ?? labels.named(p.schema)?.schema.description ?? '', p.schema.deprecated ? 'Deprecated.' : ''].filter((s) => s !== '').join(' ')),
      })),
    },
  };
}

function responseBody(response: ResponseNode, labels: SchemaLabels): string {
  if (response.content.length === 0) return 'none';
  return response.content.map((m) => `${m.schema === undefined ? 'any' : labels.type(m.schema, 'read')} (${markdownCode(m.contentType, true)})`).join(', ');
}

function responseSummary({ successResponses }: OperationPlan, labels: SchemaLabels): string {
  const success = successResponses[0];
  if (success === undefined) return 'The spec declares no success response.';
  const media = success.content[0];
  const body = media === undefined ? 'no body' : `${media.schema === undefined ? 'a body' : `a ${labels.type(media.schema, 'read')} body`} (${markdownCode(media.contentType)})`;
  const reason = REASON_PHRASES[success.status];
  return `If successful, this operation returns ${markdownCode(reason === undefined ? success.status : `${success.status} ${reason}`)} with ${body}.`;
}

/** Reason phrases of the success codes the reference pages name (`200 OK`). */
const REASON_PHRASES: Readonly<Record<string, string>> = { '200': 'OK', '201': 'Created', '202': 'Accepted', '204': 'No Content' };

function responseExample({ successResponses }: OperationPlan): string {
  for (const response of successResponses) {
    for (const media of response.content) {
      const example = media.examples[0];
      if (example !== undefined) return markdownFence(media.kind === 'json' ? 'json' : '', media.kind === 'json' || typeof example.value !== 'string' ? JSON.stringify(example.value, null, 2) : example.value);
    }
  }
  return '';
}
