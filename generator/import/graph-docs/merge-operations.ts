/**
 * Graph documents some routes on several pages: `GET /deviceManagement` once per workload (16
 * pages, each with its own permissions), `GET /deviceAppManagement/mobileApps/{mobileAppId}`
 * once per derived app type (19 pages). OpenAPI allows one operation per route, so those drafts
 * become one operation:
 *
 * - permissions that differ per page become contexts named after the page's workload — the
 *   shape Graph itself uses for "varies by context" tables (the seed is such a merged page);
 * - request and response schemas that differ become `anyOf` (derived types of one base);
 * - every page's example is kept, keyed by page name.
 */
import type { ComponentSchemas } from './component-schemas.js';
import { compare } from './component-schemas.js';
import type { JsonValue, SchemaObject } from './edm-types.js';
import { camelCase } from './inline-markdown.js';
import type { MediaDraft, OperationDraft, ResponseDraft } from './page-to-openapi.js';
import { docsUrl } from './page-to-openapi.js';
import { entriesOf, PERMISSION_SCHEME_ORDER, scopesOf, scopesOfEntry, uniqueEntries, type PermissionSchemeName, type SchemePermissions, type ScopeEntry } from './permission-table.js';
import { ERROR_RESPONSE, SECURITY_SCHEME } from './shared-components.js';

export interface MergedOperation {
  method: string;
  path: string;
  primary: OperationDraft;
  /** Every draft of the route, primary first, then by page name. */
  drafts: OperationDraft[];
  /** camelCase name the operationId starts from. */
  baseName: string;
  /** The operation object, without `operationId`. */
  operation: SchemaObject;
  /** Scopes the operation's security names. */
  scopes: string[];
}

/** `GET /users/{id}` and `GET /users/{userId}` are one route. */
export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
}

export function mergeOperations(drafts: OperationDraft[], components: ComponentSchemas): MergedOperation[] {
  const routes = new Map<string, OperationDraft[]>();
  for (const draft of drafts) {
    const key = routeKey(draft.method, draft.path);
    routes.set(key, [...(routes.get(key) ?? []), draft]);
  }
  const merged: MergedOperation[] = [];
  for (const key of [...routes.keys()].sort()) {
    const group = (routes.get(key) ?? []).sort((a, b) => compare(a.page.pageName, b.page.pageName) || a.requestIndex - b.requestIndex);
    merged.push(mergeRoute(group, components));
  }
  return merged;
}

function mergeRoute(group: OperationDraft[], components: ComponentSchemas): MergedOperation {
  const ancestor = commonAncestor(group, components);
  const primary = group.find((d) => ancestor !== undefined && d.resourceType === ancestor) ?? (group[0] as OperationDraft);
  const drafts = [primary, ...group.filter((d) => d !== primary)];
  const permissions = mergePermissions(drafts);
  const scopes = permissions === undefined ? [] : scopesOf({ schemes: permissions });
  const entries = permissions === undefined ? [] : entriesOf({ schemes: permissions });

  // A route merged over derived types (iosLobApp, webApp, ...) is about their base type (mobileApp).
  const own = primary.resourceType;
  const generalize = (text: string): string => (ancestor !== undefined && own !== undefined && own !== ancestor ? replaceTypeName(text, own, ancestor) : text);
  const operation: SchemaObject = {
    summary: generalize(primary.summary),
    description: describe(primary, drafts, generalize),
    tags: primary.tags,
    externalDocs: primary.externalDocs,
  };
  if (primary.licensing !== undefined) operation['x-licensing'] = primary.licensing;
  operation.parameters = mergeParameters(drafts);
  const requestBody = mergeRequestBodies(drafts);
  if (requestBody !== undefined) operation.requestBody = requestBody;
  operation.responses = mergeResponses(drafts);
  // One requirement per entry: a scope alone, or the scopes a cell needs together.
  if (entries.length > 0) operation.security = entries.map((entry) => ({ [SECURITY_SCHEME]: scopesOfEntry(entry) }));
  if (permissions !== undefined) {
    const order = permissionsOrderOf(drafts.find((d) => d.page.pageName === primary.page.pageName) ?? primary);
    operation['x-permissions'] = { source: primary.externalDocs.url, ...(order === 'leastToMost' ? { order } : {}), schemes: permissionsJson(permissions) };
  }
  if (drafts.some((d) => d.supportsODataQuery)) operation['x-odata-query-options'] = true;
  if (primary.pageable) operation['x-ms-pageable'] = { nextLinkName: '@odata.nextLink' };
  if (drafts.length > 1) operation['x-graph-docs-pages'] = drafts.map((d) => d.page.pageName);

  return { method: primary.method, path: primary.path, primary, drafts, baseName: baseNameOf(primary, ancestor), operation, scopes };
}

/** The most derived type every draft's type inherits from (or is), if all drafts have one. */
function commonAncestor(group: OperationDraft[], components: ComponentSchemas): string | undefined {
  const types = group.map((d) => d.resourceType);
  if (types.some((t) => t === undefined)) return undefined;
  const chains = (types as string[]).map((t) => components.baseChain(t));
  return chains[0]?.find((candidate) => chains.every((chain) => chain.includes(candidate)));
}

/** "Update user" → `updateUser`; "wipe action" → `wipe`; "Update iosLobApp" merged under mobileApp → `updateMobileApp`. */
export function baseNameOf(primary: OperationDraft, ancestor: string | undefined): string {
  let title = primary.summary.replace(/\s+(action|function)$/i, '');
  const own = primary.resourceType;
  if (ancestor !== undefined && own !== undefined && own !== ancestor) title = replaceTypeName(title, own, ancestor);
  return camelCase(title) || `${primary.method}Operation`;
}

/** `Update androidLobApp` → `Update mobileApp` (whole words; a plural `s` is kept). */
function replaceTypeName(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`\\b${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(s?)\\b`, 'gi'), `${to}$1`);
}

function describe(primary: OperationDraft, drafts: OperationDraft[], generalize: (text: string) => string): string {
  const pages = [...new Map(drafts.map((d) => [d.page.pageName, d])).values()];
  if (pages.length < 2) return primary.description;
  const [first = '', ...rest] = primary.description.split('\n\n');
  const description = [generalize(first), ...rest].join('\n\n');
  const list = pages.map((d) => `[${pageLabel(d, pages)}](${docsUrl(d.page.pageName)})`).join(', ');
  return `${description}\n\nThis route is documented on several reference pages, merged here: ${list}.`;
}

/** The page's title, with its workload when other pages of the route share the title. */
function pageLabel(draft: OperationDraft, all: OperationDraft[]): string {
  const shared = all.some((d) => d.page.pageName !== draft.page.pageName && d.page.title === draft.page.title);
  return shared ? `${draft.page.title} (${workloadOf(draft.page.pageName)})` : draft.page.title;
}

function mergeParameters(drafts: OperationDraft[]): SchemaObject[] {
  const primary = drafts[0] as OperationDraft;
  const parameters = [...primary.parameters];
  const seen = new Set(parameters.map((p) => `${String(p.in)} ${String(p.name)}`));
  for (const draft of drafts.slice(1)) {
    for (const parameter of draft.parameters) {
      if (parameter.in === 'path') continue; // the primary's path template names them
      const key = `${String(parameter.in)} ${String(parameter.name)}`;
      if (!seen.has(key)) {
        seen.add(key);
        parameters.push(parameter);
      }
    }
  }
  return parameters;
}

function mergeRequestBodies(drafts: OperationDraft[]): SchemaObject | undefined {
  const withBody = drafts.filter((d) => d.requestBody !== undefined);
  const first = withBody[0]?.requestBody;
  if (first === undefined) return undefined;
  return {
    required: withBody.length === drafts.length,
    description: first.description,
    content: mergeMedia(withBody.map((d) => ({ draft: d, media: d.requestBody?.content as MediaDraft }))),
  };
}

function mergeResponses(drafts: OperationDraft[]): SchemaObject {
  const byStatus = new Map<string, { draft: OperationDraft; response: ResponseDraft }[]>();
  for (const draft of drafts) byStatus.set(draft.response.status, [...(byStatus.get(draft.response.status) ?? []), { draft, response: draft.response }]);
  const responses: SchemaObject = {};
  for (const status of [...byStatus.keys()].sort()) {
    const entries = byStatus.get(status) ?? [];
    const first = entries[0];
    if (first === undefined) continue;
    const response: SchemaObject = { description: first.response.description };
    const withContent = entries.filter((e) => e.response.content !== undefined).map((e) => ({ draft: e.draft, media: e.response.content as MediaDraft }));
    if (withContent.length > 0) response.content = mergeMedia(withContent);
    responses[status] = response;
  }
  responses['4XX'] = { $ref: `#/components/responses/${ERROR_RESPONSE}` };
  responses['5XX'] = { $ref: `#/components/responses/${ERROR_RESPONSE}` };
  return responses;
}

/** Media of several drafts → one `content` map: distinct schemas as `anyOf`, examples by page. */
function mergeMedia(entries: { draft: OperationDraft; media: MediaDraft }[]): SchemaObject {
  const byType = new Map<string, { draft: OperationDraft; media: MediaDraft }[]>();
  for (const entry of entries) byType.set(entry.media.contentType, [...(byType.get(entry.media.contentType) ?? []), entry]);
  const content: SchemaObject = {};
  for (const [contentType, list] of byType) {
    const schemas = new Map<string, SchemaObject>();
    for (const { media } of list) schemas.set(JSON.stringify(media.schema), media.schema);
    const distinct = [...schemas.values()];
    const media: SchemaObject = { schema: distinct.length === 1 ? (distinct[0] as SchemaObject) : { anyOf: distinct } };
    // Every page's example, by page name; pages repeating an earlier page's example add nothing.
    const examples = new Map<string, { summary: string; value: JsonValue }>();
    const seen = new Set<string>();
    for (const { draft, media: m } of list) {
      const json = JSON.stringify(m.example);
      if (m.example === undefined || examples.has(draft.page.pageName) || seen.has(json)) continue;
      seen.add(json);
      examples.set(draft.page.pageName, { summary: pageLabel(draft, list.map((e) => e.draft)), value: m.example });
    }
    if (examples.size === 1) media.example = [...examples.values()][0]?.value ?? null;
    else if (examples.size > 1) media.examples = Object.fromEntries(examples);
    content[contentType] = media;
  }
  return content;
}

type SchemePermissionMap = Partial<Record<PermissionSchemeName, SchemePermissions>>;

/** One page: its table. Several: per scheme, equal tables stay; differing ones become contexts by workload. */
export function mergePermissions(drafts: OperationDraft[]): SchemePermissionMap | undefined {
  const pages = [...new Map(drafts.map((d) => [d.page.pageName, d])).values()];
  // Tables merge in the first page's stated order: another page's lists are turned around first.
  const order = permissionsOrderOf(pages[0]);
  const tables = pages.map((d) => (permissionsOrderOf(d) === order ? d.permissions : reversed(d.permissions)));
  if (tables.every((t) => t === undefined)) return undefined;
  if (pages.length === 1) return tables[0];
  const result: SchemePermissionMap = {};
  for (const scheme of PERMISSION_SCHEME_ORDER) {
    const entries = tables.map((t) => t?.[scheme]);
    if (entries.every((e) => e === undefined)) continue;
    const json = new Set(entries.map((e) => JSON.stringify(e ?? null)));
    if (json.size === 1) {
      result[scheme] = entries[0] as SchemePermissions;
      continue;
    }
    const contexts: { name: string; scopes: ScopeEntry[] }[] = [];
    const add = (name: string, scopes: ScopeEntry[]): void => {
      const existing = contexts.find((c) => c.name === name);
      if (existing === undefined) contexts.push({ name, scopes: [...scopes] });
      else existing.scopes = uniqueEntries([...existing.scopes, ...scopes]);
    };
    pages.forEach((draft, i) => {
      const entry = entries[i];
      const workload = workloadOf(draft.page.pageName);
      if (entry?.kind === 'scopes') add(workload, entry.scopes);
      // A page that already varies by context names the finer contexts itself (the seed: Devices, MAM, ...).
      if (entry?.kind === 'contexts') for (const context of entry.contexts) add(context.name, context.scopes);
    });
    if (contexts.length > 0) result[scheme] = { kind: 'contexts', contexts: contexts.sort((a, b) => compare(a.name, b.name)) };
    else if (entries.some((e) => e?.kind === 'notSupported')) result[scheme] = { kind: 'notSupported' };
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

const WORKLOAD_NAMES: Record<string, string> = {
  androidforwork: 'AndroidForWork',
  companyterms: 'CompanyTerms',
  deviceconfig: 'DeviceConfig',
  gpanalyticsservice: 'GPAnalyticsService',
  mam: 'MAM',
  policyset: 'PolicySet',
  raimportcerts: 'RAImportCerts',
  rbac: 'RBAC',
  remoteassistance: 'RemoteAssistance',
  tem: 'TEM',
  wip: 'WIP',
};

/** `intune-mam-user-get` → `MAM`; `intune-devices-user-get` → `Devices`; other pages: their name. */
export function workloadOf(pageName: string): string {
  const segment = /^intune-([a-z0-9]+)-/.exec(pageName)?.[1];
  if (segment === undefined) return pageName;
  return WORKLOAD_NAMES[segment] ?? segment.charAt(0).toUpperCase() + segment.slice(1);
}

export function permissionsJson(permissions: SchemePermissionMap): SchemaObject {
  const schemes: SchemaObject = {};
  for (const scheme of PERMISSION_SCHEME_ORDER) {
    const entry = permissions[scheme];
    if (entry === undefined) continue;
    if (entry.kind === 'notSupported') schemes[scheme] = { supported: false };
    else if (entry.kind === 'scopes') schemes[scheme] = { scopes: entry.scopes };
    else schemes[scheme] = { contexts: Object.fromEntries(entry.contexts.map((c) => [c.name, c.scopes])) };
  }
  return schemes;
}

/** The privilege order a draft's permission table states (mostToLeast when it states none). */
export function permissionsOrderOf(draft: OperationDraft | undefined): 'mostToLeast' | 'leastToMost' {
  return draft?.page.permissions?.statedOrder === 'leastToMost' ? 'leastToMost' : 'mostToLeast';
}

function reversed(table: SchemePermissionMap | undefined): SchemePermissionMap | undefined {
  if (table === undefined) return undefined;
  const out: SchemePermissionMap = {};
  for (const [scheme, entry] of Object.entries(table) as [keyof SchemePermissionMap, SchemePermissions][]) {
    out[scheme] = entry.kind === 'scopes' ? { kind: 'scopes', scopes: [...entry.scopes].reverse() } : entry.kind === 'contexts' ? { kind: 'contexts', contexts: entry.contexts.map((c) => ({ name: c.name, scopes: [...c.scopes].reverse() })) } : entry;
  }
  return out;
}
