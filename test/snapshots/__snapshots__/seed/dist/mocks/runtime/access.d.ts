import {
  canCall,
  permissions,
  type AccessTokenClaims,
  type OperationId,
  type OperationPermissions,
  type PermissionScheme,
  type ScopeRequirement,
} from '../../permissions.js';
import { PERSONAL_ACCOUNT } from './flavour.js';

export type AccessDecision =
  | { readonly kind: 'allowed' }
  /** The token shows no permission type at all (neither `scp` nor `roles`): a 401. */
  | { readonly kind: 'unauthenticated'; readonly message: string }
  /** A 403: the permission type is not supported, or the token has no acceptable scope. */
  | { readonly kind: 'denied'; readonly message: string; readonly acceptable: readonly string[] };

/** Does calling `operation` need a token? (Everything the permissions module does not know does.) */
export declare function needsToken(operation: string): boolean;

/** May a token with `claims` call `operation`? Denials name the scopes that would be accepted. */
export declare function decideAccess(operation: string, claims: Readonly<Record<string, unknown>>): AccessDecision;
