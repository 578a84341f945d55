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
 * Update an existing pet
 *
 * `PUT /pet`
 */
export declare function buildUpdatePetRequest(parameters: T.UpdatePetParameters | undefined, body: T.UpdatePetRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Add a new pet to the store
 *
 * `POST /pet`
 */
export declare function buildAddPetRequest(parameters: T.AddPetParameters | undefined, body: T.AddPetRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Finds Pets by status
 *
 * `GET /pet/findByStatus`
 */
export declare function buildFindPetsByStatusRequest(parameters: T.FindPetsByStatusParameters, options?: BuildOptions): BuiltRequest;
/**
 * Finds Pets by tags
 *
 * `GET /pet/findByTags`
 *
 * @deprecated
 */
export declare function buildFindPetsByTagsRequest(parameters: T.FindPetsByTagsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Find pet by ID
 *
 * `GET /pet/{petId}`
 */
export declare function buildGetPetByIdRequest(parameters: T.GetPetByIdParameters, options?: BuildOptions): BuiltRequest;
/**
 * Updates a pet in the store with form data
 *
 * `POST /pet/{petId}`
 */
export declare function buildUpdatePetWithFormRequest(parameters: T.UpdatePetWithFormParameters, body?: T.UpdatePetWithFormRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Deletes a pet
 *
 * `DELETE /pet/{petId}`
 */
export declare function buildDeletePetRequest(parameters: T.DeletePetParameters, options?: BuildOptions): BuiltRequest;
/**
 * Uploads an image
 *
 * `POST /pet/{petId}/uploadImage`
 */
export declare function buildUploadFileRequest(parameters: T.UploadFileParameters, body?: T.UploadFileRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Returns pet inventories by status
 *
 * `GET /store/inventory`
 */
export declare function buildGetInventoryRequest(parameters?: T.GetInventoryParameters, options?: BuildOptions): BuiltRequest;
/**
 * Place an order for a pet
 *
 * `POST /store/order`
 */
export declare function buildPlaceOrderRequest(parameters: T.PlaceOrderParameters | undefined, body: T.PlaceOrderRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Find purchase order by ID
 *
 * `GET /store/order/{orderId}`
 */
export declare function buildGetOrderByIdRequest(parameters: T.GetOrderByIdParameters, options?: BuildOptions): BuiltRequest;
/**
 * Delete purchase order by ID
 *
 * `DELETE /store/order/{orderId}`
 */
export declare function buildDeleteOrderRequest(parameters: T.DeleteOrderParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create user
 *
 * `POST /user`
 */
export declare function buildCreateUserRequest(parameters: T.CreateUserParameters | undefined, body: T.CreateUserRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Creates list of users with given input array
 *
 * `POST /user/createWithArray`
 */
export declare function buildCreateUsersWithArrayInputRequest(parameters: T.CreateUsersWithArrayInputParameters | undefined, body: T.CreateUsersWithArrayInputRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Creates list of users with given input array
 *
 * `POST /user/createWithList`
 */
export declare function buildCreateUsersWithListInputRequest(parameters: T.CreateUsersWithListInputParameters | undefined, body: T.CreateUsersWithListInputRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Logs user into the system
 *
 * `GET /user/login`
 */
export declare function buildLoginUserRequest(parameters: T.LoginUserParameters, options?: BuildOptions): BuiltRequest;
/**
 * Logs out current logged in user session
 *
 * `GET /user/logout`
 */
export declare function buildLogoutUserRequest(parameters?: T.LogoutUserParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get user by user name
 *
 * `GET /user/{username}`
 */
export declare function buildGetUserByNameRequest(parameters: T.GetUserByNameParameters, options?: BuildOptions): BuiltRequest;
/**
 * Updated user
 *
 * `PUT /user/{username}`
 */
export declare function buildUpdateUserRequest(parameters: T.UpdateUserParameters, body: T.UpdateUserRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Delete user
 *
 * `DELETE /user/{username}`
 */
export declare function buildDeleteUserRequest(parameters: T.DeleteUserParameters, options?: BuildOptions): BuiltRequest;
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
         * Update an existing pet
         *
         * `PUT /pet`
         */
        readonly put: {
            (body: T.UpdatePetRequestBody, options?: RequestOptions): Promise<T.UpdatePetResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.updatePet;
        };
        /**
         * Add a new pet to the store
         *
         * `POST /pet`
         */
        readonly post: {
            (body: T.AddPetRequestBody, options?: RequestOptions): Promise<T.AddPetResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.addPet;
        };
        /**
         * `/pet/findByStatus`
         */
        readonly findByStatus: {
            /**
             * Finds Pets by status
             *
             * `GET /pet/findByStatus`
             */
            readonly get: {
                (options: RequestOptions & Pick<T.FindPetsByStatusParameters, 'query'>): Promise<T.FindPetsByStatusResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.findPetsByStatus;
            };
        };
        /**
         * `/pet/findByTags`
         */
        readonly findByTags: {
            /**
             * Finds Pets by tags
             *
             * `GET /pet/findByTags`
             *
             * @deprecated
             */
            readonly get: {
                (options: RequestOptions & Pick<T.FindPetsByTagsParameters, 'query'>): Promise<T.FindPetsByTagsResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.findPetsByTags;
            };
        };
        /**
         * `/pet/{petId}`
         */
        byPetId(petId: number): {
            /**
             * Find pet by ID
             *
             * `GET /pet/{petId}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetPetByIdResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getPetById;
            };
            /**
             * Updates a pet in the store with form data
             *
             * `POST /pet/{petId}`
             */
            readonly post: {
                (body?: T.UpdatePetWithFormRequestBody, options?: RequestOptions): Promise<T.UpdatePetWithFormResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updatePetWithForm;
            };
            /**
             * Deletes a pet
             *
             * `DELETE /pet/{petId}`
             */
            readonly delete: {
                (options?: RequestOptions & Pick<T.DeletePetParameters, 'header'>): Promise<T.DeletePetResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deletePet;
            };
            /**
             * `/pet/{petId}/uploadImage`
             */
            readonly uploadImage: {
                /**
                 * Uploads an image
                 *
                 * `POST /pet/{petId}/uploadImage`
                 */
                readonly post: {
                    (body?: T.UploadFileRequestBody, options?: RequestOptions): Promise<T.UploadFileResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.uploadFile;
                };
            };
        };
    };
    /**
     * `/store`
     */
    readonly store: {
        /**
         * `/store/inventory`
         */
        readonly inventory: {
            /**
             * Returns pet inventories by status
             *
             * `GET /store/inventory`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetInventoryResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getInventory;
            };
        };
        /**
         * `/store/order`
         */
        readonly order: {
            /**
             * Place an order for a pet
             *
             * `POST /store/order`
             */
            readonly post: {
                (body: T.PlaceOrderRequestBody, options?: RequestOptions): Promise<T.PlaceOrderResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.placeOrder;
            };
            /**
             * `/store/order/{orderId}`
             */
            byOrderId(orderId: number): {
                /**
                 * Find purchase order by ID
                 *
                 * `GET /store/order/{orderId}`
                 */
                readonly get: {
                    (options?: RequestOptions): Promise<T.GetOrderByIdResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.getOrderById;
                };
                /**
                 * Delete purchase order by ID
                 *
                 * `DELETE /store/order/{orderId}`
                 */
                readonly delete: {
                    (options?: RequestOptions): Promise<T.DeleteOrderResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.deleteOrder;
                };
            };
        };
    };
    /**
     * `/user`
     */
    readonly user: {
        /**
         * Create user
         *
         * `POST /user`
         */
        readonly post: {
            (body: T.CreateUserRequestBody, options?: RequestOptions): Promise<T.CreateUserResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.createUser;
        };
        /**
         * `/user/createWithArray`
         */
        readonly createWithArray: {
            /**
             * Creates list of users with given input array
             *
             * `POST /user/createWithArray`
             */
            readonly post: {
                (body: T.CreateUsersWithArrayInputRequestBody, options?: RequestOptions): Promise<T.CreateUsersWithArrayInputResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.createUsersWithArrayInput;
            };
        };
        /**
         * `/user/createWithList`
         */
        readonly createWithList: {
            /**
             * Creates list of users with given input array
             *
             * `POST /user/createWithList`
             */
            readonly post: {
                (body: T.CreateUsersWithListInputRequestBody, options?: RequestOptions): Promise<T.CreateUsersWithListInputResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.createUsersWithListInput;
            };
        };
        /**
         * `/user/login`
         */
        readonly login: {
            /**
             * Logs user into the system
             *
             * `GET /user/login`
             */
            readonly get: {
                (options: RequestOptions & Pick<T.LoginUserParameters, 'query'>): Promise<T.LoginUserResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.loginUser;
            };
        };
        /**
         * `/user/logout`
         */
        readonly logout: {
            /**
             * Logs out current logged in user session
             *
             * `GET /user/logout`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.LogoutUserResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.logoutUser;
            };
        };
        /**
         * `/user/{username}`
         */
        byUsername(username: string): {
            /**
             * Get user by user name
             *
             * `GET /user/{username}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetUserByNameResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getUserByName;
            };
            /**
             * Updated user
             *
             * `PUT /user/{username}`
             */
            readonly put: {
                (body: T.UpdateUserRequestBody, options?: RequestOptions): Promise<T.UpdateUserResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updateUser;
            };
            /**
             * Delete user
             *
             * `DELETE /user/{username}`
             */
            readonly delete: {
                (options?: RequestOptions): Promise<T.DeleteUserResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteUser;
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
     * API key: one value for every apiKey scheme, or one per scheme by its name in the spec (`api_key`).
     */
    readonly apiKey?: Secret | {
        /**
         * Security scheme `api_key`: the `api_key` header.
         */
        readonly api_key?: Secret | undefined;
    } | undefined;
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
