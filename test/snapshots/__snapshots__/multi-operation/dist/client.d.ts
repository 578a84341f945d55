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
  | T.ListTeamsError
  | T.ListMembersError
  | T.AddMemberError
  | T.GetMemberError
  | T.ReplaceMemberError
  | T.RemoveMemberError
  | T.GetTeamNotesError
  | T.AppendTeamNoteError
  | T.SetTeamPhotoError;

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
 * List teams (anonymous)
 *
 * `GET /teams`
 */
export declare function buildListTeamsRequest(parameters?: T.ListTeamsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildListTeamsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readListTeamsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ListTeamsResponse, T.ListTeamsError>>;

/**
 * List the members of a team
 *
 * `GET /teams/{teamId}/members`
 */
export declare function buildListMembersRequest(parameters: T.ListMembersParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildListMembersRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readListMembersResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ListMembersResponse, T.ListMembersError>>;

/**
 * Add a member
 *
 * `POST /teams/{teamId}/members`
 */
export declare function buildAddMemberRequest(parameters: T.AddMemberParameters, body: T.AddMemberRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildAddMemberRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readAddMemberResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.AddMemberResponse, T.AddMemberError>>;

/**
 * Get a member
 *
 * `GET /teams/{teamId}/members/{memberId}`
 */
export declare function buildGetMemberRequest(parameters: T.GetMemberParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMemberRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMemberResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMemberResponse, T.GetMemberError>>;

/**
 * Replace a member
 *
 * `PUT /teams/{teamId}/members/{memberId}`
 */
export declare function buildReplaceMemberRequest(parameters: T.ReplaceMemberParameters, body: T.ReplaceMemberRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildReplaceMemberRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readReplaceMemberResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.ReplaceMemberResponse, T.ReplaceMemberError>>;

/**
 * Remove a member
 *
 * `DELETE /teams/{teamId}/members/{memberId}`
 *
 * @deprecated
 */
export declare function buildRemoveMemberRequest(parameters: T.RemoveMemberParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildRemoveMemberRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readRemoveMemberResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.RemoveMemberResponse, T.RemoveMemberError>>;

/**
 * The team's notes, as text
 *
 * `GET /teams/{teamId}/notes`
 */
export declare function buildGetTeamNotesRequest(parameters: T.GetTeamNotesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTeamNotesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTeamNotesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTeamNotesResponse, T.GetTeamNotesError>>;

/**
 * Append a note (form)
 *
 * `POST /teams/{teamId}/notes`
 */
export declare function buildAppendTeamNoteRequest(parameters: T.AppendTeamNoteParameters, body?: T.AppendTeamNoteRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildAppendTeamNoteRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readAppendTeamNoteResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.AppendTeamNoteResponse, T.AppendTeamNoteError>>;

/**
 * Upload the team's photo
 *
 * `PUT /teams/{teamId}/photo`
 */
export declare function buildSetTeamPhotoRequest(parameters: T.SetTeamPhotoParameters, body: T.SetTeamPhotoRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildSetTeamPhotoRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readSetTeamPhotoResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.SetTeamPhotoResponse, T.SetTeamPhotoError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/teams`
   */
  readonly teams: {
    /**
     * List teams (anonymous)
     *
     * `GET /teams`
     */
    readonly get: {
      (
        options?: RequestOptions & Pick<T.ListTeamsParameters, 'query'>
      ): Promise<T.ListTeamsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.listTeams;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options?: RequestOptions & Pick<T.ListTeamsParameters, 'query'>
      ): Promise<ApiResult<T.ListTeamsResponse, T.ListTeamsError>>;
    };
    /**
     * `/teams/{teamId}`
     */
    byTeamId(teamId: string): {
      /**
       * `/teams/{teamId}/members`
       */
      readonly members: {
        /**
         * List the members of a team
         *
         * `GET /teams/{teamId}/members`
         */
        readonly get: {
          (
            options: RequestOptions & Pick<T.ListMembersParameters, 'header' | 'cookie'>
          ): Promise<T.ListMembersResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.listMembers;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options: RequestOptions & Pick<T.ListMembersParameters, 'header' | 'cookie'>
          ): Promise<ApiResult<T.ListMembersResponse, T.ListMembersError>>;
        };
        /**
         * Add a member
         *
         * `POST /teams/{teamId}/members`
         */
        readonly post: {
          (body: T.AddMemberRequestBody, options?: RequestOptions): Promise<T.AddMemberResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.addMember;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.AddMemberRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.AddMemberResponse, T.AddMemberError>>;
        };
        /**
         * `/teams/{teamId}/members/{memberId}`
         */
        byMemberId(memberId: string): {
          /**
           * Get a member
           *
           * `GET /teams/{teamId}/members/{memberId}`
           */
          readonly get: {
            (
              options?: RequestOptions & Pick<T.GetMemberParameters, 'query'>
            ): Promise<T.GetMemberResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getMember;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions & Pick<T.GetMemberParameters, 'query'>
            ): Promise<ApiResult<T.GetMemberResponse, T.GetMemberError>>;
          };
          /**
           * Replace a member
           *
           * `PUT /teams/{teamId}/members/{memberId}`
           */
          readonly put: {
            (
              body: T.ReplaceMemberRequestBody,
              options?: RequestOptions,
            ): Promise<T.ReplaceMemberResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.replaceMember;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              body: T.ReplaceMemberRequestBody,
              options?: RequestOptions,
            ): Promise<ApiResult<T.ReplaceMemberResponse, T.ReplaceMemberError>>;
          };
          /**
           * Remove a member
           *
           * `DELETE /teams/{teamId}/members/{memberId}`
           *
           * @deprecated
           */
          readonly delete: {
            (options?: RequestOptions): Promise<T.RemoveMemberResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.removeMember;
            /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
            safe(
              options?: RequestOptions
            ): Promise<ApiResult<T.RemoveMemberResponse, T.RemoveMemberError>>;
          };
        };
      };
      /**
       * `/teams/{teamId}/notes`
       */
      readonly notes: {
        /**
         * The team's notes, as text
         *
         * `GET /teams/{teamId}/notes`
         */
        readonly get: {
          (options?: RequestOptions): Promise<T.GetTeamNotesResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.getTeamNotes;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            options?: RequestOptions
          ): Promise<ApiResult<T.GetTeamNotesResponse, T.GetTeamNotesError>>;
        };
        /**
         * Append a note (form)
         *
         * `POST /teams/{teamId}/notes`
         */
        readonly post: {
          (
            body?: T.AppendTeamNoteRequestBody,
            options?: RequestOptions,
          ): Promise<T.AppendTeamNoteResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.appendTeamNote;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body?: T.AppendTeamNoteRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.AppendTeamNoteResponse, T.AppendTeamNoteError>>;
        };
      };
      /**
       * `/teams/{teamId}/photo`
       */
      readonly photo: {
        /**
         * Upload the team's photo
         *
         * `PUT /teams/{teamId}/photo`
         */
        readonly put: {
          (
            body: T.SetTeamPhotoRequestBody,
            options?: RequestOptions,
          ): Promise<T.SetTeamPhotoResponse>;
          /** Who may call this operation. */
          readonly permissions: typeof permissions.setTeamPhoto;
          /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
          safe(
            body: T.SetTeamPhotoRequestBody,
            options?: RequestOptions,
          ): Promise<ApiResult<T.SetTeamPhotoResponse, T.SetTeamPhotoError>>;
        };
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
