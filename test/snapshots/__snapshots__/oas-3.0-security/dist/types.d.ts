/**
 * GET /anything/apiKey
 */
export type GetAnythingApiKeyParameters = {
    [key: string]: never;
};
/**
 * Query parameter
 */
export type GetAnythingApiKeyRequestBody = never;
/**
 * Query parameter
 */
export type GetAnythingApiKeyResponse = undefined;
/**
 * PUT /anything/apiKey
 */
export type PutAnythingApiKeyParameters = {
    [key: string]: never;
};
/**
 * Header
 */
export type PutAnythingApiKeyRequestBody = never;
/**
 * Header
 */
export type PutAnythingApiKeyResponse = undefined;
/**
 * POST /anything/apiKey
 */
export type PostAnythingApiKeyParameters = {
    [key: string]: never;
};
/**
 * Cookie
 */
export type PostAnythingApiKeyRequestBody = never;
/**
 * Cookie
 */
export type PostAnythingApiKeyResponse = undefined;
/**
 * POST /anything/basic
 */
export type PostAnythingBasicParameters = {
    [key: string]: never;
};
/**
 * Basic
 */
export type PostAnythingBasicRequestBody = never;
/**
 * Basic
 */
export type PostAnythingBasicResponse = undefined;
/**
 * PUT /anything/bearer
 */
export type PutAnythingBearerParameters = {
    [key: string]: never;
};
/**
 * Bearer (`jwt` format)
 */
export type PutAnythingBearerRequestBody = never;
/**
 * Bearer (`jwt` format)
 */
export type PutAnythingBearerResponse = undefined;
/**
 * POST /anything/bearer
 */
export type PostAnythingBearerParameters = {
    [key: string]: never;
};
/**
 * Bearer
 */
export type PostAnythingBearerRequestBody = never;
/**
 * Bearer
 */
export type PostAnythingBearerResponse = undefined;
/**
 * POST /anything/no-auth
 */
export type PostAnythingNoAuthParameters = {
    [key: string]: never;
};
/**
 * No auth requirements
 */
export type PostAnythingNoAuthRequestBody = never;
/**
 * No auth requirements
 */
export type PostAnythingNoAuthResponse = undefined;
/**
 * GET /anything/oauth2
 */
export type GetAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (authorizationCode flow type)
 */
export type GetAnythingOauth2RequestBody = never;
/**
 * General support (authorizationCode flow type)
 */
export type GetAnythingOauth2Response = undefined;
/**
 * PUT /anything/oauth2
 */
export type PutAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (clientCredentials flow type)
 */
export type PutAnythingOauth2RequestBody = never;
/**
 * General support (clientCredentials flow type)
 */
export type PutAnythingOauth2Response = undefined;
/**
 * POST /anything/oauth2
 */
export type PostAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (all flow types)
 */
export type PostAnythingOauth2RequestBody = never;
/**
 * General support (all flow types)
 */
export type PostAnythingOauth2Response = undefined;
/**
 * DELETE /anything/oauth2
 */
export type DeleteAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (password flow type)
 */
export type DeleteAnythingOauth2RequestBody = never;
/**
 * General support (password flow type)
 */
export type DeleteAnythingOauth2Response = undefined;
/**
 * PATCH /anything/oauth2
 */
export type PatchAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (implicit flow type)
 */
export type PatchAnythingOauth2RequestBody = never;
/**
 * General support (implicit flow type)
 */
export type PatchAnythingOauth2Response = undefined;
/**
 * POST /anything/openIdConnect
 */
export type PostAnythingOpenIdConnectParameters = {
    [key: string]: never;
};
/**
 * General support
 */
export type PostAnythingOpenIdConnectRequestBody = never;
/**
 * General support
 */
export type PostAnythingOpenIdConnectResponse = undefined;
/**
 * GET /anything/optional-auth
 */
export type GetAnythingOptionalAuthParameters = {
    [key: string]: never;
};
/**
 * Optional auth
 */
export type GetAnythingOptionalAuthRequestBody = never;
/**
 * Optional auth
 */
export type GetAnythingOptionalAuthResponse = undefined;
/**
 * POST /status/401
 */
export type PostStatus401Parameters = {
    [key: string]: never;
};
/**
 * Forced invalid authentication
 */
export type PostStatus401RequestBody = never;
/**
 * Forced invalid authentication
 */
export type PostStatus401Response = unknown;
