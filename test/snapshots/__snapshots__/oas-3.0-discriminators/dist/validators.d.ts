import type * as T from './types.js';
import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  isBinaryBody as acceptsBinaryBody,
  isBlob as acceptsBlob,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema,
  type JsonSchemaValue,
  type StandardValidator,
  type IssuePath,
  type ValidationIssue,
  type ValidateOptions,
  type ValidationResult,
} from './runtime/validation.js';
import {
  codePointLength,
  duplicateItems,
  isDecimalMultiple,
  jsonEqual,
  jsonIncludes,
} from './runtime/validation-json.js';
import * as formats from './runtime/validation-formats.js';
export {
  ValidationError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from './runtime/validation.js';

/**
 * Checks a value against `ApplicationApprovedEvent`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateApplicationApprovedEvent(value: unknown, options?: ValidateOptions): ValidationResult<T.ApplicationApprovedEvent>;

/**
 * True when a value matches `ApplicationApprovedEvent`.
 */
export declare function isApplicationApprovedEvent(value: unknown): value is T.ApplicationApprovedEvent;

/**
 * Checks a value against `ApplicationDeniedEvent`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateApplicationDeniedEvent(value: unknown, options?: ValidateOptions): ValidationResult<T.ApplicationDeniedEvent>;

/**
 * True when a value matches `ApplicationDeniedEvent`.
 */
export declare function isApplicationDeniedEvent(value: unknown): value is T.ApplicationDeniedEvent;

/**
 * Checks a value against `BaseBuyerWebhookEvent`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBaseBuyerWebhookEvent(value: unknown, options?: ValidateOptions): ValidationResult<T.BaseBuyerWebhookEvent>;

/**
 * True when a value matches `BaseBuyerWebhookEvent`.
 */
export declare function isBaseBuyerWebhookEvent(value: unknown): value is T.BaseBuyerWebhookEvent;

/**
 * Checks a value against `BasePurchaseWebhookEvent`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBasePurchaseWebhookEvent(value: unknown, options?: ValidateOptions): ValidationResult<T.BasePurchaseWebhookEvent>;

/**
 * True when a value matches `BasePurchaseWebhookEvent`.
 */
export declare function isBasePurchaseWebhookEvent(value: unknown): value is T.BasePurchaseWebhookEvent;

/**
 * Checks a value against `BaseVehicle`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBaseVehicle(value: unknown, options?: ValidateOptions): ValidationResult<T.BaseVehicle>;

/**
 * True when a value matches `BaseVehicle`.
 */
export declare function isBaseVehicle(value: unknown): value is T.BaseVehicle;

/**
 * Checks a value against `BaseWebhookEvent`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBaseWebhookEvent(value: unknown, options?: ValidateOptions): ValidationResult<T.BaseWebhookEvent>;

/**
 * True when a value matches `BaseWebhookEvent`.
 */
export declare function isBaseWebhookEvent(value: unknown): value is T.BaseWebhookEvent;

/**
 * Checks a value against `Cat`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCat(value: unknown, options?: ValidateOptions): ValidationResult<T.Cat>;

/**
 * True when a value matches `Cat`.
 */
export declare function isCat(value: unknown): value is T.Cat;

/**
 * Checks a value against `CatNoDisc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCatNoDisc(value: unknown, options?: ValidateOptions): ValidationResult<T.CatNoDisc>;

/**
 * True when a value matches `CatNoDisc`.
 */
export declare function isCatNoDisc(value: unknown): value is T.CatNoDisc;

/**
 * Checks a value against `Dog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDog(value: unknown, options?: ValidateOptions): ValidationResult<T.Dog>;

/**
 * True when a value matches `Dog`.
 */
export declare function isDog(value: unknown): value is T.Dog;

/**
 * Checks a value against `DogNoDisc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDogNoDisc(value: unknown, options?: ValidateOptions): ValidationResult<T.DogNoDisc>;

/**
 * True when a value matches `DogNoDisc`.
 */
export declare function isDogNoDisc(value: unknown): value is T.DogNoDisc;

/**
 * Checks a value against `ElectricVehicle`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateElectricVehicle(value: unknown, options?: ValidateOptions): ValidationResult<T.ElectricVehicle>;

/**
 * True when a value matches `ElectricVehicle`.
 */
export declare function isElectricVehicle(value: unknown): value is T.ElectricVehicle;

/**
 * Checks a value against `FueledVehicle`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFueledVehicle(value: unknown, options?: ValidateOptions): ValidationResult<T.FueledVehicle>;

/**
 * True when a value matches `FueledVehicle`.
 */
export declare function isFueledVehicle(value: unknown): value is T.FueledVehicle;

/**
 * Checks a value against `GcsImport`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGcsImport(value: unknown, options?: ValidateOptions): ValidationResult<T.GcsImport>;

/**
 * True when a value matches `GcsImport`.
 */
export declare function isGcsImport(value: unknown): value is T.GcsImport;

/**
 * Checks a value against `Object1`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObject1(value: unknown, options?: ValidateOptions): ValidationResult<T.Object1>;

/**
 * True when a value matches `Object1`.
 */
export declare function isObject1(value: unknown): value is T.Object1;

/**
 * Checks a value against `Object2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateObject2(value: unknown, options?: ValidateOptions): ValidationResult<T.Object2>;

/**
 * True when a value matches `Object2`.
 */
export declare function isObject2(value: unknown): value is T.Object2;

/**
 * Checks a value against `OptionOneNoDisc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOptionOneNoDisc(value: unknown, options?: ValidateOptions): ValidationResult<T.OptionOneNoDisc>;

/**
 * True when a value matches `OptionOneNoDisc`.
 */
export declare function isOptionOneNoDisc(value: unknown): value is T.OptionOneNoDisc;

/**
 * Checks a value against `OptionThreeNoDisc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOptionThreeNoDisc(value: unknown, options?: ValidateOptions): ValidationResult<T.OptionThreeNoDisc>;

/**
 * True when a value matches `OptionThreeNoDisc`.
 */
export declare function isOptionThreeNoDisc(value: unknown): value is T.OptionThreeNoDisc;

/**
 * Checks a value against `OptionTwoNoDisc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOptionTwoNoDisc(value: unknown, options?: ValidateOptions): ValidationResult<T.OptionTwoNoDisc>;

/**
 * True when a value matches `OptionTwoNoDisc`.
 */
export declare function isOptionTwoNoDisc(value: unknown): value is T.OptionTwoNoDisc;

/**
 * Checks a value against `PedaledVehicle`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePedaledVehicle(value: unknown, options?: ValidateOptions): ValidationResult<T.PedaledVehicle>;

/**
 * True when a value matches `PedaledVehicle`.
 */
export declare function isPedaledVehicle(value: unknown): value is T.PedaledVehicle;

/**
 * Checks a value against `Pet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<T.Pet>;

/**
 * True when a value matches `Pet`.
 */
export declare function isPet(value: unknown): value is T.Pet;

/**
 * Checks a value against `PetNoDisc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePetNoDisc(value: unknown, options?: ValidateOptions): ValidationResult<T.PetNoDisc>;

/**
 * True when a value matches `PetNoDisc`.
 */
export declare function isPetNoDisc(value: unknown): value is T.PetNoDisc;

/**
 * Checks a value against `S3Import`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateS3Import(value: unknown, options?: ValidateOptions): ValidationResult<T.S3Import>;

/**
 * True when a value matches `S3Import`.
 */
export declare function isS3Import(value: unknown): value is T.S3Import;

/**
 * Checks a value against `String1`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateString1(value: unknown, options?: ValidateOptions): ValidationResult<T.String1>;

/**
 * True when a value matches `String1`.
 */
export declare function isString1(value: unknown): value is T.String1;

/**
 * Checks a value against `String2`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateString2(value: unknown, options?: ValidateOptions): ValidationResult<T.String2>;

/**
 * True when a value matches `String2`.
 */
export declare function isString2(value: unknown): value is T.String2;

/**
 * Checks a value against the request body of `oneOfWithTopLevelDiscriminatorAndMapping`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOneOfWithTopLevelDiscriminatorAndMappingRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.OneOfWithTopLevelDiscriminatorAndMappingRequestBody>;

/**
 * True when a value matches the request body of `oneOfWithTopLevelDiscriminatorAndMapping`.
 */
export declare function isOneOfWithTopLevelDiscriminatorAndMappingRequestBody(value: unknown): value is T.OneOfWithTopLevelDiscriminatorAndMappingRequestBody;

/**
 * Checks a value against the response body of `oneOfWithTopLevelDiscriminatorAndMapping`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOneOfWithTopLevelDiscriminatorAndMappingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.OneOfWithTopLevelDiscriminatorAndMappingResponse>;

/**
 * True when a value matches the response body of `oneOfWithTopLevelDiscriminatorAndMapping`.
 */
export declare function isOneOfWithTopLevelDiscriminatorAndMappingResponse(value: unknown): value is T.OneOfWithTopLevelDiscriminatorAndMappingResponse;

/**
 * Checks a value against the request body of `oneOfWithTopLevelDiscriminatorNoMapping`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOneOfWithTopLevelDiscriminatorNoMappingRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.OneOfWithTopLevelDiscriminatorNoMappingRequestBody>;

/**
 * True when a value matches the request body of `oneOfWithTopLevelDiscriminatorNoMapping`.
 */
export declare function isOneOfWithTopLevelDiscriminatorNoMappingRequestBody(value: unknown): value is T.OneOfWithTopLevelDiscriminatorNoMappingRequestBody;

/**
 * Checks a value against the response body of `oneOfWithTopLevelDiscriminatorNoMapping`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOneOfWithTopLevelDiscriminatorNoMappingResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.OneOfWithTopLevelDiscriminatorNoMappingResponse>;

/**
 * True when a value matches the response body of `oneOfWithTopLevelDiscriminatorNoMapping`.
 */
export declare function isOneOfWithTopLevelDiscriminatorNoMappingResponse(value: unknown): value is T.OneOfWithTopLevelDiscriminatorNoMappingResponse;

/**
 * Checks a value against the request body of `patchEmbeddedDiscriminator`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchEmbeddedDiscriminatorRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchEmbeddedDiscriminatorRequestBody>;

/**
 * True when a value matches the request body of `patchEmbeddedDiscriminator`.
 */
export declare function isPatchEmbeddedDiscriminatorRequestBody(value: unknown): value is T.PatchEmbeddedDiscriminatorRequestBody;

/**
 * Checks a value against the response body of `patchEmbeddedDiscriminator`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchEmbeddedDiscriminatorResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchEmbeddedDiscriminatorResponse>;

/**
 * True when a value matches the response body of `patchEmbeddedDiscriminator`.
 */
export declare function isPatchEmbeddedDiscriminatorResponse(value: unknown): value is T.PatchEmbeddedDiscriminatorResponse;

/**
 * Checks a value against the request body of `oneOfWithImproperlyPlacedDiscriminator`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOneOfWithImproperlyPlacedDiscriminatorRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.OneOfWithImproperlyPlacedDiscriminatorRequestBody>;

/**
 * True when a value matches the request body of `oneOfWithImproperlyPlacedDiscriminator`.
 */
export declare function isOneOfWithImproperlyPlacedDiscriminatorRequestBody(value: unknown): value is T.OneOfWithImproperlyPlacedDiscriminatorRequestBody;

/**
 * Checks a value against the response body of `oneOfWithImproperlyPlacedDiscriminator`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOneOfWithImproperlyPlacedDiscriminatorResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.OneOfWithImproperlyPlacedDiscriminatorResponse>;

/**
 * True when a value matches the response body of `oneOfWithImproperlyPlacedDiscriminator`.
 */
export declare function isOneOfWithImproperlyPlacedDiscriminatorResponse(value: unknown): value is T.OneOfWithImproperlyPlacedDiscriminatorResponse;

/**
 * Checks a value against the request body of `patchMappingOfSchemaNames`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchMappingOfSchemaNamesRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchMappingOfSchemaNamesRequestBody>;

/**
 * True when a value matches the request body of `patchMappingOfSchemaNames`.
 */
export declare function isPatchMappingOfSchemaNamesRequestBody(value: unknown): value is T.PatchMappingOfSchemaNamesRequestBody;

/**
 * Checks a value against the response body of `patchMappingOfSchemaNames`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchMappingOfSchemaNamesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchMappingOfSchemaNamesResponse>;

/**
 * True when a value matches the response body of `patchMappingOfSchemaNames`.
 */
export declare function isPatchMappingOfSchemaNamesResponse(value: unknown): value is T.PatchMappingOfSchemaNamesResponse;

/**
 * Checks a value against the request body of `patchMappingWithDuplicateSchemas`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchMappingWithDuplicateSchemasRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchMappingWithDuplicateSchemasRequestBody>;

/**
 * True when a value matches the request body of `patchMappingWithDuplicateSchemas`.
 */
export declare function isPatchMappingWithDuplicateSchemasRequestBody(value: unknown): value is T.PatchMappingWithDuplicateSchemasRequestBody;

/**
 * Checks a value against the response body of `patchMappingWithDuplicateSchemas`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchMappingWithDuplicateSchemasResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchMappingWithDuplicateSchemasResponse>;

/**
 * True when a value matches the response body of `patchMappingWithDuplicateSchemas`.
 */
export declare function isPatchMappingWithDuplicateSchemasResponse(value: unknown): value is T.PatchMappingWithDuplicateSchemasResponse;

/**
 * Checks a value against the request body of `patchNestedOneOfObjectWithNestedOneOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchNestedOneOfObjectWithNestedOneOfRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchNestedOneOfObjectWithNestedOneOfRequestBody>;

/**
 * True when a value matches the request body of `patchNestedOneOfObjectWithNestedOneOf`.
 */
export declare function isPatchNestedOneOfObjectWithNestedOneOfRequestBody(value: unknown): value is T.PatchNestedOneOfObjectWithNestedOneOfRequestBody;

/**
 * Checks a value against the response body of `patchNestedOneOfObjectWithNestedOneOf`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchNestedOneOfObjectWithNestedOneOfResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchNestedOneOfObjectWithNestedOneOfResponse>;

/**
 * True when a value matches the response body of `patchNestedOneOfObjectWithNestedOneOf`.
 */
export declare function isPatchNestedOneOfObjectWithNestedOneOfResponse(value: unknown): value is T.PatchNestedOneOfObjectWithNestedOneOfResponse;

/**
 * Checks a value against the request body of `patchOneofAllofTopLevelDisc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchOneofAllofTopLevelDiscRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchOneofAllofTopLevelDiscRequestBody>;

/**
 * True when a value matches the request body of `patchOneofAllofTopLevelDisc`.
 */
export declare function isPatchOneofAllofTopLevelDiscRequestBody(value: unknown): value is T.PatchOneofAllofTopLevelDiscRequestBody;

/**
 * Checks a value against the response body of `patchOneofAllofTopLevelDisc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePatchOneofAllofTopLevelDiscResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PatchOneofAllofTopLevelDiscResponse>;

/**
 * True when a value matches the response body of `patchOneofAllofTopLevelDisc`.
 */
export declare function isPatchOneofAllofTopLevelDiscResponse(value: unknown): value is T.PatchOneofAllofTopLevelDiscResponse;

/**
 * Checks a value against the request body of `postPotentiallyUndefinedFormData`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostPotentiallyUndefinedFormDataRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostPotentiallyUndefinedFormDataRequestBody>;

/**
 * True when a value matches the request body of `postPotentiallyUndefinedFormData`.
 */
export declare function isPostPotentiallyUndefinedFormDataRequestBody(value: unknown): value is T.PostPotentiallyUndefinedFormDataRequestBody;

/**
 * Checks a value against the response body of `postPotentiallyUndefinedFormData`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostPotentiallyUndefinedFormDataResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostPotentiallyUndefinedFormDataResponse>;

/**
 * True when a value matches the response body of `postPotentiallyUndefinedFormData`.
 */
export declare function isPostPotentiallyUndefinedFormDataResponse(value: unknown): value is T.PostPotentiallyUndefinedFormDataResponse;

/**
 * Checks a value against the request body of `redoclyQuirk`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRedoclyQuirkRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.RedoclyQuirkRequestBody>;

/**
 * True when a value matches the request body of `redoclyQuirk`.
 */
export declare function isRedoclyQuirkRequestBody(value: unknown): value is T.RedoclyQuirkRequestBody;

/**
 * Checks a value against the response body of `redoclyQuirk`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRedoclyQuirkResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.RedoclyQuirkResponse>;

/**
 * True when a value matches the response body of `redoclyQuirk`.
 */
export declare function isRedoclyQuirkResponse(value: unknown): value is T.RedoclyQuirkResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly ApplicationApprovedEvent: StandardValidator<T.ApplicationApprovedEvent>;
  readonly ApplicationDeniedEvent: StandardValidator<T.ApplicationDeniedEvent>;
  readonly BaseBuyerWebhookEvent: StandardValidator<T.BaseBuyerWebhookEvent>;
  readonly BasePurchaseWebhookEvent: StandardValidator<T.BasePurchaseWebhookEvent>;
  readonly BaseVehicle: StandardValidator<T.BaseVehicle>;
  readonly BaseWebhookEvent: StandardValidator<T.BaseWebhookEvent>;
  readonly Cat: StandardValidator<T.Cat>;
  readonly CatNoDisc: StandardValidator<T.CatNoDisc>;
  readonly Dog: StandardValidator<T.Dog>;
  readonly DogNoDisc: StandardValidator<T.DogNoDisc>;
  readonly ElectricVehicle: StandardValidator<T.ElectricVehicle>;
  readonly FueledVehicle: StandardValidator<T.FueledVehicle>;
  readonly GcsImport: StandardValidator<T.GcsImport>;
  readonly Object1: StandardValidator<T.Object1>;
  readonly Object2: StandardValidator<T.Object2>;
  readonly OptionOneNoDisc: StandardValidator<T.OptionOneNoDisc>;
  readonly OptionThreeNoDisc: StandardValidator<T.OptionThreeNoDisc>;
  readonly OptionTwoNoDisc: StandardValidator<T.OptionTwoNoDisc>;
  readonly PedaledVehicle: StandardValidator<T.PedaledVehicle>;
  readonly Pet: StandardValidator<T.Pet>;
  readonly PetNoDisc: StandardValidator<T.PetNoDisc>;
  readonly S3Import: StandardValidator<T.S3Import>;
  readonly String1: StandardValidator<T.String1>;
  readonly String2: StandardValidator<T.String2>;
  readonly OneOfWithTopLevelDiscriminatorAndMappingRequestBody: StandardValidator<T.OneOfWithTopLevelDiscriminatorAndMappingRequestBody>;
  readonly OneOfWithTopLevelDiscriminatorAndMappingResponse: StandardValidator<T.OneOfWithTopLevelDiscriminatorAndMappingResponse>;
  readonly OneOfWithTopLevelDiscriminatorNoMappingRequestBody: StandardValidator<T.OneOfWithTopLevelDiscriminatorNoMappingRequestBody>;
  readonly OneOfWithTopLevelDiscriminatorNoMappingResponse: StandardValidator<T.OneOfWithTopLevelDiscriminatorNoMappingResponse>;
  readonly PatchEmbeddedDiscriminatorRequestBody: StandardValidator<T.PatchEmbeddedDiscriminatorRequestBody>;
  readonly PatchEmbeddedDiscriminatorResponse: StandardValidator<T.PatchEmbeddedDiscriminatorResponse>;
  readonly OneOfWithImproperlyPlacedDiscriminatorRequestBody: StandardValidator<T.OneOfWithImproperlyPlacedDiscriminatorRequestBody>;
  readonly OneOfWithImproperlyPlacedDiscriminatorResponse: StandardValidator<T.OneOfWithImproperlyPlacedDiscriminatorResponse>;
  readonly PatchMappingOfSchemaNamesRequestBody: StandardValidator<T.PatchMappingOfSchemaNamesRequestBody>;
  readonly PatchMappingOfSchemaNamesResponse: StandardValidator<T.PatchMappingOfSchemaNamesResponse>;
  readonly PatchMappingWithDuplicateSchemasRequestBody: StandardValidator<T.PatchMappingWithDuplicateSchemasRequestBody>;
  readonly PatchMappingWithDuplicateSchemasResponse: StandardValidator<T.PatchMappingWithDuplicateSchemasResponse>;
  readonly PatchNestedOneOfObjectWithNestedOneOfRequestBody: StandardValidator<T.PatchNestedOneOfObjectWithNestedOneOfRequestBody>;
  readonly PatchNestedOneOfObjectWithNestedOneOfResponse: StandardValidator<T.PatchNestedOneOfObjectWithNestedOneOfResponse>;
  readonly PatchOneofAllofTopLevelDiscRequestBody: StandardValidator<T.PatchOneofAllofTopLevelDiscRequestBody>;
  readonly PatchOneofAllofTopLevelDiscResponse: StandardValidator<T.PatchOneofAllofTopLevelDiscResponse>;
  readonly PostPotentiallyUndefinedFormDataRequestBody: StandardValidator<T.PostPotentiallyUndefinedFormDataRequestBody>;
  readonly PostPotentiallyUndefinedFormDataResponse: StandardValidator<T.PostPotentiallyUndefinedFormDataResponse>;
  readonly RedoclyQuirkRequestBody: StandardValidator<T.RedoclyQuirkRequestBody>;
  readonly RedoclyQuirkResponse: StandardValidator<T.RedoclyQuirkResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
