/**
 * POST /anything/and
 */
export type PostAnythingAndParameters = {
    [key: string]: never;
};
/**
 * Multiple forms of auth are required (&&)
 */
export type PostAnythingAndRequestBody = never;
/**
 * Multiple forms of auth are required (&&)
 */
export type PostAnythingAndResponse = unknown;
/**
 * POST /anything/and-or
 */
export type PostAnythingAndOrParameters = {
    [key: string]: never;
};
/**
 * Two security flows are present, one of which has multiple forms of required auth (&& ||)
 */
export type PostAnythingAndOrRequestBody = never;
/**
 * Two security flows are present, one of which has multiple forms of required auth (&& ||)
 */
export type PostAnythingAndOrResponse = unknown;
/**
 * POST /anything/many-and-or
 */
export type PostAnythingManyAndOrParameters = {
    [key: string]: never;
};
/**
 * Many security flows are present, each with multiple forms of required auth (&& ||)
 */
export type PostAnythingManyAndOrRequestBody = never;
/**
 * Many security flows are present, each with multiple forms of required auth (&& ||)
 */
export type PostAnythingManyAndOrResponse = unknown;
/**
 * POST /anything/or
 */
export type PostAnythingOrParameters = {
    [key: string]: never;
};
/**
 * Two forms of auth can be used, only one is required (||)
 */
export type PostAnythingOrRequestBody = never;
/**
 * Two forms of auth can be used, only one is required (||)
 */
export type PostAnythingOrResponse = unknown;
