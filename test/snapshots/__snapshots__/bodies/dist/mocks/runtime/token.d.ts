import { PERSONAL_ACCOUNT_TENANT_ID, type PermissionScheme } from '../../permissions.js';
import { TOKEN_AUDIENCE } from './flavour.js';

/** The tenant id `mockToken` puts in work-or-school and application tokens unless told otherwise. */
export declare const MOCK_WORK_TENANT_ID = '00000000-0000-4000-8000-00000000c0de';

export interface MockTokenOptions {
  /** The permission type the token is for. */
  readonly scheme: PermissionScheme;
  /** Delegated scopes (`scp`) or, for `Application`, app roles (`roles`). */
  readonly scopes: readonly string[];
  /**
   * Tenant id (`tid`). Default: the personal-account tenant for `DelegatedPersonal`, else
   * {@link MOCK_WORK_TENANT_ID}.
   */
  readonly tid?: string;
  /** Expiry (`exp`), as a Date or seconds since the epoch. The mock rejects an expired token. */
  readonly expiresAt?: Date | number;
  /** More claims (`oid`, `upn`, ...). They cannot override `scp`, `roles` or `tid`. */
  readonly claims?: Readonly<Record<string, unknown>>;
}

/**
 * An unsigned, JWT-shaped access token (`alg: none`, empty signature) that the mock reads: `scp`
 * for delegated tokens, `roles` for application tokens, `tid` to tell a personal account,
 * `aud` when the flavour names an audience.
 * It is only good for the mock: nothing else accepts an unsigned token.
 */
export declare function mockToken(options: MockTokenOptions): string;

/** Why a request's `Authorization` header was refused. */
export type TokenProblem = 'missing' | 'not-bearer' | 'malformed';

export type BearerToken =
  | { readonly ok: true; readonly claims: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly problem: TokenProblem; readonly message: string };

/**
 * Read `Authorization: Bearer <JWT>` (scheme name case-insensitive, RFC 9110 §11.1). The payload
 * must be a base64url JSON object; the signature is not checked: this is a mock.
 */
export declare function readBearerToken(header: string | null): BearerToken;
