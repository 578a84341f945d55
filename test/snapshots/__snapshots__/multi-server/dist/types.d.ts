/**
 * GET /items
 */
export type ListItemsParameters = {
    [key: string]: never;
};
export type ListItemsRequestBody = never;
export type ListItemsResponse = string[];
/**
 * POST /upload
 */
export type UploadParameters = {
    [key: string]: never;
};
export type UploadRequestBody = {
    name?: string;
};
export type UploadResponse = {
    name?: string;
};
