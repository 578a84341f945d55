import { PERMISSION_SCHEMES, type ApiModel, type OperationNode, type PermissionScheme, type ScopeEntry } from '../model/ir.js';
import { scopesOfEntry } from '../model/permissions.js';

/** Security scheme types whose requirement arrays list scopes (as the loader reads them). */
const SCOPED_SCHEME_TYPES = new Set(['oauth2', 'openIdConnect']);

/** One context row of a "varies by context" permission type. */
export interface ContextScopes {
  name: string;
  /** In the table's stated order (`OperationPermissionFacts.order`); any one entry suffices (an array: its scopes together). */
  scopes: ScopeEntry[];
  leastPrivileged: ScopeEntry;
}

/** What one permission type (scheme) of an operation accepts. */
export type SchemeFacts =
  | { scheme: PermissionScheme; supported: false }
  /** `scopes`: acceptable entries, any one suffices; an entry that is an array needs all its scopes. */
  | { scheme: PermissionScheme; supported: true; scopes: ScopeEntry[]; leastPrivileged: ScopeEntry; contexts?: undefined }
  /** `scopes` is every context's entries, deduplicated in table order. */
  | { scheme: PermissionScheme; supported: true; scopes: ScopeEntry[]; contexts: ContextScopes[] };

/**
 * Everything the generated code and docs say about who may call an operation, decided once so the
 * permissions module, the README and (through the module) the mocks agree.
 *
 * - `basis: 'x-permissions'`: the operation carries Microsoft's permission table. The table wins:
 *   a scope is always needed, per permission type; types the table does not list are not supported.
 * - `basis: 'security'`: only OpenAPI `security` is known. Its scopes are kept (any one requirement
 *   suffices; the scopes of one requirement are needed together), and which permission types
 *   accept them is unknown (`schemes` undefined).
 */
export interface OperationPermissionFacts {
  basis: 'x-permissions' | 'security';
  /**
   * `none`: anyone may call (no security, or an empty requirement object); `token`: any
   * authenticated caller (a requirement that names no scope); `scope`: one of the scopes is needed.
   */
  authentication: 'none' | 'token' | 'scope';
  source?: string;
  /** The privilege order of the scope lists, as the table states it. */
  order?: 'mostToLeast' | 'leastToMost';
  /** Every scope that can allow the call (alone or with others), deduplicated, in table (or `security`) order. */
  scopes: string[];
  /** For `basis: 'security'`: the scoped requirements, each a set of scopes needed together. */
  requirements?: string[][];
  /** For `basis: 'x-permissions'`: every permission type, in Microsoft's table order. */
  schemes?: SchemeFacts[];
}

export function operationPermissionFacts(op: OperationNode, model: ApiModel): OperationPermissionFacts {
  if (op.permissions !== undefined) {
    const order = op.permissions.order;
    // The least privileged scope is the list's last in most-to-least order, its first otherwise.
    const least = (scopes: ScopeEntry[]): ScopeEntry => (order === 'leastToMost' ? scopes[0]! : scopes.at(-1)!);
    const schemes = PERMISSION_SCHEMES.map((scheme): SchemeFacts => {
      const permissions = op.permissions!.schemes.find((s) => s.scheme === scheme)?.permissions;
      if (permissions === undefined || permissions.kind === 'notSupported') return { scheme, supported: false };
      if (permissions.kind === 'scopes') return { scheme, supported: true, scopes: [...permissions.scopes], leastPrivileged: least(permissions.scopes) };
      const contexts = permissions.contexts.map((c) => ({ name: c.name, scopes: [...c.scopes], leastPrivileged: least(c.scopes) }));
      return { scheme, supported: true, scopes: uniqueEntries(contexts.flatMap((c) => c.scopes)), contexts };
    });
    return {
      basis: 'x-permissions',
      authentication: 'scope',
      ...(op.permissions.source === undefined ? {} : { source: op.permissions.source }),
      order,
      scopes: unique(schemes.flatMap((s) => (s.supported ? s.scopes.flatMap(scopesOfEntry) : []))),
      schemes,
    };
  }

  const scopedTypes = (name: string): boolean => {
    const type = model.securitySchemes.find((s) => s.name === name)?.type;
    // A scheme the model does not know (declared elsewhere) is read as scoped, as the loader does.
    return type === undefined || SCOPED_SCHEME_TYPES.has(type);
  };
  const security = op.security ?? [];
  const requirements = security.map((r) => r.schemes.filter((s) => scopedTypes(s.name)).flatMap((s) => s.scopes));
  let authentication: OperationPermissionFacts['authentication'] = 'scope';
  if (security.length === 0 || security.some((r) => r.schemes.length === 0)) authentication = 'none';
  else if (requirements.some((scopes) => scopes.length === 0)) authentication = 'token';
  const scoped = requirements.filter((scopes) => scopes.length > 0).map(unique);
  return { basis: 'security', authentication, scopes: unique(scoped.flat()), requirements: scoped };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Entries without repeats (an array entry compares by its scopes). */
function uniqueEntries(entries: ScopeEntry[]): ScopeEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = typeof entry === 'string' ? entry : JSON.stringify(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
