import type * as T from './types.js';
import { permissions } from './permissions.js';
import { type BuildOptions, type BuiltRequest } from './runtime/request.js';
import { type ClientOptions, type RequestOptions } from './runtime/transport.js';
import type { BasicCredentials, Secret } from './runtime/credentials.js';
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
 * Find a pet
 *
 * `GET /pet/{id}`
 */
export declare function buildGetPetByIdRequest(parameters: T.GetPetByIdParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update a pet
 *
 * `PUT /pet/{id}`
 */
export declare function buildPutPetByIdRequest(parameters: T.PutPetByIdParameters, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/pet`
     */
    readonly pet: {
        /**
         * `/pet/{id}`
         */
        byId(id: number): {
            /**
             * Find a pet
             *
             * `GET /pet/{id}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetPetByIdResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getPetById;
            };
            /**
             * Update a pet
             *
             * `PUT /pet/{id}`
             */
            readonly put: {
                (options?: RequestOptions): Promise<T.PutPetByIdResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.putPetById;
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
     * HTTP Basic: sent as `Authorization: Basic <base64(username:password)>`.
     */
    readonly basic?: BasicCredentials | (() => BasicCredentials | undefined | Promise<BasicCredentials | undefined>) | undefined;
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
