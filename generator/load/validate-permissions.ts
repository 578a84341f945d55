import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { pointerOf } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SpecDocument } from './spec-document.js';
import { X_PERMISSIONS_SCHEMA } from './x-permissions-schema.js';

const require = createRequire(import.meta.url);
let schemaValidator: ValidateFunction | undefined;

const SCHEMES = ['DelegatedWork', 'DelegatedPersonal', 'Application'];

/** An entry of a scope list: a scope, or scopes needed together. */
type ScopeListEntry = string | { allOf: string[] };

/** Security scheme types whose requirement arrays list scopes. */
const SCOPED_SCHEME_TYPES = new Set(['oauth2', 'openIdConnect']);

export interface OperationSite {
  document: SpecDocument;
  /** Pointer to the operation object. */
  pointer: string;
  operation: Record<string, unknown>;
  /**
   * Where the effective `security` comes from (operation or document level), if any; `document`
   * when it is written in another file than the operation (a path item reached through `$ref`).
   */
  security?: { pointer: string; value: unknown; document?: SpecDocument };
  /** Type of a security scheme by name (`oauth2`, ...), or undefined when unknown. */
  schemeType(name: string): string | undefined;
}

/**
 * Check an operation's `x-permissions` against its JSON Schema and against the operation's
 * `security`: the scopes must be the same set, and `security` must say "any one of" (one
 * requirement object per scope, or per set of scopes the table needs together) as the
 * permission table does.
 */
export function validatePermissions(site: OperationSite): Diagnostic[] {
  const { document, operation } = site;
  if (!Object.prototype.hasOwnProperty.call(operation, 'x-permissions')) return [];
  const base = `${site.pointer}/x-permissions`;
  const value = operation['x-permissions'];
  const diagnostics: Diagnostic[] = [];

  // Specific, readable messages for the mistakes people make; the schema catches the rest.
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const schemes = (value as Record<string, unknown>).schemes;
    if (schemes !== null && typeof schemes === 'object' && !Array.isArray(schemes)) {
      for (const [name, entry] of Object.entries(schemes)) {
        const at = `${base}/schemes/${pointerOf([name]).slice(1)}`;
        const fields = entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : {};
        if (!SCHEMES.includes(name)) {
          diagnostics.push(document.diagnostic(at, `x-permissions: unknown permission type "${name}" (expected one of ${SCHEMES.join(', ')})`));
        } else if (fields.supported === false && Object.keys(fields).length > 1) {
          diagnostics.push(document.diagnostic(at, `x-permissions: ${name} is marked not supported, so it cannot also list ${Object.keys(fields).filter((k) => k !== 'supported').join(' or ')}`));
        } else if (fields.supported === true) {
          diagnostics.push(document.diagnostic(`${at}/supported`, `x-permissions: ${name}: write \`supported: false\` for a permission type that is not supported; a supported one lists \`scopes\` or \`contexts\` instead`));
        } else if ('scopes' in fields && 'contexts' in fields) {
          diagnostics.push(document.diagnostic(at, `x-permissions: ${name} lists both scopes and contexts: use \`contexts\` when the scopes vary by context, else \`scopes\``));
        }
      }
    }
  }
  if (diagnostics.length > 0) return diagnostics;

  schemaValidator ??= (() => {
    const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
    return new Ajv2020({ allErrors: true, strict: false }).compile(X_PERMISSIONS_SCHEMA);
  })();
  if (!schemaValidator(value)) {
    const errors = (schemaValidator.errors ?? []).filter((e) => e.keyword !== 'oneOf');
    const first = errors.sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
    const detail = first === undefined ? 'does not match its schema' : `${first.instancePath === '' ? '' : first.instancePath.slice(1) + ': '}${first.message ?? first.keyword}`;
    return [document.diagnostic(base + (first?.instancePath ?? ''), `x-permissions is invalid: ${detail} (see README, "The x-permissions extension")`)];
  }

  // Scopes named by the permission table, with where each is written.
  // Scopes needed together (`{ allOf: [...] }`), as sorted keys with where each is written: `security`
  // says "all of them" with one requirement object listing them.
  const tableScopes = new Map<string, string>();
  const together = new Map<string, string>();
  const schemes = (value as { schemes: Record<string, { scopes?: ScopeListEntry[]; contexts?: Record<string, ScopeListEntry[]> }> }).schemes;
  const addEntry = (entry: ScopeListEntry, at: string): void => {
    if (typeof entry === 'string') {
      if (!tableScopes.has(entry)) tableScopes.set(entry, at);
      return;
    }
    entry.allOf.forEach((scope, j) => tableScopes.has(scope) || tableScopes.set(scope, `${at}/allOf/${j}`));
    const key = [...entry.allOf].sort().join(' ');
    if (!together.has(key)) together.set(key, at);
  };
  for (const [name, entry] of Object.entries(schemes)) {
    const at = `${base}/schemes/${pointerOf([name]).slice(1)}`;
    entry.scopes?.forEach((scope, i) => addEntry(scope, `${at}/scopes/${i}`));
    for (const [context, scopes] of Object.entries(entry.contexts ?? {})) {
      scopes.forEach((scope, i) => addEntry(scope, `${at}/contexts${pointerOf([context, i])}`));
    }
  }
  const requirementKeys = new Set<string>();

  // Scopes named by `security`, with where each is written.
  const securityScopes = new Map<string, string>();
  const security = site.security;
  const securityDocument = security?.document ?? document;
  if (tableScopes.size > 0 && (security === undefined || !Array.isArray(security.value) || security.value.length === 0)) {
    return [document.diagnostic(base, 'x-permissions lists scopes but the operation has no `security` requirement: add one requirement object per scope')];
  }
  if (security !== undefined && Array.isArray(security.value)) {
    security.value.forEach((requirement: unknown, index: number) => {
      if (requirement === null || typeof requirement !== 'object') return;
      const scoped = Object.entries(requirement as Record<string, unknown>).filter(([scheme]) => SCOPED_SCHEME_TYPES.has(site.schemeType(scheme) ?? ''));
      const count = scoped.reduce((n, [, scopes]) => n + (Array.isArray(scopes) ? scopes.length : 0), 0);
      if (count === 0 && tableScopes.size > 0) {
        diagnostics.push(securityDocument.diagnostic(`${security.pointer}/${index}`, `security requirement ${index} names no scope, so it lets a caller in without one; the permission table (x-permissions) requires one of its scopes: remove the requirement or the table`));
      }
      const listed = scoped.flatMap(([, scopes]) => (Array.isArray(scopes) ? scopes.filter((x): x is string => typeof x === 'string') : []));
      const key = [...new Set(listed)].sort().join(' ');
      if (count > 1) requirementKeys.add(key);
      if (count > 1 && !together.has(key)) {
        diagnostics.push(securityDocument.diagnostic(`${security.pointer}/${index}`, `security requirement ${index} lists ${count} scopes, which OpenAPI reads as "all of them"; the permission table means "any one of them": write one requirement object per scope`));
      }
      for (const [scheme, scopes] of scoped) {
        if (!Array.isArray(scopes)) continue;
        scopes.forEach((scope: unknown, i: number) => {
          if (typeof scope === 'string' && !securityScopes.has(scope)) securityScopes.set(scope, `${security.pointer}/${index}${pointerOf([scheme, i])}`);
        });
      }
    });
  }
  for (const [key, at] of together) {
    if (!requirementKeys.has(key)) diagnostics.push(document.diagnostic(at, `x-permissions needs ${key.split(' ').join(' and ')} together, but no security requirement lists exactly these scopes: add one requirement object with all of them`));
  }
  for (const [scope, at] of tableScopes) {
    if (!securityScopes.has(scope)) diagnostics.push(document.diagnostic(at, `x-permissions scope "${scope}" is missing from the operation's security requirements`));
  }
  for (const [scope, at] of securityScopes) {
    if (!tableScopes.has(scope)) diagnostics.push(securityDocument.diagnostic(at, `security scope "${scope}" is missing from x-permissions`));
  }
  return diagnostics;
}
