import { asRecord } from '../values.js';

/**
 * The flavour of an API decides which service-specific behaviour the generated package carries.
 * `graph`: Microsoft Graph's conventions (its error envelope, `request-id` headers, the 401
 * challenge of its identity platform, JSON batching, `ConsistencyLevel`). `plain`: none of them;
 * only what the spec itself declares.
 */
export type Flavour = 'graph' | 'plain';

/** What a user may ask for: a flavour, or `auto` (detected from the spec). */
export type FlavourSetting = Flavour | 'auto';

export const FLAVOUR_SETTINGS: readonly FlavourSetting[] = ['graph', 'plain', 'auto'];

/** Hosts of Microsoft Graph: the global service and its national clouds. */
export const GRAPH_HOSTS: readonly string[] = ['graph.microsoft.com', 'graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn'];

/** The root-level extension that sets a document's flavour explicitly. */
export const FLAVOUR_EXTENSION = 'x-apiwright-flavour';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The flavour of a set of documents. An explicit `graph` or `plain` setting wins; with `auto`
 * (the default) it is `graph` when any server URL (root, path or operation level, in any
 * document) has a Graph host, or a document sets `x-apiwright-flavour: graph` at its root;
 * else `plain`.
 */
export function detectFlavour(documents: readonly unknown[], setting: FlavourSetting = 'auto'): Flavour {
  if (setting !== 'auto') return setting;
  for (const raw of documents) {
    const data = asRecord(raw);
    if (data[FLAVOUR_EXTENSION] === 'graph') return 'graph';
    if (serverUrls(data).some(isGraphUrl)) return 'graph';
  }
  return 'plain';
}

/** True when the URL's host is one of Graph's (`https://graph.microsoft.com/v1.0`, `//graph.microsoft.us`). */
export function isGraphUrl(url: string): boolean {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url.trim());
  if (match === null) return false;
  const host = match[1]!.toLowerCase().replace(/\.$/, '');
  return GRAPH_HOSTS.includes(host);
}

function serverUrls(data: Record<string, unknown>): string[] {
  const urls: string[] = [...urlsOf(data.servers)];
  for (const pathItem of Object.values(asRecord(data.paths))) {
    const item = asRecord(pathItem);
    urls.push(...urlsOf(item.servers));
    for (const method of METHODS) urls.push(...urlsOf(asRecord(item[method]).servers));
  }
  // Swagger 2.0 (converted later): `host`.
  if (typeof data.host === 'string') urls.push(`//${data.host}`);
  return urls;
}

function urlsOf(servers: unknown): string[] {
  if (!Array.isArray(servers)) return [];
  return servers.map((s) => asRecord(s).url).filter((u): u is string => typeof u === 'string');
}
