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
 * Get open roles
 *
 * `GET /apply`
 */
export declare function buildGetOpenRolesRequest(parameters?: T.GetOpenRolesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Submit your application!
 *
 * `POST /apply`
 */
export declare function buildApplyToReadMeRequest(parameters: T.ApplyToReadMeParameters | undefined, body: T.ApplyToReadMeRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get branches
 *
 * `GET /branches`
 */
export declare function buildGetBranchesRequest(parameters?: T.GetBranchesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create a branch
 *
 * `POST /branches`
 */
export declare function buildCreateBranchRequest(parameters?: T.CreateBranchParameters, body?: T.CreateBranchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get a branch
 *
 * `GET /branches/{branch}`
 */
export declare function buildGetBranchRequest(parameters: T.GetBranchParameters, options?: BuildOptions): BuiltRequest;
/**
 * Delete a branch
 *
 * `DELETE /branches/{branch}`
 */
export declare function buildDeleteBranchRequest(parameters: T.DeleteBranchParameters, options?: BuildOptions): BuiltRequest;
/**
 * Updates an existing branch
 *
 * `PATCH /branches/{branch}`
 */
export declare function buildUpdateBranchRequest(parameters: T.UpdateBranchParameters, body?: T.UpdateBranchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get all API definitions
 *
 * `GET /branches/{branch}/apis`
 */
export declare function buildGetAPIsRequest(parameters: T.GetAPIsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create an API definition
 *
 * `POST /branches/{branch}/apis`
 */
export declare function buildCreateAPIRequest(parameters: T.CreateAPIParameters, body?: T.CreateAPIRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get an API definition
 *
 * `GET /branches/{branch}/apis/{filename}`
 */
export declare function buildGetAPIRequest(parameters: T.GetAPIParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update an API definition
 *
 * `PUT /branches/{branch}/apis/{filename}`
 */
export declare function buildUpdateAPIRequest(parameters: T.UpdateAPIParameters, body?: T.UpdateAPIRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Delete an API definition
 *
 * `DELETE /branches/{branch}/apis/{filename}`
 */
export declare function buildDeleteAPIRequest(parameters: T.DeleteAPIParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create a category
 *
 * `POST /branches/{branch}/categories`
 */
export declare function buildCreateCategoryRequest(parameters: T.CreateCategoryParameters, body: T.CreateCategoryRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get all categories
 *
 * `GET /branches/{branch}/categories/{section}`
 */
export declare function buildGetCategoriesRequest(parameters: T.GetCategoriesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get a category
 *
 * `GET /branches/{branch}/categories/{section}/{title}`
 */
export declare function buildGetCategoryRequest(parameters: T.GetCategoryParameters, options?: BuildOptions): BuiltRequest;
/**
 * Delete a category
 *
 * `DELETE /branches/{branch}/categories/{section}/{title}`
 */
export declare function buildDeleteCategoryRequest(parameters: T.DeleteCategoryParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update a category
 *
 * `PATCH /branches/{branch}/categories/{section}/{title}`
 */
export declare function buildUpdateCategoryRequest(parameters: T.UpdateCategoryParameters, body?: T.UpdateCategoryRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get the pages within a category
 *
 * `GET /branches/{branch}/categories/{section}/{title}/pages`
 */
export declare function buildGetCategoryPagesRequest(parameters: T.GetCategoryPagesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get all custom pages
 *
 * `GET /branches/{branch}/custom_pages`
 */
export declare function buildGetCustomPagesRequest(parameters: T.GetCustomPagesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create a custom page
 *
 * `POST /branches/{branch}/custom_pages`
 */
export declare function buildCreateCustomPageRequest(parameters: T.CreateCustomPageParameters, body: T.CreateCustomPageRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get a custom page
 *
 * `GET /branches/{branch}/custom_pages/{slug}`
 */
export declare function buildGetCustomPageRequest(parameters: T.GetCustomPageParameters, options?: BuildOptions): BuiltRequest;
/**
 * Delete a custom page
 *
 * `DELETE /branches/{branch}/custom_pages/{slug}`
 */
export declare function buildDeleteCustomPageRequest(parameters: T.DeleteCustomPageParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update a custom page
 *
 * `PATCH /branches/{branch}/custom_pages/{slug}`
 */
export declare function buildUpdateCustomPageRequest(parameters: T.UpdateCustomPageParameters, body?: T.UpdateCustomPageRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Create a guides page
 *
 * `POST /branches/{branch}/guides`
 */
export declare function buildCreateGuideRequest(parameters: T.CreateGuideParameters, body: T.CreateGuideRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get a guides page
 *
 * `GET /branches/{branch}/guides/{slug}`
 */
export declare function buildGetGuideRequest(parameters: T.GetGuideParameters, options?: BuildOptions): BuiltRequest;
/**
 * Delete a guides page
 *
 * `DELETE /branches/{branch}/guides/{slug}`
 */
export declare function buildDeleteGuideRequest(parameters: T.DeleteGuideParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update a guides page
 *
 * `PATCH /branches/{branch}/guides/{slug}`
 */
export declare function buildUpdateGuideRequest(parameters: T.UpdateGuideParameters, body?: T.UpdateGuideRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get all recipes
 *
 * `GET /branches/{branch}/recipes`
 */
export declare function buildGetRecipesRequest(parameters: T.GetRecipesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create a recipe
 *
 * `POST /branches/{branch}/recipes`
 */
export declare function buildCreateRecipeRequest(parameters: T.CreateRecipeParameters, body: T.CreateRecipeRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get a recipe
 *
 * `GET /branches/{branch}/recipes/{slug}`
 */
export declare function buildGetRecipeRequest(parameters: T.GetRecipeParameters, options?: BuildOptions): BuiltRequest;
/**
 * Delete a recipe
 *
 * `DELETE /branches/{branch}/recipes/{slug}`
 */
export declare function buildDeleteRecipeRequest(parameters: T.DeleteRecipeParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update an existing recipe
 *
 * `PATCH /branches/{branch}/recipes/{slug}`
 */
export declare function buildUpdateRecipeRequest(parameters: T.UpdateRecipeParameters, body?: T.UpdateRecipeRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Create a reference page
 *
 * `POST /branches/{branch}/reference`
 */
export declare function buildCreateReferenceRequest(parameters: T.CreateReferenceParameters, body: T.CreateReferenceRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get a reference page
 *
 * `GET /branches/{branch}/reference/{slug}`
 */
export declare function buildGetReferenceRequest(parameters: T.GetReferenceParameters, options?: BuildOptions): BuiltRequest;
/**
 * Delete a reference page
 *
 * `DELETE /branches/{branch}/reference/{slug}`
 */
export declare function buildDeleteReferenceRequest(parameters: T.DeleteReferenceParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update a reference page
 *
 * `PATCH /branches/{branch}/reference/{slug}`
 */
export declare function buildUpdateReferenceRequest(parameters: T.UpdateReferenceParameters, body?: T.UpdateReferenceRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get all changelog entries
 *
 * `GET /changelogs`
 */
export declare function buildGetChangelogsRequest(parameters?: T.GetChangelogsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create a changelog entry
 *
 * `POST /changelogs`
 */
export declare function buildCreateChangelogRequest(parameters: T.CreateChangelogParameters | undefined, body: T.CreateChangelogRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get a changelog entry
 *
 * `GET /changelogs/{identifier}`
 */
export declare function buildGetChangelogRequest(parameters: T.GetChangelogParameters, options?: BuildOptions): BuiltRequest;
/**
 * Delete a changelog entry
 *
 * `DELETE /changelogs/{identifier}`
 */
export declare function buildDeleteChangelogRequest(parameters: T.DeleteChangelogParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update a changelog entry
 *
 * `PATCH /changelogs/{identifier}`
 */
export declare function buildUpdateChangelogRequest(parameters: T.UpdateChangelogParameters, body?: T.UpdateChangelogRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get uploaded images
 *
 * `GET /images`
 */
export declare function buildGetImagesRequest(parameters?: T.GetImagesParameters, options?: BuildOptions): BuiltRequest;
/**
 * Upload an image
 *
 * `POST /images`
 */
export declare function buildUploadImageRequest(parameters?: T.UploadImageParameters, body?: T.UploadImageRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get an image
 *
 * `GET /images/{identifier}`
 */
export declare function buildGetImageRequest(parameters: T.GetImageParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get ReadMe's outbound IP addresses
 *
 * `GET /outbound_ips`
 */
export declare function buildGetOutboundIPsRequest(parameters?: T.GetOutboundIPsParameters, options?: BuildOptions): BuiltRequest;
/**
 * Ask Owlbot AI a question
 *
 * `POST /owlbot/ask`
 */
export declare function buildAskOwlbotRequest(parameters: T.AskOwlbotParameters | undefined, body: T.AskOwlbotRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get project metadata
 *
 * `GET /projects/me`
 */
export declare function buildGetProjectRequest(parameters?: T.GetProjectParameters, options?: BuildOptions): BuiltRequest;
/**
 * Get your API keys
 *
 * `GET /projects/{subdomain}/apikeys`
 */
export declare function buildGetAPIKeysRequest(parameters: T.GetAPIKeysParameters, options?: BuildOptions): BuiltRequest;
/**
 * Create an API key
 *
 * `POST /projects/{subdomain}/apikeys`
 */
export declare function buildCreateAPIKeyRequest(parameters: T.CreateAPIKeyParameters, body: T.CreateAPIKeyRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Get an API key
 *
 * `GET /projects/{subdomain}/apikeys/{api_key_id}`
 */
export declare function buildGetAPIKeyRequest(parameters: T.GetAPIKeyParameters, options?: BuildOptions): BuiltRequest;
/**
 * Delete an API key
 *
 * `DELETE /projects/{subdomain}/apikeys/{api_key_id}`
 */
export declare function buildDeleteAPIKeyRequest(parameters: T.DeleteAPIKeyParameters, options?: BuildOptions): BuiltRequest;
/**
 * Update an API key
 *
 * `PATCH /projects/{subdomain}/apikeys/{api_key_id}`
 */
export declare function buildUpdateAPIKeyRequest(parameters: T.UpdateAPIKeyParameters, body: T.UpdateAPIKeyRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * Perform a search query
 *
 * `GET /search`
 */
export declare function buildSearchRequest(parameters: T.SearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * Validate an API
 *
 * `POST /validate/api`
 */
export declare function buildValidateAPIRequest(parameters?: T.ValidateAPIParameters, body?: T.ValidateAPIRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
    /**
     * `/apply`
     */
    readonly apply: {
        /**
         * Get open roles
         *
         * `GET /apply`
         */
        readonly get: {
            (options?: RequestOptions): Promise<T.GetOpenRolesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getOpenRoles;
        };
        /**
         * Submit your application!
         *
         * `POST /apply`
         */
        readonly post: {
            (body: T.ApplyToReadMeRequestBody, options?: RequestOptions): Promise<T.ApplyToReadMeResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.applyToReadMe;
        };
    };
    /**
     * `/branches`
     */
    readonly branches: {
        /**
         * Get branches
         *
         * `GET /branches`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.GetBranchesParameters, 'query'>): Promise<T.GetBranchesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getBranches;
        };
        /**
         * Create a branch
         *
         * `POST /branches`
         */
        readonly post: {
            (body?: T.CreateBranchRequestBody, options?: RequestOptions): Promise<T.CreateBranchResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.createBranch;
        };
        /**
         * `/branches/{branch}`
         */
        byBranch(branch: string): {
            /**
             * Get a branch
             *
             * `GET /branches/{branch}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetBranchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getBranch;
            };
            /**
             * Delete a branch
             *
             * `DELETE /branches/{branch}`
             */
            readonly delete: {
                (options?: RequestOptions): Promise<T.DeleteBranchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteBranch;
            };
            /**
             * Updates an existing branch
             *
             * `PATCH /branches/{branch}`
             */
            readonly patch: {
                (body?: T.UpdateBranchRequestBody, options?: RequestOptions): Promise<T.UpdateBranchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updateBranch;
            };
            /**
             * `/branches/{branch}/apis`
             */
            readonly apis: {
                /**
                 * Get all API definitions
                 *
                 * `GET /branches/{branch}/apis`
                 */
                readonly get: {
                    (options?: RequestOptions): Promise<T.GetAPIsResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.getAPIs;
                };
                /**
                 * Create an API definition
                 *
                 * `POST /branches/{branch}/apis`
                 */
                readonly post: {
                    (body?: T.CreateAPIRequestBody, options?: RequestOptions): Promise<T.CreateAPIResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.createAPI;
                };
                /**
                 * `/branches/{branch}/apis/{filename}`
                 */
                byFilename(filename: string): {
                    /**
                     * Get an API definition
                     *
                     * `GET /branches/{branch}/apis/{filename}`
                     */
                    readonly get: {
                        (options?: RequestOptions): Promise<T.GetAPIResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getAPI;
                    };
                    /**
                     * Update an API definition
                     *
                     * `PUT /branches/{branch}/apis/{filename}`
                     */
                    readonly put: {
                        (body?: T.UpdateAPIRequestBody, options?: RequestOptions): Promise<T.UpdateAPIResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.updateAPI;
                    };
                    /**
                     * Delete an API definition
                     *
                     * `DELETE /branches/{branch}/apis/{filename}`
                     */
                    readonly delete: {
                        (options?: RequestOptions): Promise<T.DeleteAPIResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.deleteAPI;
                    };
                };
            };
            /**
             * `/branches/{branch}/categories`
             */
            readonly categories: {
                /**
                 * Create a category
                 *
                 * `POST /branches/{branch}/categories`
                 */
                readonly post: {
                    (body: T.CreateCategoryRequestBody, options?: RequestOptions): Promise<T.CreateCategoryResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.createCategory;
                };
                /**
                 * `/branches/{branch}/categories/{section}`
                 */
                bySection(section: 'guides' | 'reference'): {
                    /**
                     * Get all categories
                     *
                     * `GET /branches/{branch}/categories/{section}`
                     */
                    readonly get: {
                        (options?: RequestOptions): Promise<T.GetCategoriesResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getCategories;
                    };
                    /**
                     * `/branches/{branch}/categories/{section}/{title}`
                     */
                    byTitle(title: string): {
                        /**
                         * Get a category
                         *
                         * `GET /branches/{branch}/categories/{section}/{title}`
                         */
                        readonly get: {
                            (options?: RequestOptions): Promise<T.GetCategoryResponse>;
                            /** Who may call this operation. */
                            readonly permissions: typeof permissions.getCategory;
                        };
                        /**
                         * Delete a category
                         *
                         * `DELETE /branches/{branch}/categories/{section}/{title}`
                         */
                        readonly delete: {
                            (options?: RequestOptions): Promise<T.DeleteCategoryResponse>;
                            /** Who may call this operation. */
                            readonly permissions: typeof permissions.deleteCategory;
                        };
                        /**
                         * Update a category
                         *
                         * `PATCH /branches/{branch}/categories/{section}/{title}`
                         */
                        readonly patch: {
                            (body?: T.UpdateCategoryRequestBody, options?: RequestOptions): Promise<T.UpdateCategoryResponse>;
                            /** Who may call this operation. */
                            readonly permissions: typeof permissions.updateCategory;
                        };
                        /**
                         * `/branches/{branch}/categories/{section}/{title}/pages`
                         */
                        readonly pages: {
                            /**
                             * Get the pages within a category
                             *
                             * `GET /branches/{branch}/categories/{section}/{title}/pages`
                             */
                            readonly get: {
                                (options?: RequestOptions): Promise<T.GetCategoryPagesResponse>;
                                /** Who may call this operation. */
                                readonly permissions: typeof permissions.getCategoryPages;
                            };
                        };
                    };
                };
            };
            /**
             * `/branches/{branch}/custom_pages`
             */
            readonly customPages: {
                /**
                 * Get all custom pages
                 *
                 * `GET /branches/{branch}/custom_pages`
                 */
                readonly get: {
                    (options?: RequestOptions): Promise<T.GetCustomPagesResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.getCustomPages;
                };
                /**
                 * Create a custom page
                 *
                 * `POST /branches/{branch}/custom_pages`
                 */
                readonly post: {
                    (body: T.CreateCustomPageRequestBody, options?: RequestOptions): Promise<T.CreateCustomPageResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.createCustomPage;
                };
                /**
                 * `/branches/{branch}/custom_pages/{slug}`
                 */
                bySlug(slug: string): {
                    /**
                     * Get a custom page
                     *
                     * `GET /branches/{branch}/custom_pages/{slug}`
                     */
                    readonly get: {
                        (options?: RequestOptions): Promise<T.GetCustomPageResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getCustomPage;
                    };
                    /**
                     * Delete a custom page
                     *
                     * `DELETE /branches/{branch}/custom_pages/{slug}`
                     */
                    readonly delete: {
                        (options?: RequestOptions): Promise<T.DeleteCustomPageResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.deleteCustomPage;
                    };
                    /**
                     * Update a custom page
                     *
                     * `PATCH /branches/{branch}/custom_pages/{slug}`
                     */
                    readonly patch: {
                        (body?: T.UpdateCustomPageRequestBody, options?: RequestOptions): Promise<T.UpdateCustomPageResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.updateCustomPage;
                    };
                };
            };
            /**
             * `/branches/{branch}/guides`
             */
            readonly guides: {
                /**
                 * Create a guides page
                 *
                 * `POST /branches/{branch}/guides`
                 */
                readonly post: {
                    (body: T.CreateGuideRequestBody, options?: RequestOptions): Promise<T.CreateGuideResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.createGuide;
                };
                /**
                 * `/branches/{branch}/guides/{slug}`
                 */
                bySlug(slug: string): {
                    /**
                     * Get a guides page
                     *
                     * `GET /branches/{branch}/guides/{slug}`
                     */
                    readonly get: {
                        (options?: RequestOptions): Promise<T.GetGuideResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getGuide;
                    };
                    /**
                     * Delete a guides page
                     *
                     * `DELETE /branches/{branch}/guides/{slug}`
                     */
                    readonly delete: {
                        (options?: RequestOptions): Promise<T.DeleteGuideResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.deleteGuide;
                    };
                    /**
                     * Update a guides page
                     *
                     * `PATCH /branches/{branch}/guides/{slug}`
                     */
                    readonly patch: {
                        (body?: T.UpdateGuideRequestBody, options?: RequestOptions): Promise<T.UpdateGuideResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.updateGuide;
                    };
                };
            };
            /**
             * `/branches/{branch}/recipes`
             */
            readonly recipes: {
                /**
                 * Get all recipes
                 *
                 * `GET /branches/{branch}/recipes`
                 */
                readonly get: {
                    (options?: RequestOptions): Promise<T.GetRecipesResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.getRecipes;
                };
                /**
                 * Create a recipe
                 *
                 * `POST /branches/{branch}/recipes`
                 */
                readonly post: {
                    (body: T.CreateRecipeRequestBody, options?: RequestOptions): Promise<T.CreateRecipeResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.createRecipe;
                };
                /**
                 * `/branches/{branch}/recipes/{slug}`
                 */
                bySlug(slug: string): {
                    /**
                     * Get a recipe
                     *
                     * `GET /branches/{branch}/recipes/{slug}`
                     */
                    readonly get: {
                        (options?: RequestOptions): Promise<T.GetRecipeResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getRecipe;
                    };
                    /**
                     * Delete a recipe
                     *
                     * `DELETE /branches/{branch}/recipes/{slug}`
                     */
                    readonly delete: {
                        (options?: RequestOptions): Promise<T.DeleteRecipeResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.deleteRecipe;
                    };
                    /**
                     * Update an existing recipe
                     *
                     * `PATCH /branches/{branch}/recipes/{slug}`
                     */
                    readonly patch: {
                        (body?: T.UpdateRecipeRequestBody, options?: RequestOptions): Promise<T.UpdateRecipeResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.updateRecipe;
                    };
                };
            };
            /**
             * `/branches/{branch}/reference`
             */
            readonly reference: {
                /**
                 * Create a reference page
                 *
                 * `POST /branches/{branch}/reference`
                 */
                readonly post: {
                    (body: T.CreateReferenceRequestBody, options?: RequestOptions): Promise<T.CreateReferenceResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.createReference;
                };
                /**
                 * `/branches/{branch}/reference/{slug}`
                 */
                bySlug(slug: string): {
                    /**
                     * Get a reference page
                     *
                     * `GET /branches/{branch}/reference/{slug}`
                     */
                    readonly get: {
                        (options?: RequestOptions & Pick<T.GetReferenceParameters, 'query'>): Promise<T.GetReferenceResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getReference;
                    };
                    /**
                     * Delete a reference page
                     *
                     * `DELETE /branches/{branch}/reference/{slug}`
                     */
                    readonly delete: {
                        (options?: RequestOptions): Promise<T.DeleteReferenceResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.deleteReference;
                    };
                    /**
                     * Update a reference page
                     *
                     * `PATCH /branches/{branch}/reference/{slug}`
                     */
                    readonly patch: {
                        (body?: T.UpdateReferenceRequestBody, options?: RequestOptions): Promise<T.UpdateReferenceResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.updateReference;
                    };
                };
            };
        };
    };
    /**
     * `/changelogs`
     */
    readonly changelogs: {
        /**
         * Get all changelog entries
         *
         * `GET /changelogs`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.GetChangelogsParameters, 'query'>): Promise<T.GetChangelogsResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getChangelogs;
        };
        /**
         * Create a changelog entry
         *
         * `POST /changelogs`
         */
        readonly post: {
            (body: T.CreateChangelogRequestBody, options?: RequestOptions): Promise<T.CreateChangelogResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.createChangelog;
        };
        /**
         * `/changelogs/{identifier}`
         */
        byIdentifier(identifier: string): {
            /**
             * Get a changelog entry
             *
             * `GET /changelogs/{identifier}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetChangelogResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getChangelog;
            };
            /**
             * Delete a changelog entry
             *
             * `DELETE /changelogs/{identifier}`
             */
            readonly delete: {
                (options?: RequestOptions): Promise<T.DeleteChangelogResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.deleteChangelog;
            };
            /**
             * Update a changelog entry
             *
             * `PATCH /changelogs/{identifier}`
             */
            readonly patch: {
                (body?: T.UpdateChangelogRequestBody, options?: RequestOptions): Promise<T.UpdateChangelogResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.updateChangelog;
            };
        };
    };
    /**
     * `/images`
     */
    readonly images: {
        /**
         * Get uploaded images
         *
         * `GET /images`
         */
        readonly get: {
            (options?: RequestOptions & Pick<T.GetImagesParameters, 'query'>): Promise<T.GetImagesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getImages;
        };
        /**
         * Upload an image
         *
         * `POST /images`
         */
        readonly post: {
            (body?: T.UploadImageRequestBody, options?: RequestOptions & Pick<T.UploadImageParameters, 'query'>): Promise<T.UploadImageResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.uploadImage;
        };
        /**
         * `/images/{identifier}`
         */
        byIdentifier(identifier: string): {
            /**
             * Get an image
             *
             * `GET /images/{identifier}`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetImageResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getImage;
            };
        };
    };
    /**
     * `/outbound_ips`
     */
    readonly outboundIps: {
        /**
         * Get ReadMe's outbound IP addresses
         *
         * `GET /outbound_ips`
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
     * `/projects`
     */
    readonly projects: {
        /**
         * `/projects/me`
         */
        readonly me: {
            /**
             * Get project metadata
             *
             * `GET /projects/me`
             */
            readonly get: {
                (options?: RequestOptions): Promise<T.GetProjectResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getProject;
            };
        };
        /**
         * `/projects/{subdomain}`
         */
        bySubdomain(subdomain: string): {
            /**
             * `/projects/{subdomain}/apikeys`
             */
            readonly apikeys: {
                /**
                 * Get your API keys
                 *
                 * `GET /projects/{subdomain}/apikeys`
                 */
                readonly get: {
                    (options?: RequestOptions & Pick<T.GetAPIKeysParameters, 'query'>): Promise<T.GetAPIKeysResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.getAPIKeys;
                };
                /**
                 * Create an API key
                 *
                 * `POST /projects/{subdomain}/apikeys`
                 */
                readonly post: {
                    (body: T.CreateAPIKeyRequestBody, options?: RequestOptions): Promise<T.CreateAPIKeyResponse>;
                    /** Who may call this operation. */
                    readonly permissions: typeof permissions.createAPIKey;
                };
                /**
                 * `/projects/{subdomain}/apikeys/{api_key_id}`
                 */
                byApiKeyId(apiKeyId: string): {
                    /**
                     * Get an API key
                     *
                     * `GET /projects/{subdomain}/apikeys/{api_key_id}`
                     */
                    readonly get: {
                        (options?: RequestOptions): Promise<T.GetAPIKeyResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.getAPIKey;
                    };
                    /**
                     * Delete an API key
                     *
                     * `DELETE /projects/{subdomain}/apikeys/{api_key_id}`
                     */
                    readonly delete: {
                        (options?: RequestOptions): Promise<T.DeleteAPIKeyResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.deleteAPIKey;
                    };
                    /**
                     * Update an API key
                     *
                     * `PATCH /projects/{subdomain}/apikeys/{api_key_id}`
                     */
                    readonly patch: {
                        (body: T.UpdateAPIKeyRequestBody, options?: RequestOptions): Promise<T.UpdateAPIKeyResponse>;
                        /** Who may call this operation. */
                        readonly permissions: typeof permissions.updateAPIKey;
                    };
                };
            };
        };
    };
    /**
     * `/search`
     */
    readonly search: {
        /**
         * Perform a search query
         *
         * `GET /search`
         */
        readonly get: {
            (options: RequestOptions & Pick<T.SearchParameters, 'query'>): Promise<T.SearchResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.search;
        };
    };
    /**
     * `/validate`
     */
    readonly validate: {
        /**
         * `/validate/api`
         */
        readonly api: {
            /**
             * Validate an API
             *
             * `POST /validate/api`
             */
            readonly post: {
                (body?: T.ValidateAPIRequestBody, options?: RequestOptions): Promise<T.ValidateAPIResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.validateAPI;
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
