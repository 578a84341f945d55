export type DateTime = string;
export type Offset = {
    id?: string;
    rules?: Rules;
};
export type OffsetTransition = {
    /**
     * Format: date-time
     */
    dateTime?: string;
    offsetAfter?: Offset;
    offsetBefore?: Offset;
};
export type ProductStock = {
    test_param?: SalesLine[];
};
export type Rules = {
    transitions?: OffsetTransition[];
};
export type SalesLine = {
    stock?: ProductStock;
};
/**
 * GET /anything
 */
export type GetAnythingParameters = {
    [key: string]: never;
};
export type GetAnythingRequestBody = never;
export type GetAnythingResponse = {
    /**
     * Format: date-time
     */
    dateTime?: string;
    offsetAfter?: Offset;
    offsetBefore?: Offset;
};
/**
 * PUT /anything
 */
export type PutAnythingParameters = {
    header?: {
        content?: SalesLine[];
    };
};
export type PutAnythingRequestBody = never;
export type PutAnythingResponse = SalesLine[] | SalesLine;
/**
 * POST /anything
 */
export type PostAnythingParameters = {
    [key: string]: never;
};
export type PostAnythingRequestBody = {
    circular?: Offset;
};
export type PostAnythingResponse = undefined;
