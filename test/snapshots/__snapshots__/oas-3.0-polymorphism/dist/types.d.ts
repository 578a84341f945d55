/**
 * Meow
 */
export type Cat = {
    [key: string]: unknown;
} & Pet & {
    hunts?: boolean;
    age?: number;
};
/**
 * Woof
 */
export type Dog = Pet & {
    bark?: boolean;
    breed?: 'Dingo' | 'Husky' | 'Retriever' | 'Shepherd';
};
/**
 * First type of object
 */
export type Object1 = {
    a?: string;
    b?: string;
};
/**
 * Second type of object
 */
export type Object2 = {
    c?: string;
    d?: string;
};
export type Pet = {
    pet_type: string;
};
export type String1 = string;
export type String2 = string;
/**
 * POST /any-of-with-type
 */
export type PostAnyOfWithTypeParameters = {
    [key: string]: never;
};
/**
 * anyOf With Type
 */
export type PostAnyOfWithTypeRequestBody = {
    event?: string;
};
/**
 * anyOf With Type
 */
export type PostAnyOfWithTypeResponse = undefined;
/**
 * POST /anything/all-of-object
 */
export type PostAnythingAllOfObjectParameters = {
    [key: string]: never;
};
/**
 * allOf with listed objects
 */
export type PostAnythingAllOfObjectRequestBody = {
    [key: string]: unknown;
} & {
    a?: string;
    b?: string;
} & {
    c?: string;
    d?: string;
};
/**
 * allOf with listed objects
 */
export type PostAnythingAllOfObjectResponse = undefined;
/**
 * POST /anything/any-of-object
 */
export type PostAnythingAnyOfObjectParameters = {
    [key: string]: never;
};
/**
 * anyOf object
 */
export type PostAnythingAnyOfObjectRequestBody = {
    a?: string;
    b?: string;
} | {
    c?: string;
    d?: string;
};
/**
 * anyOf object
 */
export type PostAnythingAnyOfObjectResponse = undefined;
/**
 * POST /anything/any-of-primitive
 */
export type PostAnythingAnyOfPrimitiveParameters = {
    [key: string]: never;
};
/**
 * anyOf primitive
 */
export type PostAnythingAnyOfPrimitiveRequestBody = string | number;
/**
 * anyOf primitive
 */
export type PostAnythingAnyOfPrimitiveResponse = undefined;
/**
 * POST /anything/nested-one-of-object-ref
 */
export type PostAnythingNestedOneOfObjectRefParameters = {
    [key: string]: never;
};
/**
 * nested oneOf object with $ref pointers
 */
export type PostAnythingNestedOneOfObjectRefRequestBody = {
    config?: Object1 | Object2;
};
/**
 * nested oneOf object with $ref pointers
 */
export type PostAnythingNestedOneOfObjectRefResponse = undefined;
/**
 * POST /anything/nested-one-of-object-with-nested-one-of
 */
export type PostAnythingNestedOneOfObjectWithNestedOneOfParameters = {
    [key: string]: never;
};
export type PostAnythingNestedOneOfObjectWithNestedOneOfRequestBody = {
    config?: Object1 | Object2 | Cat | Dog;
};
export type PostAnythingNestedOneOfObjectWithNestedOneOfResponse = undefined;
/**
 * POST /anything/nested-one-of-ref
 */
export type PostAnythingNestedOneOfRefParameters = {
    [key: string]: never;
};
export type PostAnythingNestedOneOfRefRequestBody = {
    config?: String1 | String2;
};
export type PostAnythingNestedOneOfRefResponse = undefined;
/**
 * POST /anything/one-of-object
 */
export type PostAnythingOneOfObjectParameters = {
    [key: string]: never;
};
/**
 * oneOf object
 */
export type PostAnythingOneOfObjectRequestBody = {
    a?: string;
    b?: string;
} | {
    c?: string;
    d?: string;
};
/**
 * oneOf object
 */
export type PostAnythingOneOfObjectResponse = undefined;
/**
 * POST /anything/one-of-object-ref
 */
export type PostAnythingOneOfObjectRefParameters = {
    [key: string]: never;
};
/**
 * oneOf object with $ref pointers
 */
export type PostAnythingOneOfObjectRefRequestBody = Object1 | Object2;
/**
 * oneOf object with $ref pointers
 */
export type PostAnythingOneOfObjectRefResponse = undefined;
/**
 * POST /anything/one-of-primitive
 */
export type PostAnythingOneOfPrimitiveParameters = {
    [key: string]: never;
};
/**
 * oneOf primitive
 */
export type PostAnythingOneOfPrimitiveRequestBody = string | number;
/**
 * oneOf primitive
 */
export type PostAnythingOneOfPrimitiveResponse = undefined;
/**
 * POST /one-of-complex
 */
export type PostOneOfComplexParameters = {
    [key: string]: never;
};
/**
 * oneOf object with a complex schema
 */
export type PostOneOfComplexRequestBody = {
    [key: string]: unknown;
} & ({
    listing_id: number;
    regulatory_body: string;
    registration?: {
        permit_number: string;
        registration_ownership: 'OWNER' | 'PROPERTY_MANAGER';
        email: string;
        full_name: string;
        identification_number: string;
    };
    exemption?: {
        reason: 'LISTING_TYPE_NOT_INCLUDED' | 'LISTING_NOT_TOURIST_ACCOMMODATION';
        registration_ownership: 'OWNER' | 'PROPERTY_MANAGER';
        email: string;
        full_name: string;
        identification_number: string;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    registration?: {
        permit_number: string;
        expiration_date: string;
        full_name: string;
        email: string;
        listing_address: string;
        attestation_existing_registration: boolean;
    };
    exemption?: {
        exemption_reason: 'hotel_motel';
        full_name: string;
        email: string;
        attestation_exemption_claim: boolean;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    registration?: {
        permit_number: string;
        email: string;
        full_name: string;
        listing_address: string;
        attestation: boolean;
    };
    exemption?: {
        exemption_reason: 'hotel_motel' | 'bed_breakfast_lodging' | 'institutional_business' | 'hospitals';
        listing_address: string;
        attestation: boolean;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    registration?: {
        permit_number: string;
        registration_ownership: string;
        email: string;
        full_name: string;
        identification_number: string;
    };
    exemption?: {
        reason: 'listing_not_full_building' | 'listing_is_shared_room' | 'other_exemption_reason';
        registration_ownership: 'OWNER' | 'PROPERTY_MANAGER';
        email: string;
        full_name: string;
        identification_number: string;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    registration: {
        permit_number: string;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    affiliation: {
        attestation_entrepreneur: boolean;
        listing_address: string;
    };
} | {
    listing_id: number;
    regulatory_body: string;
    categorization: {
        listing_type: 'primary_residence' | 'houseboat' | 'tent' | 'tree_house' | 'hotel_or_hostel' | 'serviced_apartment' | 'trailer' | 'mobile_home' | 'summer_house';
        data_reporting_status?: 'private_activity' | 'business_activity';
        data_reporting_bbr?: string;
        attestation?: boolean;
        attestation_conditional?: boolean;
    };
});
/**
 * oneOf object with a complex schema
 */
export type PostOneOfComplexResponse = undefined;
/**
 * POST /one-of-with-type
 */
export type PostOneOfWithTypeParameters = {
    [key: string]: never;
};
/**
 * One Of With Type
 */
export type PostOneOfWithTypeRequestBody = {
    event?: string;
};
/**
 * One Of With Type
 */
export type PostOneOfWithTypeResponse = undefined;
/**
 * PATCH /pets
 */
export type PatchPetsParameters = {
    [key: string]: never;
};
/**
 * oneOf request with a nested allOf
 */
export type PatchPetsRequestBody = Cat | Dog;
/**
 * oneOf request with a nested allOf
 */
export type PatchPetsResponse = undefined;
