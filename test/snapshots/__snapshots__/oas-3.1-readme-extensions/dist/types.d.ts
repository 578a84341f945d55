export type Pet = {
    /**
     * Format: int64
     */
    id?: number;
    name: string;
    photoUrls: string[];
    tags?: Tag[];
    /**
     * pet status in the store
     */
    status?: 'available' | 'pending' | 'sold';
};
export type Tag = {
    /**
     * Format: int64
     */
    id?: number;
    name?: string;
};
/**
 * GET /x-code-samples
 */
export type XCodeSamplesParameters = {
    [key: string]: never;
};
/**
 * Custom code samples with the "x-code-samples" extension
 */
export type XCodeSamplesRequestBody = never;
/**
 * Custom code samples with the "x-code-samples" extension
 */
export type XCodeSamplesResponse = unknown;
/**
 * POST /x-code-samples
 */
export type XReadmeCodeSamplesParameters = {
    [key: string]: never;
};
/**
 * Custom code samples with the "x-readme.code-samples" extension
 */
export type XReadmeCodeSamplesRequestBody = never;
/**
 * Custom code samples with the "x-readme.code-samples" extension
 */
export type XReadmeCodeSamplesResponse = unknown;
/**
 * POST /x-explorer-enabled
 */
export type XReadmeExplorerEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable interactivity with the "x-readme.explorer-enabled" extension
 */
export type XReadmeExplorerEnabledRequestBody = Pet;
/**
 * Disable interactivity with the "x-readme.explorer-enabled" extension
 */
export type XReadmeExplorerEnabledResponse = unknown;
/**
 * PATCH /x-explorer-enabled
 */
export type XExplorerEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable interactivity with the "x-explorer-enabled" extension
 */
export type XExplorerEnabledRequestBody = Pet;
/**
 * Disable interactivity with the "x-explorer-enabled" extension
 */
export type XExplorerEnabledResponse = unknown;
/**
 * POST /x-headers
 */
export type XReadmeHeadersParameters = {
    [key: string]: never;
};
/**
 * Static headers with the "x-readme.headers" extension
 */
export type XReadmeHeadersRequestBody = never;
/**
 * Static headers with the "x-readme.headers" extension
 */
export type XReadmeHeadersResponse = unknown;
/**
 * PATCH /x-headers
 */
export type XHeadersParameters = {
    [key: string]: never;
};
/**
 * Static headers with the "x-headers" extension
 */
export type XHeadersRequestBody = never;
/**
 * Static headers with the "x-headers" extension
 */
export type XHeadersResponse = unknown;
/**
 * POST /x-proxy-enabled
 */
export type XReadmeProxyEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable funneling requests through our CORS proxy with the "x-readme.proxy-enabled" extension
 */
export type XReadmeProxyEnabledRequestBody = never;
/**
 * Disable funneling requests through our CORS proxy with the "x-readme.proxy-enabled" extension
 */
export type XReadmeProxyEnabledResponse = unknown;
/**
 * PATCH /x-proxy-enabled
 */
export type XProxyEnabledParameters = {
    [key: string]: never;
};
/**
 * Disable funneling requests through our CORS proxy with the "x-proxy-enabled" extension
 */
export type XProxyEnabledRequestBody = never;
/**
 * Disable funneling requests through our CORS proxy with the "x-proxy-enabled" extension
 */
export type XProxyEnabledResponse = unknown;
/**
 * GET /x-samples-languages
 */
export type XReadmeSamplesLanguagesParameters = {
    [key: string]: never;
};
/**
 * Control available code sample languages the "x-readme.samples-languages" extension
 */
export type XReadmeSamplesLanguagesRequestBody = never;
/**
 * Control available code sample languages the "x-readme.samples-languages" extension
 */
export type XReadmeSamplesLanguagesResponse = unknown;
/**
 * POST /x-samples-languages
 */
export type XSamplesLanguagesParameters = {
    [key: string]: never;
};
/**
 * Control available code sample languages the "x-samples-languages" extension
 */
export type XSamplesLanguagesRequestBody = never;
/**
 * Control available code sample languages the "x-samples-languages" extension
 */
export type XSamplesLanguagesResponse = unknown;
