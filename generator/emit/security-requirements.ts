import type { ApiModel, OperationNode, SecuritySchemeNode } from '../model/ir.js';
import { isBearerScheme } from '../model/skipped-features.js';

/**
 * A security scheme as the client applies it and the mocks check it: an API key (header, query
 * or cookie), HTTP Basic, a Bearer token (HTTP bearer, OAuth 2, OpenID Connect, or a scheme the
 * API names but does not define), or something neither can do (`other`: mutual TLS, HTTP
 * schemes other than basic and bearer, an apiKey without `in`/`name`).
 */
export type CredentialScheme =
  | { kind: 'apiKey'; scheme: string; in: 'header' | 'query' | 'cookie'; name: string }
  | { kind: 'basic' | 'bearer' | 'other'; scheme: string };

export function credentialScheme(name: string, scheme: SecuritySchemeNode | undefined): CredentialScheme {
  if (scheme === undefined || isBearerScheme(scheme)) return { kind: 'bearer', scheme: name };
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') return { kind: 'basic', scheme: name };
  if (scheme.type === 'apiKey' && scheme.in !== undefined && scheme.paramName !== undefined && scheme.paramName !== '') return { kind: 'apiKey', scheme: name, in: scheme.in, name: scheme.paramName };
  return { kind: 'other', scheme: name };
}

/**
 * An operation's security requirements as alternatives (any one suffices), each the schemes it
 * needs together; an empty alternative allows anonymous calls. Undefined: the operation declares
 * no security.
 */
export function securityAlternatives(op: OperationNode, model: ApiModel): CredentialScheme[][] | undefined {
  if (op.security === undefined || op.security.length === 0) return undefined;
  const schemes = new Map(model.securitySchemes.map((s) => [s.name, s]));
  // Requirements that differ only in scopes need the same credentials: listed once.
  const seen = new Set<string>();
  return op.security
    .map((requirement) => requirement.schemes.map(({ name }) => credentialScheme(name, schemes.get(name))))
    .filter((alternative) => {
      const key = JSON.stringify(alternative);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The schemes of every operation's requirements, by kind and name (sorted): what `Credentials` offers. */
export function usedCredentialSchemes(model: ApiModel): CredentialScheme[] {
  const byName = new Map<string, CredentialScheme>();
  for (const op of model.operations) {
    for (const alternative of securityAlternatives(op, model) ?? []) for (const scheme of alternative) byName.set(scheme.scheme, scheme);
  }
  return [...byName.values()].sort((a, b) => (a.scheme < b.scheme ? -1 : a.scheme > b.scheme ? 1 : 0));
}
