/**
 * POST /anything/form-data
 */
export type FormDataStandardParameters = {
    [key: string]: never;
};
/**
 * Standard (no encoding)
 */
export type FormDataStandardRequestBody = {
    /**
     * A standard primitive.
     */
    primitive?: string;
    /**
     * A standard array.
     */
    array?: string[];
    /**
     * A standard object.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * Standard (no encoding)
 */
export type FormDataStandardResponse = unknown;
/**
 * POST /anything/form-data/deepObject
 */
export type FormDataDeepObjectExplodedParameters = {
    [key: string]: never;
};
/**
 * deepObject (exploded)
 */
export type FormDataDeepObjectExplodedRequestBody = {
    /**
     * A `deepObject` style, non-exploded primitive.
     */
    primitive?: string;
    /**
     * A `deepObject` style, non-exploded array.
     */
    array?: string[];
    /**
     * A `deepObject` style, non-exploded object.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * deepObject (exploded)
 */
export type FormDataDeepObjectExplodedResponse = unknown;
/**
 * PUT /anything/form-data/form
 */
export type FormDataFormExplodedParameters = {
    [key: string]: never;
};
/**
 * Form (exploded)
 */
export type FormDataFormExplodedRequestBody = {
    /**
     * A `form` style, exploded primitive.
     */
    primitive?: string;
    /**
     * A `form` style, exploded array.
     */
    array?: string[];
    /**
     * A `form` style, exploded object.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * Form (exploded)
 */
export type FormDataFormExplodedResponse = unknown;
/**
 * POST /anything/form-data/form
 */
export type FormDataFormNonExplodedParameters = {
    [key: string]: never;
};
/**
 * Form (non-exploded)
 */
export type FormDataFormNonExplodedRequestBody = {
    /**
     * A `form` style, non-exploded primitive.
     */
    primitive?: string;
    /**
     * A `form` style, non-exploded array.
     */
    array?: string[];
    /**
     * A `form` style, non-exploded object.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * Form (non-exploded)
 */
export type FormDataFormNonExplodedResponse = unknown;
/**
 * POST /anything/form-data/pipeDelimited
 */
export type FormDataPipeDelimitedNonExplodedParameters = {
    [key: string]: never;
};
/**
 * pipeDelimited (non-exploded)
 */
export type FormDataPipeDelimitedNonExplodedRequestBody = {
    /**
     * A `pipeDelimited` style, non-exploded array.
     */
    array?: string[];
    /**
     * A `pipeDelimited` style, non-exploded object.
     *
     * >⚠️ This is currently unsupported.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * pipeDelimited (non-exploded)
 */
export type FormDataPipeDelimitedNonExplodedResponse = unknown;
/**
 * GET /anything/form-data/spaceDelimited
 */
export type FormDataSpaceDelimitedNonExplodedParameters = {
    [key: string]: never;
};
/**
 * spaceDelimited (non-exploded)
 */
export type FormDataSpaceDelimitedNonExplodedRequestBody = {
    /**
     * A `spaceDelimited` style, non-exploded array.
     */
    array?: string[];
    /**
     * A `spaceDelimited` style, non-exploded object.
     *
     * >⚠️ This is currently unsupported.
     */
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * spaceDelimited (non-exploded)
 */
export type FormDataSpaceDelimitedNonExplodedResponse = unknown;
/**
 * GET /anything/headers
 */
export type HeadersStandardParameters = {
    header?: {
        /**
         * A standard primitive.
         */
        primitive?: string;
        /**
         * A standard array.
         *
         * > Because headers cannot be duplicated, for an array'd header parameter to be sent it **must** have a `style` property present.
         */
        array?: string[];
        /**
         * A standard object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Standard (no style)
 */
export type HeadersStandardRequestBody = never;
/**
 * Standard (no style)
 */
export type HeadersStandardResponse = unknown;
/**
 * GET /anything/headers/simple
 */
export type HeadersSimpleNonExplodedParameters = {
    header?: {
        /**
         * A `simple` style, non-exploded primitive.
         */
        primitive?: string;
        /**
         * A `simple` style, non-exploded array.
         */
        array?: string[];
        /**
         * A `simple` style, non-exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Simple (non-exploded)
 */
export type HeadersSimpleNonExplodedRequestBody = never;
/**
 * Simple (non-exploded)
 */
export type HeadersSimpleNonExplodedResponse = unknown;
/**
 * POST /anything/headers/simple
 */
export type HeadersSimpleExplodedParameters = {
    header?: {
        /**
         * A `simple` style, exploded primitive.
         */
        primitive?: string;
        /**
         * A `simple` style, exploded array.
         */
        array?: string[];
        /**
         * A `simple` style, exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Simple (exploded)
 */
export type HeadersSimpleExplodedRequestBody = never;
/**
 * Simple (exploded)
 */
export type HeadersSimpleExplodedResponse = unknown;
/**
 * GET /anything/path/label/{primitive}/{array}/{object}
 */
export type PathsLabelNonExplodedParameters = {
    path: {
        /**
         * A `label` style, non-exploded primitive.
         */
        primitive: string;
        /**
         * A `label` style, non-exploded array.
         */
        array: string[];
        /**
         * A `label` style, non-exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Label (non-exploded)
 */
export type PathsLabelNonExplodedRequestBody = never;
/**
 * Label (non-exploded)
 */
export type PathsLabelNonExplodedResponse = unknown;
/**
 * POST /anything/path/label/{primitive}/{array}/{object}
 */
export type PathsLabelExplodedParameters = {
    path: {
        /**
         * A `label` style, exploded primitive.
         */
        primitive: string;
        /**
         * A `label` style, exploded array.
         */
        array: string[];
        /**
         * A `label` style, exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Label (exploded)
 */
export type PathsLabelExplodedRequestBody = never;
/**
 * Label (exploded)
 */
export type PathsLabelExplodedResponse = unknown;
/**
 * GET /anything/path/matrix/{primitive}/{array}/{object}
 */
export type PathsMatrixNonExplodedParameters = {
    path: {
        /**
         * A `matrix` style, non-exploded primitive.
         */
        primitive: string;
        /**
         * A `matrix` style, non-exploded array.
         */
        array: string[];
        /**
         * A `matrix` style, non-exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Matrix (non-exploded)
 */
export type PathsMatrixNonExplodedRequestBody = never;
/**
 * Matrix (non-exploded)
 */
export type PathsMatrixNonExplodedResponse = unknown;
/**
 * POST /anything/path/matrix/{primitive}/{array}/{object}
 */
export type PathsMatrixExplodedParameters = {
    path: {
        /**
         * A `matrix` style, exploded primitive.
         */
        primitive: string;
        /**
         * A `matrix` style, exploded array.
         */
        array: string[];
        /**
         * A `matrix` style, exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Matrix (exploded)
 */
export type PathsMatrixExplodedRequestBody = never;
/**
 * Matrix (exploded)
 */
export type PathsMatrixExplodedResponse = unknown;
/**
 * GET /anything/path/simple/{primitive}/{array}/{object}
 */
export type PathsSimpleNonExplodedParameters = {
    path: {
        /**
         * A `simple` style, non-exploded primitive.
         */
        primitive: string;
        /**
         * A `simple` style, non-exploded array.
         */
        array: string[];
        /**
         * A `simple` style, non-exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Simple (non-exploded)
 */
export type PathsSimpleNonExplodedRequestBody = never;
/**
 * Simple (non-exploded)
 */
export type PathsSimpleNonExplodedResponse = unknown;
/**
 * POST /anything/path/simple/{primitive}/{array}/{object}
 */
export type PathsSimpleExplodedParameters = {
    path: {
        /**
         * A `simple` style, exploded primitive.
         */
        primitive: string;
        /**
         * A `simple` style, exploded array.
         */
        array: string[];
        /**
         * A `simple` style, exploded object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Simple (exploded)
 */
export type PathsSimpleExplodedRequestBody = never;
/**
 * Simple (exploded)
 */
export type PathsSimpleExplodedResponse = unknown;
/**
 * GET /anything/path/{primitive}/{array}/{object}
 */
export type PathsStandardParameters = {
    path: {
        /**
         * A standard primitive.
         */
        primitive: string;
        /**
         * A standard array.
         */
        array: string[];
        /**
         * A standard object.
         */
        object: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Standard (no style)
 */
export type PathsStandardRequestBody = never;
/**
 * Standard (no style)
 */
export type PathsStandardResponse = unknown;
/**
 * GET /anything/query
 */
export type QueryStandardParameters = {
    query?: {
        /**
         * A standard primitive.
         */
        primitive?: string;
        /**
         * A standard array.
         */
        array?: string[];
        /**
         * A standard object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Standard (no style)
 */
export type QueryStandardRequestBody = never;
/**
 * Standard (no style)
 */
export type QueryStandardResponse = unknown;
/**
 * GET /anything/query/deepObject
 */
export type QueryDeepObjectNonExplodedParameters = {
    query?: {
        /**
         * A `deepObject` style, exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * deepObject (exploded)
 */
export type QueryDeepObjectNonExplodedRequestBody = never;
/**
 * deepObject (exploded)
 */
export type QueryDeepObjectNonExplodedResponse = unknown;
/**
 * GET /anything/query/form
 */
export type QueryFormNonExplodedParameters = {
    query?: {
        /**
         * A `form` style, non-exploded primitive.
         */
        primitive?: string;
        /**
         * A `form` style, non-exploded array.
         */
        array?: string[];
        /**
         * A `form` style, non-exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Form (non-exploded)
 */
export type QueryFormNonExplodedRequestBody = never;
/**
 * Form (non-exploded)
 */
export type QueryFormNonExplodedResponse = unknown;
/**
 * POST /anything/query/form
 */
export type QueryFormExplodedParameters = {
    query?: {
        /**
         * A `form` style, exploded primitive.
         */
        primitive?: string;
        /**
         * A `form` style, exploded array.
         */
        array?: string[];
        /**
         * A `form` style, exploded object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Form (exploded)
 */
export type QueryFormExplodedRequestBody = never;
/**
 * Form (exploded)
 */
export type QueryFormExplodedResponse = unknown;
/**
 * GET /anything/query/pipeDelimited
 */
export type QueryPipeDelimitedNonExplodedParameters = {
    query?: {
        /**
         * A `pipeDelimited` style, non-exploded primitive.
         */
        array?: string[];
        /**
         * A `pipeDelimited` style, non-exploded object.
         *
         * >⚠️ This is currently unsupported.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * pipeDelimited (non-exploded)
 */
export type QueryPipeDelimitedNonExplodedRequestBody = never;
/**
 * pipeDelimited (non-exploded)
 */
export type QueryPipeDelimitedNonExplodedResponse = unknown;
/**
 * GET /anything/query/spaceDelimited
 */
export type QuerySpaceDelimitedNonExplodedParameters = {
    query?: {
        /**
         * A `spaceDelimited` style, non-exploded primitive.
         */
        array?: string[];
        /**
         * A `spaceDelimited` style, non-exploded array.
         *
         * >⚠️ This is currently unsupported.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * spaceDelimited (non-exploded)
 */
export type QuerySpaceDelimitedNonExplodedRequestBody = never;
/**
 * spaceDelimited (non-exploded)
 */
export type QuerySpaceDelimitedNonExplodedResponse = unknown;
/**
 * GET /cookies
 */
export type CookiesStandardParameters = {
    cookie?: {
        /**
         * A standard primitive.
         */
        primitive?: string;
        /**
         * A standard array.
         */
        array?: string[];
        /**
         * A standard object.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Standard (no style)
 */
export type CookiesStandardRequestBody = never;
/**
 * Standard (no style)
 */
export type CookiesStandardResponse = unknown;
/**
 * GET /cookies#formExploded
 */
export type CookiesFormExplodedParameters = {
    cookie?: {
        /**
         * A `form` style, exploded primitive.
         */
        primitive?: string;
        /**
         * A `form` style, exploded array.
         *
         * > On ReadMe we encode this kind of parameter within [@readme/httpsnippet](https://npm.im/@readme/httpsnippet) but it's unclear whether this encoding is the correct behavior because the `Cookie` header deviates from all other headers.
         */
        array?: string[];
        /**
         * A `form` style, exploded object.
         *
         * > On ReadMe we encode this kind of parameter within [@readme/httpsnippet](https://npm.im/@readme/httpsnippet) but it's unclear whether this encoding is the correct behavior because the `Cookie` header deviates from all other headers.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Form (exploded)
 */
export type CookiesFormExplodedRequestBody = never;
/**
 * Form (exploded)
 */
export type CookiesFormExplodedResponse = unknown;
/**
 * GET /cookies#formNonExploded
 */
export type CookiesFormNonExplodedParameters = {
    cookie?: {
        /**
         * A `form` style, non-exploded primitive.
         */
        primitive?: string;
        /**
         * A `form` style, non-exploded array.
         *
         * > On ReadMe we encode this kind of parameter within [@readme/httpsnippet](https://npm.im/@readme/httpsnippet) but it's unclear whether this encoding is the correct behavior because the `Cookie` header deviates from all other headers.
         */
        array?: string[];
        /**
         * A `form` style, non-exploded object
         *
         * > On ReadMe we encode this kind of parameter within [@readme/httpsnippet](https://npm.im/@readme/httpsnippet) but it's unclear whether this encoding is the correct behavior because the `Cookie` header deviates from all other headers.
         */
        object?: {
            name?: string;
            description?: string;
        };
    };
};
/**
 * Form (non-exploded)
 */
export type CookiesFormNonExplodedRequestBody = never;
/**
 * Form (non-exploded)
 */
export type CookiesFormNonExplodedResponse = unknown;
