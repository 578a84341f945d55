import type * as T from './types.js';
import { permissions } from './permissions.js';
import { type BuildOptions, type BuiltRequest } from './runtime/request.js';
import { type ClientOptions, type RequestOptions } from './runtime/transport.js';
import type { Secret } from './runtime/credentials.js';
import type { BinaryResponse } from './runtime/body.js';
export { ApiError, InvalidRequestError, InvalidResponseError, NetworkError, TimeoutError, } from './runtime/errors.js';
export type { RequestSummary, RequestValueLocation } from './runtime/errors.js';
export { CrossOriginLinkError } from './runtime/paging.js';
export type { ODataAnnotations, PagedIterable, PagingOptions, Selected, SelectedPage, Selecting, } from './runtime/paging.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type { ClientOptions, FetchLike, RequestOptions, TokenSource } from './runtime/transport.js';
export type { BasicCredentials, CredentialValues, Secret } from './runtime/credentials.js';
export type { BinaryBody, BinaryResponse } from './runtime/body.js';
/**
 * Returns a "100 Continue"
 *
 * `GET /status/100`
 */
export declare function buildGetStatus100Request(parameters?: T.GetStatus100Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "101 Switching Protocols"
 *
 * `GET /status/101`
 */
export declare function buildGetStatus101Request(parameters?: T.GetStatus101Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "102 Processing"
 *
 * `GET /status/102`
 */
export declare function buildGetStatus102Request(parameters?: T.GetStatus102Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "103 Early Hints"
 *
 * `GET /status/103`
 */
export declare function buildGetStatus103Request(parameters?: T.GetStatus103Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "200 OK"
 *
 * `GET /status/200`
 */
export declare function buildGetStatus200Request(parameters?: T.GetStatus200Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "201 Created"
 *
 * `GET /status/201`
 */
export declare function buildGetStatus201Request(parameters?: T.GetStatus201Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "202 Accepted"
 *
 * `GET /status/202`
 */
export declare function buildGetStatus202Request(parameters?: T.GetStatus202Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "203 Non-Authoritative Information"
 *
 * `GET /status/203`
 */
export declare function buildGetStatus203Request(parameters?: T.GetStatus203Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "204 No Content"
 *
 * `GET /status/204`
 */
export declare function buildGetStatus204Request(parameters?: T.GetStatus204Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "205 Reset Content"
 *
 * `GET /status/205`
 */
export declare function buildGetStatus205Request(parameters?: T.GetStatus205Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "206 Partial Content"
 *
 * `GET /status/206`
 */
export declare function buildGetStatus206Request(parameters?: T.GetStatus206Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "200 Multi-Status"
 *
 * `GET /status/207`
 */
export declare function buildGetStatus207Request(parameters?: T.GetStatus207Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "208 Already Reported"
 *
 * `GET /status/208`
 */
export declare function buildGetStatus208Request(parameters?: T.GetStatus208Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "218 This is fine"
 *
 * `GET /status/218`
 */
export declare function buildGetStatus218Request(parameters?: T.GetStatus218Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "226 IM Used"
 *
 * `GET /status/226`
 */
export declare function buildGetStatus226Request(parameters?: T.GetStatus226Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "300 Multiple Choice"
 *
 * `GET /status/300`
 */
export declare function buildGetStatus300Request(parameters?: T.GetStatus300Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "301 Moved Permanently"
 *
 * `GET /status/301`
 */
export declare function buildGetStatus301Request(parameters?: T.GetStatus301Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "302 Found"
 *
 * `GET /status/302`
 */
export declare function buildGetStatus302Request(parameters?: T.GetStatus302Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "303 See Other"
 *
 * `GET /status/303`
 */
export declare function buildGetStatus303Request(parameters?: T.GetStatus303Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "304 Not Modified"
 *
 * `GET /status/304`
 */
export declare function buildGetStatus304Request(parameters?: T.GetStatus304Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "305 Use Proxy"
 *
 * `GET /status/305`
 */
export declare function buildGetStatus305Request(parameters?: T.GetStatus305Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "306 Switch Proxy"
 *
 * `GET /status/306`
 */
export declare function buildGetStatus306Request(parameters?: T.GetStatus306Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "307 Temporary Redirect"
 *
 * `GET /status/307`
 */
export declare function buildGetStatus307Request(parameters?: T.GetStatus307Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "308 Permanent Redirect"
 *
 * `GET /status/308`
 */
export declare function buildGetStatus308Request(parameters?: T.GetStatus308Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "400 Bad Request"
 *
 * `GET /status/400`
 */
export declare function buildGetStatus400Request(parameters?: T.GetStatus400Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "401 Unauthorized"
 *
 * `GET /status/401`
 */
export declare function buildGetStatus401Request(parameters?: T.GetStatus401Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "402 Payment Required"
 *
 * `GET /status/402`
 */
export declare function buildGetStatus402Request(parameters?: T.GetStatus402Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "403 Forbidden"
 *
 * `GET /status/403`
 */
export declare function buildGetStatus403Request(parameters?: T.GetStatus403Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "404 Not Found"
 *
 * `GET /status/404`
 */
export declare function buildGetStatus404Request(parameters?: T.GetStatus404Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "405 Method Not Allowed"
 *
 * `GET /status/405`
 */
export declare function buildGetStatus405Request(parameters?: T.GetStatus405Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "406 Not Acceptable"
 *
 * `GET /status/406`
 */
export declare function buildGetStatus406Request(parameters?: T.GetStatus406Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "407 Proxy Authentication Required"
 *
 * `GET /status/407`
 */
export declare function buildGetStatus407Request(parameters?: T.GetStatus407Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "408 Request Timeout"
 *
 * `GET /status/408`
 */
export declare function buildGetStatus408Request(parameters?: T.GetStatus408Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "409 Conflict"
 *
 * `GET /status/409`
 */
export declare function buildGetStatus409Request(parameters?: T.GetStatus409Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "410 Gone"
 *
 * `GET /status/410`
 */
export declare function buildGetStatus410Request(parameters?: T.GetStatus410Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "411 Length Required"
 *
 * `GET /status/411`
 */
export declare function buildGetStatus411Request(parameters?: T.GetStatus411Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "412 Precondition Failed"
 *
 * `GET /status/412`
 */
export declare function buildGetStatus412Request(parameters?: T.GetStatus412Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "413 Payload Too Large"
 *
 * `GET /status/413`
 */
export declare function buildGetStatus413Request(parameters?: T.GetStatus413Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "414 URI Too Long"
 *
 * `GET /status/414`
 */
export declare function buildGetStatus414Request(parameters?: T.GetStatus414Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "415 Unsupported Media Type"
 *
 * `GET /status/415`
 */
export declare function buildGetStatus415Request(parameters?: T.GetStatus415Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "416 Range Not Satisfiable"
 *
 * `GET /status/416`
 */
export declare function buildGetStatus416Request(parameters?: T.GetStatus416Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "417 Expectation Failed"
 *
 * `GET /status/417`
 */
export declare function buildGetStatus417Request(parameters?: T.GetStatus417Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "418 I'm a teapot"
 *
 * `GET /status/418`
 */
export declare function buildGetStatus418Request(parameters?: T.GetStatus418Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "419 Page Expired"
 *
 * `GET /status/419`
 */
export declare function buildGetStatus419Request(parameters?: T.GetStatus419Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "420 Enhance Your Calm"
 *
 * `GET /status/420`
 */
export declare function buildGetStatus420Request(parameters?: T.GetStatus420Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "421 Misdirected Request"
 *
 * `GET /status/421`
 */
export declare function buildGetStatus421Request(parameters?: T.GetStatus421Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "422 Unprocessable Entity"
 *
 * `GET /status/422`
 */
export declare function buildGetStatus422Request(parameters?: T.GetStatus422Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "423 Locked"
 *
 * `GET /status/423`
 */
export declare function buildGetStatus423Request(parameters?: T.GetStatus423Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "424 Failed Dependency"
 *
 * `GET /status/424`
 */
export declare function buildGetStatus424Request(parameters?: T.GetStatus424Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "425 Too Early"
 *
 * `GET /status/425`
 */
export declare function buildGetStatus425Request(parameters?: T.GetStatus425Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "426 Upgrade Required"
 *
 * `GET /status/426`
 */
export declare function buildGetStatus426Request(parameters?: T.GetStatus426Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "428 Precondition Required"
 *
 * `GET /status/428`
 */
export declare function buildGetStatus428Request(parameters?: T.GetStatus428Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "429 Too Many Requests"
 *
 * `GET /status/429`
 */
export declare function buildGetStatus429Request(parameters?: T.GetStatus429Parameters, options?: BuildOptions): BuiltRequest;
/**
 * > ⚠️ Unofficial Status Code
 * Returns a "430 Request Header Fields Too Large"
 *
 * `GET /status/430`
 */
export declare function buildGetStatus430Request(parameters?: T.GetStatus430Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "431 Request Header Fields Too Large"
 *
 * `GET /status/431`
 */
export declare function buildGetStatus431Request(parameters?: T.GetStatus431Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "440 Login Time-out"
 *
 * `GET /status/440`
 */
export declare function buildGetStatus440Request(parameters?: T.GetStatus440Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "444 No Response"
 *
 * `GET /status/444`
 */
export declare function buildGetStatus444Request(parameters?: T.GetStatus444Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "449 Retry With"
 *
 * `GET /status/449`
 */
export declare function buildGetStatus449Request(parameters?: T.GetStatus449Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "450 Blocked by Windows Parental Controls"
 *
 * `GET /status/450`
 */
export declare function buildGetStatus450Request(parameters?: T.GetStatus450Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "451 Unavailable For Legal Reasons"
 *
 * `GET /status/451`
 */
export declare function buildGetStatus451Request(parameters?: T.GetStatus451Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "494 Request Header Too Large"
 *
 * `GET /status/494`
 */
export declare function buildGetStatus494Request(parameters?: T.GetStatus494Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "495 SSL Certificate Error"
 *
 * `GET /status/495`
 */
export declare function buildGetStatus495Request(parameters?: T.GetStatus495Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "496 SSL Certificate Required"
 *
 * `GET /status/496`
 */
export declare function buildGetStatus496Request(parameters?: T.GetStatus496Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "497 HTTP Request Sent to HTTPS Port"
 *
 * `GET /status/497`
 */
export declare function buildGetStatus497Request(parameters?: T.GetStatus497Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "498 Invalid Token"
 *
 * `GET /status/498`
 */
export declare function buildGetStatus498Request(parameters?: T.GetStatus498Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "499 Client Error"
 *
 * `GET /status/499`
 */
export declare function buildGetStatus499Request(parameters?: T.GetStatus499Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "500 Internal Server Error"
 *
 * `GET /status/500`
 */
export declare function buildGetStatus500Request(parameters?: T.GetStatus500Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "501 Not Implemented"
 *
 * `GET /status/501`
 */
export declare function buildGetStatus501Request(parameters?: T.GetStatus501Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "502 Bad Gateway"
 *
 * `GET /status/502`
 */
export declare function buildGetStatus502Request(parameters?: T.GetStatus502Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "503 Service Unavailable"
 *
 * `GET /status/503`
 */
export declare function buildGetStatus503Request(parameters?: T.GetStatus503Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "504 Gateway Timeout"
 *
 * `GET /status/504`
 */
export declare function buildGetStatus504Request(parameters?: T.GetStatus504Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "505 HTTP Version Not Supported"
 *
 * `GET /status/505`
 */
export declare function buildGetStatus505Request(parameters?: T.GetStatus505Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "506 Variant Also Negotiates"
 *
 * `GET /status/506`
 */
export declare function buildGetStatus506Request(parameters?: T.GetStatus506Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "507 Insufficient Storage"
 *
 * `GET /status/507`
 */
export declare function buildGetStatus507Request(parameters?: T.GetStatus507Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "508 Loop Detected"
 *
 * `GET /status/508`
 */
export declare function buildGetStatus508Request(parameters?: T.GetStatus508Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "508 Bandwidth Limit Exceeded"
 *
 * `GET /status/509`
 */
export declare function buildGetStatus509Request(parameters?: T.GetStatus509Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "510 Not Extended"
 *
 * `GET /status/510`
 */
export declare function buildGetStatus510Request(parameters?: T.GetStatus510Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "511 Network Authentication Required"
 *
 * `GET /status/511`
 */
export declare function buildGetStatus511Request(parameters?: T.GetStatus511Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "512 Web Server Is Down"
 *
 * `GET /status/512`
 */
export declare function buildGetStatus512Request(parameters?: T.GetStatus512Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "520 Web Server Returned an Unknown Error"
 *
 * `GET /status/520`
 */
export declare function buildGetStatus520Request(parameters?: T.GetStatus520Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "522 Connection Timed Out"
 *
 * `GET /status/522`
 */
export declare function buildGetStatus522Request(parameters?: T.GetStatus522Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "523 Origin Is Unreachable"
 *
 * `GET /status/523`
 */
export declare function buildGetStatus523Request(parameters?: T.GetStatus523Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "524 A Timeout Occurred"
 *
 * `GET /status/524`
 */
export declare function buildGetStatus524Request(parameters?: T.GetStatus524Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "525 SSL Handshake Failed"
 *
 * `GET /status/525`
 */
export declare function buildGetStatus525Request(parameters?: T.GetStatus525Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "526 Invalid SSL Certificate"
 *
 * `GET /status/526`
 */
export declare function buildGetStatus526Request(parameters?: T.GetStatus526Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "527 Railgun Error"
 *
 * `GET /status/527`
 */
export declare function buildGetStatus527Request(parameters?: T.GetStatus527Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "529 Site is Overloaded"
 *
 * `GET /status/529`
 */
export declare function buildGetStatus529Request(parameters?: T.GetStatus529Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "530 Site is Frozen"
 *
 * `GET /status/530`
 */
export declare function buildGetStatus530Request(parameters?: T.GetStatus530Parameters, options?: BuildOptions): BuiltRequest;
/**
 * Returns a "598 Network Read Timeout Error"
 *
 * `GET /status/598`
 */
export declare function buildGetStatus598Request(parameters?: T.GetStatus598Parameters, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/status`
     */
    readonly status: {
        /**
         * `/status/100`
         */
        readonly _100: {
            /**
             * Returns a "100 Continue"
             *
             * `GET /status/100`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus100Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus100;
            };
        };
        /**
         * `/status/101`
         */
        readonly _101: {
            /**
             * Returns a "101 Switching Protocols"
             *
             * `GET /status/101`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus101Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus101;
            };
        };
        /**
         * `/status/102`
         */
        readonly _102: {
            /**
             * Returns a "102 Processing"
             *
             * `GET /status/102`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus102Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus102;
            };
        };
        /**
         * `/status/103`
         */
        readonly _103: {
            /**
             * Returns a "103 Early Hints"
             *
             * `GET /status/103`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus103Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus103;
            };
        };
        /**
         * `/status/200`
         */
        readonly _200: {
            /**
             * Returns a "200 OK"
             *
             * `GET /status/200`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus200Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus200;
            };
        };
        /**
         * `/status/201`
         */
        readonly _201: {
            /**
             * Returns a "201 Created"
             *
             * `GET /status/201`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus201Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus201;
            };
        };
        /**
         * `/status/202`
         */
        readonly _202: {
            /**
             * Returns a "202 Accepted"
             *
             * `GET /status/202`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus202Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus202;
            };
        };
        /**
         * `/status/203`
         */
        readonly _203: {
            /**
             * Returns a "203 Non-Authoritative Information"
             *
             * `GET /status/203`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus203Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus203;
            };
        };
        /**
         * `/status/204`
         */
        readonly _204: {
            /**
             * Returns a "204 No Content"
             *
             * `GET /status/204`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus204Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus204;
            };
        };
        /**
         * `/status/205`
         */
        readonly _205: {
            /**
             * Returns a "205 Reset Content"
             *
             * `GET /status/205`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus205Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus205;
            };
        };
        /**
         * `/status/206`
         */
        readonly _206: {
            /**
             * Returns a "206 Partial Content"
             *
             * `GET /status/206`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus206Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus206;
            };
        };
        /**
         * `/status/207`
         */
        readonly _207: {
            /**
             * Returns a "200 Multi-Status"
             *
             * `GET /status/207`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus207Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus207;
            };
        };
        /**
         * `/status/208`
         */
        readonly _208: {
            /**
             * Returns a "208 Already Reported"
             *
             * `GET /status/208`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus208Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus208;
            };
        };
        /**
         * `/status/218`
         */
        readonly _218: {
            /**
             * Returns a "218 This is fine"
             *
             * `GET /status/218`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus218Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus218;
            };
        };
        /**
         * `/status/226`
         */
        readonly _226: {
            /**
             * Returns a "226 IM Used"
             *
             * `GET /status/226`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus226Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus226;
            };
        };
        /**
         * `/status/300`
         */
        readonly _300: {
            /**
             * Returns a "300 Multiple Choice"
             *
             * `GET /status/300`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus300Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus300;
            };
        };
        /**
         * `/status/301`
         */
        readonly _301: {
            /**
             * Returns a "301 Moved Permanently"
             *
             * `GET /status/301`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus301Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus301;
            };
        };
        /**
         * `/status/302`
         */
        readonly _302: {
            /**
             * Returns a "302 Found"
             *
             * `GET /status/302`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus302Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus302;
            };
        };
        /**
         * `/status/303`
         */
        readonly _303: {
            /**
             * Returns a "303 See Other"
             *
             * `GET /status/303`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus303Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus303;
            };
        };
        /**
         * `/status/304`
         */
        readonly _304: {
            /**
             * Returns a "304 Not Modified"
             *
             * `GET /status/304`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus304Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus304;
            };
        };
        /**
         * `/status/305`
         */
        readonly _305: {
            /**
             * Returns a "305 Use Proxy"
             *
             * `GET /status/305`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus305Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus305;
            };
        };
        /**
         * `/status/306`
         */
        readonly _306: {
            /**
             * Returns a "306 Switch Proxy"
             *
             * `GET /status/306`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus306Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus306;
            };
        };
        /**
         * `/status/307`
         */
        readonly _307: {
            /**
             * Returns a "307 Temporary Redirect"
             *
             * `GET /status/307`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus307Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus307;
            };
        };
        /**
         * `/status/308`
         */
        readonly _308: {
            /**
             * Returns a "308 Permanent Redirect"
             *
             * `GET /status/308`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus308Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus308;
            };
        };
        /**
         * `/status/400`
         */
        readonly _400: {
            /**
             * Returns a "400 Bad Request"
             *
             * `GET /status/400`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus400Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus400;
            };
        };
        /**
         * `/status/401`
         */
        readonly _401: {
            /**
             * Returns a "401 Unauthorized"
             *
             * `GET /status/401`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus401Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus401;
            };
        };
        /**
         * `/status/402`
         */
        readonly _402: {
            /**
             * Returns a "402 Payment Required"
             *
             * `GET /status/402`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus402Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus402;
            };
        };
        /**
         * `/status/403`
         */
        readonly _403: {
            /**
             * Returns a "403 Forbidden"
             *
             * `GET /status/403`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus403Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus403;
            };
        };
        /**
         * `/status/404`
         */
        readonly _404: {
            /**
             * Returns a "404 Not Found"
             *
             * `GET /status/404`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus404Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus404;
            };
        };
        /**
         * `/status/405`
         */
        readonly _405: {
            /**
             * Returns a "405 Method Not Allowed"
             *
             * `GET /status/405`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus405Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus405;
            };
        };
        /**
         * `/status/406`
         */
        readonly _406: {
            /**
             * Returns a "406 Not Acceptable"
             *
             * `GET /status/406`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus406Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus406;
            };
        };
        /**
         * `/status/407`
         */
        readonly _407: {
            /**
             * Returns a "407 Proxy Authentication Required"
             *
             * `GET /status/407`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus407Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus407;
            };
        };
        /**
         * `/status/408`
         */
        readonly _408: {
            /**
             * Returns a "408 Request Timeout"
             *
             * `GET /status/408`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus408Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus408;
            };
        };
        /**
         * `/status/409`
         */
        readonly _409: {
            /**
             * Returns a "409 Conflict"
             *
             * `GET /status/409`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus409Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus409;
            };
        };
        /**
         * `/status/410`
         */
        readonly _410: {
            /**
             * Returns a "410 Gone"
             *
             * `GET /status/410`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus410Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus410;
            };
        };
        /**
         * `/status/411`
         */
        readonly _411: {
            /**
             * Returns a "411 Length Required"
             *
             * `GET /status/411`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus411Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus411;
            };
        };
        /**
         * `/status/412`
         */
        readonly _412: {
            /**
             * Returns a "412 Precondition Failed"
             *
             * `GET /status/412`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus412Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus412;
            };
        };
        /**
         * `/status/413`
         */
        readonly _413: {
            /**
             * Returns a "413 Payload Too Large"
             *
             * `GET /status/413`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus413Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus413;
            };
        };
        /**
         * `/status/414`
         */
        readonly _414: {
            /**
             * Returns a "414 URI Too Long"
             *
             * `GET /status/414`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus414Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus414;
            };
        };
        /**
         * `/status/415`
         */
        readonly _415: {
            /**
             * Returns a "415 Unsupported Media Type"
             *
             * `GET /status/415`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus415Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus415;
            };
        };
        /**
         * `/status/416`
         */
        readonly _416: {
            /**
             * Returns a "416 Range Not Satisfiable"
             *
             * `GET /status/416`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus416Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus416;
            };
        };
        /**
         * `/status/417`
         */
        readonly _417: {
            /**
             * Returns a "417 Expectation Failed"
             *
             * `GET /status/417`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus417Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus417;
            };
        };
        /**
         * `/status/418`
         */
        readonly _418: {
            /**
             * Returns a "418 I'm a teapot"
             *
             * `GET /status/418`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus418Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus418;
            };
        };
        /**
         * `/status/419`
         */
        readonly _419: {
            /**
             * Returns a "419 Page Expired"
             *
             * `GET /status/419`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus419Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus419;
            };
        };
        /**
         * `/status/420`
         */
        readonly _420: {
            /**
             * Returns a "420 Enhance Your Calm"
             *
             * `GET /status/420`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus420Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus420;
            };
        };
        /**
         * `/status/421`
         */
        readonly _421: {
            /**
             * Returns a "421 Misdirected Request"
             *
             * `GET /status/421`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus421Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus421;
            };
        };
        /**
         * `/status/422`
         */
        readonly _422: {
            /**
             * Returns a "422 Unprocessable Entity"
             *
             * `GET /status/422`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus422Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus422;
            };
        };
        /**
         * `/status/423`
         */
        readonly _423: {
            /**
             * Returns a "423 Locked"
             *
             * `GET /status/423`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus423Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus423;
            };
        };
        /**
         * `/status/424`
         */
        readonly _424: {
            /**
             * Returns a "424 Failed Dependency"
             *
             * `GET /status/424`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus424Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus424;
            };
        };
        /**
         * `/status/425`
         */
        readonly _425: {
            /**
             * Returns a "425 Too Early"
             *
             * `GET /status/425`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus425Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus425;
            };
        };
        /**
         * `/status/426`
         */
        readonly _426: {
            /**
             * Returns a "426 Upgrade Required"
             *
             * `GET /status/426`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus426Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus426;
            };
        };
        /**
         * `/status/428`
         */
        readonly _428: {
            /**
             * Returns a "428 Precondition Required"
             *
             * `GET /status/428`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus428Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus428;
            };
        };
        /**
         * `/status/429`
         */
        readonly _429: {
            /**
             * Returns a "429 Too Many Requests"
             *
             * `GET /status/429`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus429Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus429;
            };
        };
        /**
         * `/status/430`
         */
        readonly _430: {
            /**
             * > ⚠️ Unofficial Status Code
             * Returns a "430 Request Header Fields Too Large"
             *
             * `GET /status/430`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus430Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus430;
            };
        };
        /**
         * `/status/431`
         */
        readonly _431: {
            /**
             * Returns a "431 Request Header Fields Too Large"
             *
             * `GET /status/431`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus431Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus431;
            };
        };
        /**
         * `/status/440`
         */
        readonly _440: {
            /**
             * Returns a "440 Login Time-out"
             *
             * `GET /status/440`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus440Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus440;
            };
        };
        /**
         * `/status/444`
         */
        readonly _444: {
            /**
             * Returns a "444 No Response"
             *
             * `GET /status/444`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus444Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus444;
            };
        };
        /**
         * `/status/449`
         */
        readonly _449: {
            /**
             * Returns a "449 Retry With"
             *
             * `GET /status/449`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus449Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus449;
            };
        };
        /**
         * `/status/450`
         */
        readonly _450: {
            /**
             * Returns a "450 Blocked by Windows Parental Controls"
             *
             * `GET /status/450`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus450Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus450;
            };
        };
        /**
         * `/status/451`
         */
        readonly _451: {
            /**
             * Returns a "451 Unavailable For Legal Reasons"
             *
             * `GET /status/451`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus451Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus451;
            };
        };
        /**
         * `/status/494`
         */
        readonly _494: {
            /**
             * Returns a "494 Request Header Too Large"
             *
             * `GET /status/494`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus494Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus494;
            };
        };
        /**
         * `/status/495`
         */
        readonly _495: {
            /**
             * Returns a "495 SSL Certificate Error"
             *
             * `GET /status/495`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus495Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus495;
            };
        };
        /**
         * `/status/496`
         */
        readonly _496: {
            /**
             * Returns a "496 SSL Certificate Required"
             *
             * `GET /status/496`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus496Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus496;
            };
        };
        /**
         * `/status/497`
         */
        readonly _497: {
            /**
             * Returns a "497 HTTP Request Sent to HTTPS Port"
             *
             * `GET /status/497`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus497Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus497;
            };
        };
        /**
         * `/status/498`
         */
        readonly _498: {
            /**
             * Returns a "498 Invalid Token"
             *
             * `GET /status/498`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus498Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus498;
            };
        };
        /**
         * `/status/499`
         */
        readonly _499: {
            /**
             * Returns a "499 Client Error"
             *
             * `GET /status/499`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus499Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus499;
            };
        };
        /**
         * `/status/500`
         */
        readonly _500: {
            /**
             * Returns a "500 Internal Server Error"
             *
             * `GET /status/500`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus500Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus500;
            };
        };
        /**
         * `/status/501`
         */
        readonly _501: {
            /**
             * Returns a "501 Not Implemented"
             *
             * `GET /status/501`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus501Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus501;
            };
        };
        /**
         * `/status/502`
         */
        readonly _502: {
            /**
             * Returns a "502 Bad Gateway"
             *
             * `GET /status/502`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus502Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus502;
            };
        };
        /**
         * `/status/503`
         */
        readonly _503: {
            /**
             * Returns a "503 Service Unavailable"
             *
             * `GET /status/503`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus503Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus503;
            };
        };
        /**
         * `/status/504`
         */
        readonly _504: {
            /**
             * Returns a "504 Gateway Timeout"
             *
             * `GET /status/504`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus504Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus504;
            };
        };
        /**
         * `/status/505`
         */
        readonly _505: {
            /**
             * Returns a "505 HTTP Version Not Supported"
             *
             * `GET /status/505`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus505Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus505;
            };
        };
        /**
         * `/status/506`
         */
        readonly _506: {
            /**
             * Returns a "506 Variant Also Negotiates"
             *
             * `GET /status/506`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus506Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus506;
            };
        };
        /**
         * `/status/507`
         */
        readonly _507: {
            /**
             * Returns a "507 Insufficient Storage"
             *
             * `GET /status/507`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus507Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus507;
            };
        };
        /**
         * `/status/508`
         */
        readonly _508: {
            /**
             * Returns a "508 Loop Detected"
             *
             * `GET /status/508`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus508Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus508;
            };
        };
        /**
         * `/status/509`
         */
        readonly _509: {
            /**
             * Returns a "508 Bandwidth Limit Exceeded"
             *
             * `GET /status/509`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus509Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus509;
            };
        };
        /**
         * `/status/510`
         */
        readonly _510: {
            /**
             * Returns a "510 Not Extended"
             *
             * `GET /status/510`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus510Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus510;
            };
        };
        /**
         * `/status/511`
         */
        readonly _511: {
            /**
             * Returns a "511 Network Authentication Required"
             *
             * `GET /status/511`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus511Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus511;
            };
        };
        /**
         * `/status/512`
         */
        readonly _512: {
            /**
             * Returns a "512 Web Server Is Down"
             *
             * `GET /status/512`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus512Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus512;
            };
        };
        /**
         * `/status/520`
         */
        readonly _520: {
            /**
             * Returns a "520 Web Server Returned an Unknown Error"
             *
             * `GET /status/520`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus520Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus520;
            };
        };
        /**
         * `/status/522`
         */
        readonly _522: {
            /**
             * Returns a "522 Connection Timed Out"
             *
             * `GET /status/522`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus522Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus522;
            };
        };
        /**
         * `/status/523`
         */
        readonly _523: {
            /**
             * Returns a "523 Origin Is Unreachable"
             *
             * `GET /status/523`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus523Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus523;
            };
        };
        /**
         * `/status/524`
         */
        readonly _524: {
            /**
             * Returns a "524 A Timeout Occurred"
             *
             * `GET /status/524`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus524Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus524;
            };
        };
        /**
         * `/status/525`
         */
        readonly _525: {
            /**
             * Returns a "525 SSL Handshake Failed"
             *
             * `GET /status/525`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus525Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus525;
            };
        };
        /**
         * `/status/526`
         */
        readonly _526: {
            /**
             * Returns a "526 Invalid SSL Certificate"
             *
             * `GET /status/526`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus526Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus526;
            };
        };
        /**
         * `/status/527`
         */
        readonly _527: {
            /**
             * Returns a "527 Railgun Error"
             *
             * `GET /status/527`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus527Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus527;
            };
        };
        /**
         * `/status/529`
         */
        readonly _529: {
            /**
             * Returns a "529 Site is Overloaded"
             *
             * `GET /status/529`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus529Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus529;
            };
        };
        /**
         * `/status/530`
         */
        readonly _530: {
            /**
             * Returns a "530 Site is Frozen"
             *
             * `GET /status/530`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus530Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus530;
            };
        };
        /**
         * `/status/598`
         */
        readonly _598: {
            /**
             * Returns a "598 Network Read Timeout Error"
             *
             * `GET /status/598`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetStatus598Response>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStatus598;
            };
        };
    };
}
/**
 * The credentials this API's security schemes take (`createClient({ credentials })`). Each call
 * sends those its operation's security requirements ask for: the first requirement the given
 * credentials satisfy entirely (any one of them suffices).
 */
export interface Credentials {
    /**
     * A Bearer token (HTTP bearer, OAuth 2, OpenID Connect): sent as `Authorization: Bearer <token>`; without it, `getToken` gives one.
     */
    readonly bearer?: Secret | undefined;
}
/** `createClient`'s options: `ClientOptions` with this API's typed `credentials`. */
export type ApiClientOptions<B extends BinaryResponse = 'blob'> = ClientOptions & {
    readonly credentials?: Credentials | undefined;
    readonly binaryResponse?: B | undefined;
};
/**
 * Create the client.
 *
 * A call validates its request body, then sends the credentials its operation's
 * security asks for (`credentials`; a Bearer token also from `getToken()`), retries
 * 429/503/504 (see `RetryOptions`), and fails with `ApiError` (non-2xx), `NetworkError`,
 * `TimeoutError` or the caller's abort reason.
 */
export declare function createClient<B extends BinaryResponse = 'blob'>(options?: ApiClientOptions<B>): ApiClient<B>;
