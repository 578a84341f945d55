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
   * GET /apply
   *
   * Get open roles
   */
  readonly getOpenRoles: {
    readonly operation: 'getOpenRoles';
    readonly method: 'GET';
    readonly path: '/apply';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /apply
   *
   * Submit your application!
   */
  readonly applyToReadMe: {
    readonly operation: 'applyToReadMe';
    readonly method: 'POST';
    readonly path: '/apply';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches
   *
   * Get branches
   */
  readonly getBranches: {
    readonly operation: 'getBranches';
    readonly method: 'GET';
    readonly path: '/branches';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /branches
   *
   * Create a branch
   */
  readonly createBranch: {
    readonly operation: 'createBranch';
    readonly method: 'POST';
    readonly path: '/branches';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}
   *
   * Get a branch
   */
  readonly getBranch: {
    readonly operation: 'getBranch';
    readonly method: 'GET';
    readonly path: '/branches/{branch}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * DELETE /branches/{branch}
   *
   * Delete a branch
   */
  readonly deleteBranch: {
    readonly operation: 'deleteBranch';
    readonly method: 'DELETE';
    readonly path: '/branches/{branch}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * PATCH /branches/{branch}
   *
   * Updates an existing branch
   */
  readonly updateBranch: {
    readonly operation: 'updateBranch';
    readonly method: 'PATCH';
    readonly path: '/branches/{branch}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/apis
   *
   * Get all API definitions
   */
  readonly getAPIs: {
    readonly operation: 'getAPIs';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/apis';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /branches/{branch}/apis
   *
   * Create an API definition
   */
  readonly createAPI: {
    readonly operation: 'createAPI';
    readonly method: 'POST';
    readonly path: '/branches/{branch}/apis';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/apis/{filename}
   *
   * Get an API definition
   */
  readonly getAPI: {
    readonly operation: 'getAPI';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/apis/{filename}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * PUT /branches/{branch}/apis/{filename}
   *
   * Update an API definition
   */
  readonly updateAPI: {
    readonly operation: 'updateAPI';
    readonly method: 'PUT';
    readonly path: '/branches/{branch}/apis/{filename}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * DELETE /branches/{branch}/apis/{filename}
   *
   * Delete an API definition
   */
  readonly deleteAPI: {
    readonly operation: 'deleteAPI';
    readonly method: 'DELETE';
    readonly path: '/branches/{branch}/apis/{filename}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /branches/{branch}/categories
   *
   * Create a category
   */
  readonly createCategory: {
    readonly operation: 'createCategory';
    readonly method: 'POST';
    readonly path: '/branches/{branch}/categories';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/categories/{section}
   *
   * Get all categories
   */
  readonly getCategories: {
    readonly operation: 'getCategories';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/categories/{section}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/categories/{section}/{title}
   *
   * Get a category
   */
  readonly getCategory: {
    readonly operation: 'getCategory';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/categories/{section}/{title}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * DELETE /branches/{branch}/categories/{section}/{title}
   *
   * Delete a category
   */
  readonly deleteCategory: {
    readonly operation: 'deleteCategory';
    readonly method: 'DELETE';
    readonly path: '/branches/{branch}/categories/{section}/{title}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * PATCH /branches/{branch}/categories/{section}/{title}
   *
   * Update a category
   */
  readonly updateCategory: {
    readonly operation: 'updateCategory';
    readonly method: 'PATCH';
    readonly path: '/branches/{branch}/categories/{section}/{title}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/categories/{section}/{title}/pages
   *
   * Get the pages within a category
   */
  readonly getCategoryPages: {
    readonly operation: 'getCategoryPages';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/categories/{section}/{title}/pages';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/custom_pages
   *
   * Get all custom pages
   */
  readonly getCustomPages: {
    readonly operation: 'getCustomPages';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/custom_pages';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /branches/{branch}/custom_pages
   *
   * Create a custom page
   */
  readonly createCustomPage: {
    readonly operation: 'createCustomPage';
    readonly method: 'POST';
    readonly path: '/branches/{branch}/custom_pages';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/custom_pages/{slug}
   *
   * Get a custom page
   */
  readonly getCustomPage: {
    readonly operation: 'getCustomPage';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/custom_pages/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * DELETE /branches/{branch}/custom_pages/{slug}
   *
   * Delete a custom page
   */
  readonly deleteCustomPage: {
    readonly operation: 'deleteCustomPage';
    readonly method: 'DELETE';
    readonly path: '/branches/{branch}/custom_pages/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * PATCH /branches/{branch}/custom_pages/{slug}
   *
   * Update a custom page
   */
  readonly updateCustomPage: {
    readonly operation: 'updateCustomPage';
    readonly method: 'PATCH';
    readonly path: '/branches/{branch}/custom_pages/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /branches/{branch}/guides
   *
   * Create a guides page
   */
  readonly createGuide: {
    readonly operation: 'createGuide';
    readonly method: 'POST';
    readonly path: '/branches/{branch}/guides';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/guides/{slug}
   *
   * Get a guides page
   */
  readonly getGuide: {
    readonly operation: 'getGuide';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/guides/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * DELETE /branches/{branch}/guides/{slug}
   *
   * Delete a guides page
   */
  readonly deleteGuide: {
    readonly operation: 'deleteGuide';
    readonly method: 'DELETE';
    readonly path: '/branches/{branch}/guides/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * PATCH /branches/{branch}/guides/{slug}
   *
   * Update a guides page
   */
  readonly updateGuide: {
    readonly operation: 'updateGuide';
    readonly method: 'PATCH';
    readonly path: '/branches/{branch}/guides/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/recipes
   *
   * Get all recipes
   */
  readonly getRecipes: {
    readonly operation: 'getRecipes';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/recipes';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /branches/{branch}/recipes
   *
   * Create a recipe
   */
  readonly createRecipe: {
    readonly operation: 'createRecipe';
    readonly method: 'POST';
    readonly path: '/branches/{branch}/recipes';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/recipes/{slug}
   *
   * Get a recipe
   */
  readonly getRecipe: {
    readonly operation: 'getRecipe';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/recipes/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * DELETE /branches/{branch}/recipes/{slug}
   *
   * Delete a recipe
   */
  readonly deleteRecipe: {
    readonly operation: 'deleteRecipe';
    readonly method: 'DELETE';
    readonly path: '/branches/{branch}/recipes/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * PATCH /branches/{branch}/recipes/{slug}
   *
   * Update an existing recipe
   */
  readonly updateRecipe: {
    readonly operation: 'updateRecipe';
    readonly method: 'PATCH';
    readonly path: '/branches/{branch}/recipes/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /branches/{branch}/reference
   *
   * Create a reference page
   */
  readonly createReference: {
    readonly operation: 'createReference';
    readonly method: 'POST';
    readonly path: '/branches/{branch}/reference';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /branches/{branch}/reference/{slug}
   *
   * Get a reference page
   */
  readonly getReference: {
    readonly operation: 'getReference';
    readonly method: 'GET';
    readonly path: '/branches/{branch}/reference/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * DELETE /branches/{branch}/reference/{slug}
   *
   * Delete a reference page
   */
  readonly deleteReference: {
    readonly operation: 'deleteReference';
    readonly method: 'DELETE';
    readonly path: '/branches/{branch}/reference/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * PATCH /branches/{branch}/reference/{slug}
   *
   * Update a reference page
   */
  readonly updateReference: {
    readonly operation: 'updateReference';
    readonly method: 'PATCH';
    readonly path: '/branches/{branch}/reference/{slug}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /changelogs
   *
   * Get all changelog entries
   */
  readonly getChangelogs: {
    readonly operation: 'getChangelogs';
    readonly method: 'GET';
    readonly path: '/changelogs';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /changelogs
   *
   * Create a changelog entry
   */
  readonly createChangelog: {
    readonly operation: 'createChangelog';
    readonly method: 'POST';
    readonly path: '/changelogs';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /changelogs/{identifier}
   *
   * Get a changelog entry
   */
  readonly getChangelog: {
    readonly operation: 'getChangelog';
    readonly method: 'GET';
    readonly path: '/changelogs/{identifier}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * DELETE /changelogs/{identifier}
   *
   * Delete a changelog entry
   */
  readonly deleteChangelog: {
    readonly operation: 'deleteChangelog';
    readonly method: 'DELETE';
    readonly path: '/changelogs/{identifier}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * PATCH /changelogs/{identifier}
   *
   * Update a changelog entry
   */
  readonly updateChangelog: {
    readonly operation: 'updateChangelog';
    readonly method: 'PATCH';
    readonly path: '/changelogs/{identifier}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /images
   *
   * Get uploaded images
   */
  readonly getImages: {
    readonly operation: 'getImages';
    readonly method: 'GET';
    readonly path: '/images';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /images
   *
   * Upload an image
   */
  readonly uploadImage: {
    readonly operation: 'uploadImage';
    readonly method: 'POST';
    readonly path: '/images';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /images/{identifier}
   *
   * Get an image
   */
  readonly getImage: {
    readonly operation: 'getImage';
    readonly method: 'GET';
    readonly path: '/images/{identifier}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /outbound_ips
   *
   * Get ReadMe's outbound IP addresses
   */
  readonly getOutboundIPs: {
    readonly operation: 'getOutboundIPs';
    readonly method: 'GET';
    readonly path: '/outbound_ips';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /owlbot/ask
   *
   * Ask Owlbot AI a question
   */
  readonly askOwlbot: {
    readonly operation: 'askOwlbot';
    readonly method: 'POST';
    readonly path: '/owlbot/ask';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /projects/me
   *
   * Get project metadata
   */
  readonly getProject: {
    readonly operation: 'getProject';
    readonly method: 'GET';
    readonly path: '/projects/me';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /projects/{subdomain}/apikeys
   *
   * Get your API keys
   */
  readonly getAPIKeys: {
    readonly operation: 'getAPIKeys';
    readonly method: 'GET';
    readonly path: '/projects/{subdomain}/apikeys';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /projects/{subdomain}/apikeys
   *
   * Create an API key
   */
  readonly createAPIKey: {
    readonly operation: 'createAPIKey';
    readonly method: 'POST';
    readonly path: '/projects/{subdomain}/apikeys';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /projects/{subdomain}/apikeys/{api_key_id}
   *
   * Get an API key
   */
  readonly getAPIKey: {
    readonly operation: 'getAPIKey';
    readonly method: 'GET';
    readonly path: '/projects/{subdomain}/apikeys/{api_key_id}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * DELETE /projects/{subdomain}/apikeys/{api_key_id}
   *
   * Delete an API key
   */
  readonly deleteAPIKey: {
    readonly operation: 'deleteAPIKey';
    readonly method: 'DELETE';
    readonly path: '/projects/{subdomain}/apikeys/{api_key_id}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * PATCH /projects/{subdomain}/apikeys/{api_key_id}
   *
   * Update an API key
   */
  readonly updateAPIKey: {
    readonly operation: 'updateAPIKey';
    readonly method: 'PATCH';
    readonly path: '/projects/{subdomain}/apikeys/{api_key_id}';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /search
   *
   * Perform a search query
   */
  readonly search: {
    readonly operation: 'search';
    readonly method: 'GET';
    readonly path: '/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'token';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /validate/api
   *
   * Validate an API
   */
  readonly validateAPI: {
    readonly operation: 'validateAPI';
    readonly method: 'POST';
    readonly path: '/validate/api';
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
