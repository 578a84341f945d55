export type Ref = number;
export type RefWithRef = {
    code?: number;
    text?: string;
    array?: Ref[];
};
/**
 * POST /post
 */
export type PostPostParameters = {
    [key: string]: never;
};
/**
 * Should allow additionalProperties in JSON schema
 */
export type PostPostRequestBody = {
    'object with `additionalProperties: true`'?: {
        [key: string]: unknown;
    };
    'object with `additionalProperties: false` and no other properties'?: {
        [key: string]: never;
    };
    'object with `additionalProperties: { type: integer }`'?: {
        [key: string]: number;
    };
    'object with `additionalProperties: { type: object, properties: ... }`'?: {
        [key: string]: {
            code?: number;
            text?: string;
        };
    };
    'object with `additionalProperties: { type: object, properties: ... }` and custom title'?: {
        [key: string]: {
            code?: number;
            text?: string;
        };
    };
    'object with `additionalProperties: { type: array, items: { type: integer } }`'?: {
        [key: string]: number[];
    };
    'object with `additionalProperties: $ref, simple`'?: {
        [key: string]: Ref;
    };
    'object with `additionalProperties: $ref, with $ref`'?: {
        [key: string]: RefWithRef;
    };
    'object with `additionalProperties: anyOf` (polymorphic)'?: {
        [key: string]: string | Ref | RefWithRef;
    };
    /**
     * Technically this is not valid to the spec. The `additionalProperties` rejections should cancel out each others new field but we indicate we want this to work by enabling [json-schema-merge-allof](https://npm.im/json-schema-merge-allof)'s `ignoreAdditionalProperties` option
     */
    'object with `additionalPropeties` within an allOf'?: {
        primitiveProperty?: string;
    } & {
        alt_primitiveProperty?: string;
    };
};
/**
 * Should allow additionalProperties in JSON schema
 */
export type PostPostResponse = {
    'object with `additionalProperties: true`'?: {
        [key: string]: unknown;
    };
    'object with `additionalProperties: { type: integer }`'?: {
        [key: string]: number;
    };
    'object with `additionalProperties: { type: object, properties: ... }`'?: {
        [key: string]: {
            code?: number;
            text?: string;
        };
    };
    'object with `additionalProperties: { type: object, properties: ... }` and custom title'?: {
        [key: string]: {
            code?: number;
            text?: string;
        };
    };
    'object with `additionalProperties: { type: array, items: { type: integer } }`'?: {
        [key: string]: number[];
    };
    'object with `additionalProperties: $ref, simple`'?: {
        [key: string]: Ref;
    };
    'object with `additionalProperties: $ref, with $ref`'?: {
        [key: string]: RefWithRef;
    };
    'object with `additionalProperties: anyOf` (polymorphic)'?: {
        [key: string]: string | Ref | RefWithRef;
    };
};
