/**
 * GET /anything/numbers
 */
export type GetAnythingNumbersParameters = {
    query: {
        'id-exclusive-required': number;
        'id-exclusive-required-schema-v4': number;
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
