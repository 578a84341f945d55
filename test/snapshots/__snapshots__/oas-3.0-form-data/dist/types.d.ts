/**
 * Token
 */
export type Token = {
    /**
     * Format: int32
     */
    access_token: number;
    token_type: string;
    /**
     * Format: int32
     */
    expires_in: number;
};
/**
 * POST /anything
 */
export type DemoFormDataParameters = {
    [key: string]: never;
};
/**
 * Demo handling of formData
 */
export type DemoFormDataRequestBody = {
    client_id: string;
    client_secret: string;
    /**
     * Format: int32
     */
    scope?: number;
};
/**
 * Demo handling of formData
 */
export type DemoFormDataResponse = Token;
