const PERSONAL_ACCOUNT_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
const permissionTable = {
  /**
   * GET /status/100
   *
   * Returns a "100 Continue"
   */
  getStatus100: {
    operation: "getStatus100",
    method: "GET",
    path: "/status/100",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/101
   *
   * Returns a "101 Switching Protocols"
   */
  getStatus101: {
    operation: "getStatus101",
    method: "GET",
    path: "/status/101",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/102
   *
   * Returns a "102 Processing"
   */
  getStatus102: {
    operation: "getStatus102",
    method: "GET",
    path: "/status/102",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/103
   *
   * Returns a "103 Early Hints"
   */
  getStatus103: {
    operation: "getStatus103",
    method: "GET",
    path: "/status/103",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/200
   *
   * Returns a "200 OK"
   */
  getStatus200: {
    operation: "getStatus200",
    method: "GET",
    path: "/status/200",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/201
   *
   * Returns a "201 Created"
   */
  getStatus201: {
    operation: "getStatus201",
    method: "GET",
    path: "/status/201",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/202
   *
   * Returns a "202 Accepted"
   */
  getStatus202: {
    operation: "getStatus202",
    method: "GET",
    path: "/status/202",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/203
   *
   * Returns a "203 Non-Authoritative Information"
   */
  getStatus203: {
    operation: "getStatus203",
    method: "GET",
    path: "/status/203",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/204
   *
   * Returns a "204 No Content"
   */
  getStatus204: {
    operation: "getStatus204",
    method: "GET",
    path: "/status/204",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/205
   *
   * Returns a "205 Reset Content"
   */
  getStatus205: {
    operation: "getStatus205",
    method: "GET",
    path: "/status/205",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/206
   *
   * Returns a "206 Partial Content"
   */
  getStatus206: {
    operation: "getStatus206",
    method: "GET",
    path: "/status/206",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/207
   *
   * Returns a "200 Multi-Status"
   */
  getStatus207: {
    operation: "getStatus207",
    method: "GET",
    path: "/status/207",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/208
   *
   * Returns a "208 Already Reported"
   */
  getStatus208: {
    operation: "getStatus208",
    method: "GET",
    path: "/status/208",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/218
   *
   * Returns a "218 This is fine"
   */
  getStatus218: {
    operation: "getStatus218",
    method: "GET",
    path: "/status/218",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/226
   *
   * Returns a "226 IM Used"
   */
  getStatus226: {
    operation: "getStatus226",
    method: "GET",
    path: "/status/226",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/300
   *
   * Returns a "300 Multiple Choice"
   */
  getStatus300: {
    operation: "getStatus300",
    method: "GET",
    path: "/status/300",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/301
   *
   * Returns a "301 Moved Permanently"
   */
  getStatus301: {
    operation: "getStatus301",
    method: "GET",
    path: "/status/301",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/302
   *
   * Returns a "302 Found"
   */
  getStatus302: {
    operation: "getStatus302",
    method: "GET",
    path: "/status/302",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/303
   *
   * Returns a "303 See Other"
   */
  getStatus303: {
    operation: "getStatus303",
    method: "GET",
    path: "/status/303",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/304
   *
   * Returns a "304 Not Modified"
   */
  getStatus304: {
    operation: "getStatus304",
    method: "GET",
    path: "/status/304",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/305
   *
   * Returns a "305 Use Proxy"
   */
  getStatus305: {
    operation: "getStatus305",
    method: "GET",
    path: "/status/305",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/306
   *
   * Returns a "306 Switch Proxy"
   */
  getStatus306: {
    operation: "getStatus306",
    method: "GET",
    path: "/status/306",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/307
   *
   * Returns a "307 Temporary Redirect"
   */
  getStatus307: {
    operation: "getStatus307",
    method: "GET",
    path: "/status/307",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/308
   *
   * Returns a "308 Permanent Redirect"
   */
  getStatus308: {
    operation: "getStatus308",
    method: "GET",
    path: "/status/308",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/400
   *
   * Returns a "400 Bad Request"
   */
  getStatus400: {
    operation: "getStatus400",
    method: "GET",
    path: "/status/400",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/401
   *
   * Returns a "401 Unauthorized"
   */
  getStatus401: {
    operation: "getStatus401",
    method: "GET",
    path: "/status/401",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/402
   *
   * Returns a "402 Payment Required"
   */
  getStatus402: {
    operation: "getStatus402",
    method: "GET",
    path: "/status/402",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/403
   *
   * Returns a "403 Forbidden"
   */
  getStatus403: {
    operation: "getStatus403",
    method: "GET",
    path: "/status/403",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/404
   *
   * Returns a "404 Not Found"
   */
  getStatus404: {
    operation: "getStatus404",
    method: "GET",
    path: "/status/404",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/405
   *
   * Returns a "405 Method Not Allowed"
   */
  getStatus405: {
    operation: "getStatus405",
    method: "GET",
    path: "/status/405",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/406
   *
   * Returns a "406 Not Acceptable"
   */
  getStatus406: {
    operation: "getStatus406",
    method: "GET",
    path: "/status/406",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/407
   *
   * Returns a "407 Proxy Authentication Required"
   */
  getStatus407: {
    operation: "getStatus407",
    method: "GET",
    path: "/status/407",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/408
   *
   * Returns a "408 Request Timeout"
   */
  getStatus408: {
    operation: "getStatus408",
    method: "GET",
    path: "/status/408",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/409
   *
   * Returns a "409 Conflict"
   */
  getStatus409: {
    operation: "getStatus409",
    method: "GET",
    path: "/status/409",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/410
   *
   * Returns a "410 Gone"
   */
  getStatus410: {
    operation: "getStatus410",
    method: "GET",
    path: "/status/410",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/411
   *
   * Returns a "411 Length Required"
   */
  getStatus411: {
    operation: "getStatus411",
    method: "GET",
    path: "/status/411",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/412
   *
   * Returns a "412 Precondition Failed"
   */
  getStatus412: {
    operation: "getStatus412",
    method: "GET",
    path: "/status/412",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/413
   *
   * Returns a "413 Payload Too Large"
   */
  getStatus413: {
    operation: "getStatus413",
    method: "GET",
    path: "/status/413",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/414
   *
   * Returns a "414 URI Too Long"
   */
  getStatus414: {
    operation: "getStatus414",
    method: "GET",
    path: "/status/414",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/415
   *
   * Returns a "415 Unsupported Media Type"
   */
  getStatus415: {
    operation: "getStatus415",
    method: "GET",
    path: "/status/415",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/416
   *
   * Returns a "416 Range Not Satisfiable"
   */
  getStatus416: {
    operation: "getStatus416",
    method: "GET",
    path: "/status/416",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/417
   *
   * Returns a "417 Expectation Failed"
   */
  getStatus417: {
    operation: "getStatus417",
    method: "GET",
    path: "/status/417",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/418
   *
   * Returns a "418 I'm a teapot"
   */
  getStatus418: {
    operation: "getStatus418",
    method: "GET",
    path: "/status/418",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/419
   *
   * Returns a "419 Page Expired"
   */
  getStatus419: {
    operation: "getStatus419",
    method: "GET",
    path: "/status/419",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/420
   *
   * Returns a "420 Enhance Your Calm"
   */
  getStatus420: {
    operation: "getStatus420",
    method: "GET",
    path: "/status/420",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/421
   *
   * Returns a "421 Misdirected Request"
   */
  getStatus421: {
    operation: "getStatus421",
    method: "GET",
    path: "/status/421",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/422
   *
   * Returns a "422 Unprocessable Entity"
   */
  getStatus422: {
    operation: "getStatus422",
    method: "GET",
    path: "/status/422",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/423
   *
   * Returns a "423 Locked"
   */
  getStatus423: {
    operation: "getStatus423",
    method: "GET",
    path: "/status/423",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/424
   *
   * Returns a "424 Failed Dependency"
   */
  getStatus424: {
    operation: "getStatus424",
    method: "GET",
    path: "/status/424",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/425
   *
   * Returns a "425 Too Early"
   */
  getStatus425: {
    operation: "getStatus425",
    method: "GET",
    path: "/status/425",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/426
   *
   * Returns a "426 Upgrade Required"
   */
  getStatus426: {
    operation: "getStatus426",
    method: "GET",
    path: "/status/426",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/428
   *
   * Returns a "428 Precondition Required"
   */
  getStatus428: {
    operation: "getStatus428",
    method: "GET",
    path: "/status/428",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/429
   *
   * Returns a "429 Too Many Requests"
   */
  getStatus429: {
    operation: "getStatus429",
    method: "GET",
    path: "/status/429",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/430
   *
   * > ⚠️ Unofficial Status Code
   * Returns a "430 Request Header Fields Too Large"
   */
  getStatus430: {
    operation: "getStatus430",
    method: "GET",
    path: "/status/430",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/431
   *
   * Returns a "431 Request Header Fields Too Large"
   */
  getStatus431: {
    operation: "getStatus431",
    method: "GET",
    path: "/status/431",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/440
   *
   * Returns a "440 Login Time-out"
   */
  getStatus440: {
    operation: "getStatus440",
    method: "GET",
    path: "/status/440",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/444
   *
   * Returns a "444 No Response"
   */
  getStatus444: {
    operation: "getStatus444",
    method: "GET",
    path: "/status/444",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/449
   *
   * Returns a "449 Retry With"
   */
  getStatus449: {
    operation: "getStatus449",
    method: "GET",
    path: "/status/449",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/450
   *
   * Returns a "450 Blocked by Windows Parental Controls"
   */
  getStatus450: {
    operation: "getStatus450",
    method: "GET",
    path: "/status/450",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/451
   *
   * Returns a "451 Unavailable For Legal Reasons"
   */
  getStatus451: {
    operation: "getStatus451",
    method: "GET",
    path: "/status/451",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/494
   *
   * Returns a "494 Request Header Too Large"
   */
  getStatus494: {
    operation: "getStatus494",
    method: "GET",
    path: "/status/494",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/495
   *
   * Returns a "495 SSL Certificate Error"
   */
  getStatus495: {
    operation: "getStatus495",
    method: "GET",
    path: "/status/495",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/496
   *
   * Returns a "496 SSL Certificate Required"
   */
  getStatus496: {
    operation: "getStatus496",
    method: "GET",
    path: "/status/496",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/497
   *
   * Returns a "497 HTTP Request Sent to HTTPS Port"
   */
  getStatus497: {
    operation: "getStatus497",
    method: "GET",
    path: "/status/497",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/498
   *
   * Returns a "498 Invalid Token"
   */
  getStatus498: {
    operation: "getStatus498",
    method: "GET",
    path: "/status/498",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/499
   *
   * Returns a "499 Client Error"
   */
  getStatus499: {
    operation: "getStatus499",
    method: "GET",
    path: "/status/499",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/500
   *
   * Returns a "500 Internal Server Error"
   */
  getStatus500: {
    operation: "getStatus500",
    method: "GET",
    path: "/status/500",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/501
   *
   * Returns a "501 Not Implemented"
   */
  getStatus501: {
    operation: "getStatus501",
    method: "GET",
    path: "/status/501",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/502
   *
   * Returns a "502 Bad Gateway"
   */
  getStatus502: {
    operation: "getStatus502",
    method: "GET",
    path: "/status/502",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/503
   *
   * Returns a "503 Service Unavailable"
   */
  getStatus503: {
    operation: "getStatus503",
    method: "GET",
    path: "/status/503",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/504
   *
   * Returns a "504 Gateway Timeout"
   */
  getStatus504: {
    operation: "getStatus504",
    method: "GET",
    path: "/status/504",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/505
   *
   * Returns a "505 HTTP Version Not Supported"
   */
  getStatus505: {
    operation: "getStatus505",
    method: "GET",
    path: "/status/505",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/506
   *
   * Returns a "506 Variant Also Negotiates"
   */
  getStatus506: {
    operation: "getStatus506",
    method: "GET",
    path: "/status/506",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/507
   *
   * Returns a "507 Insufficient Storage"
   */
  getStatus507: {
    operation: "getStatus507",
    method: "GET",
    path: "/status/507",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/508
   *
   * Returns a "508 Loop Detected"
   */
  getStatus508: {
    operation: "getStatus508",
    method: "GET",
    path: "/status/508",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/509
   *
   * Returns a "508 Bandwidth Limit Exceeded"
   */
  getStatus509: {
    operation: "getStatus509",
    method: "GET",
    path: "/status/509",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/510
   *
   * Returns a "510 Not Extended"
   */
  getStatus510: {
    operation: "getStatus510",
    method: "GET",
    path: "/status/510",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/511
   *
   * Returns a "511 Network Authentication Required"
   */
  getStatus511: {
    operation: "getStatus511",
    method: "GET",
    path: "/status/511",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/512
   *
   * Returns a "512 Web Server Is Down"
   */
  getStatus512: {
    operation: "getStatus512",
    method: "GET",
    path: "/status/512",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/520
   *
   * Returns a "520 Web Server Returned an Unknown Error"
   */
  getStatus520: {
    operation: "getStatus520",
    method: "GET",
    path: "/status/520",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/522
   *
   * Returns a "522 Connection Timed Out"
   */
  getStatus522: {
    operation: "getStatus522",
    method: "GET",
    path: "/status/522",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/523
   *
   * Returns a "523 Origin Is Unreachable"
   */
  getStatus523: {
    operation: "getStatus523",
    method: "GET",
    path: "/status/523",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/524
   *
   * Returns a "524 A Timeout Occurred"
   */
  getStatus524: {
    operation: "getStatus524",
    method: "GET",
    path: "/status/524",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/525
   *
   * Returns a "525 SSL Handshake Failed"
   */
  getStatus525: {
    operation: "getStatus525",
    method: "GET",
    path: "/status/525",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/526
   *
   * Returns a "526 Invalid SSL Certificate"
   */
  getStatus526: {
    operation: "getStatus526",
    method: "GET",
    path: "/status/526",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/527
   *
   * Returns a "527 Railgun Error"
   */
  getStatus527: {
    operation: "getStatus527",
    method: "GET",
    path: "/status/527",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/529
   *
   * Returns a "529 Site is Overloaded"
   */
  getStatus529: {
    operation: "getStatus529",
    method: "GET",
    path: "/status/529",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/530
   *
   * Returns a "530 Site is Frozen"
   */
  getStatus530: {
    operation: "getStatus530",
    method: "GET",
    path: "/status/530",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /status/598
   *
   * Returns a "598 Network Read Timeout Error"
   */
  getStatus598: {
    operation: "getStatus598",
    method: "GET",
    path: "/status/598",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  }
};
const permissions = /* @__PURE__ */ deepFreeze(permissionTable);
const table = permissions;
function entryOf(operation) {
  const entry = Object.hasOwn(table, operation) ? table[operation] : void 0;
  if (entry === void 0) throw new RangeError(`unknown operation ${JSON.stringify(operation)}`);
  return entry;
}
function isPermissionScheme(value) {
  return value === "DelegatedWork" || value === "DelegatedPersonal" || value === "Application";
}
function contextScopes(operation, scheme, entry, context) {
  if ("contexts" in entry && Object.hasOwn(entry.contexts, context))
    return entry.contexts[context].scopes;
  throw new RangeError(`${operation}: ${scheme} has no context ${JSON.stringify(context)}`);
}
function requiredScopes(operation, options) {
  const entry = entryOf(operation);
  const scheme = options.scheme;
  if (!isPermissionScheme(scheme))
    throw new RangeError(`unknown permission type ${JSON.stringify(scheme)}`);
  if (entry.schemes === null) return entry.scopes;
  const permitted = entry.schemes[scheme];
  if (!permitted.supported)
    throw new RangeError(`${operation} does not support the ${scheme} permission type`);
  const scopes = options.context === void 0 ? permitted.scopes : contextScopes(operation, scheme, permitted, options.context);
  return scopes;
}
function permissionSchemeOf(claims) {
  if (claims === null || typeof claims !== "object") return void 0;
  if (typeof claims.scp === "string") {
    const tenant = typeof claims.tid === "string" ? claims.tid.toLowerCase() : void 0;
    return tenant === PERSONAL_ACCOUNT_TENANT_ID ? "DelegatedPersonal" : "DelegatedWork";
  }
  if (Array.isArray(claims.roles)) return "Application";
  return void 0;
}
function grantedScopes(claims, scheme) {
  if (scheme !== "Application")
    return new Set((claims.scp ?? "").split(/\s+/).filter((scope) => scope !== ""));
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  return new Set(roles.filter((role) => typeof role === "string"));
}
function canCall(operation, claims, options = {}) {
  return decide(operation, entryOf(operation), claims, options.context);
}
function decide(operation, entry, claims, context) {
  const scheme = permissionSchemeOf(claims);
  if (entry.authentication === "none")
    return { allowed: true, scheme: scheme ?? null, scope: null };
  if (scheme === void 0 || claims === null || claims === void 0) {
    return { allowed: false, reason: "not-authenticated", scheme: null, acceptable: entry.scopes };
  }
  if (entry.authentication === "token") return { allowed: true, scheme, scope: null };
  const granted = grantedScopes(claims, scheme);
  if (entry.schemes === null) {
    const met = (entry.requirements ?? []).find(
      (scopes) => scopes.every((scope) => granted.has(scope))
    );
    if (met !== void 0) return { allowed: true, scheme, scope: met[0] ?? null };
    return { allowed: false, reason: "missing-scope", scheme, acceptable: entry.scopes };
  }
  const permitted = entry.schemes[scheme];
  if (!permitted.supported)
    return { allowed: false, reason: "scheme-not-supported", scheme, acceptable: [] };
  const acceptable = context !== void 0 && "contexts" in permitted ? contextScopes(operation, scheme, permitted, context) : permitted.scopes;
  for (let i = acceptable.length - 1; i >= 0; i--) {
    const scope = acceptable[i];
    const held = typeof scope === "string" ? granted.has(scope) : scope.every((s) => granted.has(s));
    if (held) return { allowed: true, scheme, scope };
  }
  return { allowed: false, reason: "missing-scope", scheme, acceptable };
}
export {
  PERSONAL_ACCOUNT_TENANT_ID,
  canCall,
  permissionSchemeOf,
  permissions,
  requiredScopes
};
