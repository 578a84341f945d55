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
   * GET /status/100
   *
   * Returns a "100 Continue"
   */
  readonly getStatus100: {
    readonly operation: 'getStatus100';
    readonly method: 'GET';
    readonly path: '/status/100';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/101
   *
   * Returns a "101 Switching Protocols"
   */
  readonly getStatus101: {
    readonly operation: 'getStatus101';
    readonly method: 'GET';
    readonly path: '/status/101';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/102
   *
   * Returns a "102 Processing"
   */
  readonly getStatus102: {
    readonly operation: 'getStatus102';
    readonly method: 'GET';
    readonly path: '/status/102';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/103
   *
   * Returns a "103 Early Hints"
   */
  readonly getStatus103: {
    readonly operation: 'getStatus103';
    readonly method: 'GET';
    readonly path: '/status/103';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/200
   *
   * Returns a "200 OK"
   */
  readonly getStatus200: {
    readonly operation: 'getStatus200';
    readonly method: 'GET';
    readonly path: '/status/200';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/201
   *
   * Returns a "201 Created"
   */
  readonly getStatus201: {
    readonly operation: 'getStatus201';
    readonly method: 'GET';
    readonly path: '/status/201';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/202
   *
   * Returns a "202 Accepted"
   */
  readonly getStatus202: {
    readonly operation: 'getStatus202';
    readonly method: 'GET';
    readonly path: '/status/202';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/203
   *
   * Returns a "203 Non-Authoritative Information"
   */
  readonly getStatus203: {
    readonly operation: 'getStatus203';
    readonly method: 'GET';
    readonly path: '/status/203';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/204
   *
   * Returns a "204 No Content"
   */
  readonly getStatus204: {
    readonly operation: 'getStatus204';
    readonly method: 'GET';
    readonly path: '/status/204';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/205
   *
   * Returns a "205 Reset Content"
   */
  readonly getStatus205: {
    readonly operation: 'getStatus205';
    readonly method: 'GET';
    readonly path: '/status/205';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/206
   *
   * Returns a "206 Partial Content"
   */
  readonly getStatus206: {
    readonly operation: 'getStatus206';
    readonly method: 'GET';
    readonly path: '/status/206';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/207
   *
   * Returns a "200 Multi-Status"
   */
  readonly getStatus207: {
    readonly operation: 'getStatus207';
    readonly method: 'GET';
    readonly path: '/status/207';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/208
   *
   * Returns a "208 Already Reported"
   */
  readonly getStatus208: {
    readonly operation: 'getStatus208';
    readonly method: 'GET';
    readonly path: '/status/208';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/218
   *
   * Returns a "218 This is fine"
   */
  readonly getStatus218: {
    readonly operation: 'getStatus218';
    readonly method: 'GET';
    readonly path: '/status/218';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/226
   *
   * Returns a "226 IM Used"
   */
  readonly getStatus226: {
    readonly operation: 'getStatus226';
    readonly method: 'GET';
    readonly path: '/status/226';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/300
   *
   * Returns a "300 Multiple Choice"
   */
  readonly getStatus300: {
    readonly operation: 'getStatus300';
    readonly method: 'GET';
    readonly path: '/status/300';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/301
   *
   * Returns a "301 Moved Permanently"
   */
  readonly getStatus301: {
    readonly operation: 'getStatus301';
    readonly method: 'GET';
    readonly path: '/status/301';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/302
   *
   * Returns a "302 Found"
   */
  readonly getStatus302: {
    readonly operation: 'getStatus302';
    readonly method: 'GET';
    readonly path: '/status/302';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/303
   *
   * Returns a "303 See Other"
   */
  readonly getStatus303: {
    readonly operation: 'getStatus303';
    readonly method: 'GET';
    readonly path: '/status/303';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/304
   *
   * Returns a "304 Not Modified"
   */
  readonly getStatus304: {
    readonly operation: 'getStatus304';
    readonly method: 'GET';
    readonly path: '/status/304';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/305
   *
   * Returns a "305 Use Proxy"
   */
  readonly getStatus305: {
    readonly operation: 'getStatus305';
    readonly method: 'GET';
    readonly path: '/status/305';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/306
   *
   * Returns a "306 Switch Proxy"
   */
  readonly getStatus306: {
    readonly operation: 'getStatus306';
    readonly method: 'GET';
    readonly path: '/status/306';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/307
   *
   * Returns a "307 Temporary Redirect"
   */
  readonly getStatus307: {
    readonly operation: 'getStatus307';
    readonly method: 'GET';
    readonly path: '/status/307';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/308
   *
   * Returns a "308 Permanent Redirect"
   */
  readonly getStatus308: {
    readonly operation: 'getStatus308';
    readonly method: 'GET';
    readonly path: '/status/308';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/400
   *
   * Returns a "400 Bad Request"
   */
  readonly getStatus400: {
    readonly operation: 'getStatus400';
    readonly method: 'GET';
    readonly path: '/status/400';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/401
   *
   * Returns a "401 Unauthorized"
   */
  readonly getStatus401: {
    readonly operation: 'getStatus401';
    readonly method: 'GET';
    readonly path: '/status/401';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/402
   *
   * Returns a "402 Payment Required"
   */
  readonly getStatus402: {
    readonly operation: 'getStatus402';
    readonly method: 'GET';
    readonly path: '/status/402';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/403
   *
   * Returns a "403 Forbidden"
   */
  readonly getStatus403: {
    readonly operation: 'getStatus403';
    readonly method: 'GET';
    readonly path: '/status/403';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/404
   *
   * Returns a "404 Not Found"
   */
  readonly getStatus404: {
    readonly operation: 'getStatus404';
    readonly method: 'GET';
    readonly path: '/status/404';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/405
   *
   * Returns a "405 Method Not Allowed"
   */
  readonly getStatus405: {
    readonly operation: 'getStatus405';
    readonly method: 'GET';
    readonly path: '/status/405';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/406
   *
   * Returns a "406 Not Acceptable"
   */
  readonly getStatus406: {
    readonly operation: 'getStatus406';
    readonly method: 'GET';
    readonly path: '/status/406';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/407
   *
   * Returns a "407 Proxy Authentication Required"
   */
  readonly getStatus407: {
    readonly operation: 'getStatus407';
    readonly method: 'GET';
    readonly path: '/status/407';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/408
   *
   * Returns a "408 Request Timeout"
   */
  readonly getStatus408: {
    readonly operation: 'getStatus408';
    readonly method: 'GET';
    readonly path: '/status/408';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/409
   *
   * Returns a "409 Conflict"
   */
  readonly getStatus409: {
    readonly operation: 'getStatus409';
    readonly method: 'GET';
    readonly path: '/status/409';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/410
   *
   * Returns a "410 Gone"
   */
  readonly getStatus410: {
    readonly operation: 'getStatus410';
    readonly method: 'GET';
    readonly path: '/status/410';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/411
   *
   * Returns a "411 Length Required"
   */
  readonly getStatus411: {
    readonly operation: 'getStatus411';
    readonly method: 'GET';
    readonly path: '/status/411';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/412
   *
   * Returns a "412 Precondition Failed"
   */
  readonly getStatus412: {
    readonly operation: 'getStatus412';
    readonly method: 'GET';
    readonly path: '/status/412';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/413
   *
   * Returns a "413 Payload Too Large"
   */
  readonly getStatus413: {
    readonly operation: 'getStatus413';
    readonly method: 'GET';
    readonly path: '/status/413';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/414
   *
   * Returns a "414 URI Too Long"
   */
  readonly getStatus414: {
    readonly operation: 'getStatus414';
    readonly method: 'GET';
    readonly path: '/status/414';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/415
   *
   * Returns a "415 Unsupported Media Type"
   */
  readonly getStatus415: {
    readonly operation: 'getStatus415';
    readonly method: 'GET';
    readonly path: '/status/415';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/416
   *
   * Returns a "416 Range Not Satisfiable"
   */
  readonly getStatus416: {
    readonly operation: 'getStatus416';
    readonly method: 'GET';
    readonly path: '/status/416';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/417
   *
   * Returns a "417 Expectation Failed"
   */
  readonly getStatus417: {
    readonly operation: 'getStatus417';
    readonly method: 'GET';
    readonly path: '/status/417';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/418
   *
   * Returns a "418 I'm a teapot"
   */
  readonly getStatus418: {
    readonly operation: 'getStatus418';
    readonly method: 'GET';
    readonly path: '/status/418';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/419
   *
   * Returns a "419 Page Expired"
   */
  readonly getStatus419: {
    readonly operation: 'getStatus419';
    readonly method: 'GET';
    readonly path: '/status/419';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/420
   *
   * Returns a "420 Enhance Your Calm"
   */
  readonly getStatus420: {
    readonly operation: 'getStatus420';
    readonly method: 'GET';
    readonly path: '/status/420';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/421
   *
   * Returns a "421 Misdirected Request"
   */
  readonly getStatus421: {
    readonly operation: 'getStatus421';
    readonly method: 'GET';
    readonly path: '/status/421';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/422
   *
   * Returns a "422 Unprocessable Entity"
   */
  readonly getStatus422: {
    readonly operation: 'getStatus422';
    readonly method: 'GET';
    readonly path: '/status/422';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/423
   *
   * Returns a "423 Locked"
   */
  readonly getStatus423: {
    readonly operation: 'getStatus423';
    readonly method: 'GET';
    readonly path: '/status/423';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/424
   *
   * Returns a "424 Failed Dependency"
   */
  readonly getStatus424: {
    readonly operation: 'getStatus424';
    readonly method: 'GET';
    readonly path: '/status/424';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/425
   *
   * Returns a "425 Too Early"
   */
  readonly getStatus425: {
    readonly operation: 'getStatus425';
    readonly method: 'GET';
    readonly path: '/status/425';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/426
   *
   * Returns a "426 Upgrade Required"
   */
  readonly getStatus426: {
    readonly operation: 'getStatus426';
    readonly method: 'GET';
    readonly path: '/status/426';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/428
   *
   * Returns a "428 Precondition Required"
   */
  readonly getStatus428: {
    readonly operation: 'getStatus428';
    readonly method: 'GET';
    readonly path: '/status/428';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/429
   *
   * Returns a "429 Too Many Requests"
   */
  readonly getStatus429: {
    readonly operation: 'getStatus429';
    readonly method: 'GET';
    readonly path: '/status/429';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/430
   *
   * > ⚠️ Unofficial Status Code
   * Returns a "430 Request Header Fields Too Large"
   */
  readonly getStatus430: {
    readonly operation: 'getStatus430';
    readonly method: 'GET';
    readonly path: '/status/430';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/431
   *
   * Returns a "431 Request Header Fields Too Large"
   */
  readonly getStatus431: {
    readonly operation: 'getStatus431';
    readonly method: 'GET';
    readonly path: '/status/431';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/440
   *
   * Returns a "440 Login Time-out"
   */
  readonly getStatus440: {
    readonly operation: 'getStatus440';
    readonly method: 'GET';
    readonly path: '/status/440';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/444
   *
   * Returns a "444 No Response"
   */
  readonly getStatus444: {
    readonly operation: 'getStatus444';
    readonly method: 'GET';
    readonly path: '/status/444';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/449
   *
   * Returns a "449 Retry With"
   */
  readonly getStatus449: {
    readonly operation: 'getStatus449';
    readonly method: 'GET';
    readonly path: '/status/449';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/450
   *
   * Returns a "450 Blocked by Windows Parental Controls"
   */
  readonly getStatus450: {
    readonly operation: 'getStatus450';
    readonly method: 'GET';
    readonly path: '/status/450';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/451
   *
   * Returns a "451 Unavailable For Legal Reasons"
   */
  readonly getStatus451: {
    readonly operation: 'getStatus451';
    readonly method: 'GET';
    readonly path: '/status/451';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/494
   *
   * Returns a "494 Request Header Too Large"
   */
  readonly getStatus494: {
    readonly operation: 'getStatus494';
    readonly method: 'GET';
    readonly path: '/status/494';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/495
   *
   * Returns a "495 SSL Certificate Error"
   */
  readonly getStatus495: {
    readonly operation: 'getStatus495';
    readonly method: 'GET';
    readonly path: '/status/495';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/496
   *
   * Returns a "496 SSL Certificate Required"
   */
  readonly getStatus496: {
    readonly operation: 'getStatus496';
    readonly method: 'GET';
    readonly path: '/status/496';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/497
   *
   * Returns a "497 HTTP Request Sent to HTTPS Port"
   */
  readonly getStatus497: {
    readonly operation: 'getStatus497';
    readonly method: 'GET';
    readonly path: '/status/497';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/498
   *
   * Returns a "498 Invalid Token"
   */
  readonly getStatus498: {
    readonly operation: 'getStatus498';
    readonly method: 'GET';
    readonly path: '/status/498';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/499
   *
   * Returns a "499 Client Error"
   */
  readonly getStatus499: {
    readonly operation: 'getStatus499';
    readonly method: 'GET';
    readonly path: '/status/499';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/500
   *
   * Returns a "500 Internal Server Error"
   */
  readonly getStatus500: {
    readonly operation: 'getStatus500';
    readonly method: 'GET';
    readonly path: '/status/500';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/501
   *
   * Returns a "501 Not Implemented"
   */
  readonly getStatus501: {
    readonly operation: 'getStatus501';
    readonly method: 'GET';
    readonly path: '/status/501';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/502
   *
   * Returns a "502 Bad Gateway"
   */
  readonly getStatus502: {
    readonly operation: 'getStatus502';
    readonly method: 'GET';
    readonly path: '/status/502';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/503
   *
   * Returns a "503 Service Unavailable"
   */
  readonly getStatus503: {
    readonly operation: 'getStatus503';
    readonly method: 'GET';
    readonly path: '/status/503';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/504
   *
   * Returns a "504 Gateway Timeout"
   */
  readonly getStatus504: {
    readonly operation: 'getStatus504';
    readonly method: 'GET';
    readonly path: '/status/504';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/505
   *
   * Returns a "505 HTTP Version Not Supported"
   */
  readonly getStatus505: {
    readonly operation: 'getStatus505';
    readonly method: 'GET';
    readonly path: '/status/505';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/506
   *
   * Returns a "506 Variant Also Negotiates"
   */
  readonly getStatus506: {
    readonly operation: 'getStatus506';
    readonly method: 'GET';
    readonly path: '/status/506';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/507
   *
   * Returns a "507 Insufficient Storage"
   */
  readonly getStatus507: {
    readonly operation: 'getStatus507';
    readonly method: 'GET';
    readonly path: '/status/507';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/508
   *
   * Returns a "508 Loop Detected"
   */
  readonly getStatus508: {
    readonly operation: 'getStatus508';
    readonly method: 'GET';
    readonly path: '/status/508';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/509
   *
   * Returns a "508 Bandwidth Limit Exceeded"
   */
  readonly getStatus509: {
    readonly operation: 'getStatus509';
    readonly method: 'GET';
    readonly path: '/status/509';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/510
   *
   * Returns a "510 Not Extended"
   */
  readonly getStatus510: {
    readonly operation: 'getStatus510';
    readonly method: 'GET';
    readonly path: '/status/510';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/511
   *
   * Returns a "511 Network Authentication Required"
   */
  readonly getStatus511: {
    readonly operation: 'getStatus511';
    readonly method: 'GET';
    readonly path: '/status/511';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/512
   *
   * Returns a "512 Web Server Is Down"
   */
  readonly getStatus512: {
    readonly operation: 'getStatus512';
    readonly method: 'GET';
    readonly path: '/status/512';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/520
   *
   * Returns a "520 Web Server Returned an Unknown Error"
   */
  readonly getStatus520: {
    readonly operation: 'getStatus520';
    readonly method: 'GET';
    readonly path: '/status/520';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/522
   *
   * Returns a "522 Connection Timed Out"
   */
  readonly getStatus522: {
    readonly operation: 'getStatus522';
    readonly method: 'GET';
    readonly path: '/status/522';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/523
   *
   * Returns a "523 Origin Is Unreachable"
   */
  readonly getStatus523: {
    readonly operation: 'getStatus523';
    readonly method: 'GET';
    readonly path: '/status/523';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/524
   *
   * Returns a "524 A Timeout Occurred"
   */
  readonly getStatus524: {
    readonly operation: 'getStatus524';
    readonly method: 'GET';
    readonly path: '/status/524';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/525
   *
   * Returns a "525 SSL Handshake Failed"
   */
  readonly getStatus525: {
    readonly operation: 'getStatus525';
    readonly method: 'GET';
    readonly path: '/status/525';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/526
   *
   * Returns a "526 Invalid SSL Certificate"
   */
  readonly getStatus526: {
    readonly operation: 'getStatus526';
    readonly method: 'GET';
    readonly path: '/status/526';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/527
   *
   * Returns a "527 Railgun Error"
   */
  readonly getStatus527: {
    readonly operation: 'getStatus527';
    readonly method: 'GET';
    readonly path: '/status/527';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/529
   *
   * Returns a "529 Site is Overloaded"
   */
  readonly getStatus529: {
    readonly operation: 'getStatus529';
    readonly method: 'GET';
    readonly path: '/status/529';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/530
   *
   * Returns a "530 Site is Frozen"
   */
  readonly getStatus530: {
    readonly operation: 'getStatus530';
    readonly method: 'GET';
    readonly path: '/status/530';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /status/598
   *
   * Returns a "598 Network Read Timeout Error"
   */
  readonly getStatus598: {
    readonly operation: 'getStatus598';
    readonly method: 'GET';
    readonly path: '/status/598';
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
