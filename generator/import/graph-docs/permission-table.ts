/**
 * The "Prerequisites" permission table of a Graph API page, as the `x-permissions` extension
 * needs it: per permission type either "not supported", scopes (most → least privileged), or,
 * when the table says "_varies by context_", context name → scopes from the indented sub-rows.
 *
 * See https://learn.microsoft.com/en-us/graph/permissions-reference for the permission types.
 */
import { decodeEntities, plainText } from './inline-markdown.js';
import type { WarningSink } from './import-warnings.js';
import type { Table } from './markdown-blocks.js';

export type PermissionSchemeName = 'DelegatedWork' | 'DelegatedPersonal' | 'Application';

export const PERMISSION_SCHEME_ORDER: readonly PermissionSchemeName[] = ['DelegatedWork', 'DelegatedPersonal', 'Application'];

export type SchemePermissions =
  | { kind: 'notSupported' }
  | { kind: 'scopes'; scopes: string[] }
  | { kind: 'contexts'; contexts: { name: string; scopes: string[] }[] };

export interface PermissionTable {
  /** The privilege order the table header states; the scopes below keep the page's order. */
  statedOrder: 'mostToLeast' | 'leastToMost' | 'unstated';
  schemes: Partial<Record<PermissionSchemeName, SchemePermissions>>;
  line: number;
}

const SCHEME_LABELS: Record<string, PermissionSchemeName> = {
  'delegated (work or school account)': 'DelegatedWork',
  'delegated (personal microsoft account)': 'DelegatedPersonal',
  application: 'Application',
};

/** A scope name as Graph writes them: `DeviceManagementApps.ReadWrite.All`, `User.Read`. */
const SCOPE = /^[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+$/;

export function isPermissionTable(table: Table): boolean {
  return /permission type/i.test(table.header[0] ?? '') && /permission/i.test(table.header[1] ?? '');
}

export function parsePermissionTable(table: Table, sink: WarningSink): PermissionTable {
  const headerText = plainText(table.header[1] ?? '').toLowerCase();
  const statedOrder = /least to most/.test(headerText) ? 'leastToMost' : /most to least/.test(headerText) ? 'mostToLeast' : 'unstated';
  const result: PermissionTable = { statedOrder, schemes: {}, line: table.line };
  const inPrivilegeOrder = (scopes: string[]): string[] => scopes;

  let contextsOf: { scheme: PermissionSchemeName; contexts: { name: string; scopes: string[] }[] } | undefined;
  for (const row of table.rows) {
    const rawLabel = row.cells[0] ?? '';
    const value = row.cells[1] ?? '';
    const isSubRow = /^(\s|&nbsp;)+/.test(rawLabel) || /^&nbsp;/.test(rawLabel.trim());
    const label = plainText(decodeEntities(rawLabel));

    if (isSubRow) {
      if (contextsOf === undefined) {
        sink.warn('permission-row-unparsed', row.line, 'indented permission row outside a "varies by context" permission type', rawLabel);
        continue;
      }
      const scopes = parseScopes(value, row.line, sink);
      if (scopes.length === 0) continue;
      const existing = contextsOf.contexts.find((c) => c.name === label);
      if (existing !== undefined) {
        sink.warn('permission-row-unparsed', row.line, `context "${label}" appears twice; its scopes are merged`, value);
        existing.scopes = unique([...existing.scopes, ...inPrivilegeOrder(scopes)]);
      } else contextsOf.contexts.push({ name: label, scopes: inPrivilegeOrder(scopes) });
      continue;
    }

    finishContexts();
    const scheme = SCHEME_LABELS[label.toLowerCase()];
    if (scheme === undefined) {
      sink.warn('permission-row-unparsed', row.line, 'unknown permission type', label);
      continue;
    }
    if (result.schemes[scheme] !== undefined) {
      sink.warn('permission-row-unparsed', row.line, `permission type "${label}" appears twice; the first row is kept`, value);
      continue;
    }
    const text = plainText(value);
    if (/^not supported\.?$/i.test(text)) {
      result.schemes[scheme] = { kind: 'notSupported' };
    } else if (/^varies by context\.?$/i.test(text)) {
      contextsOf = { scheme, contexts: [] };
    } else {
      const scopes = parseScopes(value, row.line, sink);
      if (scopes.length > 0) result.schemes[scheme] = { kind: 'scopes', scopes: inPrivilegeOrder(scopes) };
    }
  }
  finishContexts();
  return result;

  function finishContexts(): void {
    if (contextsOf === undefined) return;
    if (contextsOf.contexts.length > 0) result.schemes[contextsOf.scheme] = { kind: 'contexts', contexts: contextsOf.contexts };
    else sink.warn('permission-scopes-missing', table.line, `"varies by context" for ${contextsOf.scheme} but no context rows follow`, contextsOf.scheme);
    contextsOf = undefined;
  }
}

/** `A.Read.All, A.ReadWrite.All` (commas or spaces) → scopes; anything else is warned about. */
export function parseScopes(cell: string, line: number, sink: WarningSink): string[] {
  const text = plainText(cell);
  const tokens = text.split(/[\s,;]+/).filter((t) => t !== '');
  const scopes = tokens.filter((t) => SCOPE.test(t));
  if (scopes.length === 0) {
    sink.warn('permission-scopes-missing', line, 'no scope names in this permission cell', cell);
    return [];
  }
  const rest = tokens.filter((t) => !SCOPE.test(t));
  if (rest.length > 0) sink.warn('permission-scopes-unparsed', line, `words that are not scope names were skipped: ${rest.join(' ')}`, cell);
  return unique(scopes);
}

/** Every scope of the table, in scheme order then privilege order, without repeats. */
export function scopesOf(table: Pick<PermissionTable, 'schemes'>): string[] {
  const scopes: string[] = [];
  for (const scheme of PERMISSION_SCHEME_ORDER) {
    const entry = table.schemes[scheme];
    if (entry?.kind === 'scopes') scopes.push(...entry.scopes);
    if (entry?.kind === 'contexts') for (const context of entry.contexts) scopes.push(...context.scopes);
  }
  return unique(scopes);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
