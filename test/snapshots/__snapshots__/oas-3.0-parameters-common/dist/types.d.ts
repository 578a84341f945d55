/**
 * GET /anything/{id}
 */
export type GetAnythingByIdParameters = {
    path: {
        /**
         * ID parameter
         */
        id: number;
    };
    header?: {
        'x-extra-id'?: string;
    };
};
/**
 * [get] Summary
 */
export type GetAnythingByIdRequestBody = never;
/**
 * [get] Summary
 */
export type GetAnythingByIdResponse = undefined;
/**
 * POST /anything/{id}
 */
export type PostAnythingByIdParameters = {
    path: {
        /**
         * ID parameter
         */
        id: number;
    };
    query?: {
        /**
         * The numbers of items to return.
         */
        limit?: number;
    };
    header?: {
        'x-extra-id'?: string;
    };
};
/**
 * [post] Summary
 */
export type PostAnythingByIdRequestBody = never;
/**
 * [post] Summary
 */
export type PostAnythingByIdResponse = undefined;
/**
 * GET /anything/{id}/override
 */
export type GetAnythingByIdOverrideParameters = {
    path: {
        /**
         * A comma-separated list of IDs
         */
        id: string;
    };
};
export type GetAnythingByIdOverrideRequestBody = never;
export type GetAnythingByIdOverrideResponse = undefined;
/**
 * GET /anything/{id}/{action}
 */
export type GetAnythingByIdByActionParameters = {
    path: {
        /**
         * ID parameter
         */
        id: number;
        /**
         * Action parameter
         */
        action: 'lists' | 'statistics';
    };
};
/**
 * [get] Summary
 */
export type GetAnythingByIdByActionRequestBody = never;
/**
 * [get] Summary
 */
export type GetAnythingByIdByActionResponse = undefined;
/**
 * GET /anything/{id}/{action}/{id}
 */
export type GetAnythingByIdByActionByIdParameters = {
    path: {
        id: number;
        /**
         * Action parameter
         */
        action: 'lists' | 'statistics';
    };
};
/**
 * [get] Summary
 */
export type GetAnythingByIdByActionByIdRequestBody = never;
/**
 * [get] Summary
 */
export type GetAnythingByIdByActionByIdResponse = undefined;
