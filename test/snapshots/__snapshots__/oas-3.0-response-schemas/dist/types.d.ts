export type Node = {
    children?: Node[];
};
export type Object = {
    primitive?: string;
    readonly 'read-only'?: string;
    object?: {
        primitive?: boolean;
    };
    array?: {
        primitive?: boolean;
    }[];
    pets?: Pet[];
};
/**
 * Request (write) view of {@link Object}: without readOnly properties.
 */
export type ObjectWritable = {
    primitive?: string;
    'write-only'?: string;
    object?: {
        primitive?: boolean;
    };
    array?: {
        primitive?: boolean;
    }[];
    pets?: Pet[];
};
export type Pet = {
    /**
     * Format: int64
     */
    id?: number;
    name: string;
    name2?: string;
    name3?: string;
    name4?: string;
    name5?: string;
    name6?: string;
    name7?: string;
    name8?: string;
    name9?: string;
    name10?: string;
    name11?: string;
    name12?: string;
    name13?: string;
    name14?: string;
    name15?: string;
    name16?: string;
    name17?: string;
    name18?: string;
    name19?: string;
    photoUrls: string[];
    /**
     * pet status in the store
     */
    status?: 'available' | 'pending' | 'sold';
};
/**
 * GET /anything/array-of-objects
 */
export type GetAnythingArrayOfObjectsParameters = {
    [key: string]: never;
};
/**
 * Array of objects
 */
export type GetAnythingArrayOfObjectsRequestBody = never;
/**
 * Array of objects
 */
export type GetAnythingArrayOfObjectsResponse = Object[];
/**
 * GET /anything/array-of-primitives
 */
export type GetAnythingArrayOfPrimitivesParameters = {
    [key: string]: never;
};
/**
 * Array of primitives
 */
export type GetAnythingArrayOfPrimitivesRequestBody = never;
/**
 * Array of primitives
 */
export type GetAnythingArrayOfPrimitivesResponse = string[];
/**
 * GET /anything/markdown
 */
export type GetAnythingMarkdownParameters = {
    [key: string]: never;
};
/**
 * Markdown
 */
export type GetAnythingMarkdownRequestBody = never;
/**
 * Markdown
 */
export type GetAnythingMarkdownResponse = Object;
/**
 * GET /anything/object
 */
export type GetAnythingObjectParameters = {
    [key: string]: never;
};
/**
 * Object (also demonstrates readonly/writeonly)
 */
export type GetAnythingObjectRequestBody = ObjectWritable;
/**
 * Object (also demonstrates readonly/writeonly)
 */
export type GetAnythingObjectResponse = Object;
/**
 * GET /anything/polymorphism
 */
export type GetAnythingPolymorphismParameters = {
    [key: string]: never;
};
/**
 * Polymorphism
 */
export type GetAnythingPolymorphismRequestBody = never;
/**
 * Polymorphism
 */
export type GetAnythingPolymorphismResponse = string | Pet;
/**
 * GET /anything/recursive
 */
export type GetAnythingRecursiveParameters = {
    [key: string]: never;
};
/**
 * Recursive $ref lookup
 */
export type GetAnythingRecursiveRequestBody = never;
/**
 * Recursive $ref lookup
 */
export type GetAnythingRecursiveResponse = Node[];
/**
 * GET /anything/returns-as-json-but-is-actually-string
 */
export type GetAnythingReturnsAsJsonButIsActuallyStringParameters = {
    [key: string]: never;
};
/**
 * Returns as JSON, but is actually a simple string
 */
export type GetAnythingReturnsAsJsonButIsActuallyStringRequestBody = never;
/**
 * Returns as JSON, but is actually a simple string
 */
export type GetAnythingReturnsAsJsonButIsActuallyStringResponse = string;
/**
 * GET /multiple-responses/object
 */
export type GetMultipleResponsesObjectParameters = {
    [key: string]: never;
};
/**
 * Object
 */
export type GetMultipleResponsesObjectRequestBody = never;
/**
 * Object
 */
export type GetMultipleResponsesObjectResponse = {
    hello?: string;
    there?: string;
};
