export type UserResponse = unknown;
/**
 * GET /examples
 */
export type GetExamplesParameters = {
    [key: string]: never;
};
export type GetExamplesRequestBody = never;
export type GetExamplesResponse = unknown;
