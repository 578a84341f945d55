import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import * as formats from "./runtime/validation-formats.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateApiResponse(value, options) {
  const issues = options === void 0 ? check$ApiResponse(value, ROOT, void 0, 0) : checkValue(check$ApiResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isApiResponse(value) {
  return is$ApiResponse(value, 0);
}
function validateCategory(value, options) {
  const issues = options === void 0 ? check$Category(value, ROOT, void 0, 0) : checkValue(check$Category, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCategory(value) {
  return is$Category(value, 0);
}
function validateOrder(value, options) {
  const issues = options === void 0 ? check$Order(value, ROOT, void 0, 0) : checkValue(check$Order, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isOrder(value) {
  return is$Order(value, 0);
}
function validatePet(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPet(value) {
  return is$Pet(value, 0);
}
function validatePetWritable(value, options) {
  const issues = options === void 0 ? check$PetWritable(value, ROOT, void 0, 0) : checkValue(check$PetWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPetWritable(value) {
  return is$PetWritable(value, 0);
}
function validateTag(value, options) {
  const issues = options === void 0 ? check$Tag(value, ROOT, void 0, 0) : checkValue(check$Tag, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTag(value) {
  return is$Tag(value, 0);
}
function validateUser(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUser(value) {
  return is$User(value, 0);
}
function validateUpdatePetRequestBody(value, options) {
  const issues = options === void 0 ? check$PetWritable(value, ROOT, void 0, 0) : checkValue(check$PetWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdatePetRequestBody(value) {
  return is$PetWritable(value, 0);
}
function validateUpdatePetResponse(value, options) {
  const issues = options === void 0 ? check$UpdatePetResponse(value, ROOT, void 0, 0) : checkValue(check$UpdatePetResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdatePetResponse(value) {
  return is$UpdatePetResponse(value, 0);
}
function validateAddPetRequestBody(value, options) {
  const issues = options === void 0 ? check$PetWritable(value, ROOT, void 0, 0) : checkValue(check$PetWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAddPetRequestBody(value) {
  return is$PetWritable(value, 0);
}
function validateAddPetResponse(value, options) {
  const issues = options === void 0 ? check$AddPetResponse(value, ROOT, void 0, 0) : checkValue(check$AddPetResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAddPetResponse(value) {
  return is$AddPetResponse(value, 0);
}
function validateFindPetsByStatusResponse(value, options) {
  const issues = options === void 0 ? check$FindPetsByStatusResponse(value, ROOT, void 0, 0) : checkValue(check$FindPetsByStatusResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFindPetsByStatusResponse(value) {
  return is$FindPetsByStatusResponse(value, 0);
}
function validateFindPetsByTagsResponse(value, options) {
  const issues = options === void 0 ? check$FindPetsByTagsResponse(value, ROOT, void 0, 0) : checkValue(check$FindPetsByTagsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isFindPetsByTagsResponse(value) {
  return is$FindPetsByTagsResponse(value, 0);
}
function validateGetPetByIdResponse(value, options) {
  const issues = options === void 0 ? check$Pet(value, ROOT, void 0, 0) : checkValue(check$Pet, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetPetByIdResponse(value) {
  return is$Pet(value, 0);
}
function validateUpdatePetWithFormRequestBody(value, options) {
  const issues = options === void 0 ? check$UpdatePetWithFormRequestBody(value, ROOT, void 0, 0) : checkValue(check$UpdatePetWithFormRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdatePetWithFormRequestBody(value) {
  return is$UpdatePetWithFormRequestBody(value, 0);
}
function validateUpdatePetWithFormResponse(value, options) {
  const issues = options === void 0 ? check$UpdatePetWithFormResponse(value, ROOT, void 0, 0) : checkValue(check$UpdatePetWithFormResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdatePetWithFormResponse(value) {
  return is$UpdatePetWithFormResponse(value, 0);
}
function validateDeletePetResponse(value, options) {
  const issues = options === void 0 ? check$DeletePetResponse(value, ROOT, void 0, 0) : checkValue(check$DeletePetResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeletePetResponse(value) {
  return is$DeletePetResponse(value, 0);
}
function validateUploadFileRequestBody(value, options) {
  const issues = options === void 0 ? check$UploadFileRequestBody(value, ROOT, void 0, 0) : checkValue(check$UploadFileRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadFileRequestBody(value) {
  return is$UploadFileRequestBody(value, 0);
}
function validateUploadFileResponse(value, options) {
  const issues = options === void 0 ? check$ApiResponse(value, ROOT, void 0, 0) : checkValue(check$ApiResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadFileResponse(value) {
  return is$ApiResponse(value, 0);
}
function validateGetInventoryResponse(value, options) {
  const issues = options === void 0 ? check$GetInventoryResponse(value, ROOT, void 0, 0) : checkValue(check$GetInventoryResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetInventoryResponse(value) {
  return is$GetInventoryResponse(value, 0);
}
function validatePlaceOrderRequestBody(value, options) {
  const issues = options === void 0 ? check$Order(value, ROOT, void 0, 0) : checkValue(check$Order, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPlaceOrderRequestBody(value) {
  return is$Order(value, 0);
}
function validatePlaceOrderResponse(value, options) {
  const issues = options === void 0 ? check$Order(value, ROOT, void 0, 0) : checkValue(check$Order, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPlaceOrderResponse(value) {
  return is$Order(value, 0);
}
function validateGetOrderByIdResponse(value, options) {
  const issues = options === void 0 ? check$Order(value, ROOT, void 0, 0) : checkValue(check$Order, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetOrderByIdResponse(value) {
  return is$Order(value, 0);
}
function validateDeleteOrderResponse(value, options) {
  const issues = options === void 0 ? check$DeleteOrderResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteOrderResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteOrderResponse(value) {
  return is$DeleteOrderResponse(value, 0);
}
function validateCreateUserRequestBody(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateUserRequestBody(value) {
  return is$User(value, 0);
}
function validateCreateUserResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$CreateUserResponse(value, ROOT, void 0, 0) : checkValue(check$CreateUserResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateUserResponse(value) {
  return value === void 0 || is$CreateUserResponse(value, 0);
}
function validateCreateUsersWithArrayInputRequestBody(value, options) {
  const issues = options === void 0 ? check$CreateUsersWithArrayInputRequestBody(value, ROOT, void 0, 0) : checkValue(check$CreateUsersWithArrayInputRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateUsersWithArrayInputRequestBody(value) {
  return is$CreateUsersWithArrayInputRequestBody(value, 0);
}
function validateCreateUsersWithArrayInputResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$CreateUsersWithArrayInputResponse(value, ROOT, void 0, 0) : checkValue(check$CreateUsersWithArrayInputResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateUsersWithArrayInputResponse(value) {
  return value === void 0 || is$CreateUsersWithArrayInputResponse(value, 0);
}
function validateCreateUsersWithListInputRequestBody(value, options) {
  const issues = options === void 0 ? check$CreateUsersWithListInputRequestBody(value, ROOT, void 0, 0) : checkValue(check$CreateUsersWithListInputRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateUsersWithListInputRequestBody(value) {
  return is$CreateUsersWithListInputRequestBody(value, 0);
}
function validateCreateUsersWithListInputResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$CreateUsersWithListInputResponse(value, ROOT, void 0, 0) : checkValue(check$CreateUsersWithListInputResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateUsersWithListInputResponse(value) {
  return value === void 0 || is$CreateUsersWithListInputResponse(value, 0);
}
function validateLoginUserResponse(value, options) {
  const issues = options === void 0 ? check$LoginUserResponse(value, ROOT, void 0, 0) : checkValue(check$LoginUserResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isLoginUserResponse(value) {
  return is$LoginUserResponse(value, 0);
}
function validateLogoutUserResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$LogoutUserResponse(value, ROOT, void 0, 0) : checkValue(check$LogoutUserResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isLogoutUserResponse(value) {
  return value === void 0 || is$LogoutUserResponse(value, 0);
}
function validateGetUserByNameResponse(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetUserByNameResponse(value) {
  return is$User(value, 0);
}
function validateUpdateUserRequestBody(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateUserRequestBody(value) {
  return is$User(value, 0);
}
function validateUpdateUserResponse(value, options) {
  const issues = options === void 0 ? check$UpdateUserResponse(value, ROOT, void 0, 0) : checkValue(check$UpdateUserResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateUserResponse(value) {
  return is$UpdateUserResponse(value, 0);
}
function validateDeleteUserResponse(value, options) {
  const issues = options === void 0 ? check$DeleteUserResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteUserResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteUserResponse(value) {
  return is$DeleteUserResponse(value, 0);
}
const schemas = {
  ApiResponse: /* @__PURE__ */ standardSchema(validateApiResponse, jsonSchema$of("ApiResponse")),
  Category: /* @__PURE__ */ standardSchema(validateCategory, jsonSchema$of("Category")),
  Order: /* @__PURE__ */ standardSchema(validateOrder, jsonSchema$of("Order")),
  Pet: /* @__PURE__ */ standardSchema(validatePet, jsonSchema$of("Pet")),
  PetWritable: /* @__PURE__ */ standardSchema(validatePetWritable, jsonSchema$of("PetWritable")),
  Tag: /* @__PURE__ */ standardSchema(validateTag, jsonSchema$of("Tag")),
  User: /* @__PURE__ */ standardSchema(validateUser, jsonSchema$of("User")),
  UpdatePetRequestBody: /* @__PURE__ */ standardSchema(validateUpdatePetRequestBody, jsonSchema$of("UpdatePetRequestBody")),
  UpdatePetResponse: /* @__PURE__ */ standardSchema(validateUpdatePetResponse, jsonSchema$of("UpdatePetResponse")),
  AddPetRequestBody: /* @__PURE__ */ standardSchema(validateAddPetRequestBody, jsonSchema$of("AddPetRequestBody")),
  AddPetResponse: /* @__PURE__ */ standardSchema(validateAddPetResponse, jsonSchema$of("AddPetResponse")),
  FindPetsByStatusResponse: /* @__PURE__ */ standardSchema(validateFindPetsByStatusResponse, jsonSchema$of("FindPetsByStatusResponse")),
  FindPetsByTagsResponse: /* @__PURE__ */ standardSchema(validateFindPetsByTagsResponse, jsonSchema$of("FindPetsByTagsResponse")),
  GetPetByIdResponse: /* @__PURE__ */ standardSchema(validateGetPetByIdResponse, jsonSchema$of("GetPetByIdResponse")),
  UpdatePetWithFormRequestBody: /* @__PURE__ */ standardSchema(validateUpdatePetWithFormRequestBody, jsonSchema$of("UpdatePetWithFormRequestBody")),
  UpdatePetWithFormResponse: /* @__PURE__ */ standardSchema(validateUpdatePetWithFormResponse, jsonSchema$of("UpdatePetWithFormResponse")),
  DeletePetResponse: /* @__PURE__ */ standardSchema(validateDeletePetResponse, jsonSchema$of("DeletePetResponse")),
  UploadFileRequestBody: /* @__PURE__ */ standardSchema(validateUploadFileRequestBody, jsonSchema$of("UploadFileRequestBody")),
  UploadFileResponse: /* @__PURE__ */ standardSchema(validateUploadFileResponse, jsonSchema$of("UploadFileResponse")),
  GetInventoryResponse: /* @__PURE__ */ standardSchema(validateGetInventoryResponse, jsonSchema$of("GetInventoryResponse")),
  PlaceOrderRequestBody: /* @__PURE__ */ standardSchema(validatePlaceOrderRequestBody, jsonSchema$of("PlaceOrderRequestBody")),
  PlaceOrderResponse: /* @__PURE__ */ standardSchema(validatePlaceOrderResponse, jsonSchema$of("PlaceOrderResponse")),
  GetOrderByIdResponse: /* @__PURE__ */ standardSchema(validateGetOrderByIdResponse, jsonSchema$of("GetOrderByIdResponse")),
  DeleteOrderResponse: /* @__PURE__ */ standardSchema(validateDeleteOrderResponse, jsonSchema$of("DeleteOrderResponse")),
  CreateUserRequestBody: /* @__PURE__ */ standardSchema(validateCreateUserRequestBody, jsonSchema$of("CreateUserRequestBody")),
  CreateUserResponse: /* @__PURE__ */ standardSchema(validateCreateUserResponse, jsonSchema$of("CreateUserResponse")),
  CreateUsersWithArrayInputRequestBody: /* @__PURE__ */ standardSchema(validateCreateUsersWithArrayInputRequestBody, jsonSchema$of("CreateUsersWithArrayInputRequestBody")),
  CreateUsersWithArrayInputResponse: /* @__PURE__ */ standardSchema(validateCreateUsersWithArrayInputResponse, jsonSchema$of("CreateUsersWithArrayInputResponse")),
  CreateUsersWithListInputRequestBody: /* @__PURE__ */ standardSchema(validateCreateUsersWithListInputRequestBody, jsonSchema$of("CreateUsersWithListInputRequestBody")),
  CreateUsersWithListInputResponse: /* @__PURE__ */ standardSchema(validateCreateUsersWithListInputResponse, jsonSchema$of("CreateUsersWithListInputResponse")),
  LoginUserResponse: /* @__PURE__ */ standardSchema(validateLoginUserResponse, jsonSchema$of("LoginUserResponse")),
  LogoutUserResponse: /* @__PURE__ */ standardSchema(validateLogoutUserResponse, jsonSchema$of("LogoutUserResponse")),
  GetUserByNameResponse: /* @__PURE__ */ standardSchema(validateGetUserByNameResponse, jsonSchema$of("GetUserByNameResponse")),
  UpdateUserRequestBody: /* @__PURE__ */ standardSchema(validateUpdateUserRequestBody, jsonSchema$of("UpdateUserRequestBody")),
  UpdateUserResponse: /* @__PURE__ */ standardSchema(validateUpdateUserResponse, jsonSchema$of("UpdateUserResponse")),
  DeleteUserResponse: /* @__PURE__ */ standardSchema(validateDeleteUserResponse, jsonSchema$of("DeleteUserResponse"))
};
const issue$additionalMetadata_type_557fef = /* @__PURE__ */ fixedIssue(["additionalMetadata"], "type", "must be a string");
const issue$code_format_d545fa = /* @__PURE__ */ fixedIssue(["code"], "format", "must be a 32-bit integer (format int32)");
const issue$code_type_5205f9 = /* @__PURE__ */ fixedIssue(["code"], "type", "must be an integer");
const issue$complete_type_0f8c97 = /* @__PURE__ */ fixedIssue(["complete"], "type", "must be a boolean");
const issue$email_type_fc4ae4 = /* @__PURE__ */ fixedIssue(["email"], "type", "must be a string");
const issue$firstName_type_60c4a2 = /* @__PURE__ */ fixedIssue(["firstName"], "type", "must be a string");
const issue$id_format_0a4d9e = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a 64-bit integer (format int64)");
const issue$id_readOnly_c411fa = /* @__PURE__ */ fixedIssue(["id"], "readOnly", "is read-only: it must not be sent in a request");
const issue$id_type_3ce31e = /* @__PURE__ */ fixedIssue(["id"], "type", "must be an integer");
const issue$lastName_type_fec29f = /* @__PURE__ */ fixedIssue(["lastName"], "type", "must be a string");
const issue$message_type_eb355f = /* @__PURE__ */ fixedIssue(["message"], "type", "must be a string");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$password_type_10a1a6 = /* @__PURE__ */ fixedIssue(["password"], "type", "must be a string");
const issue$petId_format_c9388b = /* @__PURE__ */ fixedIssue(["petId"], "format", "must be a 64-bit integer (format int64)");
const issue$petId_type_4919e4 = /* @__PURE__ */ fixedIssue(["petId"], "type", "must be an integer");
const issue$phone_type_a061f2 = /* @__PURE__ */ fixedIssue(["phone"], "type", "must be a string");
const issue$photoUrls_required_8db35d = /* @__PURE__ */ fixedIssue(["photoUrls"], "required", "is required");
const issue$photoUrls_type_10d0ee = /* @__PURE__ */ fixedIssue(["photoUrls"], "type", "must be an array");
const issue$quantity_format_845f26 = /* @__PURE__ */ fixedIssue(["quantity"], "format", "must be a 32-bit integer (format int32)");
const issue$quantity_type_45d418 = /* @__PURE__ */ fixedIssue(["quantity"], "type", "must be an integer");
const issue$shipDate_format_ce01ec = /* @__PURE__ */ fixedIssue(["shipDate"], "format", "must be a valid date-time");
const issue$shipDate_type_2bc1ae = /* @__PURE__ */ fixedIssue(["shipDate"], "type", "must be a string");
const issue$status_enum_5db649 = /* @__PURE__ */ fixedIssue(["status"], "enum", 'must be one of "available", "pending", "sold"');
const issue$status_enum_da25c7 = /* @__PURE__ */ fixedIssue(["status"], "enum", 'must be one of "placed", "approved", "delivered"');
const issue$status_type_2b9e05 = /* @__PURE__ */ fixedIssue(["status"], "type", "must be a string");
const issue$tags_type_6b6b73 = /* @__PURE__ */ fixedIssue(["tags"], "type", "must be an array");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$type_type_d71169 = /* @__PURE__ */ fixedIssue(["type"], "type", "must be a string");
const issue$userStatus_format_51fb5c = /* @__PURE__ */ fixedIssue(["userStatus"], "format", "must be a 32-bit integer (format int32)");
const issue$userStatus_type_ab2b40 = /* @__PURE__ */ fixedIssue(["userStatus"], "type", "must be an integer");
const issue$username_type_30da7a = /* @__PURE__ */ fixedIssue(["username"], "type", "must be a string");
function is$ApiResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.code;
  if (x2 !== void 0) {
    property3: {
      if (!Number.isInteger(x2)) {
        if (hasOwn.call(o1, "code")) return false;
        break property3;
      }
      if (x2 < -2147483648 || x2 > 2147483647) {
        if (hasOwn.call(o1, "code")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.type;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "type")) return false;
  }
  const x6 = o1.message;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "message")) return false;
  }
  return true;
}
function check$ApiResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.code;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "code")) {
        if (!Number.isInteger(x2)) {
          if ((s = reportFixed(s, p, issue$code_type_5205f9)).length >= issueLimit) return s;
        } else {
          if (x2 < -2147483648 || x2 > 2147483647) {
            if ((s = reportFixed(s, p, issue$code_format_d545fa)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.type;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "type")) {
        if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.message;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "message")) {
        if ((s = reportFixed(s, p, issue$message_type_eb355f)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Category(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    property3: {
      if (!Number.isInteger(x2)) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
      if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.name;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  return true;
}
function check$Category(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (!Number.isInteger(x2)) {
          if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
        } else {
          if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.name;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Order(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    property3: {
      if (!Number.isInteger(x2)) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
      if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.petId;
  if (x4 !== void 0) {
    property5: {
      if (!Number.isInteger(x4)) {
        if (hasOwn.call(o1, "petId")) return false;
        break property5;
      }
      if (x4 < -9223372036854776e3 || x4 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "petId")) return false;
        break property5;
      }
    }
  }
  const x6 = o1.quantity;
  if (x6 !== void 0) {
    property7: {
      if (!Number.isInteger(x6)) {
        if (hasOwn.call(o1, "quantity")) return false;
        break property7;
      }
      if (x6 < -2147483648 || x6 > 2147483647) {
        if (hasOwn.call(o1, "quantity")) return false;
        break property7;
      }
    }
  }
  const x8 = o1.shipDate;
  if (x8 !== void 0) {
    property9: {
      if (typeof x8 !== "string") {
        if (hasOwn.call(o1, "shipDate")) return false;
        break property9;
      }
      if (!formats.isDateTime(x8)) {
        if (hasOwn.call(o1, "shipDate")) return false;
        break property9;
      }
    }
  }
  const x10 = o1.status;
  if (x10 !== void 0) {
    if (x10 !== "placed" && x10 !== "approved" && x10 !== "delivered" && hasOwn.call(o1, "status")) return false;
  }
  const x12 = o1.complete;
  if (x12 !== void 0) {
    if (typeof x12 !== "boolean" && hasOwn.call(o1, "complete")) return false;
  }
  return true;
}
function check$Order(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (!Number.isInteger(x2)) {
          if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
        } else {
          if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.petId;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "petId")) {
        if (!Number.isInteger(x3)) {
          if ((s = reportFixed(s, p, issue$petId_type_4919e4)).length >= issueLimit) return s;
        } else {
          if (x3 < -9223372036854776e3 || x3 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$petId_format_c9388b)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.quantity;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "quantity")) {
        if (!Number.isInteger(x4)) {
          if ((s = reportFixed(s, p, issue$quantity_type_45d418)).length >= issueLimit) return s;
        } else {
          if (x4 < -2147483648 || x4 > 2147483647) {
            if ((s = reportFixed(s, p, issue$quantity_format_845f26)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x5 = o1.shipDate;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "shipDate")) {
        if (typeof x5 !== "string") {
          if ((s = reportFixed(s, p, issue$shipDate_type_2bc1ae)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x5)) {
            if ((s = reportFixed(s, p, issue$shipDate_format_ce01ec)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x6 = o1.status;
    if (x6 !== void 0) {
      if (x6 !== "placed" && x6 !== "approved" && x6 !== "delivered" && hasOwn.call(o1, "status")) {
        if (typeof x6 !== "string") {
          if ((s = reportFixed(s, p, issue$status_type_2b9e05)).length >= issueLimit) return s;
        } else {
          if (x6 !== "placed" && x6 !== "approved" && x6 !== "delivered") {
            if ((s = reportFixed(s, p, issue$status_enum_da25c7)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x7 = o1.complete;
    if (x7 !== void 0) {
      if (typeof x7 !== "boolean" && hasOwn.call(o1, "complete")) {
        if ((s = reportFixed(s, p, issue$complete_type_0f8c97)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Pet(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "photoUrls") ? o1.photoUrls : void 0;
  if (x3 === void 0) return false;
  const x4 = o1.id;
  if (x4 !== void 0) {
    property5: {
      if (!Number.isInteger(x4)) {
        if (hasOwn.call(o1, "id")) return false;
        break property5;
      }
      if (x4 < -9223372036854776e3 || x4 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "id")) return false;
        break property5;
      }
    }
  }
  const x6 = o1.category;
  if (x6 !== void 0) {
    if (!is$Category(x6, d + 1) && hasOwn.call(o1, "category")) return false;
  }
  if (typeof x2 !== "string") return false;
  if (!Array.isArray(x3)) return false;
  const a12 = x3;
  for (let i13 = 0; i13 < a12.length; i13++) {
    const x14 = a12[i13];
    if (typeof x14 !== "string") return false;
  }
  const x15 = o1.tags;
  if (x15 !== void 0) {
    property16: {
      if (!Array.isArray(x15)) {
        if (hasOwn.call(o1, "tags")) return false;
        break property16;
      }
      const a17 = x15;
      for (let i18 = 0; i18 < a17.length; i18++) {
        const x19 = a17[i18];
        if (!is$Tag(x19, d + 1)) {
          if (hasOwn.call(o1, "tags")) return false;
          break property16;
        }
      }
    }
  }
  const x24 = o1.status;
  if (x24 !== void 0) {
    if (x24 !== "available" && x24 !== "pending" && x24 !== "sold" && hasOwn.call(o1, "status")) return false;
  }
  return true;
}
function check$Pet(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "photoUrls") ? o1.photoUrls : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$photoUrls_required_8db35d)).length >= issueLimit) return s;
    }
    const x4 = o1.id;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (!Number.isInteger(x4)) {
          if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
        } else {
          if (x4 < -9223372036854776e3 || x4 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x5 = o1.category;
    if (x5 !== void 0) {
      if (!is$Category(x5, d + 1) && hasOwn.call(o1, "category")) {
        if (full(s = check$Category(x5, below(p, ["category"]), s, d + 1))) return s;
      }
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x3 !== void 0) {
      if (!Array.isArray(x3)) {
        if ((s = reportFixed(s, p, issue$photoUrls_type_10d0ee)).length >= issueLimit) return s;
      } else {
        const a6 = x3;
        for (let i7 = 0; i7 < a6.length; i7++) {
          const x8 = a6[i7];
          if (typeof x8 !== "string") {
            if ((s = report(s, p, ["photoUrls", i7], "type", "must be a string")).length >= issueLimit) return s;
          }
        }
      }
    }
    const x9 = o1.tags;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "tags")) {
        if (!Array.isArray(x9)) {
          if ((s = reportFixed(s, p, issue$tags_type_6b6b73)).length >= issueLimit) return s;
        } else {
          const a10 = x9;
          for (let i11 = 0; i11 < a10.length; i11++) {
            const x12 = a10[i11];
            if (!is$Tag(x12, d + 1)) {
              if (full(s = check$Tag(x12, below(p, ["tags", i11]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x13 = o1.status;
    if (x13 !== void 0) {
      if (x13 !== "available" && x13 !== "pending" && x13 !== "sold" && hasOwn.call(o1, "status")) {
        if (typeof x13 !== "string") {
          if ((s = reportFixed(s, p, issue$status_type_2b9e05)).length >= issueLimit) return s;
        } else {
          if (x13 !== "available" && x13 !== "pending" && x13 !== "sold") {
            if ((s = reportFixed(s, p, issue$status_enum_5db649)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$PetWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "photoUrls") ? o1.photoUrls : void 0;
  if (x3 === void 0) return false;
  if (o1.id !== void 0 && hasOwn.call(o1, "id")) return false;
  const x4 = o1.category;
  if (x4 !== void 0) {
    if (!is$Category(x4, d + 1) && hasOwn.call(o1, "category")) return false;
  }
  if (typeof x2 !== "string") return false;
  if (!Array.isArray(x3)) return false;
  const a10 = x3;
  for (let i11 = 0; i11 < a10.length; i11++) {
    const x12 = a10[i11];
    if (typeof x12 !== "string") return false;
  }
  const x13 = o1.tags;
  if (x13 !== void 0) {
    property14: {
      if (!Array.isArray(x13)) {
        if (hasOwn.call(o1, "tags")) return false;
        break property14;
      }
      const a15 = x13;
      for (let i16 = 0; i16 < a15.length; i16++) {
        const x17 = a15[i16];
        if (!is$Tag(x17, d + 1)) {
          if (hasOwn.call(o1, "tags")) return false;
          break property14;
        }
      }
    }
  }
  const x22 = o1.status;
  if (x22 !== void 0) {
    if (x22 !== "available" && x22 !== "pending" && x22 !== "sold" && hasOwn.call(o1, "status")) return false;
  }
  return true;
}
function check$PetWritable(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "photoUrls") ? o1.photoUrls : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$photoUrls_required_8db35d)).length >= issueLimit) return s;
    }
    if (o1.id !== void 0 && hasOwn.call(o1, "id")) {
      if ((s = reportFixed(s, p, issue$id_readOnly_c411fa)).length >= issueLimit) return s;
    }
    const x4 = o1.category;
    if (x4 !== void 0) {
      if (!is$Category(x4, d + 1) && hasOwn.call(o1, "category")) {
        if (full(s = check$Category(x4, below(p, ["category"]), s, d + 1))) return s;
      }
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x3 !== void 0) {
      if (!Array.isArray(x3)) {
        if ((s = reportFixed(s, p, issue$photoUrls_type_10d0ee)).length >= issueLimit) return s;
      } else {
        const a5 = x3;
        for (let i6 = 0; i6 < a5.length; i6++) {
          const x7 = a5[i6];
          if (typeof x7 !== "string") {
            if ((s = report(s, p, ["photoUrls", i6], "type", "must be a string")).length >= issueLimit) return s;
          }
        }
      }
    }
    const x8 = o1.tags;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "tags")) {
        if (!Array.isArray(x8)) {
          if ((s = reportFixed(s, p, issue$tags_type_6b6b73)).length >= issueLimit) return s;
        } else {
          const a9 = x8;
          for (let i10 = 0; i10 < a9.length; i10++) {
            const x11 = a9[i10];
            if (!is$Tag(x11, d + 1)) {
              if (full(s = check$Tag(x11, below(p, ["tags", i10]), s, d + 1))) return s;
            }
          }
        }
      }
    }
    const x12 = o1.status;
    if (x12 !== void 0) {
      if (x12 !== "available" && x12 !== "pending" && x12 !== "sold" && hasOwn.call(o1, "status")) {
        if (typeof x12 !== "string") {
          if ((s = reportFixed(s, p, issue$status_type_2b9e05)).length >= issueLimit) return s;
        } else {
          if (x12 !== "available" && x12 !== "pending" && x12 !== "sold") {
            if ((s = reportFixed(s, p, issue$status_enum_5db649)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$Tag(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    property3: {
      if (!Number.isInteger(x2)) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
      if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.name;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  return true;
}
function check$Tag(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (!Number.isInteger(x2)) {
          if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
        } else {
          if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.name;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$User(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    property3: {
      if (!Number.isInteger(x2)) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
      if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.username;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "username")) return false;
  }
  const x6 = o1.firstName;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "firstName")) return false;
  }
  const x8 = o1.lastName;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "lastName")) return false;
  }
  const x10 = o1.email;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o1, "email")) return false;
  }
  const x12 = o1.password;
  if (x12 !== void 0) {
    if (typeof x12 !== "string" && hasOwn.call(o1, "password")) return false;
  }
  const x14 = o1.phone;
  if (x14 !== void 0) {
    if (typeof x14 !== "string" && hasOwn.call(o1, "phone")) return false;
  }
  const x16 = o1.userStatus;
  if (x16 !== void 0) {
    property17: {
      if (!Number.isInteger(x16)) {
        if (hasOwn.call(o1, "userStatus")) return false;
        break property17;
      }
      if (x16 < -2147483648 || x16 > 2147483647) {
        if (hasOwn.call(o1, "userStatus")) return false;
        break property17;
      }
    }
  }
  return true;
}
function check$User(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (!Number.isInteger(x2)) {
          if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
        } else {
          if (x2 < -9223372036854776e3 || x2 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$id_format_0a4d9e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.username;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "username")) {
        if ((s = reportFixed(s, p, issue$username_type_30da7a)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.firstName;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "firstName")) {
        if ((s = reportFixed(s, p, issue$firstName_type_60c4a2)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.lastName;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "lastName")) {
        if ((s = reportFixed(s, p, issue$lastName_type_fec29f)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.email;
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o1, "email")) {
        if ((s = reportFixed(s, p, issue$email_type_fc4ae4)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.password;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "password")) {
        if ((s = reportFixed(s, p, issue$password_type_10a1a6)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.phone;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "phone")) {
        if ((s = reportFixed(s, p, issue$phone_type_a061f2)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.userStatus;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "userStatus")) {
        if (!Number.isInteger(x9)) {
          if ((s = reportFixed(s, p, issue$userStatus_type_ab2b40)).length >= issueLimit) return s;
        } else {
          if (x9 < -2147483648 || x9 > 2147483647) {
            if ((s = reportFixed(s, p, issue$userStatus_format_51fb5c)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$UpdatePetResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$UpdatePetResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$AddPetResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$AddPetResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$FindPetsByStatusResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$FindPetsByStatusResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$FindPetsByTagsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$FindPetsByTagsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$UpdatePetWithFormRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.name;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  const x4 = o1.status;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "status")) return false;
  }
  return true;
}
function check$UpdatePetWithFormRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.name;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.status;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "status")) {
        if ((s = reportFixed(s, p, issue$status_type_2b9e05)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$UpdatePetWithFormResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$UpdatePetWithFormResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$DeletePetResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$DeletePetResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$UploadFileRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.additionalMetadata;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "additionalMetadata")) return false;
  }
  return true;
}
function check$UploadFileRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.additionalMetadata;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "additionalMetadata")) {
        if ((s = reportFixed(s, p, issue$additionalMetadata_type_557fef)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$GetInventoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  for (const k2 in o1) {
    if (!hasOwn.call(o1, k2)) continue;
    const x3 = o1[k2];
    if (x3 === void 0) continue;
    if (!Number.isInteger(x3)) return false;
    if (x3 < -2147483648 || x3 > 2147483647) return false;
  }
  return true;
}
function check$GetInventoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    for (const k2 in o1) {
      if (!hasOwn.call(o1, k2)) continue;
      const x3 = o1[k2];
      if (x3 === void 0) continue;
      if (!Number.isInteger(x3)) {
        if ((s = report(s, p, [k2], "type", "must be an integer")).length >= issueLimit) return s;
      } else {
        if (x3 < -2147483648 || x3 > 2147483647) {
          if ((s = report(s, p, [k2], "format", "must be a 32-bit integer (format int32)")).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$DeleteOrderResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$DeleteOrderResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$CreateUserResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$CreateUserResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$CreateUsersWithArrayInputRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$User(x3, d + 1)) return false;
  }
  return true;
}
function check$CreateUsersWithArrayInputRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$User(x3, d + 1)) {
        if (full(s = check$User(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$CreateUsersWithArrayInputResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$CreateUsersWithArrayInputResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$CreateUsersWithListInputRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$User(x3, d + 1)) return false;
  }
  return true;
}
function check$CreateUsersWithListInputRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$User(x3, d + 1)) {
        if (full(s = check$User(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$CreateUsersWithListInputResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$CreateUsersWithListInputResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$LoginUserResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$LoginUserResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$LogoutUserResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$LogoutUserResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$UpdateUserResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$UpdateUserResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$DeleteUserResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$DeleteUserResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {
  ApiResponse: {
    type: "object",
    properties: {
      code: { type: "integer", format: "int32" },
      type: { type: "string" },
      message: { type: "string" }
    }
  },
  Category: {
    type: "object",
    properties: { id: { type: "integer", format: "int64" }, name: { type: "string" } }
  },
  Order: {
    type: "object",
    properties: {
      id: { type: "integer", format: "int64" },
      petId: { type: "integer", format: "int64" },
      quantity: { type: "integer", format: "int32" },
      shipDate: { type: "string", format: "date-time" },
      status: {
        description: "Order Status",
        type: "string",
        enum: ["placed", "approved", "delivered"]
      },
      complete: { type: "boolean", default: false }
    }
  },
  Pet: {
    type: "object",
    properties: {
      id: { type: "integer", format: "int64", default: 40, examples: [25], readOnly: true },
      category: { $ref: "#/$defs/Category" },
      name: { type: "string", examples: ["doggie"] },
      photoUrls: {
        type: "array",
        items: { type: "string", examples: ["https://example.com/photo.png"] }
      },
      tags: { type: "array", items: { $ref: "#/$defs/Tag" } },
      status: {
        description: "pet status in the store",
        type: "string",
        enum: ["available", "pending", "sold"]
      }
    },
    required: ["name", "photoUrls"]
  },
  PetWritable: {
    type: "object",
    properties: {
      id: false,
      category: { $ref: "#/$defs/Category" },
      name: { type: "string", examples: ["doggie"] },
      photoUrls: {
        type: "array",
        items: { type: "string", examples: ["https://example.com/photo.png"] }
      },
      tags: { type: "array", items: { $ref: "#/$defs/Tag" } },
      status: {
        description: "pet status in the store",
        type: "string",
        enum: ["available", "pending", "sold"]
      }
    },
    required: ["name", "photoUrls"]
  },
  Tag: {
    type: "object",
    properties: { id: { type: "integer", format: "int64" }, name: { type: "string" } }
  },
  User: {
    type: "object",
    properties: {
      id: { type: "integer", format: "int64" },
      username: { type: "string" },
      firstName: { type: "string" },
      lastName: { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
      phone: { type: "string" },
      userStatus: { description: "User Status", type: "integer", format: "int32" }
    }
  }
};
const jsonSchema$roots = {
  ApiResponse: { $ref: "#/$defs/ApiResponse" },
  Category: { $ref: "#/$defs/Category" },
  Order: { $ref: "#/$defs/Order" },
  Pet: { $ref: "#/$defs/Pet" },
  PetWritable: { $ref: "#/$defs/PetWritable" },
  Tag: { $ref: "#/$defs/Tag" },
  User: { $ref: "#/$defs/User" },
  UpdatePetRequestBody: { $ref: "#/$defs/PetWritable" },
  UpdatePetResponse: true,
  AddPetRequestBody: { $ref: "#/$defs/PetWritable" },
  AddPetResponse: true,
  FindPetsByStatusResponse: { type: "string" },
  FindPetsByTagsResponse: { type: "string" },
  GetPetByIdResponse: { $ref: "#/$defs/Pet" },
  UpdatePetWithFormRequestBody: {
    type: "object",
    properties: {
      name: { description: "Updated name of the pet", type: "string" },
      status: { description: "Updated status of the pet", type: "string" }
    }
  },
  UpdatePetWithFormResponse: true,
  DeletePetResponse: true,
  UploadFileRequestBody: {
    type: "object",
    properties: {
      additionalMetadata: { description: "Additional data to pass to server", type: "string" },
      file: true
    }
  },
  UploadFileResponse: { $ref: "#/$defs/ApiResponse" },
  GetInventoryResponse: {
    type: "object",
    additionalProperties: { type: "integer", format: "int32" }
  },
  PlaceOrderRequestBody: { $ref: "#/$defs/Order" },
  PlaceOrderResponse: { $ref: "#/$defs/Order" },
  GetOrderByIdResponse: { $ref: "#/$defs/Order" },
  DeleteOrderResponse: true,
  CreateUserRequestBody: { $ref: "#/$defs/User" },
  CreateUserResponse: false,
  CreateUsersWithArrayInputRequestBody: { type: "array", items: { $ref: "#/$defs/User" } },
  CreateUsersWithArrayInputResponse: false,
  CreateUsersWithListInputRequestBody: { type: "array", items: { $ref: "#/$defs/User" } },
  CreateUsersWithListInputResponse: false,
  LoginUserResponse: { type: "string" },
  LogoutUserResponse: false,
  GetUserByNameResponse: { $ref: "#/$defs/User" },
  UpdateUserRequestBody: { $ref: "#/$defs/User" },
  UpdateUserResponse: true,
  DeleteUserResponse: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isAddPetRequestBody,
  isAddPetResponse,
  isApiResponse,
  isCategory,
  isCreateUserRequestBody,
  isCreateUserResponse,
  isCreateUsersWithArrayInputRequestBody,
  isCreateUsersWithArrayInputResponse,
  isCreateUsersWithListInputRequestBody,
  isCreateUsersWithListInputResponse,
  isDeleteOrderResponse,
  isDeletePetResponse,
  isDeleteUserResponse,
  isFindPetsByStatusResponse,
  isFindPetsByTagsResponse,
  isGetInventoryResponse,
  isGetOrderByIdResponse,
  isGetPetByIdResponse,
  isGetUserByNameResponse,
  isLoginUserResponse,
  isLogoutUserResponse,
  isOrder,
  isPet,
  isPetWritable,
  isPlaceOrderRequestBody,
  isPlaceOrderResponse,
  isTag,
  isUpdatePetRequestBody,
  isUpdatePetResponse,
  isUpdatePetWithFormRequestBody,
  isUpdatePetWithFormResponse,
  isUpdateUserRequestBody,
  isUpdateUserResponse,
  isUploadFileRequestBody,
  isUploadFileResponse,
  isUser,
  schemas,
  validateAddPetRequestBody,
  validateAddPetResponse,
  validateApiResponse,
  validateCategory,
  validateCreateUserRequestBody,
  validateCreateUserResponse,
  validateCreateUsersWithArrayInputRequestBody,
  validateCreateUsersWithArrayInputResponse,
  validateCreateUsersWithListInputRequestBody,
  validateCreateUsersWithListInputResponse,
  validateDeleteOrderResponse,
  validateDeletePetResponse,
  validateDeleteUserResponse,
  validateFindPetsByStatusResponse,
  validateFindPetsByTagsResponse,
  validateGetInventoryResponse,
  validateGetOrderByIdResponse,
  validateGetPetByIdResponse,
  validateGetUserByNameResponse,
  validateLoginUserResponse,
  validateLogoutUserResponse,
  validateOrder,
  validatePet,
  validatePetWritable,
  validatePlaceOrderRequestBody,
  validatePlaceOrderResponse,
  validateTag,
  validateUpdatePetRequestBody,
  validateUpdatePetResponse,
  validateUpdatePetWithFormRequestBody,
  validateUpdatePetWithFormResponse,
  validateUpdateUserRequestBody,
  validateUpdateUserResponse,
  validateUploadFileRequestBody,
  validateUploadFileResponse,
  validateUser
};
