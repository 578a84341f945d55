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
 * List teams (anonymous)
 *
 * `GET /teams`
 */
export declare function buildListTeamsRequest(parameters?: T.ListTeamsParameters, options?: BuildOptions): BuiltRequest;
/**
 * List the members of a team
 *
 * `GET /teams/{teamId}/members`
 */
export declare function buildListMembersRequest(parameters: T.ListMembersParameters, options?: BuildOptions): BuiltRequest;
/**
 * Add a member
 *
 * `POST /teams/{teamId}/members`
 */
export declare function buildAddMemberRequest(parameters: T.AddMemberParameters, body: T.AddMemberRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get a member
 *
 * `GET /teams/{teamId}/members/{memberId}`
 */
export declare function buildGetMemberRequest(parameters: T.GetMemberParameters, options?: BuildOptions): BuiltRequest;
/**
 * Replace a member
 *
 * `PUT /teams/{teamId}/members/{memberId}`
 */
export declare function buildReplaceMemberRequest(parameters: T.ReplaceMemberParameters, body: T.ReplaceMemberRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Remove a member
 *
 * `DELETE /teams/{teamId}/members/{memberId}`
 *
 * @deprecated
 */
export declare function buildRemoveMemberRequest(parameters: T.RemoveMemberParameters, options?: BuildOptions): BuiltRequest;
/**
 * The team's notes, as text
 *
 * `GET /teams/{teamId}/notes`
 */
export declare function buildGetTeamNotesRequest(parameters: T.GetTeamNotesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Append a note (form)
 *
 * `POST /teams/{teamId}/notes`
 */
export declare function buildAppendTeamNoteRequest(parameters: T.AppendTeamNoteParameters, body?: T.AppendTeamNoteRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Upload the team's photo
 *
 * `PUT /teams/{teamId}/photo`
 */
export declare function buildSetTeamPhotoRequest(parameters: T.SetTeamPhotoParameters, body: T.SetTeamPhotoRequestBody, options?: BuildOptions): BuiltRequest;
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
            (options?: RequestOptions & Pick<T.ListTeamsParameters, 'query'>): Promise<T.ListTeamsResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.listTeams;
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
                    (options: RequestOptions & Pick<T.ListMembersParameters, 'header' | 'cookie'>): Promise<T.ListMembersResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.listMembers;
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
                        (options?: RequestOptions & Pick<T.GetMemberParameters, 'query'>): Promise<T.GetMemberResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getMember;
                    };
                    /**
                     * Replace a member
                     *
                     * `PUT /teams/{teamId}/members/{memberId}`
                     */
                    readonly put: {
                        (body: T.ReplaceMemberRequestBody, options?: RequestOptions): Promise<T.ReplaceMemberResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.replaceMember;
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
                };
                /**
                 * Append a note (form)
                 *
                 * `POST /teams/{teamId}/notes`
                 */
                readonly post: {
                    (body?: T.AppendTeamNoteRequestBody, options?: RequestOptions): Promise<T.AppendTeamNoteResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.appendTeamNote;
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
                    (body: T.SetTeamPhotoRequestBody, options?: RequestOptions): Promise<T.SetTeamPhotoResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.setTeamPhoto;
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
