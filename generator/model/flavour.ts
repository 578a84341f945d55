/** Which service conventions a spec follows: Microsoft Graph's, or none in particular. */
export type Flavour = 'graph' | 'plain';

/** Hosts of Microsoft Graph: the global service and the national clouds. */
const GRAPH_HOSTS = new Set(['graph.microsoft.com', 'graph.microsoft.us', 'dod-graph.microsoft.us', 'graph.microsoft.de', 'microsoftgraph.chinacloudapi.cn']);

/** `graph` when any server URL's host is Microsoft Graph (or a national cloud of it), else `plain`. */
export function detectFlavour(servers: readonly { readonly url: string }[]): Flavour {
  for (const server of servers) {
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(server.url)?.[1]?.toLowerCase();
    if (host !== undefined && GRAPH_HOSTS.has(host)) return 'graph';
  }
  return 'plain';
}
