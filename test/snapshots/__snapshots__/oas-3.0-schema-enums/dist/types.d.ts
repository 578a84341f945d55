/**
 * GET /anything/strings
 */
export type NumberEnumSupportParameters = {
    [key: string]: never;
};
/**
 * Number enum support
 */
export type NumberEnumSupportRequestBody = {
    /**
     * A regular ol' enum
     */
    enum?: 0 | 1 | 2;
    /**
     * A regular ol' enum
     */
    'enum *required': 0 | 1 | 2;
    /**
     * This enum has a `default` of `1`.
     *
     * Default: 1
     */
    'enum (with default)'?: 0 | 1 | 2;
    /**
     * A required enum with a default (if a field is required it should probably always have a default, eh?)
     *
     * Default: 2
     */
    'enum (with default) *required': 0 | 1 | 2;
    /**
     * This enum has a `example` of `1`.
     */
    'enum (with example)'?: 0 | 1 | 2;
    /**
     * This enum has a `example` of `1` and is required.
     */
    'enum (with example) *required': 0 | 1 | 2;
    /**
     * This enum has an empty string (`""`) as one of its available options.
     */
    'enum (with empty option)'?: 0 | 1 | 2;
    /**
     * This enum has multiple duplicate options, they should get deduped in the UI
     */
    'enum (with duplicate options)'?: 0 | 2;
};
/**
 * Number enum support
 */
export type NumberEnumSupportResponse = undefined;
/**
 * PUT /anything/strings
 */
export type BooleanEnumSupportParameters = {
    [key: string]: never;
};
/**
 * Boolean enum support
 */
export type BooleanEnumSupportRequestBody = {
    /**
     * A regular ol' enum
     */
    enum?: true | false;
    /**
     * A regular ol' enum
     */
    'enum *required': true | false;
    /**
     * This enum has a `default` of `false`.
     *
     * Default: false
     */
    'enum (with default)'?: true | false;
    /**
     * A required enum with a default (if a field is required it should probably always have a default, eh?)
     *
     * Default: true
     */
    'enum (with default) *required': true | false;
};
/**
 * Boolean enum support
 */
export type BooleanEnumSupportResponse = undefined;
/**
 * POST /anything/strings
 */
export type StringEnumSupportParameters = {
    [key: string]: never;
};
/**
 * String enum support
 */
export type StringEnumSupportRequestBody = {
    /**
     * A regular ol' enum
     */
    enum?: 'available' | 'pending' | 'sold';
    /**
     * A regular ol' enum
     */
    'enum *required': 'available' | 'pending' | 'sold';
    /**
     * This enum has a `default` of `available`.
     *
     * Default: "available"
     */
    'enum (with default)'?: 'available' | 'pending' | 'sold';
    /**
     * A required enum with a default (if a field is required it should probably always have a default, eh?)
     *
     * Default: "available"
     */
    'enum (with default) *required': 'available' | 'pending' | 'sold';
    /**
     * This enum has a `example` of `pending`.
     */
    'enum (with example)'?: 'available' | 'pending' | 'sold';
    /**
     * This enum has a `example` of `pending` and is required.
     */
    'enum (with example) *required': 'available' | 'pending' | 'sold';
    /**
     * This enum has an example that isn't part of the enum, so the option does not get hidden
     */
    'enum (with non-value example)'?: 'available' | 'pending' | 'sold';
    /**
     * This enum has an example that isn't part of the enum, so the option does not get hidden
     */
    'enum (with non-value example) *required': 'available' | 'pending' | 'sold';
    /**
     * This enum has an empty string (`""`) as one of its available options.
     */
    'enum (with empty option)'?: '' | 'available' | 'pending' | 'sold';
    /**
     * This enum has multiple duplicate options, they should get deduped in the UI
     */
    'enum (with duplicate options)'?: '' | 'available';
    /**
     * This enum has a an empty string (`""`) as its only available option, and that same value is set as its `default`.
     *
     * Default: ""
     */
    'enum (with empty option and empty default)'?: '';
};
/**
 * String enum support
 */
export type StringEnumSupportResponse = undefined;
