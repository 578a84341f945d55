export type Impossible = never;
export type Settings = {
    booleanAsString?: never;
    mixedEnum?: 'on' | 'off';
    constOfOtherType?: never;
    disjointAllOf?: never;
    emptyLength?: string;
    constOutsideEnum?: never;
    nullableEnum?: null | 'x';
    emptyRange?: number;
    enumMember?: never;
    booleanEnum?: never;
};
/**
 * GET /settings
 */
export type GetSettingsParameters = {
    query?: {
        flag?: never;
        level?: number;
    };
};
export type GetSettingsRequestBody = never;
export type GetSettingsResponse = Settings;
/**
 * PUT /settings
 */
export type PutSettingsParameters = {
    [key: string]: never;
};
export type PutSettingsRequestBody = Settings;
export type PutSettingsResponse = undefined;
