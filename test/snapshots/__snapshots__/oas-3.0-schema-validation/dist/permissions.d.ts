/**
 * Permission types: `DelegatedWork` (delegated, work or school account),
 * `DelegatedPersonal` (delegated, personal account) and `Application` (app-only).
 */
export type PermissionScheme = 'DelegatedWork' | 'DelegatedPersonal' | 'Application';

/** The tenant id (`tid`) of personal accounts: a delegated token with it is `DelegatedPersonal`. */
export declare const PERSONAL_ACCOUNT_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

/**
 * An entry of a scope list: a scope that suffices alone, or (an array) scopes needed together, as a
 * table cell "Policy.Read.All and Application.ReadWrite.All" says.
 */
export type ScopeRequirement = string | readonly string[];

/** One context of a permission type whose scopes "vary by context". */
export interface ContextPermissions {
  /** Acceptable entries in the order of the spec's permission table; any one suffices. */
  readonly scopes: readonly ScopeRequirement[];
  readonly leastPrivileged: ScopeRequirement;
}

/** What one permission type accepts for an operation. */
export type SchemePermissions =
  | { readonly supported: false }
  | {
      readonly supported: true;
      /** Acceptable entries in the order of the spec's permission table; any one suffices. */
      readonly scopes: readonly ScopeRequirement[];
      readonly leastPrivileged: ScopeRequirement;
    }
  | {
      readonly supported: true;
      /** Every context's entries, in table order; any one suffices when the context is not known. */
      readonly scopes: readonly ScopeRequirement[];
      readonly contexts: { readonly [context: string]: ContextPermissions };
    };

/** Who may call one operation. */
export interface OperationPermissions {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  /** The page the permission table comes from, when the spec names it. */
  readonly source: string | null;
  /**
   * `x-permissions`: the spec carries the permission table (`schemes`). `security`: only the
   * OpenAPI security scopes are known; which permission types accept them is not (`schemes: null`).
   */
  readonly basis: 'x-permissions' | 'security';
  /** `none`: anyone may call; `token`: any authenticated caller; `scope`: one of `scopes` is needed. */
  readonly authentication: 'none' | 'token' | 'scope';
  /** Every scope that can allow the call (alone, or with the others of its entry). */
  readonly scopes: readonly string[];
  /** For `basis: 'security'`: the requirements, any one of which suffices; each lists scopes needed together. */
  readonly requirements?: readonly (readonly string[])[];
  readonly schemes: { readonly [S in PermissionScheme]: SchemePermissions } | null;
}

/**
 * The exact type of the permission table, written out (not inferred) so the module's declarations
 * stay explicit and small enough for the compiler at any number of operations. (A type literal,
 * not an interface: it must be assignable to an index signature.)
 */
export type PermissionTableType = {
  /**
   * GET /anything/booleans
   *
   * Booleans
   */
  readonly getAnythingBooleans: {
    readonly operation: 'getAnythingBooleans';
    readonly method: 'GET';
    readonly path: '/anything/booleans';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /anything/jsonschema-formats
   *
   * Formats defined by JSON Schema
   */
  readonly getAnythingJsonschemaFormats: {
    readonly operation: 'getAnythingJsonschemaFormats';
    readonly method: 'GET';
    readonly path: '/anything/jsonschema-formats';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /anything/numbers
   *
   * Number validation
   */
  readonly getAnythingNumbers: {
    readonly operation: 'getAnythingNumbers';
    readonly method: 'GET';
    readonly path: '/anything/numbers';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /anything/oas-formats
   *
   * Formats defined by OpenAPI
   */
  readonly getAnythingOasFormats: {
    readonly operation: 'getAnythingOasFormats';
    readonly method: 'GET';
    readonly path: '/anything/oas-formats';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /anything/strings
   *
   * String validation
   */
  readonly getAnythingStrings: {
    readonly operation: 'getAnythingStrings';
    readonly method: 'GET';
    readonly path: '/anything/strings';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
};

/** `T`, once the compiler has checked that it is a table of {@link OperationPermissions}. */
type Checked<T extends { readonly [operation: string]: OperationPermissions }> = T;

type PermissionTable = Checked<PermissionTableType>;

/** Permission metadata per operation, keyed by operation identifier. Frozen. */
export declare const permissions: PermissionTable;

/** Every operation identifier. */
export type OperationId = keyof PermissionTable;

type SchemesOf<Op extends OperationId> = PermissionTable[Op]['schemes'];

/** A scope that can allow a call to `Op`. */
export type OperationScope<Op extends OperationId> = PermissionTable[Op]['scopes'][number];

/** An entry of `Op`'s scope lists: a scope, or (an array) scopes needed together. */
export type OperationScopeEntry<Op extends OperationId> =
  SchemesOf<Op> extends infer Table
    ? Table extends { readonly [K in PermissionScheme]: unknown }
      ? EntriesOf<Table[PermissionScheme]>
      : OperationScope<Op>
    : never;

type EntriesOf<P> = P extends { readonly scopes: readonly (infer Entry)[] } ? Entry : never;

/** The permission types `Op` supports (every type when the spec does not say). */
export type SupportedScheme<Op extends OperationId> =
  SchemesOf<Op> extends infer Table
    ? Table extends null
      ? PermissionScheme
      : {
          [S in keyof Table]: Table[S] extends { readonly supported: true } ? S : never;
        }[keyof Table] &
          PermissionScheme
    : never;

/** The contexts of permission type `S` of `Op` (never when its scopes do not vary by context). */
export type PermissionContext<
  Op extends OperationId,
  S extends PermissionScheme = PermissionScheme,
> =
  SchemesOf<Op> extends infer Table
    ? Table extends { readonly [K in PermissionScheme]: unknown }
      ? S extends keyof Table
        ? Table[S] extends { readonly contexts: infer Contexts }
          ? keyof Contexts & string
          : never
        : never
      : never
    : never;

/** The scope tuple {@link requiredScopes} returns for `Op`, permission type `S` and context `C`. */
export type RequiredScopes<
  Op extends OperationId,
  S extends PermissionScheme,
  C extends string = never,
> =
  SchemesOf<Op> extends infer Table
    ? Table extends { readonly [K in PermissionScheme]: unknown }
      ? [C] extends [never]
        ? Table[S] extends { readonly scopes: infer Scopes }
          ? Scopes
          : never
        : Table[S] extends { readonly contexts: infer Contexts }
          ? C extends keyof Contexts
            ? Contexts[C] extends { readonly scopes: infer Scopes }
              ? Scopes
              : never
            : never
          : never
      : PermissionTable[Op]['scopes']
    : never;

/** The claims of a decoded access token that decide what it may call (other claims are ignored). */
export interface AccessTokenClaims {
  /** Delegated scopes, space-separated: a delegated (user) token. */
  readonly scp?: string;
  /** App roles: in a token without `scp`, the application permissions of an app-only token. */
  readonly roles?: readonly string[];
  /** Tenant id: {@link PERSONAL_ACCOUNT_TENANT_ID} marks a personal account. */
  readonly tid?: string;
  readonly [claim: string]: unknown;
}

export interface CanCallOptions<Op extends OperationId> {
  /**
   * For a permission type whose scopes vary by context: the context of the call. Without it, a
   * scope of any context is accepted.
   */
  readonly context?: PermissionContext<Op>;
}

/** Why {@link canCall} said no. */
export type CallDenial<Op extends OperationId = OperationId> =
  | {
      readonly allowed: false;
      readonly reason: 'not-authenticated';
      readonly scheme: null;
      readonly acceptable: readonly OperationScopeEntry<Op>[];
    }
  | {
      readonly allowed: false;
      readonly reason: 'scheme-not-supported';
      readonly scheme: PermissionScheme;
      readonly acceptable: readonly [];
    }
  | {
      readonly allowed: false;
      readonly reason: 'missing-scope';
      readonly scheme: PermissionScheme;
      readonly acceptable: readonly OperationScopeEntry<Op>[];
    };

/** The answer of {@link canCall}: allowed, with the permission type and scope that allow it, or why not. */
export type CanCallResult<Op extends OperationId = OperationId> =
  | (PermissionTable[Op]['authentication'] extends 'scope'
      ? {
          readonly allowed: true;
          readonly scheme: SupportedScheme<Op>;
          readonly scope: OperationScopeEntry<Op>;
        }
      : { readonly allowed: true; readonly scheme: PermissionScheme | null; readonly scope: null })
  | CallDenial<Op>;

/**
 * The scopes that allow calling `operation` with permission type `scheme` (and `context`, when its
 * scopes vary by context), in the order of the spec's permission table: any one entry suffices; an
 * entry that is an array lists scopes needed together. Without a context, a
 * "varies by context" type gives every context's scopes. An operation whose spec has no permission
 * table gives its `security` scopes for any type. An unknown operation, type or context, or a type
 * the operation does not support, is a compile error (and a `RangeError` from JavaScript).
 */
export declare function requiredScopes<Op extends OperationId, S extends SupportedScheme<Op>, const C extends PermissionContext<Op, S> = never>(operation: Op, options: { readonly scheme: S; readonly context?: C }): RequiredScopes<Op, S, C>;

/**
 * The permission type of a token from its claims: `scp` makes it delegated (`DelegatedPersonal`
 * when `tid` is the personal-account tenant, else `DelegatedWork`); `roles` without `scp` makes
 * it app-only (`Application`). `undefined` when the claims show no token at all.
 */
export declare function permissionSchemeOf(claims: AccessTokenClaims | null | undefined): PermissionScheme | undefined;

/**
 * May a token with these claims call `operation`? Allowed answers name the permission type and
 * the scope (or the scopes needed together, an array) that allows the call (the least privileged one the token has, in table order; `null`
 * when no scope is needed). Denials say why (`not-authenticated`, `scheme-not-supported`,
 * `missing-scope`) and which scopes would be accepted. Scopes compare exactly (RFC 6749, 3.3).
 */
export declare function canCall<Op extends OperationId>(operation: Op, claims: AccessTokenClaims | null | undefined, options?: CanCallOptions<Op>): CanCallResult<Op>;

export {};
