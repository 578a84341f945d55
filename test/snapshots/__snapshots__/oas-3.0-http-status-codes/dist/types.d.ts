/**
 * GET /status/100
 */
export type GetStatus100Parameters = {
    [key: string]: never;
};
/**
 * Returns a "100 Continue"
 */
export type GetStatus100RequestBody = never;
/**
 * Returns a "100 Continue"
 */
export type GetStatus100Response = unknown;
/**
 * GET /status/101
 */
export type GetStatus101Parameters = {
    [key: string]: never;
};
/**
 * Returns a "101 Switching Protocols"
 */
export type GetStatus101RequestBody = never;
/**
 * Returns a "101 Switching Protocols"
 */
export type GetStatus101Response = unknown;
/**
 * GET /status/102
 */
export type GetStatus102Parameters = {
    [key: string]: never;
};
/**
 * Returns a "102 Processing"
 */
export type GetStatus102RequestBody = never;
/**
 * Returns a "102 Processing"
 */
export type GetStatus102Response = unknown;
/**
 * GET /status/103
 */
export type GetStatus103Parameters = {
    [key: string]: never;
};
/**
 * Returns a "103 Early Hints"
 */
export type GetStatus103RequestBody = never;
/**
 * Returns a "103 Early Hints"
 */
export type GetStatus103Response = unknown;
/**
 * GET /status/200
 */
export type GetStatus200Parameters = {
    [key: string]: never;
};
/**
 * Returns a "200 OK"
 */
export type GetStatus200RequestBody = never;
/**
 * Returns a "200 OK"
 */
export type GetStatus200Response = undefined;
/**
 * GET /status/201
 */
export type GetStatus201Parameters = {
    [key: string]: never;
};
/**
 * Returns a "201 Created"
 */
export type GetStatus201RequestBody = never;
/**
 * Returns a "201 Created"
 */
export type GetStatus201Response = undefined;
/**
 * GET /status/202
 */
export type GetStatus202Parameters = {
    [key: string]: never;
};
/**
 * Returns a "202 Accepted"
 */
export type GetStatus202RequestBody = never;
/**
 * Returns a "202 Accepted"
 */
export type GetStatus202Response = undefined;
/**
 * GET /status/203
 */
export type GetStatus203Parameters = {
    [key: string]: never;
};
/**
 * Returns a "203 Non-Authoritative Information"
 */
export type GetStatus203RequestBody = never;
/**
 * Returns a "203 Non-Authoritative Information"
 */
export type GetStatus203Response = undefined;
/**
 * GET /status/204
 */
export type GetStatus204Parameters = {
    [key: string]: never;
};
/**
 * Returns a "204 No Content"
 */
export type GetStatus204RequestBody = never;
/**
 * Returns a "204 No Content"
 */
export type GetStatus204Response = undefined;
/**
 * GET /status/205
 */
export type GetStatus205Parameters = {
    [key: string]: never;
};
/**
 * Returns a "205 Reset Content"
 */
export type GetStatus205RequestBody = never;
/**
 * Returns a "205 Reset Content"
 */
export type GetStatus205Response = undefined;
/**
 * GET /status/206
 */
export type GetStatus206Parameters = {
    [key: string]: never;
};
/**
 * Returns a "206 Partial Content"
 */
export type GetStatus206RequestBody = never;
/**
 * Returns a "206 Partial Content"
 */
export type GetStatus206Response = undefined;
/**
 * GET /status/207
 */
export type GetStatus207Parameters = {
    [key: string]: never;
};
/**
 * Returns a "200 Multi-Status"
 */
export type GetStatus207RequestBody = never;
/**
 * Returns a "200 Multi-Status"
 */
export type GetStatus207Response = undefined;
/**
 * GET /status/208
 */
export type GetStatus208Parameters = {
    [key: string]: never;
};
/**
 * Returns a "208 Already Reported"
 */
export type GetStatus208RequestBody = never;
/**
 * Returns a "208 Already Reported"
 */
export type GetStatus208Response = undefined;
/**
 * GET /status/218
 */
export type GetStatus218Parameters = {
    [key: string]: never;
};
/**
 * Returns a "218 This is fine"
 */
export type GetStatus218RequestBody = never;
/**
 * Returns a "218 This is fine"
 */
export type GetStatus218Response = undefined;
/**
 * GET /status/226
 */
export type GetStatus226Parameters = {
    [key: string]: never;
};
/**
 * Returns a "226 IM Used"
 */
export type GetStatus226RequestBody = never;
/**
 * Returns a "226 IM Used"
 */
export type GetStatus226Response = undefined;
/**
 * GET /status/300
 */
export type GetStatus300Parameters = {
    [key: string]: never;
};
/**
 * Returns a "300 Multiple Choice"
 */
export type GetStatus300RequestBody = never;
/**
 * Returns a "300 Multiple Choice"
 */
export type GetStatus300Response = unknown;
/**
 * GET /status/301
 */
export type GetStatus301Parameters = {
    [key: string]: never;
};
/**
 * Returns a "301 Moved Permanently"
 */
export type GetStatus301RequestBody = never;
/**
 * Returns a "301 Moved Permanently"
 */
export type GetStatus301Response = unknown;
/**
 * GET /status/302
 */
export type GetStatus302Parameters = {
    [key: string]: never;
};
/**
 * Returns a "302 Found"
 */
export type GetStatus302RequestBody = never;
/**
 * Returns a "302 Found"
 */
export type GetStatus302Response = unknown;
/**
 * GET /status/303
 */
export type GetStatus303Parameters = {
    [key: string]: never;
};
/**
 * Returns a "303 See Other"
 */
export type GetStatus303RequestBody = never;
/**
 * Returns a "303 See Other"
 */
export type GetStatus303Response = unknown;
/**
 * GET /status/304
 */
export type GetStatus304Parameters = {
    [key: string]: never;
};
/**
 * Returns a "304 Not Modified"
 */
export type GetStatus304RequestBody = never;
/**
 * Returns a "304 Not Modified"
 */
export type GetStatus304Response = unknown;
/**
 * GET /status/305
 */
export type GetStatus305Parameters = {
    [key: string]: never;
};
/**
 * Returns a "305 Use Proxy"
 */
export type GetStatus305RequestBody = never;
/**
 * Returns a "305 Use Proxy"
 */
export type GetStatus305Response = unknown;
/**
 * GET /status/306
 */
export type GetStatus306Parameters = {
    [key: string]: never;
};
/**
 * Returns a "306 Switch Proxy"
 */
export type GetStatus306RequestBody = never;
/**
 * Returns a "306 Switch Proxy"
 */
export type GetStatus306Response = unknown;
/**
 * GET /status/307
 */
export type GetStatus307Parameters = {
    [key: string]: never;
};
/**
 * Returns a "307 Temporary Redirect"
 */
export type GetStatus307RequestBody = never;
/**
 * Returns a "307 Temporary Redirect"
 */
export type GetStatus307Response = unknown;
/**
 * GET /status/308
 */
export type GetStatus308Parameters = {
    [key: string]: never;
};
/**
 * Returns a "308 Permanent Redirect"
 */
export type GetStatus308RequestBody = never;
/**
 * Returns a "308 Permanent Redirect"
 */
export type GetStatus308Response = unknown;
/**
 * GET /status/400
 */
export type GetStatus400Parameters = {
    [key: string]: never;
};
/**
 * Returns a "400 Bad Request"
 */
export type GetStatus400RequestBody = never;
/**
 * Returns a "400 Bad Request"
 */
export type GetStatus400Response = unknown;
/**
 * GET /status/401
 */
export type GetStatus401Parameters = {
    [key: string]: never;
};
/**
 * Returns a "401 Unauthorized"
 */
export type GetStatus401RequestBody = never;
/**
 * Returns a "401 Unauthorized"
 */
export type GetStatus401Response = unknown;
/**
 * GET /status/402
 */
export type GetStatus402Parameters = {
    [key: string]: never;
};
/**
 * Returns a "402 Payment Required"
 */
export type GetStatus402RequestBody = never;
/**
 * Returns a "402 Payment Required"
 */
export type GetStatus402Response = unknown;
/**
 * GET /status/403
 */
export type GetStatus403Parameters = {
    [key: string]: never;
};
/**
 * Returns a "403 Forbidden"
 */
export type GetStatus403RequestBody = never;
/**
 * Returns a "403 Forbidden"
 */
export type GetStatus403Response = unknown;
/**
 * GET /status/404
 */
export type GetStatus404Parameters = {
    [key: string]: never;
};
/**
 * Returns a "404 Not Found"
 */
export type GetStatus404RequestBody = never;
/**
 * Returns a "404 Not Found"
 */
export type GetStatus404Response = unknown;
/**
 * GET /status/405
 */
export type GetStatus405Parameters = {
    [key: string]: never;
};
/**
 * Returns a "405 Method Not Allowed"
 */
export type GetStatus405RequestBody = never;
/**
 * Returns a "405 Method Not Allowed"
 */
export type GetStatus405Response = unknown;
/**
 * GET /status/406
 */
export type GetStatus406Parameters = {
    [key: string]: never;
};
/**
 * Returns a "406 Not Acceptable"
 */
export type GetStatus406RequestBody = never;
/**
 * Returns a "406 Not Acceptable"
 */
export type GetStatus406Response = unknown;
/**
 * GET /status/407
 */
export type GetStatus407Parameters = {
    [key: string]: never;
};
/**
 * Returns a "407 Proxy Authentication Required"
 */
export type GetStatus407RequestBody = never;
/**
 * Returns a "407 Proxy Authentication Required"
 */
export type GetStatus407Response = unknown;
/**
 * GET /status/408
 */
export type GetStatus408Parameters = {
    [key: string]: never;
};
/**
 * Returns a "408 Request Timeout"
 */
export type GetStatus408RequestBody = never;
/**
 * Returns a "408 Request Timeout"
 */
export type GetStatus408Response = unknown;
/**
 * GET /status/409
 */
export type GetStatus409Parameters = {
    [key: string]: never;
};
/**
 * Returns a "409 Conflict"
 */
export type GetStatus409RequestBody = never;
/**
 * Returns a "409 Conflict"
 */
export type GetStatus409Response = unknown;
/**
 * GET /status/410
 */
export type GetStatus410Parameters = {
    [key: string]: never;
};
/**
 * Returns a "410 Gone"
 */
export type GetStatus410RequestBody = never;
/**
 * Returns a "410 Gone"
 */
export type GetStatus410Response = unknown;
/**
 * GET /status/411
 */
export type GetStatus411Parameters = {
    [key: string]: never;
};
/**
 * Returns a "411 Length Required"
 */
export type GetStatus411RequestBody = never;
/**
 * Returns a "411 Length Required"
 */
export type GetStatus411Response = unknown;
/**
 * GET /status/412
 */
export type GetStatus412Parameters = {
    [key: string]: never;
};
/**
 * Returns a "412 Precondition Failed"
 */
export type GetStatus412RequestBody = never;
/**
 * Returns a "412 Precondition Failed"
 */
export type GetStatus412Response = unknown;
/**
 * GET /status/413
 */
export type GetStatus413Parameters = {
    [key: string]: never;
};
/**
 * Returns a "413 Payload Too Large"
 */
export type GetStatus413RequestBody = never;
/**
 * Returns a "413 Payload Too Large"
 */
export type GetStatus413Response = unknown;
/**
 * GET /status/414
 */
export type GetStatus414Parameters = {
    [key: string]: never;
};
/**
 * Returns a "414 URI Too Long"
 */
export type GetStatus414RequestBody = never;
/**
 * Returns a "414 URI Too Long"
 */
export type GetStatus414Response = unknown;
/**
 * GET /status/415
 */
export type GetStatus415Parameters = {
    [key: string]: never;
};
/**
 * Returns a "415 Unsupported Media Type"
 */
export type GetStatus415RequestBody = never;
/**
 * Returns a "415 Unsupported Media Type"
 */
export type GetStatus415Response = unknown;
/**
 * GET /status/416
 */
export type GetStatus416Parameters = {
    [key: string]: never;
};
/**
 * Returns a "416 Range Not Satisfiable"
 */
export type GetStatus416RequestBody = never;
/**
 * Returns a "416 Range Not Satisfiable"
 */
export type GetStatus416Response = unknown;
/**
 * GET /status/417
 */
export type GetStatus417Parameters = {
    [key: string]: never;
};
/**
 * Returns a "417 Expectation Failed"
 */
export type GetStatus417RequestBody = never;
/**
 * Returns a "417 Expectation Failed"
 */
export type GetStatus417Response = unknown;
/**
 * GET /status/418
 */
export type GetStatus418Parameters = {
    [key: string]: never;
};
/**
 * Returns a "418 I'm a teapot"
 */
export type GetStatus418RequestBody = never;
/**
 * Returns a "418 I'm a teapot"
 */
export type GetStatus418Response = unknown;
/**
 * GET /status/419
 */
export type GetStatus419Parameters = {
    [key: string]: never;
};
/**
 * Returns a "419 Page Expired"
 */
export type GetStatus419RequestBody = never;
/**
 * Returns a "419 Page Expired"
 */
export type GetStatus419Response = unknown;
/**
 * GET /status/420
 */
export type GetStatus420Parameters = {
    [key: string]: never;
};
/**
 * Returns a "420 Enhance Your Calm"
 */
export type GetStatus420RequestBody = never;
/**
 * Returns a "420 Enhance Your Calm"
 */
export type GetStatus420Response = unknown;
/**
 * GET /status/421
 */
export type GetStatus421Parameters = {
    [key: string]: never;
};
/**
 * Returns a "421 Misdirected Request"
 */
export type GetStatus421RequestBody = never;
/**
 * Returns a "421 Misdirected Request"
 */
export type GetStatus421Response = unknown;
/**
 * GET /status/422
 */
export type GetStatus422Parameters = {
    [key: string]: never;
};
/**
 * Returns a "422 Unprocessable Entity"
 */
export type GetStatus422RequestBody = never;
/**
 * Returns a "422 Unprocessable Entity"
 */
export type GetStatus422Response = unknown;
/**
 * GET /status/423
 */
export type GetStatus423Parameters = {
    [key: string]: never;
};
/**
 * Returns a "423 Locked"
 */
export type GetStatus423RequestBody = never;
/**
 * Returns a "423 Locked"
 */
export type GetStatus423Response = unknown;
/**
 * GET /status/424
 */
export type GetStatus424Parameters = {
    [key: string]: never;
};
/**
 * Returns a "424 Failed Dependency"
 */
export type GetStatus424RequestBody = never;
/**
 * Returns a "424 Failed Dependency"
 */
export type GetStatus424Response = unknown;
/**
 * GET /status/425
 */
export type GetStatus425Parameters = {
    [key: string]: never;
};
/**
 * Returns a "425 Too Early"
 */
export type GetStatus425RequestBody = never;
/**
 * Returns a "425 Too Early"
 */
export type GetStatus425Response = unknown;
/**
 * GET /status/426
 */
export type GetStatus426Parameters = {
    [key: string]: never;
};
/**
 * Returns a "426 Upgrade Required"
 */
export type GetStatus426RequestBody = never;
/**
 * Returns a "426 Upgrade Required"
 */
export type GetStatus426Response = unknown;
/**
 * GET /status/428
 */
export type GetStatus428Parameters = {
    [key: string]: never;
};
/**
 * Returns a "428 Precondition Required"
 */
export type GetStatus428RequestBody = never;
/**
 * Returns a "428 Precondition Required"
 */
export type GetStatus428Response = unknown;
/**
 * GET /status/429
 */
export type GetStatus429Parameters = {
    [key: string]: never;
};
/**
 * Returns a "429 Too Many Requests"
 */
export type GetStatus429RequestBody = never;
/**
 * Returns a "429 Too Many Requests"
 */
export type GetStatus429Response = unknown;
/**
 * GET /status/430
 */
export type GetStatus430Parameters = {
    [key: string]: never;
};
/**
 * > ⚠️ Unofficial Status Code
 * Returns a "430 Request Header Fields Too Large"
 */
export type GetStatus430RequestBody = never;
/**
 * > ⚠️ Unofficial Status Code
 * Returns a "430 Request Header Fields Too Large"
 */
export type GetStatus430Response = unknown;
/**
 * GET /status/431
 */
export type GetStatus431Parameters = {
    [key: string]: never;
};
/**
 * Returns a "431 Request Header Fields Too Large"
 */
export type GetStatus431RequestBody = never;
/**
 * Returns a "431 Request Header Fields Too Large"
 */
export type GetStatus431Response = unknown;
/**
 * GET /status/440
 */
export type GetStatus440Parameters = {
    [key: string]: never;
};
/**
 * Returns a "440 Login Time-out"
 */
export type GetStatus440RequestBody = never;
/**
 * Returns a "440 Login Time-out"
 */
export type GetStatus440Response = unknown;
/**
 * GET /status/444
 */
export type GetStatus444Parameters = {
    [key: string]: never;
};
/**
 * Returns a "444 No Response"
 */
export type GetStatus444RequestBody = never;
/**
 * Returns a "444 No Response"
 */
export type GetStatus444Response = unknown;
/**
 * GET /status/449
 */
export type GetStatus449Parameters = {
    [key: string]: never;
};
/**
 * Returns a "449 Retry With"
 */
export type GetStatus449RequestBody = never;
/**
 * Returns a "449 Retry With"
 */
export type GetStatus449Response = unknown;
/**
 * GET /status/450
 */
export type GetStatus450Parameters = {
    [key: string]: never;
};
/**
 * Returns a "450 Blocked by Windows Parental Controls"
 */
export type GetStatus450RequestBody = never;
/**
 * Returns a "450 Blocked by Windows Parental Controls"
 */
export type GetStatus450Response = unknown;
/**
 * GET /status/451
 */
export type GetStatus451Parameters = {
    [key: string]: never;
};
/**
 * Returns a "451 Unavailable For Legal Reasons"
 */
export type GetStatus451RequestBody = never;
/**
 * Returns a "451 Unavailable For Legal Reasons"
 */
export type GetStatus451Response = unknown;
/**
 * GET /status/494
 */
export type GetStatus494Parameters = {
    [key: string]: never;
};
/**
 * Returns a "494 Request Header Too Large"
 */
export type GetStatus494RequestBody = never;
/**
 * Returns a "494 Request Header Too Large"
 */
export type GetStatus494Response = unknown;
/**
 * GET /status/495
 */
export type GetStatus495Parameters = {
    [key: string]: never;
};
/**
 * Returns a "495 SSL Certificate Error"
 */
export type GetStatus495RequestBody = never;
/**
 * Returns a "495 SSL Certificate Error"
 */
export type GetStatus495Response = unknown;
/**
 * GET /status/496
 */
export type GetStatus496Parameters = {
    [key: string]: never;
};
/**
 * Returns a "496 SSL Certificate Required"
 */
export type GetStatus496RequestBody = never;
/**
 * Returns a "496 SSL Certificate Required"
 */
export type GetStatus496Response = unknown;
/**
 * GET /status/497
 */
export type GetStatus497Parameters = {
    [key: string]: never;
};
/**
 * Returns a "497 HTTP Request Sent to HTTPS Port"
 */
export type GetStatus497RequestBody = never;
/**
 * Returns a "497 HTTP Request Sent to HTTPS Port"
 */
export type GetStatus497Response = unknown;
/**
 * GET /status/498
 */
export type GetStatus498Parameters = {
    [key: string]: never;
};
/**
 * Returns a "498 Invalid Token"
 */
export type GetStatus498RequestBody = never;
/**
 * Returns a "498 Invalid Token"
 */
export type GetStatus498Response = unknown;
/**
 * GET /status/499
 */
export type GetStatus499Parameters = {
    [key: string]: never;
};
/**
 * Returns a "499 Client Error"
 */
export type GetStatus499RequestBody = never;
/**
 * Returns a "499 Client Error"
 */
export type GetStatus499Response = unknown;
/**
 * GET /status/500
 */
export type GetStatus500Parameters = {
    [key: string]: never;
};
/**
 * Returns a "500 Internal Server Error"
 */
export type GetStatus500RequestBody = never;
/**
 * Returns a "500 Internal Server Error"
 */
export type GetStatus500Response = unknown;
/**
 * GET /status/501
 */
export type GetStatus501Parameters = {
    [key: string]: never;
};
/**
 * Returns a "501 Not Implemented"
 */
export type GetStatus501RequestBody = never;
/**
 * Returns a "501 Not Implemented"
 */
export type GetStatus501Response = unknown;
/**
 * GET /status/502
 */
export type GetStatus502Parameters = {
    [key: string]: never;
};
/**
 * Returns a "502 Bad Gateway"
 */
export type GetStatus502RequestBody = never;
/**
 * Returns a "502 Bad Gateway"
 */
export type GetStatus502Response = unknown;
/**
 * GET /status/503
 */
export type GetStatus503Parameters = {
    [key: string]: never;
};
/**
 * Returns a "503 Service Unavailable"
 */
export type GetStatus503RequestBody = never;
/**
 * Returns a "503 Service Unavailable"
 */
export type GetStatus503Response = unknown;
/**
 * GET /status/504
 */
export type GetStatus504Parameters = {
    [key: string]: never;
};
/**
 * Returns a "504 Gateway Timeout"
 */
export type GetStatus504RequestBody = never;
/**
 * Returns a "504 Gateway Timeout"
 */
export type GetStatus504Response = unknown;
/**
 * GET /status/505
 */
export type GetStatus505Parameters = {
    [key: string]: never;
};
/**
 * Returns a "505 HTTP Version Not Supported"
 */
export type GetStatus505RequestBody = never;
/**
 * Returns a "505 HTTP Version Not Supported"
 */
export type GetStatus505Response = unknown;
/**
 * GET /status/506
 */
export type GetStatus506Parameters = {
    [key: string]: never;
};
/**
 * Returns a "506 Variant Also Negotiates"
 */
export type GetStatus506RequestBody = never;
/**
 * Returns a "506 Variant Also Negotiates"
 */
export type GetStatus506Response = unknown;
/**
 * GET /status/507
 */
export type GetStatus507Parameters = {
    [key: string]: never;
};
/**
 * Returns a "507 Insufficient Storage"
 */
export type GetStatus507RequestBody = never;
/**
 * Returns a "507 Insufficient Storage"
 */
export type GetStatus507Response = unknown;
/**
 * GET /status/508
 */
export type GetStatus508Parameters = {
    [key: string]: never;
};
/**
 * Returns a "508 Loop Detected"
 */
export type GetStatus508RequestBody = never;
/**
 * Returns a "508 Loop Detected"
 */
export type GetStatus508Response = unknown;
/**
 * GET /status/509
 */
export type GetStatus509Parameters = {
    [key: string]: never;
};
/**
 * Returns a "508 Bandwidth Limit Exceeded"
 */
export type GetStatus509RequestBody = never;
/**
 * Returns a "508 Bandwidth Limit Exceeded"
 */
export type GetStatus509Response = unknown;
/**
 * GET /status/510
 */
export type GetStatus510Parameters = {
    [key: string]: never;
};
/**
 * Returns a "510 Not Extended"
 */
export type GetStatus510RequestBody = never;
/**
 * Returns a "510 Not Extended"
 */
export type GetStatus510Response = unknown;
/**
 * GET /status/511
 */
export type GetStatus511Parameters = {
    [key: string]: never;
};
/**
 * Returns a "511 Network Authentication Required"
 */
export type GetStatus511RequestBody = never;
/**
 * Returns a "511 Network Authentication Required"
 */
export type GetStatus511Response = unknown;
/**
 * GET /status/512
 */
export type GetStatus512Parameters = {
    [key: string]: never;
};
/**
 * Returns a "512 Web Server Is Down"
 */
export type GetStatus512RequestBody = never;
/**
 * Returns a "512 Web Server Is Down"
 */
export type GetStatus512Response = unknown;
/**
 * GET /status/520
 */
export type GetStatus520Parameters = {
    [key: string]: never;
};
/**
 * Returns a "520 Web Server Returned an Unknown Error"
 */
export type GetStatus520RequestBody = never;
/**
 * Returns a "520 Web Server Returned an Unknown Error"
 */
export type GetStatus520Response = unknown;
/**
 * GET /status/522
 */
export type GetStatus522Parameters = {
    [key: string]: never;
};
/**
 * Returns a "522 Connection Timed Out"
 */
export type GetStatus522RequestBody = never;
/**
 * Returns a "522 Connection Timed Out"
 */
export type GetStatus522Response = unknown;
/**
 * GET /status/523
 */
export type GetStatus523Parameters = {
    [key: string]: never;
};
/**
 * Returns a "523 Origin Is Unreachable"
 */
export type GetStatus523RequestBody = never;
/**
 * Returns a "523 Origin Is Unreachable"
 */
export type GetStatus523Response = unknown;
/**
 * GET /status/524
 */
export type GetStatus524Parameters = {
    [key: string]: never;
};
/**
 * Returns a "524 A Timeout Occurred"
 */
export type GetStatus524RequestBody = never;
/**
 * Returns a "524 A Timeout Occurred"
 */
export type GetStatus524Response = unknown;
/**
 * GET /status/525
 */
export type GetStatus525Parameters = {
    [key: string]: never;
};
/**
 * Returns a "525 SSL Handshake Failed"
 */
export type GetStatus525RequestBody = never;
/**
 * Returns a "525 SSL Handshake Failed"
 */
export type GetStatus525Response = unknown;
/**
 * GET /status/526
 */
export type GetStatus526Parameters = {
    [key: string]: never;
};
/**
 * Returns a "526 Invalid SSL Certificate"
 */
export type GetStatus526RequestBody = never;
/**
 * Returns a "526 Invalid SSL Certificate"
 */
export type GetStatus526Response = unknown;
/**
 * GET /status/527
 */
export type GetStatus527Parameters = {
    [key: string]: never;
};
/**
 * Returns a "527 Railgun Error"
 */
export type GetStatus527RequestBody = never;
/**
 * Returns a "527 Railgun Error"
 */
export type GetStatus527Response = unknown;
/**
 * GET /status/529
 */
export type GetStatus529Parameters = {
    [key: string]: never;
};
/**
 * Returns a "529 Site is Overloaded"
 */
export type GetStatus529RequestBody = never;
/**
 * Returns a "529 Site is Overloaded"
 */
export type GetStatus529Response = unknown;
/**
 * GET /status/530
 */
export type GetStatus530Parameters = {
    [key: string]: never;
};
/**
 * Returns a "530 Site is Frozen"
 */
export type GetStatus530RequestBody = never;
/**
 * Returns a "530 Site is Frozen"
 */
export type GetStatus530Response = unknown;
/**
 * GET /status/598
 */
export type GetStatus598Parameters = {
    [key: string]: never;
};
/**
 * Returns a "598 Network Read Timeout Error"
 */
export type GetStatus598RequestBody = never;
/**
 * Returns a "598 Network Read Timeout Error"
 */
export type GetStatus598Response = unknown;
