export type Category = {
    /**
     * Format: int64
     *
     * @deprecated
     */
    id?: number;
    /**
     * @deprecated
     */
    name?: string;
};
export type Pet = {
    /**
     * This `requestBody` schema property is marked as deprecated.
     *
     * https://github.com/OAI/OpenAPI-Specification/blob/main/versions/3.0.3.md#schema-object
     *
     * Format: int64
     *
     * Default: 40
     *
     * @deprecated
     */
    id?: number;
    category?: Category;
    /**
     * Though this loads a `$ref` to the `Category` schema, and that contains deprecated properties within itself, this `category_alt` parameter is also deprecated.
     */
    category_alt?: Category;
    /**
     * @deprecated
     */
    name: string;
    /**
     * @deprecated
     */
    photoUrls: string[];
    /**
     * @deprecated
     */
    tags?: Tag[];
    /**
     * Unlike the `tags` parameter, this is **not** deprecated, but the contents within itself are.
     */
    tags_alt?: TagDeprecated[];
    status?: Status;
    polymorphism?: {
        /**
         * This is a `oneOf` that's marked as deprecated.
         *
         * @deprecated
         */
        oneOf?: StatusWrapper;
        /**
         * This is a `allOf` that's marked as deprecated.
         *
         * @deprecated
         */
        allOf?: StatusWrapper;
        /**
         * This is a `anyOf` that's marked as deprecated.
         *
         * @deprecated
         */
        anyOf?: StatusWrapper;
    };
};
/**
 * pet status in the store
 *
 * @deprecated
 */
export type Status = 'available' | 'pending' | 'sold';
export type StatusWrapper = {
    status?: Status;
};
export type Tag = {
    /**
     * Format: int64
     */
    id?: number;
    name?: string;
};
export type TagDeprecated = {
    /**
     * Format: int64
     *
     * @deprecated
     */
    id?: number;
    /**
     * @deprecated
     */
    name?: string;
};
/**
 * POST /anything
 */
export type PostAnythingParameters = {
    query: {
        /**
         * This query parameter is explicitly **not** deprecated.
         */
        filter?: 'active' | 'inactive';
        /**
         * This query parameter is deprecated.
         *
         * https://github.com/OAI/OpenAPI-Specification/blob/main/versions/3.0.3.md#parameter-object
         *
         * @deprecated
         */
        filterLegacy?: 'active' | 'inactive';
        /**
         * @deprecated
         */
        status: ('available' | 'pending' | 'sold')[];
    };
};
/**
 * @deprecated
 */
export type PostAnythingRequestBody = Pet;
/**
 * @deprecated
 */
export type PostAnythingResponse = Pet[];
