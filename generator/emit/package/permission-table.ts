import type { PermissionScheme, ScopeEntry } from '../../model/ir.js';
import { markdownCode, markdownLiteral } from '../../render/markdown.js';
import type { OperationPermissionFacts } from '../operation-permissions.js';

/** The row labels of Microsoft's permission tables. */
export const PERMISSION_TYPE_LABELS: Readonly<Record<PermissionScheme, string>> = {
  DelegatedWork: 'Delegated (work or school account)',
  DelegatedPersonal: 'Delegated (personal Microsoft account)',
  Application: 'Application',
};

/** One row of the table, both cells already Markdown. */
export interface PermissionRow {
  type: string;
  permissions: string;
}

/**
 * What the README says about who may call an operation: Microsoft's permission table, in the
 * layout of the reference pages (`|Permission type|Permissions (from most to least privileged)|`,
 * "varies by context" sub-rows indented with `&nbsp; &nbsp;`, `Not supported.`), or, without one,
 * a sentence from the operation's `security`. Every cell is Markdown.
 */
export interface PermissionDocs {
  /** The table rows; empty when there is no table. */
  rows: PermissionRow[];
  /** A sentence for operations without a permission table; '' with one. */
  summary: string;
  /** The order the table states, as its header says it: `from most to least privileged`. */
  orderText: string;
}

export function permissionDocs(facts: OperationPermissionFacts): PermissionDocs {
  if (facts.schemes !== undefined) {
    const rows: PermissionRow[] = [];
    for (const scheme of facts.schemes) {
      const type = PERMISSION_TYPE_LABELS[scheme.scheme];
      if (!scheme.supported) rows.push({ type, permissions: 'Not supported.' });
      else if (scheme.contexts === undefined) rows.push({ type, permissions: scopeList(scheme.scopes) });
      else {
        rows.push({ type, permissions: '_varies by context_' });
        for (const context of scheme.contexts) rows.push({ type: `&nbsp; &nbsp; ${markdownLiteral(context.name)}`, permissions: scopeList(context.scopes) });
      }
    }
    return { rows, summary: '', orderText: facts.order === 'leastToMost' ? 'from least to most privileged' : 'from most to least privileged' };
  }
  if (facts.authentication === 'none') return { rows: [], orderText: '', summary: 'No permission is needed: the operation declares no security requirement (or an empty one).' };
  if (facts.authentication === 'token') return { rows: [], orderText: '', summary: 'Any authenticated caller may call this operation: a security requirement names no scope.' };
  const requirements = (facts.requirements ?? []).map((scopes) => scopes.map((s) => markdownCode(s)).join(' and '));
  return {
    rows: [],
    orderText: '',
    summary: `The spec has no permission table (\`x-permissions\`) for this operation, so which permission types apply is not known. Its \`security\` accepts any one of: ${requirements.join('; ')}.`,
  };
}

/** Scopes as the reference pages write them: comma-separated, in the table's order; scopes needed together joined by "and". */
function scopeList(scopes: ScopeEntry[]): string {
  return scopes.map((entry) => (typeof entry === 'string' ? markdownLiteral(entry) : entry.map(markdownLiteral).join(' and '))).join(', ');
}
