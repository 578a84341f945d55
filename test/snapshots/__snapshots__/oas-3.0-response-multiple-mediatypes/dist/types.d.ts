/**
 * POST /multiple-types-multiple-examples
 */
export type PostMultipleTypesMultipleExamplesParameters = {
    [key: string]: never;
};
/**
 * Multiple response types with multiple examples
 */
export type PostMultipleTypesMultipleExamplesRequestBody = {
    /**
     * Format: date
     */
    'string (format: date)'?: string;
    /**
     * Format: date-time
     */
    'string (format: date-time)'?: string;
    /**
     * Format: string
     */
    'string (format: string)'?: string;
};
/**
 * Multiple response types with multiple examples
 */
export type PostMultipleTypesMultipleExamplesResponse = string;
/**
 * POST /multiple-types-single-example
 */
export type PostMultipleTypesSingleExampleParameters = {
    [key: string]: never;
};
/**
 * Multiple response types with a single example
 */
export type PostMultipleTypesSingleExampleRequestBody = {
    /**
     * Format: date
     */
    'string (format: date)'?: string;
    /**
     * Format: date-time
     */
    'string (format: date-time)'?: string;
    /**
     * Format: string
     */
    'string (format: string)'?: string;
};
/**
 * Multiple response types with a single example
 */
export type PostMultipleTypesSingleExampleResponse = string;
/**
 * GET /single-type-multiple-examples
 */
export type GetSingleTypeMultipleExamplesParameters = {
    [key: string]: never;
};
/**
 * Single media type with multiple examples
 */
export type GetSingleTypeMultipleExamplesRequestBody = never;
/**
 * Single media type with multiple examples
 */
export type GetSingleTypeMultipleExamplesResponse = unknown;
/**
 * GET /single-type-single-example
 */
export type GetSingleTypeSingleExampleParameters = {
    [key: string]: never;
};
/**
 * Single media type with a single example
 */
export type GetSingleTypeSingleExampleRequestBody = never;
/**
 * Single media type with a single example
 */
export type GetSingleTypeSingleExampleResponse = unknown;
