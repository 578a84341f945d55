import { PERMISSION_SCHEMES, type OperationNode, type PermissionsNode, type SchemePermissions, type ScopeEntry, type SourceRef } from '../model/ir.js';
import { escapePointerSegment } from '../diagnostics.js';
import { change, type Change } from './change.js';

/**
 * The `x-permissions` table: per permission type (delegated work/school, delegated personal,
 * application), scopes any one of which suffices. A scope removed, or a permission type no longer
 * supported, breaks a consumer holding just that; a scope added is one more that suffices.
 */
export function comparePermissions(b: PermissionsNode | undefined, h: PermissionsNode | undefined, scope: string, bOp: SourceRef, hOp: SourceRef): Change[] {
  const out: Change[] = [];
  if (b === undefined && h === undefined) return out;
  const bAt = b?.origin ?? bOp;
  const hAt = h?.origin ?? hOp;
  if (b === undefined) return [change('feature', 'permissions', scope, 'x-permissions', 'permission table added', bAt, hAt)];
  if (h === undefined) return [change('breaking', 'permissions', scope, 'x-permissions', 'permission table removed', bAt, hAt)];
  if ((b.source ?? '') !== (h.source ?? '')) out.push(change('fix', 'permissions', scope, 'x-permissions', 'source of the permission table changed', { file: bAt.file, pointer: `${bAt.pointer}/source` }, { file: hAt.file, pointer: `${hAt.pointer}/source` }));
  for (const scheme of PERMISSION_SCHEMES) {
    const bp = b.schemes.find((s) => s.scheme === scheme)?.permissions;
    const hp = h.schemes.find((s) => s.scheme === scheme)?.permissions;
    const path = `x-permissions ${scheme}`;
    const bRef = { file: bAt.file, pointer: `${bAt.pointer}/schemes/${scheme}` };
    const hRef = { file: hAt.file, pointer: `${hAt.pointer}/schemes/${scheme}` };
    const bOn = bp !== undefined && bp.kind !== 'notSupported';
    const hOn = hp !== undefined && hp.kind !== 'notSupported';
    if (bOn && !hOn) {
      out.push(change('breaking', 'permissions', scope, path, `permission type ${scheme} dropped`, bRef, hRef));
      continue;
    }
    if (!bOn && hOn) {
      out.push(change('feature', 'permissions', scope, path, `permission type ${scheme} now supported`, bRef, hRef));
      continue;
    }
    if (!bOn || !hOn) continue;
    const bContexts = contextsOf(bp);
    const hContexts = contextsOf(hp);
    if (bp.kind !== hp.kind) {
      out.push(change('fix', 'permissions', scope, path, bp.kind === 'scopes' ? 'scopes now listed per context' : 'scopes no longer listed per context', bRef, hRef));
      compareScopes(union(bContexts), union(hContexts), scope, path, bRef, hRef, out);
      continue;
    }
    for (const [name, bScopes] of bContexts) {
      const hScopes = hContexts.get(name);
      const at = name === '' ? path : `${path} context ${name}`;
      if (hScopes === undefined) out.push(change('breaking', 'permissions', scope, at, 'context removed', within(bRef, name), hRef));
      else compareScopes(bScopes, hScopes, scope, at, within(bRef, name), within(hRef, name), out);
    }
    for (const name of hContexts.keys()) if (!bContexts.has(name)) out.push(change('feature', 'permissions', scope, `${path} context ${name}`, 'context added', bRef, within(hRef, name)));
  }
  return out;
}

/** Where a context's (or, for a plain list, the scheme's) scopes stand. */
function within(ref: SourceRef, context: string): SourceRef {
  return { file: ref.file, pointer: context === '' ? `${ref.pointer}/scopes` : `${ref.pointer}/contexts/${escapePointerSegment(context)}` };
}

/** Each context's entries as labels: a scope, or scopes needed together joined by " and " (compared as one entry). */
function contextsOf(p: SchemePermissions): Map<string, string[]> {
  const labels = (entries: ScopeEntry[]): string[] => entries.map((e) => (typeof e === 'string' ? e : e.join(' and ')));
  if (p.kind === 'scopes') return new Map([['', labels(p.scopes)]]);
  if (p.kind === 'contexts') return new Map(p.contexts.map((c) => [c.name, labels(c.scopes)]));
  return new Map();
}

function union(contexts: Map<string, string[]>): string[] {
  return [...new Set([...contexts.values()].flat())];
}

function compareScopes(b: string[], h: string[], scope: string, path: string, bRef: SourceRef, hRef: SourceRef, out: Change[]): void {
  for (const s of b) if (!h.includes(s)) out.push(change('breaking', 'permissions', scope, path, `scope ${s} removed (a token with only it no longer suffices)`, bRef, hRef));
  for (const s of h) if (!b.includes(s)) out.push(change('feature', 'permissions', scope, path, `scope ${s} added (it also suffices)`, bRef, hRef));
  const kept = b.filter((s) => h.includes(s));
  const keptInHead = h.filter((s) => b.includes(s));
  if (kept.join('\0') !== keptInHead.join('\0')) out.push(change('fix', 'permissions', scope, path, 'order of the scopes (most to least privileged) changed', bRef, hRef));
}

/**
 * OpenAPI `security`: alternatives, each a set of schemes with scopes that must all be held. A
 * base alternative still works when some new alternative asks for a subset of it; otherwise the
 * requirement tightened. A new alternative that asks for no superset of an old one is a new way in.
 */
export function compareSecurity(b: OperationNode, h: OperationNode, scope: string): Change[] {
  const bAlts = alternatives(b);
  const hAlts = alternatives(h);
  const bRef = { file: b.source.file, pointer: `${b.source.pointer}/security` };
  const hRef = { file: h.source.file, pointer: `${h.source.pointer}/security` };
  const out: Change[] = [];
  const path = 'security';
  for (const alt of bAlts) {
    if (!hAlts.some((n) => subset(n, alt))) out.push(change('breaking', 'security', scope, path, alt.size === 0 ? 'anonymous access removed' : `requirement ${describe(alt)} no longer suffices`, bRef, hRef));
  }
  for (const alt of hAlts) {
    if (!bAlts.some((o) => subset(o, alt))) out.push(change('feature', 'security', scope, path, alt.size === 0 ? 'anonymous access allowed' : `requirement ${describe(alt)} added (it also suffices)`, bRef, hRef));
  }
  return out;
}

/** Each alternative as a set of `scheme` and `scheme:scope` entries. No security declared: anonymous. */
function alternatives(op: OperationNode): Set<string>[] {
  if (op.security === undefined) return [new Set()];
  return op.security.map((r) => new Set(r.schemes.flatMap((s) => [s.name, ...s.scopes.map((x) => `${s.name}:${x}`)])));
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function describe(alt: Set<string>): string {
  const parts = [...alt].filter((x) => x.includes(':') || ![...alt].some((y) => y.startsWith(`${x}:`)));
  return parts.sort().join(' + ');
}
