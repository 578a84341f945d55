import type * as T from './types.js';
import * as V from './validators.js';
import { permissions } from './permissions.js';
import {
  buildRequest,
  type BuildOptions,
  type BuiltRequest,
  type OperationSpec,
} from './runtime/request.js';
import { createTransport, type ClientOptions, type RequestOptions } from './runtime/transport.js';
import type { BasicCredentials, Secret } from './runtime/credentials.js';
import type { BinaryBody, BinaryResponse } from './runtime/body.js';
import {
  ApiError as RuntimeApiError,
  type ApiErrorDetails,
  type ApiErrorOf,
  type ApiResult,
  type ErrorShape,
} from './runtime/errors.js';
import { readResult, type ReadResultOptions } from './runtime/result.js';
export {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
} from './runtime/errors.js';
export type {
  ApiErrorDetails,
  ApiErrorOf,
  ApiResult,
  ErrorShape,
  RequestSummary,
  RequestValueLocation,
} from './runtime/errors.js';
export type { ReadResultOptions } from './runtime/result.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type {
  ClientOptions,
  FetchLike,
  RequestOptions,
  TokenRequest,
  TokenSource,
} from './runtime/transport.js';
export type { BasicCredentials, CredentialValues, Secret } from './runtime/credentials.js';
export type { BinaryBody, BinaryResponse } from './runtime/body.js';

/** The declared error responses of every operation, by status. */
export type OperationError =
  | T.GetStatus100Error
  | T.GetStatus101Error
  | T.GetStatus102Error
  | T.GetStatus103Error
  | T.GetStatus200Error
  | T.GetStatus201Error
  | T.GetStatus202Error
  | T.GetStatus203Error
  | T.GetStatus204Error
  | T.GetStatus205Error
  | T.GetStatus206Error
  | T.GetStatus207Error
  | T.GetStatus208Error
  | T.GetStatus218Error
  | T.GetStatus226Error
  | T.GetStatus300Error
  | T.GetStatus301Error
  | T.GetStatus302Error
  | T.GetStatus303Error
  | T.GetStatus304Error
  | T.GetStatus305Error
  | T.GetStatus306Error
  | T.GetStatus307Error
  | T.GetStatus308Error
  | T.GetStatus400Error
  | T.GetStatus401Error
  | T.GetStatus402Error
  | T.GetStatus403Error
  | T.GetStatus404Error
  | T.GetStatus405Error
  | T.GetStatus406Error
  | T.GetStatus407Error
  | T.GetStatus408Error
  | T.GetStatus409Error
  | T.GetStatus410Error
  | T.GetStatus411Error
  | T.GetStatus412Error
  | T.GetStatus413Error
  | T.GetStatus414Error
  | T.GetStatus415Error
  | T.GetStatus416Error
  | T.GetStatus417Error
  | T.GetStatus418Error
  | T.GetStatus419Error
  | T.GetStatus420Error
  | T.GetStatus421Error
  | T.GetStatus422Error
  | T.GetStatus423Error
  | T.GetStatus424Error
  | T.GetStatus425Error
  | T.GetStatus426Error
  | T.GetStatus428Error
  | T.GetStatus429Error
  | T.GetStatus430Error
  | T.GetStatus431Error
  | T.GetStatus440Error
  | T.GetStatus444Error
  | T.GetStatus449Error
  | T.GetStatus450Error
  | T.GetStatus451Error
  | T.GetStatus494Error
  | T.GetStatus495Error
  | T.GetStatus496Error
  | T.GetStatus497Error
  | T.GetStatus498Error
  | T.GetStatus499Error
  | T.GetStatus500Error
  | T.GetStatus501Error
  | T.GetStatus502Error
  | T.GetStatus503Error
  | T.GetStatus504Error
  | T.GetStatus505Error
  | T.GetStatus506Error
  | T.GetStatus507Error
  | T.GetStatus508Error
  | T.GetStatus509Error
  | T.GetStatus510Error
  | T.GetStatus511Error
  | T.GetStatus512Error
  | T.GetStatus520Error
  | T.GetStatus522Error
  | T.GetStatus523Error
  | T.GetStatus524Error
  | T.GetStatus525Error
  | T.GetStatus526Error
  | T.GetStatus527Error
  | T.GetStatus529Error
  | T.GetStatus530Error
  | T.GetStatus598Error;

/**
 * An error response (non-2xx). `ApiError<T.UpdateUserError>` is a union by status, so checking
 * `error.status` narrows `error.body` to what the operation declares for it; plain `ApiError` is
 * any operation's.
 */
export type ApiError<E extends ErrorShape = OperationError> = ApiErrorOf<E>;

/** The `ApiError` class: `e instanceof ApiError` narrows `e` to an error of one of the operations. */
export interface ApiErrorClass {
  new (message: string, details: ApiErrorDetails<OperationError>): ApiErrorOf<OperationError>;
  readonly prototype: ApiErrorOf<OperationError>;
}

export declare const ApiError: ApiErrorClass;

/**
 * Returns a "100 Continue"
 *
 * `GET /status/100`
 */
export declare function buildGetStatus100Request(parameters?: T.GetStatus100Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus100Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus100Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus100Response, T.GetStatus100Error>>;

/**
 * Returns a "101 Switching Protocols"
 *
 * `GET /status/101`
 */
export declare function buildGetStatus101Request(parameters?: T.GetStatus101Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus101Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus101Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus101Response, T.GetStatus101Error>>;

/**
 * Returns a "102 Processing"
 *
 * `GET /status/102`
 */
export declare function buildGetStatus102Request(parameters?: T.GetStatus102Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus102Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus102Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus102Response, T.GetStatus102Error>>;

/**
 * Returns a "103 Early Hints"
 *
 * `GET /status/103`
 */
export declare function buildGetStatus103Request(parameters?: T.GetStatus103Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus103Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus103Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus103Response, T.GetStatus103Error>>;

/**
 * Returns a "200 OK"
 *
 * `GET /status/200`
 */
export declare function buildGetStatus200Request(parameters?: T.GetStatus200Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus200Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus200Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus200Response, T.GetStatus200Error>>;

/**
 * Returns a "201 Created"
 *
 * `GET /status/201`
 */
export declare function buildGetStatus201Request(parameters?: T.GetStatus201Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus201Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus201Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus201Response, T.GetStatus201Error>>;

/**
 * Returns a "202 Accepted"
 *
 * `GET /status/202`
 */
export declare function buildGetStatus202Request(parameters?: T.GetStatus202Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus202Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus202Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus202Response, T.GetStatus202Error>>;

/**
 * Returns a "203 Non-Authoritative Information"
 *
 * `GET /status/203`
 */
export declare function buildGetStatus203Request(parameters?: T.GetStatus203Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus203Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus203Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus203Response, T.GetStatus203Error>>;

/**
 * Returns a "204 No Content"
 *
 * `GET /status/204`
 */
export declare function buildGetStatus204Request(parameters?: T.GetStatus204Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus204Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus204Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus204Response, T.GetStatus204Error>>;

/**
 * Returns a "205 Reset Content"
 *
 * `GET /status/205`
 */
export declare function buildGetStatus205Request(parameters?: T.GetStatus205Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus205Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus205Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus205Response, T.GetStatus205Error>>;

/**
 * Returns a "206 Partial Content"
 *
 * `GET /status/206`
 */
export declare function buildGetStatus206Request(parameters?: T.GetStatus206Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus206Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus206Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus206Response, T.GetStatus206Error>>;

/**
 * Returns a "200 Multi-Status"
 *
 * `GET /status/207`
 */
export declare function buildGetStatus207Request(parameters?: T.GetStatus207Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus207Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus207Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus207Response, T.GetStatus207Error>>;

/**
 * Returns a "208 Already Reported"
 *
 * `GET /status/208`
 */
export declare function buildGetStatus208Request(parameters?: T.GetStatus208Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus208Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus208Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus208Response, T.GetStatus208Error>>;

/**
 * Returns a "218 This is fine"
 *
 * `GET /status/218`
 */
export declare function buildGetStatus218Request(parameters?: T.GetStatus218Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus218Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus218Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus218Response, T.GetStatus218Error>>;

/**
 * Returns a "226 IM Used"
 *
 * `GET /status/226`
 */
export declare function buildGetStatus226Request(parameters?: T.GetStatus226Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus226Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus226Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus226Response, T.GetStatus226Error>>;

/**
 * Returns a "300 Multiple Choice"
 *
 * `GET /status/300`
 */
export declare function buildGetStatus300Request(parameters?: T.GetStatus300Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus300Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus300Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus300Response, T.GetStatus300Error>>;

/**
 * Returns a "301 Moved Permanently"
 *
 * `GET /status/301`
 */
export declare function buildGetStatus301Request(parameters?: T.GetStatus301Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus301Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus301Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus301Response, T.GetStatus301Error>>;

/**
 * Returns a "302 Found"
 *
 * `GET /status/302`
 */
export declare function buildGetStatus302Request(parameters?: T.GetStatus302Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus302Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus302Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus302Response, T.GetStatus302Error>>;

/**
 * Returns a "303 See Other"
 *
 * `GET /status/303`
 */
export declare function buildGetStatus303Request(parameters?: T.GetStatus303Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus303Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus303Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus303Response, T.GetStatus303Error>>;

/**
 * Returns a "304 Not Modified"
 *
 * `GET /status/304`
 */
export declare function buildGetStatus304Request(parameters?: T.GetStatus304Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus304Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus304Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus304Response, T.GetStatus304Error>>;

/**
 * Returns a "305 Use Proxy"
 *
 * `GET /status/305`
 */
export declare function buildGetStatus305Request(parameters?: T.GetStatus305Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus305Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus305Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus305Response, T.GetStatus305Error>>;

/**
 * Returns a "306 Switch Proxy"
 *
 * `GET /status/306`
 */
export declare function buildGetStatus306Request(parameters?: T.GetStatus306Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus306Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus306Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus306Response, T.GetStatus306Error>>;

/**
 * Returns a "307 Temporary Redirect"
 *
 * `GET /status/307`
 */
export declare function buildGetStatus307Request(parameters?: T.GetStatus307Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus307Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus307Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus307Response, T.GetStatus307Error>>;

/**
 * Returns a "308 Permanent Redirect"
 *
 * `GET /status/308`
 */
export declare function buildGetStatus308Request(parameters?: T.GetStatus308Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus308Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus308Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus308Response, T.GetStatus308Error>>;

/**
 * Returns a "400 Bad Request"
 *
 * `GET /status/400`
 */
export declare function buildGetStatus400Request(parameters?: T.GetStatus400Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus400Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus400Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus400Response, T.GetStatus400Error>>;

/**
 * Returns a "401 Unauthorized"
 *
 * `GET /status/401`
 */
export declare function buildGetStatus401Request(parameters?: T.GetStatus401Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus401Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus401Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus401Response, T.GetStatus401Error>>;

/**
 * Returns a "402 Payment Required"
 *
 * `GET /status/402`
 */
export declare function buildGetStatus402Request(parameters?: T.GetStatus402Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus402Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus402Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus402Response, T.GetStatus402Error>>;

/**
 * Returns a "403 Forbidden"
 *
 * `GET /status/403`
 */
export declare function buildGetStatus403Request(parameters?: T.GetStatus403Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus403Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus403Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus403Response, T.GetStatus403Error>>;

/**
 * Returns a "404 Not Found"
 *
 * `GET /status/404`
 */
export declare function buildGetStatus404Request(parameters?: T.GetStatus404Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus404Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus404Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus404Response, T.GetStatus404Error>>;

/**
 * Returns a "405 Method Not Allowed"
 *
 * `GET /status/405`
 */
export declare function buildGetStatus405Request(parameters?: T.GetStatus405Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus405Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus405Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus405Response, T.GetStatus405Error>>;

/**
 * Returns a "406 Not Acceptable"
 *
 * `GET /status/406`
 */
export declare function buildGetStatus406Request(parameters?: T.GetStatus406Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus406Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus406Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus406Response, T.GetStatus406Error>>;

/**
 * Returns a "407 Proxy Authentication Required"
 *
 * `GET /status/407`
 */
export declare function buildGetStatus407Request(parameters?: T.GetStatus407Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus407Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus407Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus407Response, T.GetStatus407Error>>;

/**
 * Returns a "408 Request Timeout"
 *
 * `GET /status/408`
 */
export declare function buildGetStatus408Request(parameters?: T.GetStatus408Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus408Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus408Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus408Response, T.GetStatus408Error>>;

/**
 * Returns a "409 Conflict"
 *
 * `GET /status/409`
 */
export declare function buildGetStatus409Request(parameters?: T.GetStatus409Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus409Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus409Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus409Response, T.GetStatus409Error>>;

/**
 * Returns a "410 Gone"
 *
 * `GET /status/410`
 */
export declare function buildGetStatus410Request(parameters?: T.GetStatus410Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus410Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus410Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus410Response, T.GetStatus410Error>>;

/**
 * Returns a "411 Length Required"
 *
 * `GET /status/411`
 */
export declare function buildGetStatus411Request(parameters?: T.GetStatus411Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus411Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus411Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus411Response, T.GetStatus411Error>>;

/**
 * Returns a "412 Precondition Failed"
 *
 * `GET /status/412`
 */
export declare function buildGetStatus412Request(parameters?: T.GetStatus412Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus412Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus412Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus412Response, T.GetStatus412Error>>;

/**
 * Returns a "413 Payload Too Large"
 *
 * `GET /status/413`
 */
export declare function buildGetStatus413Request(parameters?: T.GetStatus413Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus413Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus413Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus413Response, T.GetStatus413Error>>;

/**
 * Returns a "414 URI Too Long"
 *
 * `GET /status/414`
 */
export declare function buildGetStatus414Request(parameters?: T.GetStatus414Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus414Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus414Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus414Response, T.GetStatus414Error>>;

/**
 * Returns a "415 Unsupported Media Type"
 *
 * `GET /status/415`
 */
export declare function buildGetStatus415Request(parameters?: T.GetStatus415Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus415Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus415Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus415Response, T.GetStatus415Error>>;

/**
 * Returns a "416 Range Not Satisfiable"
 *
 * `GET /status/416`
 */
export declare function buildGetStatus416Request(parameters?: T.GetStatus416Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus416Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus416Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus416Response, T.GetStatus416Error>>;

/**
 * Returns a "417 Expectation Failed"
 *
 * `GET /status/417`
 */
export declare function buildGetStatus417Request(parameters?: T.GetStatus417Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus417Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus417Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus417Response, T.GetStatus417Error>>;

/**
 * Returns a "418 I'm a teapot"
 *
 * `GET /status/418`
 */
export declare function buildGetStatus418Request(parameters?: T.GetStatus418Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus418Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus418Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus418Response, T.GetStatus418Error>>;

/**
 * Returns a "419 Page Expired"
 *
 * `GET /status/419`
 */
export declare function buildGetStatus419Request(parameters?: T.GetStatus419Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus419Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus419Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus419Response, T.GetStatus419Error>>;

/**
 * Returns a "420 Enhance Your Calm"
 *
 * `GET /status/420`
 */
export declare function buildGetStatus420Request(parameters?: T.GetStatus420Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus420Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus420Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus420Response, T.GetStatus420Error>>;

/**
 * Returns a "421 Misdirected Request"
 *
 * `GET /status/421`
 */
export declare function buildGetStatus421Request(parameters?: T.GetStatus421Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus421Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus421Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus421Response, T.GetStatus421Error>>;

/**
 * Returns a "422 Unprocessable Entity"
 *
 * `GET /status/422`
 */
export declare function buildGetStatus422Request(parameters?: T.GetStatus422Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus422Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus422Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus422Response, T.GetStatus422Error>>;

/**
 * Returns a "423 Locked"
 *
 * `GET /status/423`
 */
export declare function buildGetStatus423Request(parameters?: T.GetStatus423Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus423Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus423Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus423Response, T.GetStatus423Error>>;

/**
 * Returns a "424 Failed Dependency"
 *
 * `GET /status/424`
 */
export declare function buildGetStatus424Request(parameters?: T.GetStatus424Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus424Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus424Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus424Response, T.GetStatus424Error>>;

/**
 * Returns a "425 Too Early"
 *
 * `GET /status/425`
 */
export declare function buildGetStatus425Request(parameters?: T.GetStatus425Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus425Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus425Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus425Response, T.GetStatus425Error>>;

/**
 * Returns a "426 Upgrade Required"
 *
 * `GET /status/426`
 */
export declare function buildGetStatus426Request(parameters?: T.GetStatus426Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus426Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus426Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus426Response, T.GetStatus426Error>>;

/**
 * Returns a "428 Precondition Required"
 *
 * `GET /status/428`
 */
export declare function buildGetStatus428Request(parameters?: T.GetStatus428Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus428Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus428Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus428Response, T.GetStatus428Error>>;

/**
 * Returns a "429 Too Many Requests"
 *
 * `GET /status/429`
 */
export declare function buildGetStatus429Request(parameters?: T.GetStatus429Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus429Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus429Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus429Response, T.GetStatus429Error>>;

/**
 * > ⚠️ Unofficial Status Code
 * Returns a "430 Request Header Fields Too Large"
 *
 * `GET /status/430`
 */
export declare function buildGetStatus430Request(parameters?: T.GetStatus430Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus430Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus430Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus430Response, T.GetStatus430Error>>;

/**
 * Returns a "431 Request Header Fields Too Large"
 *
 * `GET /status/431`
 */
export declare function buildGetStatus431Request(parameters?: T.GetStatus431Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus431Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus431Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus431Response, T.GetStatus431Error>>;

/**
 * Returns a "440 Login Time-out"
 *
 * `GET /status/440`
 */
export declare function buildGetStatus440Request(parameters?: T.GetStatus440Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus440Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus440Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus440Response, T.GetStatus440Error>>;

/**
 * Returns a "444 No Response"
 *
 * `GET /status/444`
 */
export declare function buildGetStatus444Request(parameters?: T.GetStatus444Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus444Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus444Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus444Response, T.GetStatus444Error>>;

/**
 * Returns a "449 Retry With"
 *
 * `GET /status/449`
 */
export declare function buildGetStatus449Request(parameters?: T.GetStatus449Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus449Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus449Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus449Response, T.GetStatus449Error>>;

/**
 * Returns a "450 Blocked by Windows Parental Controls"
 *
 * `GET /status/450`
 */
export declare function buildGetStatus450Request(parameters?: T.GetStatus450Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus450Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus450Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus450Response, T.GetStatus450Error>>;

/**
 * Returns a "451 Unavailable For Legal Reasons"
 *
 * `GET /status/451`
 */
export declare function buildGetStatus451Request(parameters?: T.GetStatus451Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus451Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus451Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus451Response, T.GetStatus451Error>>;

/**
 * Returns a "494 Request Header Too Large"
 *
 * `GET /status/494`
 */
export declare function buildGetStatus494Request(parameters?: T.GetStatus494Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus494Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus494Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus494Response, T.GetStatus494Error>>;

/**
 * Returns a "495 SSL Certificate Error"
 *
 * `GET /status/495`
 */
export declare function buildGetStatus495Request(parameters?: T.GetStatus495Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus495Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus495Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus495Response, T.GetStatus495Error>>;

/**
 * Returns a "496 SSL Certificate Required"
 *
 * `GET /status/496`
 */
export declare function buildGetStatus496Request(parameters?: T.GetStatus496Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus496Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus496Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus496Response, T.GetStatus496Error>>;

/**
 * Returns a "497 HTTP Request Sent to HTTPS Port"
 *
 * `GET /status/497`
 */
export declare function buildGetStatus497Request(parameters?: T.GetStatus497Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus497Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus497Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus497Response, T.GetStatus497Error>>;

/**
 * Returns a "498 Invalid Token"
 *
 * `GET /status/498`
 */
export declare function buildGetStatus498Request(parameters?: T.GetStatus498Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus498Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus498Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus498Response, T.GetStatus498Error>>;

/**
 * Returns a "499 Client Error"
 *
 * `GET /status/499`
 */
export declare function buildGetStatus499Request(parameters?: T.GetStatus499Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus499Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus499Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus499Response, T.GetStatus499Error>>;

/**
 * Returns a "500 Internal Server Error"
 *
 * `GET /status/500`
 */
export declare function buildGetStatus500Request(parameters?: T.GetStatus500Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus500Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus500Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus500Response, T.GetStatus500Error>>;

/**
 * Returns a "501 Not Implemented"
 *
 * `GET /status/501`
 */
export declare function buildGetStatus501Request(parameters?: T.GetStatus501Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus501Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus501Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus501Response, T.GetStatus501Error>>;

/**
 * Returns a "502 Bad Gateway"
 *
 * `GET /status/502`
 */
export declare function buildGetStatus502Request(parameters?: T.GetStatus502Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus502Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus502Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus502Response, T.GetStatus502Error>>;

/**
 * Returns a "503 Service Unavailable"
 *
 * `GET /status/503`
 */
export declare function buildGetStatus503Request(parameters?: T.GetStatus503Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus503Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus503Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus503Response, T.GetStatus503Error>>;

/**
 * Returns a "504 Gateway Timeout"
 *
 * `GET /status/504`
 */
export declare function buildGetStatus504Request(parameters?: T.GetStatus504Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus504Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus504Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus504Response, T.GetStatus504Error>>;

/**
 * Returns a "505 HTTP Version Not Supported"
 *
 * `GET /status/505`
 */
export declare function buildGetStatus505Request(parameters?: T.GetStatus505Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus505Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus505Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus505Response, T.GetStatus505Error>>;

/**
 * Returns a "506 Variant Also Negotiates"
 *
 * `GET /status/506`
 */
export declare function buildGetStatus506Request(parameters?: T.GetStatus506Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus506Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus506Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus506Response, T.GetStatus506Error>>;

/**
 * Returns a "507 Insufficient Storage"
 *
 * `GET /status/507`
 */
export declare function buildGetStatus507Request(parameters?: T.GetStatus507Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus507Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus507Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus507Response, T.GetStatus507Error>>;

/**
 * Returns a "508 Loop Detected"
 *
 * `GET /status/508`
 */
export declare function buildGetStatus508Request(parameters?: T.GetStatus508Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus508Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus508Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus508Response, T.GetStatus508Error>>;

/**
 * Returns a "508 Bandwidth Limit Exceeded"
 *
 * `GET /status/509`
 */
export declare function buildGetStatus509Request(parameters?: T.GetStatus509Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus509Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus509Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus509Response, T.GetStatus509Error>>;

/**
 * Returns a "510 Not Extended"
 *
 * `GET /status/510`
 */
export declare function buildGetStatus510Request(parameters?: T.GetStatus510Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus510Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus510Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus510Response, T.GetStatus510Error>>;

/**
 * Returns a "511 Network Authentication Required"
 *
 * `GET /status/511`
 */
export declare function buildGetStatus511Request(parameters?: T.GetStatus511Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus511Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus511Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus511Response, T.GetStatus511Error>>;

/**
 * Returns a "512 Web Server Is Down"
 *
 * `GET /status/512`
 */
export declare function buildGetStatus512Request(parameters?: T.GetStatus512Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus512Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus512Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus512Response, T.GetStatus512Error>>;

/**
 * Returns a "520 Web Server Returned an Unknown Error"
 *
 * `GET /status/520`
 */
export declare function buildGetStatus520Request(parameters?: T.GetStatus520Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus520Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus520Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus520Response, T.GetStatus520Error>>;

/**
 * Returns a "522 Connection Timed Out"
 *
 * `GET /status/522`
 */
export declare function buildGetStatus522Request(parameters?: T.GetStatus522Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus522Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus522Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus522Response, T.GetStatus522Error>>;

/**
 * Returns a "523 Origin Is Unreachable"
 *
 * `GET /status/523`
 */
export declare function buildGetStatus523Request(parameters?: T.GetStatus523Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus523Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus523Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus523Response, T.GetStatus523Error>>;

/**
 * Returns a "524 A Timeout Occurred"
 *
 * `GET /status/524`
 */
export declare function buildGetStatus524Request(parameters?: T.GetStatus524Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus524Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus524Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus524Response, T.GetStatus524Error>>;

/**
 * Returns a "525 SSL Handshake Failed"
 *
 * `GET /status/525`
 */
export declare function buildGetStatus525Request(parameters?: T.GetStatus525Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus525Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus525Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus525Response, T.GetStatus525Error>>;

/**
 * Returns a "526 Invalid SSL Certificate"
 *
 * `GET /status/526`
 */
export declare function buildGetStatus526Request(parameters?: T.GetStatus526Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus526Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus526Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus526Response, T.GetStatus526Error>>;

/**
 * Returns a "527 Railgun Error"
 *
 * `GET /status/527`
 */
export declare function buildGetStatus527Request(parameters?: T.GetStatus527Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus527Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus527Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus527Response, T.GetStatus527Error>>;

/**
 * Returns a "529 Site is Overloaded"
 *
 * `GET /status/529`
 */
export declare function buildGetStatus529Request(parameters?: T.GetStatus529Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus529Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus529Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus529Response, T.GetStatus529Error>>;

/**
 * Returns a "530 Site is Frozen"
 *
 * `GET /status/530`
 */
export declare function buildGetStatus530Request(parameters?: T.GetStatus530Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus530Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus530Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus530Response, T.GetStatus530Error>>;

/**
 * Returns a "598 Network Read Timeout Error"
 *
 * `GET /status/598`
 */
export declare function buildGetStatus598Request(parameters?: T.GetStatus598Parameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStatus598Request`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStatus598Result(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStatus598Response, T.GetStatus598Error>>;

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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus100Response, T.GetStatus100Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus101Response, T.GetStatus101Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus102Response, T.GetStatus102Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus103Response, T.GetStatus103Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus200Response, T.GetStatus200Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus201Response, T.GetStatus201Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus202Response, T.GetStatus202Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus203Response, T.GetStatus203Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus204Response, T.GetStatus204Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus205Response, T.GetStatus205Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus206Response, T.GetStatus206Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus207Response, T.GetStatus207Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus208Response, T.GetStatus208Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus218Response, T.GetStatus218Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus226Response, T.GetStatus226Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus300Response, T.GetStatus300Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus301Response, T.GetStatus301Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus302Response, T.GetStatus302Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus303Response, T.GetStatus303Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus304Response, T.GetStatus304Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus305Response, T.GetStatus305Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus306Response, T.GetStatus306Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus307Response, T.GetStatus307Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus308Response, T.GetStatus308Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus400Response, T.GetStatus400Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus401Response, T.GetStatus401Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus402Response, T.GetStatus402Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus403Response, T.GetStatus403Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus404Response, T.GetStatus404Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus405Response, T.GetStatus405Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus406Response, T.GetStatus406Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus407Response, T.GetStatus407Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus408Response, T.GetStatus408Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus409Response, T.GetStatus409Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus410Response, T.GetStatus410Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus411Response, T.GetStatus411Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus412Response, T.GetStatus412Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus413Response, T.GetStatus413Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus414Response, T.GetStatus414Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus415Response, T.GetStatus415Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus416Response, T.GetStatus416Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus417Response, T.GetStatus417Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus418Response, T.GetStatus418Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus419Response, T.GetStatus419Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus420Response, T.GetStatus420Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus421Response, T.GetStatus421Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus422Response, T.GetStatus422Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus423Response, T.GetStatus423Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus424Response, T.GetStatus424Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus425Response, T.GetStatus425Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus426Response, T.GetStatus426Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus428Response, T.GetStatus428Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus429Response, T.GetStatus429Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus430Response, T.GetStatus430Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus431Response, T.GetStatus431Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus440Response, T.GetStatus440Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus444Response, T.GetStatus444Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus449Response, T.GetStatus449Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus450Response, T.GetStatus450Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus451Response, T.GetStatus451Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus494Response, T.GetStatus494Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus495Response, T.GetStatus495Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus496Response, T.GetStatus496Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus497Response, T.GetStatus497Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus498Response, T.GetStatus498Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus499Response, T.GetStatus499Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus500Response, T.GetStatus500Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus501Response, T.GetStatus501Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus502Response, T.GetStatus502Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus503Response, T.GetStatus503Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus504Response, T.GetStatus504Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus505Response, T.GetStatus505Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus506Response, T.GetStatus506Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus507Response, T.GetStatus507Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus508Response, T.GetStatus508Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus509Response, T.GetStatus509Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus510Response, T.GetStatus510Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus511Response, T.GetStatus511Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus512Response, T.GetStatus512Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus520Response, T.GetStatus520Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus522Response, T.GetStatus522Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus523Response, T.GetStatus523Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus524Response, T.GetStatus524Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus525Response, T.GetStatus525Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus526Response, T.GetStatus526Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus527Response, T.GetStatus527Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus529Response, T.GetStatus529Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus530Response, T.GetStatus530Error>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetStatus598Response, T.GetStatus598Error>>;
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
