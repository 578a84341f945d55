/**
 * PUT /combo
 */
export type PutComboParameters = {
    [key: string]: never;
};
/**
 * Path-common level and operation-level operation servers
 */
export type PutComboRequestBody = never;
/**
 * Path-common level and operation-level operation servers
 */
export type PutComboResponse = undefined;
/**
 * POST /global
 */
export type PostGlobalParameters = {
    [key: string]: never;
};
/**
 * Global servers + variables
 */
export type PostGlobalRequestBody = never;
/**
 * Global servers + variables
 */
export type PostGlobalResponse = undefined;
/**
 * POST /operation
 */
export type PostOperationParameters = {
    [key: string]: never;
};
/**
 * Operation-level servers + variables
 */
export type PostOperationRequestBody = never;
/**
 * Operation-level servers + variables
 */
export type PostOperationResponse = undefined;
/**
 * PUT /path
 */
export type PutPathParameters = {
    [key: string]: never;
};
/**
 * Path-common level operation servers
 */
export type PutPathRequestBody = never;
/**
 * Path-common level operation servers
 */
export type PutPathResponse = undefined;
