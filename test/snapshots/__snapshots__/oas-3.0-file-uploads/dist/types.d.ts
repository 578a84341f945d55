/**
 * POST /anything/image-png
 */
export type PostAnythingImagePngParameters = {
    [key: string]: never;
};
/**
 * `image/png` uploads
 */
export type PostAnythingImagePngRequestBody = globalThis.Blob | ArrayBuffer | Uint8Array | string;
/**
 * `image/png` uploads
 */
export type PostAnythingImagePngResponse = undefined;
/**
 * PUT /anything/multipart-formdata
 */
export type PutAnythingMultipartFormdataParameters = {
    [key: string]: never;
};
/**
 * Multiple files
 */
export type PutAnythingMultipartFormdataRequestBody = {
    filename?: (globalThis.Blob | string)[];
};
/**
 * Multiple files
 */
export type PutAnythingMultipartFormdataResponse = undefined;
/**
 * POST /anything/multipart-formdata
 */
export type PostAnythingMultipartFormdataParameters = {
    [key: string]: never;
};
/**
 * Single file
 */
export type PostAnythingMultipartFormdataRequestBody = {
    orderId?: number;
    userId?: number;
    /**
     * Format: binary
     */
    documentFile?: globalThis.Blob | string;
};
/**
 * Single file
 */
export type PostAnythingMultipartFormdataResponse = undefined;
