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

/**
 * An entry of a scope list as `x-permissions` writes it: a scope that suffices alone, or
 * `{ allOf: [...] }` for a cell that needs several scopes together ("Policy.Read.All and
 * Application.ReadWrite.All").
 */
export type ScopeEntry = string | { allOf: string[] };

export type SchemePermissions =
  | { kind: 'notSupported' }
  | { kind: 'scopes'; scopes: ScopeEntry[] }
  | { kind: 'contexts'; contexts: { name: string; scopes: ScopeEntry[] }[] };

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
  const inPrivilegeOrder = (scopes: ScopeEntry[]): ScopeEntry[] => scopes;

  let contextsOf: { scheme: PermissionSchemeName; contexts: { name: string; scopes: ScopeEntry[] }[] } | undefined;
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
        existing.scopes = uniqueEntries([...existing.scopes, ...inPrivilegeOrder(scopes)]);
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
    // "Not applicable", "n/a": the permission type does not apply to the operation.
    if (/^(?:not supported|not applicable|n\/a)\.?$/i.test(text)) {
      result.schemes[scheme] = { kind: 'notSupported' };
    } else if (/^varies by context\.?$/i.test(text)) {
      contextsOf = { scheme, contexts: [] };
    } else {
      const inline = inlineContexts(value, row.line, sink);
      if (inline !== undefined) {
        if (inline.length > 0) result.schemes[scheme] = { kind: 'contexts', contexts: inline };
        else result.schemes[scheme] = { kind: 'notSupported' };
        continue;
      }
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

/**
 * `A.Read.All, A.ReadWrite.All` (commas, semicolons, line breaks or "or" between alternatives) →
 * scopes; `A.Read.All and B.ReadWrite.All` (or "plus") → scopes needed together. Footnote marks
 * (`TeamsTab.Read.Group*`) and a sentence's final period are not part of a scope. Anything else is
 * warned about.
 */
export function parseScopes(cell: string, line: number, sink: WarningSink): ScopeEntry[] {
  const text = plainText(cell.replace(/<br\s*\/?>/gi, ', '));
  const entries: ScopeEntry[] = [];
  const rest: string[] = [];
  for (const alternative of text.split(/\s*[,;]\s*(?:or\s+)?|\s+or\s+/i)) {
    if (alternative.trim() === '') continue;
    const parts = alternative.trim().split(/\s+(?:and|plus)\s+/i).map((p) => p.replace(/\*+$|\.$/g, '').replace(/\*+$/, ''));
    if (parts.every((p) => SCOPE.test(p))) {
      const together = unique(parts);
      entries.push(together.length === 1 ? together[0]! : { allOf: together });
      continue;
    }
    // Prose around the scopes ("For user resource: ..."): the scopes are kept, the words reported.
    for (const token of alternative.split(/\s+/)) {
      const scope = token.replace(/\*+$|\.$/g, '').replace(/\*+$/, '');
      if (SCOPE.test(scope)) entries.push(scope);
      else if (token !== '') rest.push(token);
    }
  }
  const result = uniqueEntries(entries);
  if (result.length === 0) {
    sink.warn('permission-scopes-missing', line, 'no scope names in this permission cell', cell);
    return [];
  }
  if (rest.length > 0) sink.warn('permission-scopes-unparsed', line, `words that are not scope names were skipped: ${rest.join(' ')}`, cell);
  return result;
}

/**
 * Contexts written inside one cell, one per line: "For **user** resource:<br/>User.Read, ...<br/>For
 * **group** resource:<br/>Group.Read.All", "In teams: TeamMember.ReadWrite.All<br/>In channels:
 * ChannelMember.ReadWrite.All", "Chat.UpdatePolicyViolation.All for a chat message.</br>...".
 * A context that is "Not supported." is left out. Undefined when the cell has no such labels.
 */
function inlineContexts(cell: string, line: number, sink: WarningSink): { name: string; scopes: ScopeEntry[] }[] | undefined {
  const segments = cell.split(/<\/?br\s*\/?>/i).map((segment) => segment.trim()).filter((segment) => segment !== '');
  if (segments.length < 2) return undefined;
  const contexts: { name: string; cells: string[] }[] = [];
  for (const segment of segments) {
    const leading = /^((?:for|in)\s[^:]+):\s*(.*)$/i.exec(segment);
    const trailing = /^(.+?)\s+(for\s+(?:an?|the)\s+.+?)\.?$/i.exec(segment);
    if (leading !== null) contexts.push({ name: plainText(leading[1] ?? ''), cells: leading[2] === '' ? [] : [leading[2] ?? ''] });
    else if (trailing !== null && /^[\w.*]+(?:\s*,\s*[\w.*]+)*$/.test(plainText(trailing[1] ?? ''))) contexts.push({ name: plainText(trailing[2] ?? ''), cells: [trailing[1] ?? ''] });
    else if (contexts.length > 0) contexts.at(-1)!.cells.push(segment);
    else return undefined;
  }
  const result: { name: string; scopes: ScopeEntry[] }[] = [];
  for (const context of contexts) {
    const text = plainText(context.cells.join(', '));
    if (/^not supported\.?$/i.test(text)) continue;
    const scopes = parseScopes(context.cells.join(', '), line, sink);
    if (scopes.length > 0) result.push({ name: context.name, scopes });
  }
  return result;
}

/** Every scope an entry names. */
export function scopesOfEntry(entry: ScopeEntry): string[] {
  return typeof entry === 'string' ? [entry] : entry.allOf;
}

/** Every scope of the table, in scheme order then privilege order, without repeats. */
export function scopesOf(table: Pick<PermissionTable, 'schemes'>): string[] {
  return unique(entriesOf(table).flatMap(scopesOfEntry));
}

/** Every entry of the table (a scope, or scopes needed together), in scheme then privilege order, without repeats. */
export function entriesOf(table: Pick<PermissionTable, 'schemes'>): ScopeEntry[] {
  const entries: ScopeEntry[] = [];
  for (const scheme of PERMISSION_SCHEME_ORDER) {
    const entry = table.schemes[scheme];
    if (entry?.kind === 'scopes') entries.push(...entry.scopes);
    if (entry?.kind === 'contexts') for (const context of entry.contexts) entries.push(...context.scopes);
  }
  return uniqueEntries(entries);
}

/** Entries without repeats (`{ allOf }` compared by its scopes). */
export function uniqueEntries(entries: ScopeEntry[]): ScopeEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = typeof entry === 'string' ? entry : JSON.stringify(entry.allOf);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
