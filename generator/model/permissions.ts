import type { SpecDocument } from '../load/spec-document.js';
import { PERMISSION_SCHEMES, type PermissionScheme, type PermissionsNode, type SchemePermissions, type ScopeEntry } from './ir.js';

/**
 * The `x-permissions` extension (already validated by the loader) as IR. Schemes come out in
 * the order of Microsoft's table: delegated work/school, delegated personal, application.
 */
export function permissionsFrom(document: SpecDocument, operationPointer: string, raw: unknown): PermissionsNode | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const value = raw as { source?: unknown; order?: unknown; schemes?: Record<string, { supported?: boolean; scopes?: RawEntry[]; contexts?: Record<string, RawEntry[]> }> };
  const schemes: PermissionsNode['schemes'] = [];
  for (const scheme of PERMISSION_SCHEMES) {
    const entry = value.schemes?.[scheme];
    if (entry === undefined) continue;
    let permissions: SchemePermissions;
    if (entry.contexts !== undefined) {
      permissions = { kind: 'contexts', contexts: Object.entries(entry.contexts).map(([name, scopes]) => ({ name, scopes: scopes.map(entryOf) })) };
    } else if (entry.scopes !== undefined) {
      permissions = { kind: 'scopes', scopes: entry.scopes.map(entryOf) };
    } else permissions = { kind: 'notSupported' };
    schemes.push({ scheme: scheme as PermissionScheme, permissions });
  }
  return {
    ...(typeof value.source === 'string' ? { source: value.source } : {}),
    order: value.order === 'leastToMost' ? 'leastToMost' : 'mostToLeast',
    schemes,
    origin: { file: document.relPath, pointer: `${operationPointer}/x-permissions` },
  };
}

/** A scope list entry as written: a scope, or `{ allOf: [...] }` for scopes needed together. */
type RawEntry = string | { allOf: string[] };

function entryOf(raw: RawEntry): ScopeEntry {
  return typeof raw === 'string' ? raw : [...raw.allOf];
}

/** Every scope an entry names. */
export function scopesOfEntry(entry: ScopeEntry): string[] {
  return typeof entry === 'string' ? [entry] : entry;
}
