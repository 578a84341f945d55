export type ErrorMessage = {
    /**
     * Format: int32
     */
    statusCode?: number;
    error?: string | null;
    inner?: ErrorMessage;
    canBeRetried?: 'Unknown' | 'Yes' | 'No';
    /**
     * Format: int32
     */
    detailedErrorCode?: number;
};
/**
 * GET /anything
 */
export type GetAnythingParameters = {
    [key: string]: never;
};
export type GetAnythingRequestBody = never;
export type GetAnythingResponse = undefined;
