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
 * Checks a value against `ApiResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateApiResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ApiResponse>;

/**
 * True when a value matches `ApiResponse`.
 */
export declare function isApiResponse(value: unknown): value is T.ApiResponse;

/**
 * Checks a value against `Category`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCategory(value: unknown, options?: ValidateOptions): ValidationResult<T.Category>;

/**
 * True when a value matches `Category`.
 */
export declare function isCategory(value: unknown): value is T.Category;

/**
 * Checks a value against `Order`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOrder(value: unknown, options?: ValidateOptions): ValidationResult<T.Order>;

/**
 * True when a value matches `Order`.
 */
export declare function isOrder(value: unknown): value is T.Order;

/**
 * Checks a value against `Pet` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<T.Pet>;

/**
 * True when a value matches `Pet` as received (writeOnly properties refused).
 */
export declare function isPet(value: unknown): value is T.Pet;

/**
 * Checks a value against `Pet` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePetWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.PetWritable>;

/**
 * True when a value matches `Pet` as sent (readOnly properties refused).
 */
export declare function isPetWritable(value: unknown): value is T.PetWritable;

/**
 * Checks a value against `Tag`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTag(value: unknown, options?: ValidateOptions): ValidationResult<T.Tag>;

/**
 * True when a value matches `Tag`.
 */
export declare function isTag(value: unknown): value is T.Tag;

/**
 * Checks a value against `User`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUser(value: unknown, options?: ValidateOptions): ValidationResult<T.User>;

/**
 * True when a value matches `User`.
 */
export declare function isUser(value: unknown): value is T.User;

/**
 * Checks a value against the request body of `updatePet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdatePetRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdatePetRequestBody>;

/**
 * True when a value matches the request body of `updatePet`.
 */
export declare function isUpdatePetRequestBody(value: unknown): value is T.UpdatePetRequestBody;

/**
 * Checks a value against the response body of `updatePet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdatePetResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdatePetResponse>;

/**
 * True when a value matches the response body of `updatePet`.
 */
export declare function isUpdatePetResponse(value: unknown): value is T.UpdatePetResponse;

/**
 * Checks a value against the request body of `addPet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAddPetRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.AddPetRequestBody>;

/**
 * True when a value matches the request body of `addPet`.
 */
export declare function isAddPetRequestBody(value: unknown): value is T.AddPetRequestBody;

/**
 * Checks a value against the response body of `addPet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAddPetResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AddPetResponse>;

/**
 * True when a value matches the response body of `addPet`.
 */
export declare function isAddPetResponse(value: unknown): value is T.AddPetResponse;

/**
 * Checks a value against the response body of `findPetsByStatus`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFindPetsByStatusResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FindPetsByStatusResponse>;

/**
 * True when a value matches the response body of `findPetsByStatus`.
 */
export declare function isFindPetsByStatusResponse(value: unknown): value is T.FindPetsByStatusResponse;

/**
 * Checks a value against the response body of `findPetsByTags`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFindPetsByTagsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FindPetsByTagsResponse>;

/**
 * True when a value matches the response body of `findPetsByTags`.
 */
export declare function isFindPetsByTagsResponse(value: unknown): value is T.FindPetsByTagsResponse;

/**
 * Checks a value against the response body of `getPetById`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetPetByIdResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetPetByIdResponse>;

/**
 * True when a value matches the response body of `getPetById`.
 */
export declare function isGetPetByIdResponse(value: unknown): value is T.GetPetByIdResponse;

/**
 * Checks a value against the request body of `updatePetWithForm`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdatePetWithFormRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdatePetWithFormRequestBody>;

/**
 * True when a value matches the request body of `updatePetWithForm`.
 */
export declare function isUpdatePetWithFormRequestBody(value: unknown): value is T.UpdatePetWithFormRequestBody;

/**
 * Checks a value against the response body of `updatePetWithForm`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdatePetWithFormResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdatePetWithFormResponse>;

/**
 * True when a value matches the response body of `updatePetWithForm`.
 */
export declare function isUpdatePetWithFormResponse(value: unknown): value is T.UpdatePetWithFormResponse;

/**
 * Checks a value against the response body of `deletePet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeletePetResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeletePetResponse>;

/**
 * True when a value matches the response body of `deletePet`.
 */
export declare function isDeletePetResponse(value: unknown): value is T.DeletePetResponse;

/**
 * Checks a value against the request body of `uploadFile`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadFileRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadFileRequestBody>;

/**
 * True when a value matches the request body of `uploadFile`.
 */
export declare function isUploadFileRequestBody(value: unknown): value is T.UploadFileRequestBody;

/**
 * Checks a value against the response body of `uploadFile`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadFileResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadFileResponse>;

/**
 * True when a value matches the response body of `uploadFile`.
 */
export declare function isUploadFileResponse(value: unknown): value is T.UploadFileResponse;

/**
 * Checks a value against the response body of `getInventory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetInventoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetInventoryResponse>;

/**
 * True when a value matches the response body of `getInventory`.
 */
export declare function isGetInventoryResponse(value: unknown): value is T.GetInventoryResponse;

/**
 * Checks a value against the request body of `placeOrder`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePlaceOrderRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PlaceOrderRequestBody>;

/**
 * True when a value matches the request body of `placeOrder`.
 */
export declare function isPlaceOrderRequestBody(value: unknown): value is T.PlaceOrderRequestBody;

/**
 * Checks a value against the response body of `placeOrder`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePlaceOrderResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PlaceOrderResponse>;

/**
 * True when a value matches the response body of `placeOrder`.
 */
export declare function isPlaceOrderResponse(value: unknown): value is T.PlaceOrderResponse;

/**
 * Checks a value against the response body of `getOrderById`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetOrderByIdResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetOrderByIdResponse>;

/**
 * True when a value matches the response body of `getOrderById`.
 */
export declare function isGetOrderByIdResponse(value: unknown): value is T.GetOrderByIdResponse;

/**
 * Checks a value against the response body of `deleteOrder`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteOrderResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteOrderResponse>;

/**
 * True when a value matches the response body of `deleteOrder`.
 */
export declare function isDeleteOrderResponse(value: unknown): value is T.DeleteOrderResponse;

/**
 * Checks a value against the request body of `createUser`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateUserRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateUserRequestBody>;

/**
 * True when a value matches the request body of `createUser`.
 */
export declare function isCreateUserRequestBody(value: unknown): value is T.CreateUserRequestBody;

/**
 * Checks a value against the response body of `createUser`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateUserResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateUserResponse>;

/**
 * True when a value matches the response body of `createUser`.
 */
export declare function isCreateUserResponse(value: unknown): value is T.CreateUserResponse;

/**
 * Checks a value against the request body of `createUsersWithArrayInput`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateUsersWithArrayInputRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateUsersWithArrayInputRequestBody>;

/**
 * True when a value matches the request body of `createUsersWithArrayInput`.
 */
export declare function isCreateUsersWithArrayInputRequestBody(value: unknown): value is T.CreateUsersWithArrayInputRequestBody;

/**
 * Checks a value against the response body of `createUsersWithArrayInput`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateUsersWithArrayInputResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateUsersWithArrayInputResponse>;

/**
 * True when a value matches the response body of `createUsersWithArrayInput`.
 */
export declare function isCreateUsersWithArrayInputResponse(value: unknown): value is T.CreateUsersWithArrayInputResponse;

/**
 * Checks a value against the request body of `createUsersWithListInput`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateUsersWithListInputRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateUsersWithListInputRequestBody>;

/**
 * True when a value matches the request body of `createUsersWithListInput`.
 */
export declare function isCreateUsersWithListInputRequestBody(value: unknown): value is T.CreateUsersWithListInputRequestBody;

/**
 * Checks a value against the response body of `createUsersWithListInput`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateUsersWithListInputResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateUsersWithListInputResponse>;

/**
 * True when a value matches the response body of `createUsersWithListInput`.
 */
export declare function isCreateUsersWithListInputResponse(value: unknown): value is T.CreateUsersWithListInputResponse;

/**
 * Checks a value against the response body of `loginUser`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLoginUserResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.LoginUserResponse>;

/**
 * True when a value matches the response body of `loginUser`.
 */
export declare function isLoginUserResponse(value: unknown): value is T.LoginUserResponse;

/**
 * Checks a value against the response body of `logoutUser`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLogoutUserResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.LogoutUserResponse>;

/**
 * True when a value matches the response body of `logoutUser`.
 */
export declare function isLogoutUserResponse(value: unknown): value is T.LogoutUserResponse;

/**
 * Checks a value against the response body of `getUserByName`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetUserByNameResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetUserByNameResponse>;

/**
 * True when a value matches the response body of `getUserByName`.
 */
export declare function isGetUserByNameResponse(value: unknown): value is T.GetUserByNameResponse;

/**
 * Checks a value against the request body of `updateUser`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateUserRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateUserRequestBody>;

/**
 * True when a value matches the request body of `updateUser`.
 */
export declare function isUpdateUserRequestBody(value: unknown): value is T.UpdateUserRequestBody;

/**
 * Checks a value against the response body of `updateUser`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateUserResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateUserResponse>;

/**
 * True when a value matches the response body of `updateUser`.
 */
export declare function isUpdateUserResponse(value: unknown): value is T.UpdateUserResponse;

/**
 * Checks a value against the response body of `deleteUser`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteUserResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteUserResponse>;

/**
 * True when a value matches the response body of `deleteUser`.
 */
export declare function isDeleteUserResponse(value: unknown): value is T.DeleteUserResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly ApiResponse: StandardValidator<T.ApiResponse>;
  readonly Category: StandardValidator<T.Category>;
  readonly Order: StandardValidator<T.Order>;
  readonly Pet: StandardValidator<T.Pet>;
  readonly PetWritable: StandardValidator<T.PetWritable>;
  readonly Tag: StandardValidator<T.Tag>;
  readonly User: StandardValidator<T.User>;
  readonly UpdatePetRequestBody: StandardValidator<T.UpdatePetRequestBody>;
  readonly UpdatePetResponse: StandardValidator<T.UpdatePetResponse>;
  readonly AddPetRequestBody: StandardValidator<T.AddPetRequestBody>;
  readonly AddPetResponse: StandardValidator<T.AddPetResponse>;
  readonly FindPetsByStatusResponse: StandardValidator<T.FindPetsByStatusResponse>;
  readonly FindPetsByTagsResponse: StandardValidator<T.FindPetsByTagsResponse>;
  readonly GetPetByIdResponse: StandardValidator<T.GetPetByIdResponse>;
  readonly UpdatePetWithFormRequestBody: StandardValidator<T.UpdatePetWithFormRequestBody>;
  readonly UpdatePetWithFormResponse: StandardValidator<T.UpdatePetWithFormResponse>;
  readonly DeletePetResponse: StandardValidator<T.DeletePetResponse>;
  readonly UploadFileRequestBody: StandardValidator<T.UploadFileRequestBody>;
  readonly UploadFileResponse: StandardValidator<T.UploadFileResponse>;
  readonly GetInventoryResponse: StandardValidator<T.GetInventoryResponse>;
  readonly PlaceOrderRequestBody: StandardValidator<T.PlaceOrderRequestBody>;
  readonly PlaceOrderResponse: StandardValidator<T.PlaceOrderResponse>;
  readonly GetOrderByIdResponse: StandardValidator<T.GetOrderByIdResponse>;
  readonly DeleteOrderResponse: StandardValidator<T.DeleteOrderResponse>;
  readonly CreateUserRequestBody: StandardValidator<T.CreateUserRequestBody>;
  readonly CreateUserResponse: StandardValidator<T.CreateUserResponse>;
  readonly CreateUsersWithArrayInputRequestBody: StandardValidator<T.CreateUsersWithArrayInputRequestBody>;
  readonly CreateUsersWithArrayInputResponse: StandardValidator<T.CreateUsersWithArrayInputResponse>;
  readonly CreateUsersWithListInputRequestBody: StandardValidator<T.CreateUsersWithListInputRequestBody>;
  readonly CreateUsersWithListInputResponse: StandardValidator<T.CreateUsersWithListInputResponse>;
  readonly LoginUserResponse: StandardValidator<T.LoginUserResponse>;
  readonly LogoutUserResponse: StandardValidator<T.LogoutUserResponse>;
  readonly GetUserByNameResponse: StandardValidator<T.GetUserByNameResponse>;
  readonly UpdateUserRequestBody: StandardValidator<T.UpdateUserRequestBody>;
  readonly UpdateUserResponse: StandardValidator<T.UpdateUserResponse>;
  readonly DeleteUserResponse: StandardValidator<T.DeleteUserResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
