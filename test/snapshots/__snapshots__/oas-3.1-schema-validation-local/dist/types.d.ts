/**
 * GET /anything/booleans
 */
export type GetAnythingBooleansParameters = {
    query: {
        'tf-required': boolean;
        'tf-optional'?: boolean;
    };
};
/**
 * Booleans
 */
export type GetAnythingBooleansRequestBody = never;
/**
 * Booleans
 */
export type GetAnythingBooleansResponse = undefined;
/**
 * GET /anything/jsonschema-formats
 */
export type GetAnythingJsonschemaFormatsParameters = {
    query: {
        'date-time': string;
        date?: string;
        time?: string;
        duration?: string;
        email?: string;
        'idn-email'?: string;
        hostname?: string;
        'idn-hostname'?: string;
        ipv4?: string;
        ipv6?: string;
        uri?: string;
        'uri-reference'?: string;
        iri?: string;
        'iri-reference'?: string;
        uuid?: string;
        'uri-template'?: string;
        'json-pointer'?: string;
        'relative-json-pointer'?: string;
        regex?: string;
    };
};
/**
 * Formats defined by JSON Schema
 */
export type GetAnythingJsonschemaFormatsRequestBody = never;
/**
 * Formats defined by JSON Schema
 */
export type GetAnythingJsonschemaFormatsResponse = undefined;
/**
 * GET /anything/numbers
 */
export type GetAnythingNumbersParameters = {
    query: {
        'id-required': number;
        'id-optional'?: number;
        'id-exclusive-required': number;
        /**
         * This is the default for anything pre 3.1
         */
        'id-exclusive-required-schema-v4': number;
        /**
         * This isn't actually a valid version. See https://json-schema.org/draft-06/json-schema-release-notes.html#q-what-happened-to-draft-05
         */
        'id-exclusive-required-schema-v5': number;
        'id-exclusive-required-schema-v6': number;
        'id-exclusive-required-schema-v7': number;
        'id-exclusive-required-schema-v2019': number;
        /**
         * This is the default for 3.1
         */
        'id-exclusive-required-schema-v2020': number;
        'id-exclusive-optional'?: number;
    };
};
/**
 * Number validation
 */
export type GetAnythingNumbersRequestBody = never;
/**
 * Number validation
 */
export type GetAnythingNumbersResponse = undefined;
/**
 * GET /anything/oas-formats
 */
export type GetAnythingOasFormatsParameters = {
    query: {
        int32: number;
        int64?: number;
        float?: number;
        double?: number;
        byte?: string;
        binary?: string;
        password?: string;
    };
};
/**
 * Formats defined by OAS
 */
export type GetAnythingOasFormatsRequestBody = never;
/**
 * Formats defined by OAS
 */
export type GetAnythingOasFormatsResponse = undefined;
/**
 * GET /anything/strings
 */
export type GetAnythingStringsParameters = {
    query: {
        'name-length-required': string;
        'name-length-optional'?: string;
        'name-pattern-required': string;
        'name-pattern-optional'?: string;
        /**
         * oas 3.1.0, which defaults to json schema v2020, provides the unicode flag to the input tooltip regex validation. This means that the following regex will not work without the escaped curly braces
         */
        'complex-pattern-required': string;
    };
};
/**
 * String validation
 */
export type GetAnythingStringsRequestBody = never;
/**
 * String validation
 */
export type GetAnythingStringsResponse = undefined;
