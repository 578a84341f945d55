export type ArrayOfFlatObjects = FlatObject[];
export type ArrayOfObjectsOfObjectsAndArrays = ObjectOfObjectsAndArrays[];
export type ArrayOfPrimitives = string[];
export type FlatObject = {
    string?: string;
    boolean?: boolean;
    number?: number;
};
export type MultischemaOfEverything = ArrayOfObjectsOfObjectsAndArrays | {
    objEverything?: ObjectOfEverything;
    flatObj?: FlatObject;
} | ArrayOfPrimitives | ArrayOfFlatObjects | FlatObject | ObjectOfEverything;
export type ObjectOfAdditionalPropertiesObjectPolymorphism = {
    [key: string]: {
        primitive?: string;
        boolean?: boolean;
        metadata?: {
            [key: string]: unknown;
        } | FlatObject | ObjectWithArray;
    };
};
export type ObjectOfEverything = {
    /**
     * Object containing objects and arrays
     */
    objectOfObjectsAndArrays?: ObjectOfObjectsAndArrays;
    /**
     * Array of objects (containing objects and arrays)
     */
    arrayOfObjectsOfObjectsAndArrays?: ArrayOfObjectsOfObjectsAndArrays;
    /**
     * Object containing an `additionalProperties` declaration that's comprised of a polymorphic `oneOf`.
     */
    objectOfAdditionalProperties?: ObjectOfAdditionalPropertiesObjectPolymorphism;
    string?: string;
};
export type ObjectOfObjectsAndArrays = {
    /**
     * Simple flat object
     */
    singleObject?: FlatObject;
    /**
     * Array of primitives
     */
    arrayOfPrimitives?: ArrayOfPrimitives;
    /**
     * Array of objects
     */
    arrayOfObjects?: ArrayOfFlatObjects;
    primitive?: string;
};
/**
 * Metadata Object
 *
 * Metadata for defining additional objects related to your API
 */
export type ObjectWithArray = {
    Array?: {
        inputs?: {
            'input 1'?: string;
            'input 2'?: string;
        }[];
        nums?: (0 | 1 | 2 | 3)[];
    }[];
};
/**
 * PUT /anything/top-level-array
 */
export type PutAnythingTopLevelArrayParameters = {
    [key: string]: never;
};
/**
 * Array of Everything
 */
export type PutAnythingTopLevelArrayRequestBody = ObjectOfEverything[];
/**
 * Array of Everything
 */
export type PutAnythingTopLevelArrayResponse = ObjectOfEverything[];
/**
 * POST /anything/top-level-array
 */
export type PostAnythingTopLevelArrayParameters = {
    [key: string]: never;
};
/**
 * Simple Array
 */
export type PostAnythingTopLevelArrayRequestBody = ArrayOfFlatObjects;
/**
 * Simple Array
 */
export type PostAnythingTopLevelArrayResponse = ArrayOfFlatObjects;
/**
 * POST /anything/top-level-object/simple
 */
export type PostAnythingTopLevelObjectSimpleParameters = {
    [key: string]: never;
};
/**
 * Simple Object
 */
export type PostAnythingTopLevelObjectSimpleRequestBody = {
    nestedObject_1?: FlatObject;
    nestedObject_2?: FlatObject;
    nestedObject_3?: FlatObject;
};
/**
 * Simple Object
 */
export type PostAnythingTopLevelObjectSimpleResponse = {
    nestedObject?: FlatObject;
};
/**
 * POST /multischema/of-everything
 */
export type PostMultischemaOfEverythingParameters = {
    [key: string]: never;
};
/**
 * Multischema of Everything
 */
export type PostMultischemaOfEverythingRequestBody = MultischemaOfEverything;
/**
 * Multischema of Everything
 */
export type PostMultischemaOfEverythingResponse = MultischemaOfEverything;
/**
 * POST /top-level-object/of-everything
 */
export type PostTopLevelObjectOfEverythingParameters = {
    [key: string]: never;
};
/**
 * Object of Everything
 */
export type PostTopLevelObjectOfEverythingRequestBody = ObjectOfEverything;
/**
 * Object of Everything
 */
export type PostTopLevelObjectOfEverythingResponse = ObjectOfEverything;
