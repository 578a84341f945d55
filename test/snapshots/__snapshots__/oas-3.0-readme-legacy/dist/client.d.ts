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
 * Get metadata about the current project
 *
 * `GET /`
 */
export declare function buildGetProjectRequest(parameters?: T.GetProjectParameters, options?: BuildOptions): BuiltRequest;
/**
 * Retrieve an entry from the API Registry
 *
 * `GET /api-registry/{uuid}`
 */
export declare function buildGetAPIRegistryRequest(parameters: T.GetAPIRegistryParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get metadata
 *
 * `GET /api-specification`
 */
export declare function buildGetAPISpecificationRequest(parameters?: T.GetAPISpecificationParameters, options?: BuildOptions): BuiltRequest;
/**
 * Upload specification
 *
 * `POST /api-specification`
 */
export declare function buildUploadAPISpecificationRequest(parameters: T.UploadAPISpecificationParameters | undefined, body: T.UploadAPISpecificationRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Update specification
 *
 * `PUT /api-specification/{id}`
 */
export declare function buildUpdateAPISpecificationRequest(parameters: T.UpdateAPISpecificationParameters, body: T.UpdateAPISpecificationRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Delete specification
 *
 * `DELETE /api-specification/{id}`
 */
export declare function buildDeleteAPISpecificationRequest(parameters: T.DeleteAPISpecificationParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get all categories
 *
 * `GET /categories`
 */
export declare function buildGetCategoriesRequest(parameters?: T.GetCategoriesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create category
 *
 * `POST /categories`
 */
export declare function buildCreateCategoryRequest(parameters: T.CreateCategoryParameters | undefined, body: T.CreateCategoryRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get category
 *
 * `GET /categories/{slug}`
 */
export declare function buildGetCategoryRequest(parameters: T.GetCategoryParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update category
 *
 * `PUT /categories/{slug}`
 */
export declare function buildUpdateCategoryRequest(parameters: T.UpdateCategoryParameters, body: T.UpdateCategoryRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Delete category
 *
 * `DELETE /categories/{slug}`
 */
export declare function buildDeleteCategoryRequest(parameters: T.DeleteCategoryParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get docs for category
 *
 * `GET /categories/{slug}/docs`
 */
export declare function buildGetCategoryDocsRequest(parameters: T.GetCategoryDocsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get changelogs
 *
 * `GET /changelogs`
 */
export declare function buildGetChangelogsRequest(parameters?: T.GetChangelogsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create changelog
 *
 * `POST /changelogs`
 */
export declare function buildCreateChangelogRequest(parameters: T.CreateChangelogParameters | undefined, body: T.CreateChangelogRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get changelog
 *
 * `GET /changelogs/{slug}`
 */
export declare function buildGetChangelogRequest(parameters: T.GetChangelogParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update changelog
 *
 * `PUT /changelogs/{slug}`
 */
export declare function buildUpdateChangelogRequest(parameters: T.UpdateChangelogParameters, body: T.UpdateChangelogRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Delete changelog
 *
 * `DELETE /changelogs/{slug}`
 */
export declare function buildDeleteChangelogRequest(parameters: T.DeleteChangelogParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get custom pages
 *
 * `GET /custompages`
 */
export declare function buildGetCustomPagesRequest(parameters?: T.GetCustomPagesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create custom page
 *
 * `POST /custompages`
 */
export declare function buildCreateCustomPageRequest(parameters: T.CreateCustomPageParameters | undefined, body: T.CreateCustomPageRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get custom page
 *
 * `GET /custompages/{slug}`
 */
export declare function buildGetCustomPageRequest(parameters: T.GetCustomPageParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update custom page
 *
 * `PUT /custompages/{slug}`
 */
export declare function buildUpdateCustomPageRequest(parameters: T.UpdateCustomPageParameters, body: T.UpdateCustomPageRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Delete custom page
 *
 * `DELETE /custompages/{slug}`
 */
export declare function buildDeleteCustomPageRequest(parameters: T.DeleteCustomPageParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create doc
 *
 * `POST /docs`
 */
export declare function buildCreateDocRequest(parameters: T.CreateDocParameters | undefined, body: T.CreateDocRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Search docs
 *
 * `POST /docs/search`
 */
export declare function buildSearchDocsRequest(parameters: T.SearchDocsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get doc
 *
 * `GET /docs/{slug}`
 */
export declare function buildGetDocRequest(parameters: T.GetDocParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update doc
 *
 * `PUT /docs/{slug}`
 */
export declare function buildUpdateDocRequest(parameters: T.UpdateDocParameters, body: T.UpdateDocRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Delete doc
 *
 * `DELETE /docs/{slug}`
 */
export declare function buildDeleteDocRequest(parameters: T.DeleteDocParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get production doc
 *
 * `GET /docs/{slug}/production`
 */
export declare function buildGetProductionDocRequest(parameters: T.GetProductionDocParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get ReadMe’s outbound IP addresses
 *
 * `GET /outbound-ips`
 */
export declare function buildGetOutboundIPsRequest(parameters?: T.GetOutboundIPsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Ask Owlbot AI a question
 *
 * `POST /owlbot/ask`
 */
export declare function buildAskOwlbotRequest(parameters: T.AskOwlbotParameters | undefined, body: T.AskOwlbotRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get our OpenAPI Definition
 *
 * `GET /schema`
 */
export declare function buildGetAPISchemaRequest(parameters?: T.GetAPISchemaParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get versions
 *
 * `GET /version`
 */
export declare function buildGetVersionsRequest(parameters?: T.GetVersionsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create version
 *
 * `POST /version`
 */
export declare function buildCreateVersionRequest(parameters: T.CreateVersionParameters | undefined, body: T.CreateVersionRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get version
 *
 * `GET /version/{versionId}`
 */
export declare function buildGetVersionRequest(parameters: T.GetVersionParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update version
 *
 * `PUT /version/{versionId}`
 */
export declare function buildUpdateVersionRequest(parameters: T.UpdateVersionParameters, body: T.UpdateVersionRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Delete version
 *
 * `DELETE /version/{versionId}`
 */
export declare function buildDeleteVersionRequest(parameters: T.DeleteVersionParameters, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * Get metadata about the current project
     *
     * `GET /`
     */
    readonly get: {
        (options?: RequestOptions): Promise<T.GetProjectResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getProject;
    };
    /**
     * `/api-registry`
     */
    readonly apiRegistry: {
        /**
         * `/api-registry/{uuid}`
         */
        byUuid(uuid: string): {
            /**
             * Retrieve an entry from the API Registry
             *
             * `GET /api-registry/{uuid}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetAPIRegistryResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAPIRegistry;
            };
        };
    };
    /**
     * `/api-specification`
     */
    readonly apiSpecification: {
        /**
         * Get metadata
         *
         * `GET /api-specification`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.GetAPISpecificationParameters, 'query' | 'header'>): Promise<T.GetAPISpecificationResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getAPISpecification;
        };
        /**
         * Upload specification
         *
         * `POST /api-specification`
         */
        readonly post: {
            (body: T.UploadAPISpecificationRequestBody, options?: RequestOptions & Pick<T.UploadAPISpecificationParameters, 'header'>): Promise<T.UploadAPISpecificationResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.uploadAPISpecification;
        };
        /**
         * `/api-specification/{id}`
         */
        byId(id: string): {
            /**
             * Update specification
             *
             * `PUT /api-specification/{id}`
             */
            readonly put: {
                (body: T.UpdateAPISpecificationRequestBody, options?: RequestOptions): Promise<T.UpdateAPISpecificationResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updateAPISpecification;
            };
            /**
             * Delete specification
             *
             * `DELETE /api-specification/{id}`
             */
            readonly delete: {
                (options?: RequestOptions): Promise<T.DeleteAPISpecificationResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteAPISpecification;
            };
        };
    };
    /**
     * `/categories`
     */
    readonly categories: {
        /**
         * Get all categories
         *
         * `GET /categories`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.GetCategoriesParameters, 'query' | 'header'>): Promise<T.GetCategoriesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getCategories;
        };
        /**
         * Create category
         *
         * `POST /categories`
         */
        readonly post: {
            (body: T.CreateCategoryRequestBody, options?: RequestOptions & Pick<T.CreateCategoryParameters, 'header'>): Promise<T.CreateCategoryResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.createCategory;
        };
        /**
         * `/categories/{slug}`
         */
        bySlug(slug: string): {
            /**
             * Get category
             *
             * `GET /categories/{slug}`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetCategoryParameters, 'header'>): Promise<T.GetCategoryResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getCategory;
            };
            /**
             * Update category
             *
             * `PUT /categories/{slug}`
             */
            readonly put: {
                (body: T.UpdateCategoryRequestBody, options?: RequestOptions & Pick<T.UpdateCategoryParameters, 'header'>): Promise<T.UpdateCategoryResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updateCategory;
            };
            /**
             * Delete category
             *
             * `DELETE /categories/{slug}`
             */
            readonly delete: {
                (options?: RequestOptions & Pick<T.DeleteCategoryParameters, 'header'>): Promise<T.DeleteCategoryResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteCategory;
            };
            /**
             * `/categories/{slug}/docs`
             */
            readonly docs: {
                /**
                 * Get docs for category
                 *
                 * `GET /categories/{slug}/docs`
                 */
                readonly get: {
                    (options?: RequestOptions & Pick<T.GetCategoryDocsParameters, 'header'>): Promise<T.GetCategoryDocsResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.getCategoryDocs;
                };
            };
        };
    };
    /**
     * `/changelogs`
     */
    readonly changelogs: {
        /**
         * Get changelogs
         *
         * `GET /changelogs`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.GetChangelogsParameters, 'query'>): Promise<T.GetChangelogsResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getChangelogs;
        };
        /**
         * Create changelog
         *
         * `POST /changelogs`
         */
        readonly post: {
            (body: T.CreateChangelogRequestBody, options?: RequestOptions): Promise<T.CreateChangelogResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.createChangelog;
        };
        /**
         * `/changelogs/{slug}`
         */
        bySlug(slug: string): {
            /**
             * Get changelog
             *
             * `GET /changelogs/{slug}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetChangelogResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getChangelog;
            };
            /**
             * Update changelog
             *
             * `PUT /changelogs/{slug}`
             */
            readonly put: {
                (body: T.UpdateChangelogRequestBody, options?: RequestOptions): Promise<T.UpdateChangelogResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updateChangelog;
            };
            /**
             * Delete changelog
             *
             * `DELETE /changelogs/{slug}`
             */
            readonly delete: {
                (options?: RequestOptions): Promise<T.DeleteChangelogResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteChangelog;
            };
        };
    };
    /**
     * `/custompages`
     */
    readonly custompages: {
        /**
         * Get custom pages
         *
         * `GET /custompages`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.GetCustomPagesParameters, 'query'>): Promise<T.GetCustomPagesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getCustomPages;
        };
        /**
         * Create custom page
         *
         * `POST /custompages`
         */
        readonly post: {
            (body: T.CreateCustomPageRequestBody, options?: RequestOptions): Promise<T.CreateCustomPageResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.createCustomPage;
        };
        /**
         * `/custompages/{slug}`
         */
        bySlug(slug: string): {
            /**
             * Get custom page
             *
             * `GET /custompages/{slug}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetCustomPageResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getCustomPage;
            };
            /**
             * Update custom page
             *
             * `PUT /custompages/{slug}`
             */
            readonly put: {
                (body: T.UpdateCustomPageRequestBody, options?: RequestOptions): Promise<T.UpdateCustomPageResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updateCustomPage;
            };
            /**
             * Delete custom page
             *
             * `DELETE /custompages/{slug}`
             */
            readonly delete: {
                (options?: RequestOptions): Promise<T.DeleteCustomPageResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteCustomPage;
            };
        };
    };
    /**
     * `/docs`
     */
    readonly docs: {
        /**
         * Create doc
         *
         * `POST /docs`
         */
        readonly post: {
            (body: T.CreateDocRequestBody, options?: RequestOptions & Pick<T.CreateDocParameters, 'header'>): Promise<T.CreateDocResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.createDoc;
        };
        /**
         * `/docs/search`
         */
        readonly search: {
            /**
             * Search docs
             *
             * `POST /docs/search`
             */
            readonly post: {
                (options: RequestOptions & Pick<T.SearchDocsParameters, 'query' | 'header'>): Promise<T.SearchDocsResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.searchDocs;
            };
        };
        /**
         * `/docs/{slug}`
         */
        bySlug(slug: string): {
            /**
             * Get doc
             *
             * `GET /docs/{slug}`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetDocParameters, 'header'>): Promise<T.GetDocResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getDoc;
            };
            /**
             * Update doc
             *
             * `PUT /docs/{slug}`
             */
            readonly put: {
                (body: T.UpdateDocRequestBody, options?: RequestOptions & Pick<T.UpdateDocParameters, 'header'>): Promise<T.UpdateDocResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updateDoc;
            };
            /**
             * Delete doc
             *
             * `DELETE /docs/{slug}`
             */
            readonly delete: {
                (options?: RequestOptions & Pick<T.DeleteDocParameters, 'header'>): Promise<T.DeleteDocResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteDoc;
            };
            /**
             * `/docs/{slug}/production`
             */
            readonly production: {
                /**
                 * Get production doc
                 *
                 * `GET /docs/{slug}/production`
                 */
                readonly get: {
                    (options?: RequestOptions & Pick<T.GetProductionDocParameters, 'header'>): Promise<T.GetProductionDocResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.getProductionDoc;
                };
            };
        };
    };
    /**
     * `/outbound-ips`
     */
    readonly outboundIps: {
        /**
         * Get ReadMe’s outbound IP addresses
         *
         * `GET /outbound-ips`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetOutboundIPsResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getOutboundIPs;
        };
    };
    /**
     * `/owlbot`
     */
    readonly owlbot: {
        /**
         * `/owlbot/ask`
         */
        readonly ask: {
            /**
             * Ask Owlbot AI a question
             *
             * `POST /owlbot/ask`
             */
            readonly post: {
                (body: T.AskOwlbotRequestBody, options?: RequestOptions): Promise<T.AskOwlbotResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.askOwlbot;
            };
        };
    };
    /**
     * `/schema`
     */
    readonly schema: {
        /**
         * Get our OpenAPI Definition
         *
         * `GET /schema`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetAPISchemaResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getAPISchema;
        };
    };
    /**
     * `/version`
     */
    readonly version: {
        /**
         * Get versions
         *
         * `GET /version`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetVersionsResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getVersions;
        };
        /**
         * Create version
         *
         * `POST /version`
         */
        readonly post: {
            (body: T.CreateVersionRequestBody, options?: RequestOptions): Promise<T.CreateVersionResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.createVersion;
        };
        /**
         * `/version/{versionId}`
         */
        byVersionId(versionId: string): {
            /**
             * Get version
             *
             * `GET /version/{versionId}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetVersionResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getVersion;
            };
            /**
             * Update version
             *
             * `PUT /version/{versionId}`
             */
            readonly put: {
                (body: T.UpdateVersionRequestBody, options?: RequestOptions): Promise<T.UpdateVersionResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updateVersion;
            };
            /**
             * Delete version
             *
             * `DELETE /version/{versionId}`
             */
            readonly delete: {
                (options?: RequestOptions): Promise<T.DeleteVersionResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteVersion;
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
