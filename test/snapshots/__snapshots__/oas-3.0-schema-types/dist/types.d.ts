export type Circular = {
    string?: string;
    children?: Circular[];
};
export type StringEnum = 'available' | 'pending' | 'sold';
/**
 * POST /anything/arrays
 */
export type ArraySchemaSupportParameters = {
    [key: string]: never;
};
/**
 * Array support
 */
export type ArraySchemaSupportRequestBody = {
    stock?: unknown[];
    /**
     * This is an `array` with a **markdown** description: [link](ref:action-object)
     */
    'with markdown description'?: unknown[];
    'with title'?: unknown[];
    'array<any>'?: unknown[];
    /**
     * Techncally this is a malformed schema, but we support it (for legacy reasons) and repair it to have `items: {}` when we generate JSON Schema for the form.
     *
     * Though its supported, not all OpenAPI validators allow it though so our support may regress at some point in the future.
     */
    'array<any> (but no `items` property)'?: unknown[];
    'array<string>'?: string[];
    /**
     * Default: null
     */
    'array<string> (with overall `null` default)'?: string[];
    'array<string> (loaded via a $ref)'?: StringEnum[];
    'array<integer>'?: number[];
    'array<number>'?: number[];
    'array<boolean>'?: boolean[];
    'array<object>'?: {
        string?: string;
        integer?: number;
        number?: number;
        boolean?: boolean;
    }[];
    'array<object> (additionalProperties)'?: {
        [key: string]: unknown;
    }[];
    'array<array<object>>'?: {
        string?: string;
    }[][];
};
/**
 * Array support
 */
export type ArraySchemaSupportResponse = undefined;
/**
 * POST /anything/arrays/top-level-payloads
 */
export type ArrayTopLevelObjectsParameters = {
    [key: string]: never;
};
/**
 * Top-level payloads (objects)
 */
export type ArrayTopLevelObjectsRequestBody = {
    string?: string;
    integer?: number;
    number?: number;
    boolean?: boolean;
    array?: unknown[];
    object?: {
        [key: string]: unknown;
    };
}[];
/**
 * Top-level payloads (objects)
 */
export type ArrayTopLevelObjectsResponse = undefined;
/**
 * PATCH /anything/arrays/top-level-payloads
 */
export type ArrayTopLevelPrimitivesParameters = {
    [key: string]: never;
};
/**
 * Top-level payloads (primitives)
 */
export type ArrayTopLevelPrimitivesRequestBody = string[];
/**
 * Top-level payloads (primitives)
 */
export type ArrayTopLevelPrimitivesResponse = undefined;
/**
 * POST /anything/booleans
 */
export type BooleanSchemaSupportParameters = {
    [key: string]: never;
};
/**
 * Boolean support
 */
export type BooleanSchemaSupportRequestBody = {
    stock?: boolean;
    /**
     * This is a `boolean` with a **markdown** description: [link](ref:action-object)
     */
    'description (markdown)'?: boolean;
    title?: boolean;
    /**
     * This boolean should be required.
     */
    required: boolean;
    /**
     * This boolean has a `default` of `false`.
     *
     * Default: false
     */
    default?: boolean;
    /**
     * This boolean has a `default` of `false`.
     *
     * Default: false
     */
    'default (required)': boolean;
    /**
     * Though this is missing a `type` declaration it should be treated as `boolean` because it contains an enum of `true` and `false`.
     */
    'inferred from enum'?: true | false;
};
/**
 * Boolean support
 */
export type BooleanSchemaSupportResponse = undefined;
/**
 * PATCH /anything/booleans
 */
export type BooleanTopLevelParameters = {
    [key: string]: never;
};
/**
 * Top-level payloads
 */
export type BooleanTopLevelRequestBody = boolean;
/**
 * Top-level payloads
 */
export type BooleanTopLevelResponse = undefined;
/**
 * POST /anything/circular
 */
export type CircularHandlingParameters = {
    [key: string]: never;
};
/**
 * Nested circular $ref
 */
export type CircularHandlingRequestBody = {
    circular?: Circular;
};
/**
 * Nested circular $ref
 */
export type CircularHandlingResponse = undefined;
/**
 * PATCH /anything/circular
 */
export type CircularTopLevelParameters = {
    [key: string]: never;
};
/**
 * Top-level circular $ref
 */
export type CircularTopLevelRequestBody = Circular;
/**
 * Top-level circular $ref
 */
export type CircularTopLevelResponse = undefined;
/**
 * PUT /anything/numbers
 */
export type NumberFormatSupportParameters = {
    [key: string]: never;
};
/**
 * `format` data types
 */
export type NumberFormatSupportRequestBody = {
    /**
     * Format: int8
     */
    'integer (format: int8)'?: number;
    /**
     * Format: uint8
     */
    'integer (format: uint8)'?: number;
    /**
     * Format: int16
     */
    'integer (format: int16)'?: number;
    /**
     * Format: uint16
     */
    'integer (format: uint16)'?: number;
    /**
     * Format: int32
     */
    'integer (format: int32)'?: number;
    /**
     * This `integer` input has `multipleOf: 2` set on itself to control the increment/decrement value set.
     *
     * Format: int32
     */
    'integer (format: int32, multipleOf: 2)'?: number;
    /**
     * Format: uint32
     */
    'integer (format: uint32)'?: number;
    /**
     * Format: int64
     */
    'integer (format: int64)'?: number;
    /**
     * Format: uint64
     */
    'integer (format: uint64)'?: number;
    /**
     * Format: float
     */
    'number (format: float)'?: number;
    /**
     * Format: double
     */
    'number (format: double)'?: number;
};
/**
 * `format` data types
 */
export type NumberFormatSupportResponse = undefined;
/**
 * POST /anything/numbers
 */
export type NumberSchemaSupportParameters = {
    [key: string]: never;
};
/**
 * Number support
 */
export type NumberSchemaSupportRequestBody = {
    'integer (stock)'?: number;
    /**
     * This is an `integer` with a **markdown** description: [link](ref:action-object)
     */
    'integer (markdown description)'?: number;
    'integer (title)'?: number;
    /**
     * This integer should be required.
     */
    'integer (required)': number;
    /**
     * This integer has a `default` of `1234`.
     *
     * Default: 1234
     */
    'integer (default)'?: number;
    /**
     * This integer has a `default` of `null`.
     *
     * Default: null
     */
    'integer (default null)'?: number;
    /**
     * This integer has a `default` of `1234` and is required.
     *
     * Default: 1234
     */
    'integer (default, required)': number;
    /**
     * This integer is `nullable`.
     */
    'integer (nullable)'?: number | null;
    /**
     * This integer has a `minimum` of `100` and `maximum` of `999`.
     */
    'integer (minimum / maximum)'?: number;
    'number (stock)'?: number;
    /**
     * This is a `number` with a **markdown** description: [link](ref:action-object)
     */
    'number (markdown description)'?: number;
    'number (title)'?: number;
    /**
     * This number should be required.
     */
    'number (required)': number;
    /**
     * This number has a `default` of `12.34`.
     *
     * Default: 12.34
     */
    'number (default)'?: number;
    /**
     * This number has a `default` of `null`.
     *
     * Default: null
     */
    'number (default null)'?: number;
    /**
     * This number has a `default` of `12.34` and is required.
     *
     * Default: 12.34
     */
    'number (default, required)': number;
    /**
     * This number is `nullable`..
     */
    'number (nullable)'?: number | null;
};
/**
 * Number support
 */
export type NumberSchemaSupportResponse = undefined;
/**
 * PATCH /anything/numbers
 */
export type NumberTopLevelParameters = {
    [key: string]: never;
};
/**
 * Top-level payloads
 */
export type NumberTopLevelRequestBody = number;
/**
 * Top-level payloads
 */
export type NumberTopLevelResponse = undefined;
/**
 * POST /anything/objects
 */
export type ObjectSchemaSupportParameters = {
    [key: string]: never;
};
/**
 * Object support
 */
export type ObjectSchemaSupportRequestBody = {
    object?: {
        string?: string;
        integer?: number;
        number?: number;
        object?: {
            string?: string;
        };
        array?: string[];
    };
    'object (with `title`)'?: {
        string?: string;
        integer?: number;
        number?: number;
        object?: {
            string?: string;
        };
        array?: string[];
    };
    /**
     * Though this object is missing an explicit `type: object` property it should still be recognized as an object because it has `properties`.
     */
    'object (without an explicit `type`)'?: {
        /**
         * Format: int64
         */
        property1?: number;
        /**
         * Format: int64
         */
        property2?: number;
    };
    'object (additionalProperties)'?: {
        [key: string]: unknown;
    };
    /**
     * Because this object is missing a `properties` declaration we should treat it as if `additionalProperties: true` were present on it so the enduser can still use it with the form.
     */
    'object (without `properties`)'?: {
        [key: string]: unknown;
    };
};
/**
 * Object support
 */
export type ObjectSchemaSupportResponse = undefined;
/**
 * POST /anything/quirks
 */
export type QuirksMissingTypeParameters = {
    [key: string]: never;
};
/**
 * Missing schema type
 */
export type QuirksMissingTypeRequestBody = {
    /**
     * Though this request body property is missing a `type` declaration we should stil render a `string` input box so that the user can interact with it.
     *
     * Default: "default value"
     */
    'missing type'?: unknown;
    'missing type (on completely empty schema)'?: unknown;
    /**
     * This array property is missing an explicit `type: array` but since it has an `items` declaration we're implicitly treating it as an array.
     */
    'implicit array'?: number[];
    /**
     * This object property is missing an explicit `type: object` but since it has an `properties` declaration we're implicitly treating it as an object.
     */
    'implicit object'?: {
        /**
         * Default: "buster"
         */
        name?: string;
    };
};
/**
 * Missing schema type
 */
export type QuirksMissingTypeResponse = undefined;
/**
 * PUT /anything/quirks/polymorphism
 */
export type QuirksEntirelyIncompatibleAllOfParameters = {
    [key: string]: never;
};
/**
 * Incompatible allOf schemas on a root requestBody
 */
export type QuirksEntirelyIncompatibleAllOfRequestBody = never;
/**
 * Incompatible allOf schemas on a root requestBody
 */
export type QuirksEntirelyIncompatibleAllOfResponse = undefined;
/**
 * POST /anything/quirks/polymorphism
 */
export type QuirksIncompatibleNestedAllOfParameters = {
    [key: string]: never;
};
/**
 * Incompatible nested allOf schemas
 */
export type QuirksIncompatibleNestedAllOfRequestBody = {
    /**
     * This property consists of an `allOf` of a `string` and an `integer` schema. Since these two schemas are incompatible and we're unable to merge them per the `allOf` rules, we instead eliminate the `allOf` and render out a `string` instead.
     *
     * This is obviously less than ideal but it assures that the user can still interact with the property.
     */
    incompatible?: never;
    /**
     * Unlike the `incompatible` property above this `allOf` consists of two objects that **can** be merged.
     */
    compatible?: {
        name?: string;
    } & {
        name?: unknown;
    };
};
/**
 * Incompatible nested allOf schemas
 */
export type QuirksIncompatibleNestedAllOfResponse = undefined;
/**
 * PATCH /anything/quirks/polymorphism
 */
export type QuirksPartiallyUsableIncompatibleAllOfParameters = {
    [key: string]: never;
};
/**
 * Incompatible allOf schemas on a root requestBody (with other schema properties)
 */
export type QuirksPartiallyUsableIncompatibleAllOfRequestBody = never;
/**
 * Incompatible allOf schemas on a root requestBody (with other schema properties)
 */
export type QuirksPartiallyUsableIncompatibleAllOfResponse = undefined;
/**
 * POST /anything/raw_body/top-level-payloads
 */
export type RawBodyTopLevelParameters = {
    [key: string]: never;
};
/**
 * Top-level RAW_BODY (string)
 */
export type RawBodyTopLevelRequestBody = {
    RAW_BODY?: string;
};
/**
 * Top-level RAW_BODY (string)
 */
export type RawBodyTopLevelResponse = undefined;
/**
 * PATCH /anything/raw_body/top-level-payloads
 */
export type RawBodyTopLevelJSONParameters = {
    [key: string]: never;
};
/**
 * Top-level RAW_BODY (JSON)
 */
export type RawBodyTopLevelJSONRequestBody = {
    /**
     * Format: json
     */
    RAW_BODY?: string;
};
/**
 * Top-level RAW_BODY (JSON)
 */
export type RawBodyTopLevelJSONResponse = undefined;
/**
 * PUT /anything/strings
 */
export type StringFormatSupportParameters = {
    [key: string]: never;
};
/**
 * `format` data types
 */
export type StringFormatSupportRequestBody = {
    /**
     * Format: binary
     */
    binary?: string;
    /**
     * Format: binary
     *
     * Default: "data:text/plain;name=file1.txt;base64,dGVzdDE="
     */
    'binary (with default)': string;
    /**
     * Strings with `format: blob` should render a `<textarea>`.
     *
     * Format: blob
     */
    blob?: string;
    /**
     * Format: date
     */
    date?: string;
    /**
     * This accepts a pattern of matching `(\d{4})-(\d{2})-(\d{2})`
     *
     * Format: date
     */
    'date (with pattern)'?: string;
    /**
     * Unsupported due to the varying ways that `date-time` is utilized in API definitions for representing dates, the [lack of wide browser support for the input](https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/datetime-local#Browser_compatibility), and that it's not [RFC 3339](https://tools.ietf.org/html/rfc3339) compliant.
     *
     * Format: date-time
     */
    'date-time'?: string;
    /**
     * Strings with `format: html` should render a `<textarea>`.
     *
     * Format: html
     */
    html?: string;
    /**
     * This is a special ReadMe data type to render a `<textarea>` to be parsed as JSON
     *
     * Format: json
     */
    json?: string;
    /**
     * Format: string
     */
    string?: string;
    /**
     * Format: password
     */
    password?: string;
    /**
     * This `format: password` input has a `minLength` and `maxLength` configured.
     *
     * Format: password
     */
    'password (minLength: 5, maxLength: 20)'?: string;
    /**
     * Format: url
     */
    url?: string;
    /**
     * Format: unknown-format
     */
    'unknown-format'?: string;
};
/**
 * `format` data types
 */
export type StringFormatSupportResponse = undefined;
/**
 * POST /anything/strings
 */
export type StringSchemaSupportParameters = {
    [key: string]: never;
};
/**
 * String support
 */
export type StringSchemaSupportRequestBody = {
    stock?: string;
    /**
     * This is a string with a **markdown** description: [link](ref:action-object)
     */
    'description (markdown)'?: string;
    title?: string;
    /**
     * This string should be required.
     */
    required: string;
    /**
     * This string has a `default` of `default value`.
     *
     * Default: "default value"
     */
    default?: string;
    /**
     * This string has a `default` of `null`.
     *
     * Default: null
     */
    'default (null)'?: string;
    /**
     * This string has a `default` of `default value` and is required.
     *
     * Default: "default value"
     */
    'default (required)': string;
    /**
     * This string has is `nullable`.
     */
    nullable?: string | null;
    enum?: 'available' | 'pending' | 'sold';
    /**
     * This enum has a `default` of `available`.
     *
     * Default: "available"
     */
    'enum (with default)'?: 'available' | 'pending' | 'sold';
    /**
     * This enum has a `default` of `available` and is required.
     *
     * Default: "available"
     */
    'enum (with default and required)'?: 'available' | 'pending' | 'sold';
    /**
     * This enum has a an empty string (`""`) as one of its available options.
     */
    'enum (with empty option)'?: '' | 'available' | 'pending' | 'sold';
    /**
     * This enum has a an empty string (`""`) as its only available option, and that same value is set as its `default`.
     *
     * Default: ""
     */
    'enum (with empty option and empty default)'?: '';
};
/**
 * String support
 */
export type StringSchemaSupportResponse = undefined;
/**
 * POST /anything/strings/top-level-payloads
 */
export type StringTopLevelParameters = {
    [key: string]: never;
};
/**
 * Top-level payloads
 */
export type StringTopLevelRequestBody = string;
/**
 * Top-level payloads
 */
export type StringTopLevelResponse = undefined;
/**
 * PATCH /anything/strings/top-level-payloads
 */
export type StringTopLevelJSONParameters = {
    [key: string]: never;
};
/**
 * Top-level payloads (JSON)
 */
export type StringTopLevelJSONRequestBody = string;
/**
 * Top-level payloads (JSON)
 */
export type StringTopLevelJSONResponse = undefined;
