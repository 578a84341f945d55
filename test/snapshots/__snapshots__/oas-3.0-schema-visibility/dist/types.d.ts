/**
 * POST /
 */
export type PostParameters = {
    [key: string]: never;
};
export type PostRequestBody = {
    id?: string;
    propWithWriteOnly?: string;
};
export type PostResponse = {
    id?: string;
    readonly propWithReadOnly?: string;
};
