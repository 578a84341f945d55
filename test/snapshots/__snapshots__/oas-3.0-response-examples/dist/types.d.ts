export type UserResponse = unknown;
/**
 * GET /example
 */
export type GetExampleParameters = {
    [key: string]: never;
};
export type GetExampleRequestBody = never;
export type GetExampleResponse = unknown;
/**
 * GET /examples
 */
export type GetExamplesParameters = {
    [key: string]: never;
};
export type GetExamplesRequestBody = never;
export type GetExamplesResponse = unknown;
