export type Pet = {
    /**
     * Format: int64
     */
    id?: number;
    name?: string;
    /**
     * An enum with available options
     */
    status?: 'available' | 'pending' | 'sold';
};
/**
 * POST /anything/all-param-types/{id}/{id2}
 */
export type PostAnythingAllParamTypesByIdById2Parameters = {
    path: {
        /**
         * Path ID
         */
        id: number;
        /**
         * Another path ID
         */
        id2: number;
    };
    query?: {
        /**
         * Query string parameter
         */
        queryParam?: string;
        /**
         * Another query string parameter
         */
        queryParam2?: string;
    };
    header?: {
        /**
         * Custom header
         */
        'x-header-value'?: string;
        /**
         * Another custom header
         */
        'x-header-data'?: string;
    };
    cookie?: {
        /**
         * Cookie value that accepts a string
         */
        cookieString?: string;
        /**
         * Cookie that accepts an integer
         */
        cookieInt?: number;
    };
};
/**
 * Utilizes all available parameter types.
 */
export type PostAnythingAllParamTypesByIdById2RequestBody = Pet;
/**
 * Utilizes all available parameter types.
 */
export type PostAnythingAllParamTypesByIdById2Response = undefined;
