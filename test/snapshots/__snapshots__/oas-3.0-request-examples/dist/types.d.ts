export type Pet = {
    name?: string;
    petType?: 'Cat' | 'Dog';
};
export type Pets = Pet[];
export type Tag = {
    /**
     * Format: int64
     */
    id?: number;
    name?: string;
};
/**
 * Token
 */
export type Token = {
    /**
     * Format: int32
     */
    access_token: number;
    token_type: string;
    /**
     * Format: int32
     */
    expires_in: number;
};
export type User = {
    id?: number;
    email?: string;
    name?: string;
};
/**
 * GET /parameterExamples/{param1}/{param2}
 */
export type GetParameterExamplesByParam1ByParam2Parameters = {
    path: {
        param1: string;
        param2: string;
    };
};
/**
 * Within `examples` (parameters)
 */
export type GetParameterExamplesByParam1ByParam2RequestBody = never;
/**
 * Within `examples` (parameters)
 */
export type GetParameterExamplesByParam1ByParam2Response = User;
/**
 * PUT /parameterExamples/{param1}/{param2}
 */
export type PutParameterExamplesByParam1ByParam2Parameters = {
    path: {
        param1: string;
        param2: string;
    };
};
/**
 * Within `example`
 */
export type PutParameterExamplesByParam1ByParam2RequestBody = User;
/**
 * Within `example`
 */
export type PutParameterExamplesByParam1ByParam2Response = User;
/**
 * PATCH /parameterExamples/{param1}/{param2}
 */
export type PatchParameterExamplesByParam1ByParam2Parameters = {
    path: {
        param1: string;
        param2: string;
    };
    query?: {
        param3?: string;
        param4?: string;
    };
    header: {
        param5: string;
        param6?: string;
    };
};
/**
 * Within `examples` (mixed)
 */
export type PatchParameterExamplesByParam1ByParam2RequestBody = User;
/**
 * Within `examples` (mixed)
 */
export type PatchParameterExamplesByParam1ByParam2Response = User;
/**
 * PUT /requestBody
 */
export type PutRequestBodyParameters = {
    [key: string]: never;
};
/**
 * `$ref` within `example`
 */
export type PutRequestBodyRequestBody = User;
/**
 * `$ref` within `example`
 */
export type PutRequestBodyResponse = User;
/**
 * POST /requestBody
 */
export type PostRequestBodyParameters = {
    [key: string]: never;
};
/**
 * Within `examples` (body)
 */
export type PostRequestBodyRequestBody = User;
/**
 * Within `examples` (body)
 */
export type PostRequestBodyResponse = User;
/**
 * PATCH /requestBody
 */
export type PatchRequestBodyParameters = {
    [key: string]: never;
};
/**
 * Within `example`
 */
export type PatchRequestBodyRequestBody = User;
/**
 * Within `example`
 */
export type PatchRequestBodyResponse = User;
/**
 * POST /requestBody-form-data-example
 */
export type DemoFormDataParameters = {
    [key: string]: never;
};
/**
 * Demo handling of formData
 */
export type DemoFormDataRequestBody = {
    client_id: string;
    client_secret: string;
    /**
     * Format: int32
     */
    scope?: number;
};
/**
 * Demo handling of formData
 */
export type DemoFormDataResponse = Token;
/**
 * POST /requestBody-multi-media-types
 */
export type PostRequestBodyMultiMediaTypesParameters = {
    [key: string]: never;
};
/**
 * Within `examples`
 */
export type PostRequestBodyMultiMediaTypesRequestBody = unknown;
/**
 * Within `examples`
 */
export type PostRequestBodyMultiMediaTypesResponse = string;
/**
 * PUT /requestBody-primitive-example
 */
export type PutRequestBodyPrimitiveExampleParameters = {
    [key: string]: never;
};
/**
 * Stringified JSON arrays in an `examples` value
 */
export type PutRequestBodyPrimitiveExampleRequestBody = Pets;
/**
 * Stringified JSON arrays in an `examples` value
 */
export type PutRequestBodyPrimitiveExampleResponse = Pets;
/**
 * POST /requestBody-primitive-example
 */
export type PostRequestBodyPrimitiveExampleParameters = {
    [key: string]: never;
};
/**
 * Primitive `example`
 */
export type PostRequestBodyPrimitiveExampleRequestBody = string;
/**
 * Primitive `example`
 */
export type PostRequestBodyPrimitiveExampleResponse = string;
/**
 * PATCH /requestBody-primitive-example
 */
export type PatchRequestBodyPrimitiveExampleParameters = {
    [key: string]: never;
};
/**
 * Stringified JSON object in an `examples` value
 */
export type PatchRequestBodyPrimitiveExampleRequestBody = Pet;
/**
 * Stringified JSON object in an `examples` value
 */
export type PatchRequestBodyPrimitiveExampleResponse = Pet;
