/**
 * GET /empty-operation-servers
 */
export type GetEmptyOperationServersParameters = {
    [key: string]: never;
};
/**
 * Empty operation-level servers
 */
export type GetEmptyOperationServersRequestBody = never;
/**
 * Empty operation-level servers
 */
export type GetEmptyOperationServersResponse = undefined;
/**
 * GET /empty-path-item-servers
 */
export type GetEmptyPathItemServersParameters = {
    [key: string]: never;
};
/**
 * Empty path-level servers
 */
export type GetEmptyPathItemServersRequestBody = never;
/**
 * Empty path-level servers
 */
export type GetEmptyPathItemServersResponse = undefined;
/**
 * GET /operation-server-variables
 */
export type GetOperationServerVariablesParameters = {
    [key: string]: never;
};
/**
 * Operation-level server variables
 */
export type GetOperationServerVariablesRequestBody = never;
/**
 * Operation-level server variables
 */
export type GetOperationServerVariablesResponse = undefined;
/**
 * GET /path-item-ref-server
 */
export type GetPathItemRefServerParameters = {
    [key: string]: never;
};
/**
 * Path item ref server source
 */
export type GetPathItemRefServerRequestBody = never;
/**
 * Path item ref server source
 */
export type GetPathItemRefServerResponse = undefined;
/**
 * GET /path-item-server-source
 */
export type GetPathItemServerSourceParameters = {
    [key: string]: never;
};
/**
 * Path item ref server source
 */
export type GetPathItemServerSourceRequestBody = never;
/**
 * Path item ref server source
 */
export type GetPathItemServerSourceResponse = undefined;
/**
 * GET /relative-operation-server
 */
export type GetRelativeOperationServerParameters = {
    [key: string]: never;
};
/**
 * Relative operation-level server
 */
export type GetRelativeOperationServerRequestBody = never;
/**
 * Relative operation-level server
 */
export type GetRelativeOperationServerResponse = undefined;
/**
 * GET /relative-path-server
 */
export type GetRelativePathServerParameters = {
    [key: string]: never;
};
/**
 * Relative path-level server
 */
export type GetRelativePathServerRequestBody = never;
/**
 * Relative path-level server
 */
export type GetRelativePathServerResponse = undefined;
