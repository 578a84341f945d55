/**
 * ApplicationApprovedEvent
 *
 * Emitted when an application is underwritten and approved.
 */
export type ApplicationApprovedEvent = BasePurchaseWebhookEvent;
/**
 * ApplicationDeniedEvent
 *
 * Emitted when an application is underwritten and denied.
 */
export type ApplicationDeniedEvent = BasePurchaseWebhookEvent;
export type BaseBuyerWebhookEvent = BaseWebhookEvent & {
    /**
     * ID of the buyer the event corresponds to.
     */
    buyer_id: string;
};
export type BasePurchaseWebhookEvent = BaseBuyerWebhookEvent & {
    /**
     * Provided Partner Order ID.
     */
    order_id?: string;
};
/**
 * Vehicle (from [Redocly example](https://redocly.com/docs/resources/discriminator#when-to-use-the-openapi-discriminator))
 */
export type BaseVehicle = {
    /**
     * The type of vehicle.
     */
    vehicleType?: string;
    /**
     * A road, river, air... Where does this vehicle thrive?
     */
    idealTerrain?: string;
    /**
     * How is the vehicle powered.
     */
    powerSource?: string;
    /**
     * The top speed in kilometers per hour rounded to the nearest integer.
     */
    topSpeed?: number;
    /**
     * The 95th percentile range of a trip in kilometers.
     */
    range?: number;
};
export type BaseWebhookEvent = {
    /**
     * Type of the webhook event.
     */
    event_type: 'application_approved' | 'application_denied';
    /**
     * ID of the event.
     */
    event_id: string;
};
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
 * Meow
 */
export type CatNoDisc = {
    [key: string]: unknown;
} & PetNoDisc & {
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
 * Woof
 */
export type DogNoDisc = PetNoDisc & {
    bark?: boolean;
    breed?: 'Dingo' | 'Husky' | 'Retriever' | 'Shepherd';
};
export type ElectricVehicle = BaseVehicle & {
    /**
     * In range kilometers per hour.
     */
    chargeSpeed?: number;
    /**
     * Amps recommended for charging.
     */
    chargeAmps?: number;
    /**
     * Voltage recommended for charging.
     */
    chargeVoltage?: number;
};
export type FueledVehicle = BaseVehicle & {
    /**
     * Capacity of the fuel tank in gallons.
     *
     * Format: double
     */
    tankCapacity?: number;
    /**
     * Miles per gallon on the highway.
     *
     * Format: double
     */
    milesPerGallon?: number;
};
export type GcsImport = {
    gcs_bucket?: string;
    gcs_prefix?: string;
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
/**
 * Schema title option one
 */
export type OptionOneNoDisc = {
    discrim: string;
    optionone?: number;
};
/**
 * Schema title option three
 */
export type OptionThreeNoDisc = {
    discrim: string;
    optionthree?: string;
};
/**
 * Schema title option two
 */
export type OptionTwoNoDisc = {
    discrim: string;
    optiontwo?: string;
};
export type PedaledVehicle = BaseVehicle & {
    /**
     * Type of handlebars
     */
    handlebars?: 'flat' | 'riser' | 'bullhorn' | 'drop' | 'aero' | 'cruiser';
};
export type Pet = {
    pet_type: string;
};
export type PetNoDisc = {
    pet_type: string;
};
export type S3Import = {
    s3_bucket?: string;
    s3_prefix?: string;
};
export type String1 = string;
export type String2 = string;
/**
 * PATCH /discriminator-with-mapping
 */
export type OneOfWithTopLevelDiscriminatorAndMappingParameters = {
    [key: string]: never;
};
/**
 * oneOf with discriminator and mapping
 */
export type OneOfWithTopLevelDiscriminatorAndMappingRequestBody = OptionOneNoDisc | OptionTwoNoDisc;
/**
 * oneOf with discriminator and mapping
 */
export type OneOfWithTopLevelDiscriminatorAndMappingResponse = undefined;
/**
 * PATCH /discriminator-with-no-mapping
 */
export type OneOfWithTopLevelDiscriminatorNoMappingParameters = {
    [key: string]: never;
};
/**
 * oneOf with top-level discriminator (no mapping)
 */
export type OneOfWithTopLevelDiscriminatorNoMappingRequestBody = OptionOneNoDisc | OptionTwoNoDisc;
/**
 * oneOf with top-level discriminator (no mapping)
 */
export type OneOfWithTopLevelDiscriminatorNoMappingResponse = undefined;
/**
 * PATCH /embedded-discriminator
 */
export type PatchEmbeddedDiscriminatorParameters = {
    [key: string]: never;
};
/**
 * oneOf request with a nested allOf and embedded discriminator
 */
export type PatchEmbeddedDiscriminatorRequestBody = Cat | Dog;
/**
 * oneOf request with a nested allOf and embedded discriminator
 */
export type PatchEmbeddedDiscriminatorResponse = undefined;
/**
 * PATCH /improper-discriminator-placement
 */
export type OneOfWithImproperlyPlacedDiscriminatorParameters = {
    [key: string]: never;
};
/**
 * oneOf with a discriminator that is referencing a property up a level
 */
export type OneOfWithImproperlyPlacedDiscriminatorRequestBody = {
    connector_type?: 's3Import' | 'gcsImport';
    connector_properties?: {
        [key: string]: unknown;
    } & (GcsImport | S3Import);
};
/**
 * oneOf with a discriminator that is referencing a property up a level
 */
export type OneOfWithImproperlyPlacedDiscriminatorResponse = undefined;
/**
 * PATCH /mapping-of-schema-names
 */
export type PatchMappingOfSchemaNamesParameters = {
    [key: string]: never;
};
/**
 * Discriminator with a schema name mapping
 */
export type PatchMappingOfSchemaNamesRequestBody = OptionOneNoDisc | OptionTwoNoDisc;
/**
 * Discriminator with a schema name mapping
 */
export type PatchMappingOfSchemaNamesResponse = undefined;
/**
 * PATCH /mapping-with-duplicate-schemas
 */
export type PatchMappingWithDuplicateSchemasParameters = {
    [key: string]: never;
};
/**
 * Handle a schema with duplicate mapping schemas
 */
export type PatchMappingWithDuplicateSchemasRequestBody = {
    discrimValue?: 'oneA' | 'oneB' | 'oneC' | 'twoA' | 'twoB' | 'three';
} & (OptionOneNoDisc | OptionTwoNoDisc | OptionThreeNoDisc);
/**
 * Handle a schema with duplicate mapping schemas
 */
export type PatchMappingWithDuplicateSchemasResponse = undefined;
/**
 * PATCH /nested-one-of-object-with-nested-one-of
 */
export type PatchNestedOneOfObjectWithNestedOneOfParameters = {
    [key: string]: never;
};
/**
 * oneOf request with a nested oneOf, and embedded discriminator
 */
export type PatchNestedOneOfObjectWithNestedOneOfRequestBody = {
    config?: Object1 | Object2 | Cat | Dog;
};
/**
 * oneOf request with a nested oneOf, and embedded discriminator
 */
export type PatchNestedOneOfObjectWithNestedOneOfResponse = undefined;
/**
 * PATCH /oneof-allof-top-level-disc
 */
export type PatchOneofAllofTopLevelDiscParameters = {
    [key: string]: never;
};
/**
 * oneOf request with a nested allOf and top level discriminator
 */
export type PatchOneofAllofTopLevelDiscRequestBody = CatNoDisc | DogNoDisc;
/**
 * oneOf request with a nested allOf and top level discriminator
 */
export type PatchOneofAllofTopLevelDiscResponse = undefined;
/**
 * POST /potentially-undefined-formData
 */
export type PostPotentiallyUndefinedFormDataParameters = {
    [key: string]: never;
};
/**
 * Handling for potentially undefined formData
 */
export type PostPotentiallyUndefinedFormDataRequestBody = ApplicationApprovedEvent | ApplicationDeniedEvent;
/**
 * Handling for potentially undefined formData
 */
export type PostPotentiallyUndefinedFormDataResponse = undefined;
/**
 * PATCH /redocly-flavored-discriminator
 */
export type RedoclyQuirkParameters = {
    [key: string]: never;
};
/**
 * Discriminator without `anyOf` or `oneOf` that Redocly supports
 */
export type RedoclyQuirkRequestBody = {
    vehicle?: BaseVehicle;
    /**
     * Some other property that should render alongside the discriminated property
     *
     * Default: "default-value"
     */
    some_other_property?: string;
};
/**
 * Discriminator without `anyOf` or `oneOf` that Redocly supports
 */
export type RedoclyQuirkResponse = undefined;
