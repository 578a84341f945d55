/**
 * PUT /form/primitive
 */
export type EncodingFormParameters = {
    [key: string]: never;
};
/**
 * Form style serialization
 */
export type EncodingFormRequestBody = {
    primitive?: string;
    array?: string[];
    object?: {
        foo?: string;
        bar?: string;
    };
};
/**
 * Form style serialization
 */
export type EncodingFormResponse = unknown;
