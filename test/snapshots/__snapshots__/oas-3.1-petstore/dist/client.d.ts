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
  | T.UpdatePetError
  | T.AddPetError
  | T.FindPetsByStatusError
  | T.FindPetsByTagsError
  | T.GetPetByIdError
  | T.UpdatePetWithFormError
  | T.DeletePetError
  | T.UploadFileError
  | T.GetInventoryError
  | T.PlaceOrderError
  | T.GetOrderByIdError
  | T.DeleteOrderError
  | T.CreateUserError
  | T.CreateUsersWithArrayInputError
  | T.CreateUsersWithListInputError
  | T.LoginUserError
  | T.LogoutUserError
  | T.GetUserByNameError
  | T.UpdateUserError
  | T.DeleteUserError;

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
 * Update an existing pet
 *
 * `PUT /pet`
 */
export declare function buildUpdatePetRequest(parameters: (T.UpdatePetParameters | undefined) | undefined, body: T.UpdatePetRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdatePetRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdatePetResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdatePetResponse, T.UpdatePetError>>;

/**
 * Add a new pet to the store
 *
 * `POST /pet`
 */
export declare function buildAddPetRequest(parameters: (T.AddPetParameters | undefined) | undefined, body: T.AddPetRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildAddPetRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readAddPetResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.AddPetResponse, T.AddPetError>>;

/**
 * Finds Pets by status
 *
 * `GET /pet/findByStatus`
 */
export declare function buildFindPetsByStatusRequest(parameters: T.FindPetsByStatusParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFindPetsByStatusRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFindPetsByStatusResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FindPetsByStatusResponse, T.FindPetsByStatusError>>;

/**
 * Finds Pets by tags
 *
 * `GET /pet/findByTags`
 *
 * @deprecated
 */
export declare function buildFindPetsByTagsRequest(parameters: T.FindPetsByTagsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildFindPetsByTagsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readFindPetsByTagsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.FindPetsByTagsResponse, T.FindPetsByTagsError>>;

/**
 * Find pet by ID
 *
 * `GET /pet/{petId}`
 */
export declare function buildGetPetByIdRequest(parameters: T.GetPetByIdParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetPetByIdRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetPetByIdResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetPetByIdResponse, T.GetPetByIdError>>;

/**
 * Updates a pet in the store with form data
 *
 * `POST /pet/{petId}`
 */
export declare function buildUpdatePetWithFormRequest(parameters: T.UpdatePetWithFormParameters, body?: T.UpdatePetWithFormRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdatePetWithFormRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdatePetWithFormResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdatePetWithFormResponse, T.UpdatePetWithFormError>>;

/**
 * Deletes a pet
 *
 * `DELETE /pet/{petId}`
 */
export declare function buildDeletePetRequest(parameters: T.DeletePetParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeletePetRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeletePetResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeletePetResponse, T.DeletePetError>>;

/**
 * uploads an image
 *
 * `POST /pet/{petId}/uploadImage`
 */
export declare function buildUploadFileRequest(parameters: T.UploadFileParameters, body?: T.UploadFileRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUploadFileRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUploadFileResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UploadFileResponse, T.UploadFileError>>;

/**
 * Returns pet inventories by status
 *
 * `GET /store/inventory`
 */
export declare function buildGetInventoryRequest(parameters?: T.GetInventoryParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetInventoryRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetInventoryResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetInventoryResponse, T.GetInventoryError>>;

/**
 * Place an order for a pet
 *
 * `POST /store/order`
 */
export declare function buildPlaceOrderRequest(parameters: (T.PlaceOrderParameters | undefined) | undefined, body: T.PlaceOrderRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPlaceOrderRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPlaceOrderResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PlaceOrderResponse, T.PlaceOrderError>>;

/**
 * Find purchase order by ID
 *
 * `GET /store/order/{orderId}`
 */
export declare function buildGetOrderByIdRequest(parameters: T.GetOrderByIdParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetOrderByIdRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetOrderByIdResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetOrderByIdResponse, T.GetOrderByIdError>>;

/**
 * Delete purchase order by ID
 *
 * `DELETE /store/order/{orderId}`
 */
export declare function buildDeleteOrderRequest(parameters: T.DeleteOrderParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteOrderRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteOrderResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteOrderResponse, T.DeleteOrderError>>;

/**
 * Create user
 *
 * `POST /user`
 */
export declare function buildCreateUserRequest(parameters: (T.CreateUserParameters | undefined) | undefined, body: T.CreateUserRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateUserRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateUserResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateUserResponse, T.CreateUserError>>;

/**
 * Creates list of users with given input array
 *
 * `POST /user/createWithArray`
 */
export declare function buildCreateUsersWithArrayInputRequest(parameters: (T.CreateUsersWithArrayInputParameters | undefined) | undefined, body: T.CreateUsersWithArrayInputRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateUsersWithArrayInputRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateUsersWithArrayInputResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateUsersWithArrayInputResponse, T.CreateUsersWithArrayInputError>>;

/**
 * Creates list of users with given input array
 *
 * `POST /user/createWithList`
 */
export declare function buildCreateUsersWithListInputRequest(parameters: (T.CreateUsersWithListInputParameters | undefined) | undefined, body: T.CreateUsersWithListInputRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildCreateUsersWithListInputRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readCreateUsersWithListInputResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.CreateUsersWithListInputResponse, T.CreateUsersWithListInputError>>;

/**
 * Logs user into the system
 *
 * `GET /user/login`
 */
export declare function buildLoginUserRequest(parameters: T.LoginUserParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildLoginUserRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readLoginUserResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.LoginUserResponse, T.LoginUserError>>;

/**
 * Logs out current logged in user session
 *
 * `GET /user/logout`
 */
export declare function buildLogoutUserRequest(parameters?: T.LogoutUserParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildLogoutUserRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readLogoutUserResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.LogoutUserResponse, T.LogoutUserError>>;

/**
 * Get user by user name
 *
 * `GET /user/{username}`
 */
export declare function buildGetUserByNameRequest(parameters: T.GetUserByNameParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetUserByNameRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetUserByNameResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetUserByNameResponse, T.GetUserByNameError>>;

/**
 * Updated user
 *
 * `PUT /user/{username}`
 */
export declare function buildUpdateUserRequest(parameters: T.UpdateUserParameters, body: T.UpdateUserRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildUpdateUserRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readUpdateUserResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.UpdateUserResponse, T.UpdateUserError>>;

/**
 * Delete user
 *
 * `DELETE /user/{username}`
 */
export declare function buildDeleteUserRequest(parameters: T.DeleteUserParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildDeleteUserRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readDeleteUserResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.DeleteUserResponse, T.DeleteUserError>>;

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
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.UpdatePetRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.UpdatePetResponse, T.UpdatePetError>>;
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
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.AddPetRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.AddPetResponse, T.AddPetError>>;
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
        (
          options: RequestOptions & Pick<T.FindPetsByStatusParameters, 'query'>
        ): Promise<T.FindPetsByStatusResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.findPetsByStatus;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options: RequestOptions & Pick<T.FindPetsByStatusParameters, 'query'>
        ): Promise<ApiResult<T.FindPetsByStatusResponse, T.FindPetsByStatusError>>;
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
        (
          options: RequestOptions & Pick<T.FindPetsByTagsParameters, 'query'>
        ): Promise<T.FindPetsByTagsResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.findPetsByTags;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options: RequestOptions & Pick<T.FindPetsByTagsParameters, 'query'>
        ): Promise<ApiResult<T.FindPetsByTagsResponse, T.FindPetsByTagsError>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.GetPetByIdResponse, T.GetPetByIdError>>;
      };
      /**
       * Updates a pet in the store with form data
       *
       * `POST /pet/{petId}`
       */
      readonly post: {
        (
          body?: T.UpdatePetWithFormRequestBody,
          options?: RequestOptions,
        ): Promise<T.UpdatePetWithFormResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.updatePetWithForm;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.UpdatePetWithFormRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.UpdatePetWithFormResponse, T.UpdatePetWithFormError>>;
      };
      /**
       * Deletes a pet
       *
       * `DELETE /pet/{petId}`
       */
      readonly delete: {
        (
          options?: RequestOptions & Pick<T.DeletePetParameters, 'header'>
        ): Promise<T.DeletePetResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.deletePet;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.DeletePetParameters, 'header'>
        ): Promise<ApiResult<T.DeletePetResponse, T.DeletePetError>>;
      };
      /**
       * `/pet/{petId}/uploadImage`
       */
      readonly uploadImage: {
        /**
         * uploads an image
         *
         * `POST /pet/{petId}/uploadImage`
         */
        readonly post: {
          (body?: T.UploadFileRequestBody, options?: RequestOptions): Promise<T.UploadFileResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.uploadFile;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.UploadFileRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.UploadFileResponse, T.UploadFileError>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetInventoryResponse, T.GetInventoryError>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.PlaceOrderRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.PlaceOrderResponse, T.PlaceOrderError>>;
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
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions
          ): Promise<ApiResult<T.GetOrderByIdResponse, T.GetOrderByIdError>>;
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
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions
          ): Promise<ApiResult<T.DeleteOrderResponse, T.DeleteOrderError>>;
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
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        body: T.CreateUserRequestBody,
        options?: RequestOptions,
      ): Promise<ApiResult<T.CreateUserResponse, T.CreateUserError>>;
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
        (
          body: T.CreateUsersWithArrayInputRequestBody,
          options?: RequestOptions,
        ): Promise<T.CreateUsersWithArrayInputResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.createUsersWithArrayInput;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.CreateUsersWithArrayInputRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.CreateUsersWithArrayInputResponse, T.CreateUsersWithArrayInputError>>;
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
        (
          body: T.CreateUsersWithListInputRequestBody,
          options?: RequestOptions,
        ): Promise<T.CreateUsersWithListInputResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.createUsersWithListInput;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.CreateUsersWithListInputRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.CreateUsersWithListInputResponse, T.CreateUsersWithListInputError>>;
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
        (
          options: RequestOptions & Pick<T.LoginUserParameters, 'query'>
        ): Promise<T.LoginUserResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.loginUser;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options: RequestOptions & Pick<T.LoginUserParameters, 'query'>
        ): Promise<ApiResult<T.LoginUserResponse, T.LoginUserError>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.LogoutUserResponse, T.LogoutUserError>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions
        ): Promise<ApiResult<T.GetUserByNameResponse, T.GetUserByNameError>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body: T.UpdateUserRequestBody,
          options?: RequestOptions,
        ): Promise<ApiResult<T.UpdateUserResponse, T.UpdateUserError>>;
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
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(options?: RequestOptions): Promise<ApiResult<T.DeleteUserResponse, T.DeleteUserError>>;
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
