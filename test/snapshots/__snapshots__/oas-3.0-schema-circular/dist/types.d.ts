export type BodyPart = {
    contentDisposition?: ContentDisposition;
    entity?: {
        [key: string]: unknown;
    };
    headers?: {
        empty?: boolean;
        [key: string]: unknown;
    };
    mediaType?: {
        type?: string;
        subtype?: string;
        parameters?: {
            [key: string]: string;
        };
        wildcardType?: boolean;
        wildcardSubtype?: boolean;
    };
    messageBodyWorkers?: MessageBodyWorkers;
    parent?: MultiPart;
    providers?: {
        [key: string]: unknown;
    };
    parameterizedHeaders?: {
        empty?: boolean;
        [key: string]: unknown;
    };
};
export type ContentDisposition = {
    type?: string;
    parameters?: {
        [key: string]: string;
    };
    fileName?: string;
    /**
     * Format: date-time
     */
    creationDate?: string;
    /**
     * Format: date-time
     */
    modificationDate?: string;
    /**
     * Format: date-time
     */
    readDate?: string;
    /**
     * Format: int64
     */
    size?: number;
};
/**
 * A single file which will be added/updated or a ZIP archive containing files that will be added/updated. The name of the ZIP archive does not matter but the names of the files contained within do.
 */
export type FormDataBodyPart = {
    contentDisposition?: ContentDisposition;
    entity?: {
        [key: string]: unknown;
    };
    headers?: {
        empty?: boolean;
        [key: string]: unknown;
    };
    mediaType?: {
        type?: string;
        subtype?: string;
        parameters?: {
            [key: string]: string;
        };
        wildcardType?: boolean;
        wildcardSubtype?: boolean;
    };
    messageBodyWorkers?: MessageBodyWorkers;
    parent?: MultiPart;
    providers?: {
        [key: string]: unknown;
    };
    name?: string;
    value?: string;
    formDataContentDisposition?: FormDataContentDisposition;
    simple?: boolean;
    parameterizedHeaders?: {
        empty?: boolean;
        [key: string]: unknown;
    };
};
export type FormDataContentDisposition = {
    type?: string;
    parameters?: {
        [key: string]: string;
    };
    fileName?: string;
    /**
     * Format: date-time
     */
    creationDate?: string;
    /**
     * Format: date-time
     */
    modificationDate?: string;
    /**
     * Format: date-time
     */
    readDate?: string;
    /**
     * Format: int64
     */
    size?: number;
    name?: string;
};
export type MessageBodyWorkers = {
    [key: string]: unknown;
};
export type MultiPart = {
    contentDisposition?: ContentDisposition;
    entity?: {
        [key: string]: unknown;
    };
    headers?: {
        empty?: boolean;
        [key: string]: unknown;
    };
    mediaType?: {
        type?: string;
        subtype?: string;
        parameters?: {
            [key: string]: string;
        };
        wildcardType?: boolean;
        wildcardSubtype?: boolean;
    };
    messageBodyWorkers?: MessageBodyWorkers;
    parent?: MultiPart;
    providers?: {
        [key: string]: unknown;
    };
    bodyParts?: BodyPart[];
    parameterizedHeaders?: {
        empty?: boolean;
        [key: string]: unknown;
    };
};
export type ParameterizedHeader = {
    value?: string;
    parameters?: {
        [key: string]: string;
    };
};
export type ZoneId = {
    rules?: ZoneRules;
};
export type ZoneOffset = {
    id?: string;
    rules?: ZoneRules;
};
export type ZoneOffsetTransition = {
    offsetBefore?: ZoneOffset;
    offsetAfter?: ZoneOffset;
    /**
     * Format: date-time
     */
    dateTimeAfter?: string;
    /**
     * Format: date-time
     */
    dateTimeBefore?: string;
};
export type ZoneRules = {
    transitions?: ZoneOffsetTransition[];
};
/**
 * PUT /circular
 */
export type PutCircularParameters = {
    [key: string]: never;
};
export type PutCircularRequestBody = {
    file?: FormDataBodyPart;
    typename?: string;
};
export type PutCircularResponse = undefined;
/**
 * PUT /nestedTest
 */
export type PutNestedTestParameters = {
    [key: string]: never;
};
export type PutNestedTestRequestBody = {
    foo?: string;
    arr?: string[][][][][][][][][];
    obj?: {
        ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff?: {
            fooa?: {
                'foob:'?: {
                    fooc?: string;
                };
            };
        };
    };
};
export type PutNestedTestResponse = undefined;
/**
 * POST /not-quite-circular
 */
export type PostNotQuiteCircularParameters = {
    [key: string]: never;
};
export type PostNotQuiteCircularRequestBody = {
    rules?: ZoneRules;
};
export type PostNotQuiteCircularResponse = undefined;
