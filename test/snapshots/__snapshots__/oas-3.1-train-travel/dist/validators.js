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
function validateBooking(value, options) {
  const issues = options === void 0 ? check$Booking(value, ROOT, void 0, 0) : checkValue(check$Booking, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBooking(value) {
  return is$Booking(value, 0);
}
function validateBookingWritable(value, options) {
  const issues = options === void 0 ? check$BookingWritable(value, ROOT, void 0, 0) : checkValue(check$BookingWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBookingWritable(value) {
  return is$BookingWritable(value, 0);
}
function validateBookingPayment(value, options) {
  const issues = options === void 0 ? check$BookingPayment(value, ROOT, void 0, 0) : checkValue(check$BookingPayment, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBookingPayment(value) {
  return is$BookingPayment(value, 0);
}
function validateBookingPaymentWritable(value, options) {
  const issues = options === void 0 ? check$BookingPaymentWritable(value, ROOT, void 0, 0) : checkValue(check$BookingPaymentWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBookingPaymentWritable(value) {
  return is$BookingPaymentWritable(value, 0);
}
function validateLinksBooking(value, options) {
  const issues = options === void 0 ? check$LinksBooking(value, ROOT, void 0, 0) : checkValue(check$LinksBooking, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isLinksBooking(value) {
  return is$LinksBooking(value, 0);
}
function validateLinksPagination(value, options) {
  const issues = options === void 0 ? check$LinksPagination(value, ROOT, void 0, 0) : checkValue(check$LinksPagination, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isLinksPagination(value) {
  return is$LinksPagination(value, 0);
}
function validateLinksSelf(value, options) {
  const issues = options === void 0 ? check$LinksSelf(value, ROOT, void 0, 0) : checkValue(check$LinksSelf, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isLinksSelf(value) {
  return is$LinksSelf(value, 0);
}
function validateProblem(value, options) {
  const issues = options === void 0 ? check$Problem(value, ROOT, void 0, 0) : checkValue(check$Problem, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isProblem(value) {
  return is$Problem(value, 0);
}
function validateStation(value, options) {
  const issues = options === void 0 ? check$Station(value, ROOT, void 0, 0) : checkValue(check$Station, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isStation(value) {
  return is$Station(value, 0);
}
function validateTrip(value, options) {
  const issues = options === void 0 ? check$Trip(value, ROOT, void 0, 0) : checkValue(check$Trip, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTrip(value) {
  return is$Trip(value, 0);
}
function validateWrapperCollection(value, options) {
  const issues = options === void 0 ? check$WrapperCollection(value, ROOT, void 0, 0) : checkValue(check$WrapperCollection, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isWrapperCollection(value) {
  return is$WrapperCollection(value, 0);
}
function validateWrapperCollectionWritable(value, options) {
  const issues = options === void 0 ? check$WrapperCollectionWritable(value, ROOT, void 0, 0) : checkValue(check$WrapperCollectionWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isWrapperCollectionWritable(value) {
  return is$WrapperCollectionWritable(value, 0);
}
function validateGetBookingsResponse(value, options) {
  const issues = options === void 0 ? check$GetBookingsResponse(value, ROOT, void 0, 0) : checkValue(check$GetBookingsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetBookingsResponse(value) {
  return is$GetBookingsResponse(value, 0);
}
function validateCreateBookingRequestBody(value, options) {
  const issues = options === void 0 ? check$BookingWritable(value, ROOT, void 0, 0) : checkValue(check$BookingWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateBookingRequestBody(value) {
  return is$BookingWritable(value, 0);
}
function validateCreateBookingResponse(value, options) {
  const issues = options === void 0 ? check$CreateBookingResponse(value, ROOT, void 0, 0) : checkValue(check$CreateBookingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateBookingResponse(value) {
  return is$CreateBookingResponse(value, 0);
}
function validateGetBookingResponse(value, options) {
  const issues = options === void 0 ? check$GetBookingResponse(value, ROOT, void 0, 0) : checkValue(check$GetBookingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetBookingResponse(value) {
  return is$GetBookingResponse(value, 0);
}
function validateDeleteBookingResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteBookingResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteBookingResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteBookingResponse(value) {
  return value === void 0 || is$DeleteBookingResponse(value, 0);
}
function validateCreateBookingPaymentRequestBody(value, options) {
  const issues = options === void 0 ? check$BookingPaymentWritable(value, ROOT, void 0, 0) : checkValue(check$BookingPaymentWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateBookingPaymentRequestBody(value) {
  return is$BookingPaymentWritable(value, 0);
}
function validateCreateBookingPaymentResponse(value, options) {
  const issues = options === void 0 ? check$CreateBookingPaymentResponse(value, ROOT, void 0, 0) : checkValue(check$CreateBookingPaymentResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateBookingPaymentResponse(value) {
  return is$CreateBookingPaymentResponse(value, 0);
}
function validateGetStationsResponse(value, options) {
  const issues = options === void 0 ? check$GetStationsResponse(value, ROOT, void 0, 0) : checkValue(check$GetStationsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStationsResponse(value) {
  return is$GetStationsResponse(value, 0);
}
function validateGetTripsResponse(value, options) {
  const issues = options === void 0 ? check$GetTripsResponse(value, ROOT, void 0, 0) : checkValue(check$GetTripsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetTripsResponse(value) {
  return is$GetTripsResponse(value, 0);
}
const schemas = {
  Booking: /* @__PURE__ */ standardSchema(validateBooking, jsonSchema$of("Booking")),
  BookingWritable: /* @__PURE__ */ standardSchema(validateBookingWritable, jsonSchema$of("BookingWritable")),
  BookingPayment: /* @__PURE__ */ standardSchema(validateBookingPayment, jsonSchema$of("BookingPayment")),
  BookingPaymentWritable: /* @__PURE__ */ standardSchema(validateBookingPaymentWritable, jsonSchema$of("BookingPaymentWritable")),
  LinksBooking: /* @__PURE__ */ standardSchema(validateLinksBooking, jsonSchema$of("LinksBooking")),
  LinksPagination: /* @__PURE__ */ standardSchema(validateLinksPagination, jsonSchema$of("LinksPagination")),
  LinksSelf: /* @__PURE__ */ standardSchema(validateLinksSelf, jsonSchema$of("LinksSelf")),
  Problem: /* @__PURE__ */ standardSchema(validateProblem, jsonSchema$of("Problem")),
  Station: /* @__PURE__ */ standardSchema(validateStation, jsonSchema$of("Station")),
  Trip: /* @__PURE__ */ standardSchema(validateTrip, jsonSchema$of("Trip")),
  WrapperCollection: /* @__PURE__ */ standardSchema(validateWrapperCollection, jsonSchema$of("WrapperCollection")),
  WrapperCollectionWritable: /* @__PURE__ */ standardSchema(validateWrapperCollectionWritable, jsonSchema$of("WrapperCollectionWritable")),
  GetBookingsResponse: /* @__PURE__ */ standardSchema(validateGetBookingsResponse, jsonSchema$of("GetBookingsResponse")),
  CreateBookingRequestBody: /* @__PURE__ */ standardSchema(validateCreateBookingRequestBody, jsonSchema$of("CreateBookingRequestBody")),
  CreateBookingResponse: /* @__PURE__ */ standardSchema(validateCreateBookingResponse, jsonSchema$of("CreateBookingResponse")),
  GetBookingResponse: /* @__PURE__ */ standardSchema(validateGetBookingResponse, jsonSchema$of("GetBookingResponse")),
  DeleteBookingResponse: /* @__PURE__ */ standardSchema(validateDeleteBookingResponse, jsonSchema$of("DeleteBookingResponse")),
  CreateBookingPaymentRequestBody: /* @__PURE__ */ standardSchema(validateCreateBookingPaymentRequestBody, jsonSchema$of("CreateBookingPaymentRequestBody")),
  CreateBookingPaymentResponse: /* @__PURE__ */ standardSchema(validateCreateBookingPaymentResponse, jsonSchema$of("CreateBookingPaymentResponse")),
  GetStationsResponse: /* @__PURE__ */ standardSchema(validateGetStationsResponse, jsonSchema$of("GetStationsResponse")),
  GetTripsResponse: /* @__PURE__ */ standardSchema(validateGetTripsResponse, jsonSchema$of("GetTripsResponse"))
};
const issue$account_type_enum_d97158 = /* @__PURE__ */ fixedIssue(["account_type"], "enum", 'must be one of "individual", "company"');
const issue$account_type_required_8b50ef = /* @__PURE__ */ fixedIssue(["account_type"], "required", "is required");
const issue$account_type_type_d781e7 = /* @__PURE__ */ fixedIssue(["account_type"], "type", "must be a string");
const issue$address_city_type_ba7020 = /* @__PURE__ */ fixedIssue(["address_city"], "type", "must be a string");
const issue$address_country_required_ff729e = /* @__PURE__ */ fixedIssue(["address_country"], "required", "is required");
const issue$address_country_type_a48d54 = /* @__PURE__ */ fixedIssue(["address_country"], "type", "must be a string");
const issue$address_line1_type_94a95b = /* @__PURE__ */ fixedIssue(["address_line1"], "type", "must be a string");
const issue$address_line1_writeOnly_ae06b3 = /* @__PURE__ */ fixedIssue(["address_line1"], "writeOnly", "is write-only: it must not appear in a response");
const issue$address_line2_type_003f35 = /* @__PURE__ */ fixedIssue(["address_line2"], "type", "must be a string");
const issue$address_line2_writeOnly_fae877 = /* @__PURE__ */ fixedIssue(["address_line2"], "writeOnly", "is write-only: it must not appear in a response");
const issue$address_post_code_type_11b3bb = /* @__PURE__ */ fixedIssue(["address_post_code"], "type", "must be a string");
const issue$address_required_4eee52 = /* @__PURE__ */ fixedIssue(["address"], "required", "is required");
const issue$address_type_0b3a68 = /* @__PURE__ */ fixedIssue(["address"], "type", "must be a string");
const issue$amount_exclusiveMinimum_a76a60 = /* @__PURE__ */ fixedIssue(["amount"], "exclusiveMinimum", "must be > 0");
const issue$amount_type_196e8e = /* @__PURE__ */ fixedIssue(["amount"], "type", "must be a number");
const issue$anyOf_1827ca = /* @__PURE__ */ fixedIssue([], "anyOf", "must match at least one of the allowed schemas (anyOf)");
const issue$arrival_time_format_faa9e5 = /* @__PURE__ */ fixedIssue(["arrival_time"], "format", "must be a valid date-time");
const issue$arrival_time_type_5a5833 = /* @__PURE__ */ fixedIssue(["arrival_time"], "type", "must be a string");
const issue$bank_name_required_97044c = /* @__PURE__ */ fixedIssue(["bank_name"], "required", "is required");
const issue$bank_name_type_dc7915 = /* @__PURE__ */ fixedIssue(["bank_name"], "type", "must be a string");
const issue$bicycles_allowed_type_5f229a = /* @__PURE__ */ fixedIssue(["bicycles_allowed"], "type", "must be a boolean");
const issue$booking_format_fcb2c4 = /* @__PURE__ */ fixedIssue(["booking"], "format", "must be a valid uri");
const issue$booking_type_bc086e = /* @__PURE__ */ fixedIssue(["booking"], "type", "must be a string");
const issue$country_code_required_05c6b6 = /* @__PURE__ */ fixedIssue(["country_code"], "required", "is required");
const issue$country_code_type_991737 = /* @__PURE__ */ fixedIssue(["country_code"], "type", "must be a string");
const issue$country_required_31d99a = /* @__PURE__ */ fixedIssue(["country"], "required", "is required");
const issue$country_type_b677c5 = /* @__PURE__ */ fixedIssue(["country"], "type", "must be a string");
const issue$currency_enum_35e71f = /* @__PURE__ */ fixedIssue(["currency"], "enum", 'must be one of "bam", "bgn", "chf", "eur", "gbp", "nok", "sek", "try"');
const issue$currency_type_c47946 = /* @__PURE__ */ fixedIssue(["currency"], "type", "must be a string");
const issue$cvc_required_e61f27 = /* @__PURE__ */ fixedIssue(["cvc"], "required", "is required");
const issue$cvc_type_a0d5ee = /* @__PURE__ */ fixedIssue(["cvc"], "type", "must be an integer");
const issue$cvc_writeOnly_1c4da8 = /* @__PURE__ */ fixedIssue(["cvc"], "writeOnly", "is write-only: it must not appear in a response");
const issue$data_type_33d84b = /* @__PURE__ */ fixedIssue(["data"], "type", "must be an array");
const issue$departure_time_format_302c6b = /* @__PURE__ */ fixedIssue(["departure_time"], "format", "must be a valid date-time");
const issue$departure_time_type_ccdfa0 = /* @__PURE__ */ fixedIssue(["departure_time"], "type", "must be a string");
const issue$destination_type_431cb0 = /* @__PURE__ */ fixedIssue(["destination"], "type", "must be a string");
const issue$detail_type_2f777c = /* @__PURE__ */ fixedIssue(["detail"], "type", "must be a string");
const issue$dogs_allowed_type_d23c93 = /* @__PURE__ */ fixedIssue(["dogs_allowed"], "type", "must be a boolean");
const issue$exp_month_format_b5e887 = /* @__PURE__ */ fixedIssue(["exp_month"], "format", "must be a 64-bit integer (format int64)");
const issue$exp_month_required_e2c378 = /* @__PURE__ */ fixedIssue(["exp_month"], "required", "is required");
const issue$exp_month_type_888501 = /* @__PURE__ */ fixedIssue(["exp_month"], "type", "must be an integer");
const issue$exp_year_format_f52d8f = /* @__PURE__ */ fixedIssue(["exp_year"], "format", "must be a 64-bit integer (format int64)");
const issue$exp_year_required_b82829 = /* @__PURE__ */ fixedIssue(["exp_year"], "required", "is required");
const issue$exp_year_type_8dbd53 = /* @__PURE__ */ fixedIssue(["exp_year"], "type", "must be an integer");
const issue$has_bicycle_type_63222a = /* @__PURE__ */ fixedIssue(["has_bicycle"], "type", "must be a boolean");
const issue$has_dog_type_5b49c2 = /* @__PURE__ */ fixedIssue(["has_dog"], "type", "must be a boolean");
const issue$id_format_5ca6f3 = /* @__PURE__ */ fixedIssue(["id"], "format", "must be a valid uuid");
const issue$id_readOnly_c411fa = /* @__PURE__ */ fixedIssue(["id"], "readOnly", "is read-only: it must not be sent in a request");
const issue$id_required_f4322b = /* @__PURE__ */ fixedIssue(["id"], "required", "is required");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$instance_type_3fb2d2 = /* @__PURE__ */ fixedIssue(["instance"], "type", "must be a string");
const issue$links_readOnly_f4ffef = /* @__PURE__ */ fixedIssue(["links"], "readOnly", "is read-only: it must not be sent in a request");
const issue$links_type_fa1509 = /* @__PURE__ */ fixedIssue(["links"], "type", "must be an object");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$next_format_f988b4 = /* @__PURE__ */ fixedIssue(["next"], "format", "must be a valid uri");
const issue$next_type_50f280 = /* @__PURE__ */ fixedIssue(["next"], "type", "must be a string");
const issue$number_required_7e5600 = /* @__PURE__ */ fixedIssue(["number"], "required", "is required");
const issue$number_type_4a683a = /* @__PURE__ */ fixedIssue(["number"], "type", "must be a string");
const issue$object_const_07dc5e = /* @__PURE__ */ fixedIssue(["object"], "const", 'must be "bank_account"');
const issue$object_const_0fb1ed = /* @__PURE__ */ fixedIssue(["object"], "const", 'must be "card"');
const issue$object_type_d0f3ba = /* @__PURE__ */ fixedIssue(["object"], "type", "must be a string");
const issue$operator_type_c2de85 = /* @__PURE__ */ fixedIssue(["operator"], "type", "must be a string");
const issue$origin_type_f5c22e = /* @__PURE__ */ fixedIssue(["origin"], "type", "must be a string");
const issue$passenger_name_type_0dc476 = /* @__PURE__ */ fixedIssue(["passenger_name"], "type", "must be a string");
const issue$prev_format_0378cf = /* @__PURE__ */ fixedIssue(["prev"], "format", "must be a valid uri");
const issue$prev_type_db635f = /* @__PURE__ */ fixedIssue(["prev"], "type", "must be a string");
const issue$price_type_ba823f = /* @__PURE__ */ fixedIssue(["price"], "type", "must be a number");
const issue$self_format_c6a591 = /* @__PURE__ */ fixedIssue(["self"], "format", "must be a valid uri");
const issue$self_type_dbd32b = /* @__PURE__ */ fixedIssue(["self"], "type", "must be a string");
const issue$sort_code_type_4f53f9 = /* @__PURE__ */ fixedIssue(["sort_code"], "type", "must be a string");
const issue$status_enum_f771a1 = /* @__PURE__ */ fixedIssue(["status"], "enum", 'must be one of "pending", "succeeded", "failed"');
const issue$status_readOnly_b2baf1 = /* @__PURE__ */ fixedIssue(["status"], "readOnly", "is read-only: it must not be sent in a request");
const issue$status_type_2b9e05 = /* @__PURE__ */ fixedIssue(["status"], "type", "must be a string");
const issue$status_type_e7ab7a = /* @__PURE__ */ fixedIssue(["status"], "type", "must be an integer");
const issue$timezone_type_a256c2 = /* @__PURE__ */ fixedIssue(["timezone"], "type", "must be a string");
const issue$title_type_ebed80 = /* @__PURE__ */ fixedIssue(["title"], "type", "must be a string");
const issue$trip_id_format_94b892 = /* @__PURE__ */ fixedIssue(["trip_id"], "format", "must be a valid uuid");
const issue$trip_id_type_2de8f5 = /* @__PURE__ */ fixedIssue(["trip_id"], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$type_type_d71169 = /* @__PURE__ */ fixedIssue(["type"], "type", "must be a string");
function is$Booking(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
      if (!formats.isUuid(x2)) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.trip_id;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "string") {
        if (hasOwn.call(o1, "trip_id")) return false;
        break property5;
      }
      if (!formats.isUuid(x4)) {
        if (hasOwn.call(o1, "trip_id")) return false;
        break property5;
      }
    }
  }
  const x6 = o1.passenger_name;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "passenger_name")) return false;
  }
  const x8 = o1.has_bicycle;
  if (x8 !== void 0) {
    if (typeof x8 !== "boolean" && hasOwn.call(o1, "has_bicycle")) return false;
  }
  const x10 = o1.has_dog;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o1, "has_dog")) return false;
  }
  return true;
}
function check$Booking(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
        } else {
          if (!formats.isUuid(x2)) {
            if ((s = reportFixed(s, p, issue$id_format_5ca6f3)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.trip_id;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "trip_id")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$trip_id_type_2de8f5)).length >= issueLimit) return s;
        } else {
          if (!formats.isUuid(x3)) {
            if ((s = reportFixed(s, p, issue$trip_id_format_94b892)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.passenger_name;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "passenger_name")) {
        if ((s = reportFixed(s, p, issue$passenger_name_type_0dc476)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.has_bicycle;
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "has_bicycle")) {
        if ((s = reportFixed(s, p, issue$has_bicycle_type_63222a)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.has_dog;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "has_dog")) {
        if ((s = reportFixed(s, p, issue$has_dog_type_5b49c2)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$BookingWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  if (o1.id !== void 0 && hasOwn.call(o1, "id")) return false;
  const x2 = o1.trip_id;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "trip_id")) return false;
        break property3;
      }
      if (!formats.isUuid(x2)) {
        if (hasOwn.call(o1, "trip_id")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.passenger_name;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "passenger_name")) return false;
  }
  const x6 = o1.has_bicycle;
  if (x6 !== void 0) {
    if (typeof x6 !== "boolean" && hasOwn.call(o1, "has_bicycle")) return false;
  }
  const x8 = o1.has_dog;
  if (x8 !== void 0) {
    if (typeof x8 !== "boolean" && hasOwn.call(o1, "has_dog")) return false;
  }
  return true;
}
function check$BookingWritable(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    if (o1.id !== void 0 && hasOwn.call(o1, "id")) {
      if ((s = reportFixed(s, p, issue$id_readOnly_c411fa)).length >= issueLimit) return s;
    }
    const x2 = o1.trip_id;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "trip_id")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$trip_id_type_2de8f5)).length >= issueLimit) return s;
        } else {
          if (!formats.isUuid(x2)) {
            if ((s = reportFixed(s, p, issue$trip_id_format_94b892)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.passenger_name;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "passenger_name")) {
        if ((s = reportFixed(s, p, issue$passenger_name_type_0dc476)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.has_bicycle;
    if (x4 !== void 0) {
      if (typeof x4 !== "boolean" && hasOwn.call(o1, "has_bicycle")) {
        if ((s = reportFixed(s, p, issue$has_bicycle_type_63222a)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.has_dog;
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "has_dog")) {
        if ((s = reportFixed(s, p, issue$has_dog_type_5b49c2)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$$inline2(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "name") ? o2.name : void 0;
    if (x3 === void 0) return false;
    const x4 = hasOwn.call(o2, "number") ? o2.number : void 0;
    if (x4 === void 0) return false;
    const x5 = hasOwn.call(o2, "exp_month") ? o2.exp_month : void 0;
    if (x5 === void 0) return false;
    const x6 = hasOwn.call(o2, "exp_year") ? o2.exp_year : void 0;
    if (x6 === void 0) return false;
    const x7 = hasOwn.call(o2, "address_country") ? o2.address_country : void 0;
    if (x7 === void 0) return false;
    const x8 = o2.object;
    if (x8 !== void 0) {
      if (x8 !== "card" && hasOwn.call(o2, "object")) return false;
    }
    if (typeof x3 !== "string") return false;
    if (typeof x4 !== "string") return false;
    if (hasOwn.call(o2, "cvc") && o2.cvc !== void 0) return false;
    if (!Number.isInteger(x5)) return false;
    if (x5 < -9223372036854776e3 || x5 >= 9223372036854776e3) return false;
    if (!Number.isInteger(x6)) return false;
    if (x6 < -9223372036854776e3 || x6 >= 9223372036854776e3) return false;
    if (o2.address_line1 !== void 0 && hasOwn.call(o2, "address_line1")) return false;
    if (o2.address_line2 !== void 0 && hasOwn.call(o2, "address_line2")) return false;
    const x10 = o2.address_city;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o2, "address_city")) return false;
    }
    if (typeof x7 !== "string") return false;
    const x12 = o2.address_post_code;
    if (x12 !== void 0) {
      if (typeof x12 !== "string" && hasOwn.call(o2, "address_post_code")) return false;
    }
  }
  return true;
}
function check$$inline2(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "name") ? o2.name : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o2, "number") ? o2.number : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$number_required_7e5600)).length >= issueLimit) return s;
    }
    const x5 = hasOwn.call(o2, "exp_month") ? o2.exp_month : void 0;
    if (x5 === void 0) {
      if ((s = reportFixed(s, p, issue$exp_month_required_e2c378)).length >= issueLimit) return s;
    }
    const x6 = hasOwn.call(o2, "exp_year") ? o2.exp_year : void 0;
    if (x6 === void 0) {
      if ((s = reportFixed(s, p, issue$exp_year_required_b82829)).length >= issueLimit) return s;
    }
    const x7 = hasOwn.call(o2, "address_country") ? o2.address_country : void 0;
    if (x7 === void 0) {
      if ((s = reportFixed(s, p, issue$address_country_required_ff729e)).length >= issueLimit) return s;
    }
    const x8 = o2.object;
    if (x8 !== void 0) {
      if (x8 !== "card" && hasOwn.call(o2, "object")) {
        if (typeof x8 !== "string") {
          if ((s = reportFixed(s, p, issue$object_type_d0f3ba)).length >= issueLimit) return s;
        } else {
          if (x8 !== "card") {
            if ((s = reportFixed(s, p, issue$object_const_0fb1ed)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x4 !== void 0 && typeof x4 !== "string") {
      if ((s = reportFixed(s, p, issue$number_type_4a683a)).length >= issueLimit) return s;
    }
    if (hasOwn.call(o2, "cvc") && o2.cvc !== void 0) {
      if ((s = reportFixed(s, p, issue$cvc_writeOnly_1c4da8)).length >= issueLimit) return s;
    }
    if (x5 !== void 0) {
      if (!Number.isInteger(x5)) {
        if ((s = reportFixed(s, p, issue$exp_month_type_888501)).length >= issueLimit) return s;
      } else {
        if (x5 < -9223372036854776e3 || x5 >= 9223372036854776e3) {
          if ((s = reportFixed(s, p, issue$exp_month_format_b5e887)).length >= issueLimit) return s;
        }
      }
    }
    if (x6 !== void 0) {
      if (!Number.isInteger(x6)) {
        if ((s = reportFixed(s, p, issue$exp_year_type_8dbd53)).length >= issueLimit) return s;
      } else {
        if (x6 < -9223372036854776e3 || x6 >= 9223372036854776e3) {
          if ((s = reportFixed(s, p, issue$exp_year_format_f52d8f)).length >= issueLimit) return s;
        }
      }
    }
    if (o2.address_line1 !== void 0 && hasOwn.call(o2, "address_line1")) {
      if ((s = reportFixed(s, p, issue$address_line1_writeOnly_ae06b3)).length >= issueLimit) return s;
    }
    if (o2.address_line2 !== void 0 && hasOwn.call(o2, "address_line2")) {
      if ((s = reportFixed(s, p, issue$address_line2_writeOnly_fae877)).length >= issueLimit) return s;
    }
    const x9 = o2.address_city;
    if (x9 !== void 0) {
      if (typeof x9 !== "string" && hasOwn.call(o2, "address_city")) {
        if ((s = reportFixed(s, p, issue$address_city_type_ba7020)).length >= issueLimit) return s;
      }
    }
    if (x7 !== void 0 && typeof x7 !== "string") {
      if ((s = reportFixed(s, p, issue$address_country_type_a48d54)).length >= issueLimit) return s;
    }
    const x10 = o2.address_post_code;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o2, "address_post_code")) {
        if ((s = reportFixed(s, p, issue$address_post_code_type_11b3bb)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$$inline3(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "number") ? o1.number : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "account_type") ? o1.account_type : void 0;
  if (x4 === void 0) return false;
  const x5 = hasOwn.call(o1, "bank_name") ? o1.bank_name : void 0;
  if (x5 === void 0) return false;
  const x6 = hasOwn.call(o1, "country") ? o1.country : void 0;
  if (x6 === void 0) return false;
  const x7 = o1.object;
  if (x7 !== void 0) {
    if (x7 !== "bank_account" && hasOwn.call(o1, "object")) return false;
  }
  if (typeof x2 !== "string") return false;
  if (typeof x3 !== "string") return false;
  const x9 = o1.sort_code;
  if (x9 !== void 0) {
    if (typeof x9 !== "string" && hasOwn.call(o1, "sort_code")) return false;
  }
  if (x4 !== "individual" && x4 !== "company") return false;
  if (typeof x5 !== "string") return false;
  if (typeof x6 !== "string") return false;
  return true;
}
function check$$inline3(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "number") ? o1.number : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$number_required_7e5600)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "account_type") ? o1.account_type : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$account_type_required_8b50ef)).length >= issueLimit) return s;
    }
    const x5 = hasOwn.call(o1, "bank_name") ? o1.bank_name : void 0;
    if (x5 === void 0) {
      if ((s = reportFixed(s, p, issue$bank_name_required_97044c)).length >= issueLimit) return s;
    }
    const x6 = hasOwn.call(o1, "country") ? o1.country : void 0;
    if (x6 === void 0) {
      if ((s = reportFixed(s, p, issue$country_required_31d99a)).length >= issueLimit) return s;
    }
    const x7 = o1.object;
    if (x7 !== void 0) {
      if (x7 !== "bank_account" && hasOwn.call(o1, "object")) {
        if (typeof x7 !== "string") {
          if ((s = reportFixed(s, p, issue$object_type_d0f3ba)).length >= issueLimit) return s;
        } else {
          if (x7 !== "bank_account") {
            if ((s = reportFixed(s, p, issue$object_const_07dc5e)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$number_type_4a683a)).length >= issueLimit) return s;
    }
    const x8 = o1.sort_code;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "sort_code")) {
        if ((s = reportFixed(s, p, issue$sort_code_type_4f53f9)).length >= issueLimit) return s;
      }
    }
    if (x4 !== void 0 && x4 !== "individual" && x4 !== "company") {
      if (typeof x4 !== "string") {
        if ((s = reportFixed(s, p, issue$account_type_type_d781e7)).length >= issueLimit) return s;
      } else {
        if (x4 !== "individual" && x4 !== "company") {
          if ((s = reportFixed(s, p, issue$account_type_enum_d97158)).length >= issueLimit) return s;
        }
      }
    }
    if (x5 !== void 0 && typeof x5 !== "string") {
      if ((s = reportFixed(s, p, issue$bank_name_type_dc7915)).length >= issueLimit) return s;
    }
    if (x6 !== void 0 && typeof x6 !== "string") {
      if ((s = reportFixed(s, p, issue$country_type_b677c5)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$$inline1(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (!is$$inline2(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline3(v, d + 1)) break failed7;
      break passed5;
    }
    return false;
  }
  return true;
}
function check$$inline1(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (!is$$inline2(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline3(v, d + 1)) break failed7;
      break passed5;
    }
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      if (!is$$inline3(v, d + 1)) {
        if (full(s = check$$inline3(v, p, s, d + 1))) return s;
      }
    } else {
      if (!is$$inline2(v, d + 1)) {
        if (full(s = check$$inline2(v, p, s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$BookingPayment(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
      if (!formats.isUuid(x2)) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.amount;
  if (x4 !== void 0) {
    property5: {
      if (!Number.isFinite(x4)) {
        if (hasOwn.call(o1, "amount")) return false;
        break property5;
      }
      if (x4 <= 0) {
        if (hasOwn.call(o1, "amount")) return false;
        break property5;
      }
    }
  }
  const x6 = o1.currency;
  if (x6 !== void 0) {
    if (x6 !== "bam" && x6 !== "bgn" && x6 !== "chf" && x6 !== "eur" && x6 !== "gbp" && x6 !== "nok" && x6 !== "sek" && x6 !== "try" && hasOwn.call(o1, "currency")) return false;
  }
  const x8 = o1.source;
  if (x8 !== void 0) {
    if (!is$$inline1(x8, d + 1) && hasOwn.call(o1, "source")) return false;
  }
  const x10 = o1.status;
  if (x10 !== void 0) {
    if (x10 !== "pending" && x10 !== "succeeded" && x10 !== "failed" && hasOwn.call(o1, "status")) return false;
  }
  return true;
}
function check$BookingPayment(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
        } else {
          if (!formats.isUuid(x2)) {
            if ((s = reportFixed(s, p, issue$id_format_5ca6f3)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.amount;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "amount")) {
        if (!Number.isFinite(x3)) {
          if ((s = reportFixed(s, p, issue$amount_type_196e8e)).length >= issueLimit) return s;
        } else {
          if (x3 <= 0) {
            if ((s = reportFixed(s, p, issue$amount_exclusiveMinimum_a76a60)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.currency;
    if (x4 !== void 0) {
      if (x4 !== "bam" && x4 !== "bgn" && x4 !== "chf" && x4 !== "eur" && x4 !== "gbp" && x4 !== "nok" && x4 !== "sek" && x4 !== "try" && hasOwn.call(o1, "currency")) {
        if (typeof x4 !== "string") {
          if ((s = reportFixed(s, p, issue$currency_type_c47946)).length >= issueLimit) return s;
        } else {
          if (x4 !== "bam" && x4 !== "bgn" && x4 !== "chf" && x4 !== "eur" && x4 !== "gbp" && x4 !== "nok" && x4 !== "sek" && x4 !== "try") {
            if ((s = reportFixed(s, p, issue$currency_enum_35e71f)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x5 = o1.source;
    if (x5 !== void 0) {
      if (!is$$inline1(x5, d + 1) && hasOwn.call(o1, "source")) {
        if (full(s = check$$inline1(x5, below(p, ["source"]), s, d + 1))) return s;
      }
    }
    const x6 = o1.status;
    if (x6 !== void 0) {
      if (x6 !== "pending" && x6 !== "succeeded" && x6 !== "failed" && hasOwn.call(o1, "status")) {
        if (typeof x6 !== "string") {
          if ((s = reportFixed(s, p, issue$status_type_2b9e05)).length >= issueLimit) return s;
        } else {
          if (x6 !== "pending" && x6 !== "succeeded" && x6 !== "failed") {
            if ((s = reportFixed(s, p, issue$status_enum_f771a1)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$$inline5(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "name") ? o2.name : void 0;
    if (x3 === void 0) return false;
    const x4 = hasOwn.call(o2, "number") ? o2.number : void 0;
    if (x4 === void 0) return false;
    const x5 = hasOwn.call(o2, "cvc") ? o2.cvc : void 0;
    if (x5 === void 0) return false;
    const x6 = hasOwn.call(o2, "exp_month") ? o2.exp_month : void 0;
    if (x6 === void 0) return false;
    const x7 = hasOwn.call(o2, "exp_year") ? o2.exp_year : void 0;
    if (x7 === void 0) return false;
    const x8 = hasOwn.call(o2, "address_country") ? o2.address_country : void 0;
    if (x8 === void 0) return false;
    const x9 = o2.object;
    if (x9 !== void 0) {
      if (x9 !== "card" && hasOwn.call(o2, "object")) return false;
    }
    if (typeof x3 !== "string") return false;
    if (typeof x4 !== "string") return false;
    if (!Number.isInteger(x5)) return false;
    if (!Number.isInteger(x6)) return false;
    if (x6 < -9223372036854776e3 || x6 >= 9223372036854776e3) return false;
    if (!Number.isInteger(x7)) return false;
    if (x7 < -9223372036854776e3 || x7 >= 9223372036854776e3) return false;
    const x11 = o2.address_line1;
    if (x11 !== void 0) {
      if (typeof x11 !== "string" && hasOwn.call(o2, "address_line1")) return false;
    }
    const x13 = o2.address_line2;
    if (x13 !== void 0) {
      if (typeof x13 !== "string" && hasOwn.call(o2, "address_line2")) return false;
    }
    const x15 = o2.address_city;
    if (x15 !== void 0) {
      if (typeof x15 !== "string" && hasOwn.call(o2, "address_city")) return false;
    }
    if (typeof x8 !== "string") return false;
    const x17 = o2.address_post_code;
    if (x17 !== void 0) {
      if (typeof x17 !== "string" && hasOwn.call(o2, "address_post_code")) return false;
    }
  }
  return true;
}
function check$$inline5(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = hasOwn.call(o2, "name") ? o2.name : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o2, "number") ? o2.number : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$number_required_7e5600)).length >= issueLimit) return s;
    }
    const x5 = hasOwn.call(o2, "cvc") ? o2.cvc : void 0;
    if (x5 === void 0) {
      if ((s = reportFixed(s, p, issue$cvc_required_e61f27)).length >= issueLimit) return s;
    }
    const x6 = hasOwn.call(o2, "exp_month") ? o2.exp_month : void 0;
    if (x6 === void 0) {
      if ((s = reportFixed(s, p, issue$exp_month_required_e2c378)).length >= issueLimit) return s;
    }
    const x7 = hasOwn.call(o2, "exp_year") ? o2.exp_year : void 0;
    if (x7 === void 0) {
      if ((s = reportFixed(s, p, issue$exp_year_required_b82829)).length >= issueLimit) return s;
    }
    const x8 = hasOwn.call(o2, "address_country") ? o2.address_country : void 0;
    if (x8 === void 0) {
      if ((s = reportFixed(s, p, issue$address_country_required_ff729e)).length >= issueLimit) return s;
    }
    const x9 = o2.object;
    if (x9 !== void 0) {
      if (x9 !== "card" && hasOwn.call(o2, "object")) {
        if (typeof x9 !== "string") {
          if ((s = reportFixed(s, p, issue$object_type_d0f3ba)).length >= issueLimit) return s;
        } else {
          if (x9 !== "card") {
            if ((s = reportFixed(s, p, issue$object_const_0fb1ed)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x4 !== void 0 && typeof x4 !== "string") {
      if ((s = reportFixed(s, p, issue$number_type_4a683a)).length >= issueLimit) return s;
    }
    if (x5 !== void 0 && !Number.isInteger(x5)) {
      if ((s = reportFixed(s, p, issue$cvc_type_a0d5ee)).length >= issueLimit) return s;
    }
    if (x6 !== void 0) {
      if (!Number.isInteger(x6)) {
        if ((s = reportFixed(s, p, issue$exp_month_type_888501)).length >= issueLimit) return s;
      } else {
        if (x6 < -9223372036854776e3 || x6 >= 9223372036854776e3) {
          if ((s = reportFixed(s, p, issue$exp_month_format_b5e887)).length >= issueLimit) return s;
        }
      }
    }
    if (x7 !== void 0) {
      if (!Number.isInteger(x7)) {
        if ((s = reportFixed(s, p, issue$exp_year_type_8dbd53)).length >= issueLimit) return s;
      } else {
        if (x7 < -9223372036854776e3 || x7 >= 9223372036854776e3) {
          if ((s = reportFixed(s, p, issue$exp_year_format_f52d8f)).length >= issueLimit) return s;
        }
      }
    }
    const x10 = o2.address_line1;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o2, "address_line1")) {
        if ((s = reportFixed(s, p, issue$address_line1_type_94a95b)).length >= issueLimit) return s;
      }
    }
    const x11 = o2.address_line2;
    if (x11 !== void 0) {
      if (typeof x11 !== "string" && hasOwn.call(o2, "address_line2")) {
        if ((s = reportFixed(s, p, issue$address_line2_type_003f35)).length >= issueLimit) return s;
      }
    }
    const x12 = o2.address_city;
    if (x12 !== void 0) {
      if (typeof x12 !== "string" && hasOwn.call(o2, "address_city")) {
        if ((s = reportFixed(s, p, issue$address_city_type_ba7020)).length >= issueLimit) return s;
      }
    }
    if (x8 !== void 0 && typeof x8 !== "string") {
      if ((s = reportFixed(s, p, issue$address_country_type_a48d54)).length >= issueLimit) return s;
    }
    const x13 = o2.address_post_code;
    if (x13 !== void 0) {
      if (typeof x13 !== "string" && hasOwn.call(o2, "address_post_code")) {
        if ((s = reportFixed(s, p, issue$address_post_code_type_11b3bb)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$$inline6(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "number") ? o1.number : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "account_type") ? o1.account_type : void 0;
  if (x4 === void 0) return false;
  const x5 = hasOwn.call(o1, "bank_name") ? o1.bank_name : void 0;
  if (x5 === void 0) return false;
  const x6 = hasOwn.call(o1, "country") ? o1.country : void 0;
  if (x6 === void 0) return false;
  const x7 = o1.object;
  if (x7 !== void 0) {
    if (x7 !== "bank_account" && hasOwn.call(o1, "object")) return false;
  }
  if (typeof x2 !== "string") return false;
  if (typeof x3 !== "string") return false;
  const x9 = o1.sort_code;
  if (x9 !== void 0) {
    if (typeof x9 !== "string" && hasOwn.call(o1, "sort_code")) return false;
  }
  if (x4 !== "individual" && x4 !== "company") return false;
  if (typeof x5 !== "string") return false;
  if (typeof x6 !== "string") return false;
  return true;
}
function check$$inline6(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "number") ? o1.number : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$number_required_7e5600)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "account_type") ? o1.account_type : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$account_type_required_8b50ef)).length >= issueLimit) return s;
    }
    const x5 = hasOwn.call(o1, "bank_name") ? o1.bank_name : void 0;
    if (x5 === void 0) {
      if ((s = reportFixed(s, p, issue$bank_name_required_97044c)).length >= issueLimit) return s;
    }
    const x6 = hasOwn.call(o1, "country") ? o1.country : void 0;
    if (x6 === void 0) {
      if ((s = reportFixed(s, p, issue$country_required_31d99a)).length >= issueLimit) return s;
    }
    const x7 = o1.object;
    if (x7 !== void 0) {
      if (x7 !== "bank_account" && hasOwn.call(o1, "object")) {
        if (typeof x7 !== "string") {
          if ((s = reportFixed(s, p, issue$object_type_d0f3ba)).length >= issueLimit) return s;
        } else {
          if (x7 !== "bank_account") {
            if ((s = reportFixed(s, p, issue$object_const_07dc5e)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$number_type_4a683a)).length >= issueLimit) return s;
    }
    const x8 = o1.sort_code;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "sort_code")) {
        if ((s = reportFixed(s, p, issue$sort_code_type_4f53f9)).length >= issueLimit) return s;
      }
    }
    if (x4 !== void 0 && x4 !== "individual" && x4 !== "company") {
      if (typeof x4 !== "string") {
        if ((s = reportFixed(s, p, issue$account_type_type_d781e7)).length >= issueLimit) return s;
      } else {
        if (x4 !== "individual" && x4 !== "company") {
          if ((s = reportFixed(s, p, issue$account_type_enum_d97158)).length >= issueLimit) return s;
        }
      }
    }
    if (x5 !== void 0 && typeof x5 !== "string") {
      if ((s = reportFixed(s, p, issue$bank_name_type_dc7915)).length >= issueLimit) return s;
    }
    if (x6 !== void 0 && typeof x6 !== "string") {
      if ((s = reportFixed(s, p, issue$country_type_b677c5)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$$inline4(v, d) {
  if (d > MAX_DEPTH) return false;
  passed5: {
    failed6: {
      if (!is$$inline5(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline6(v, d + 1)) break failed7;
      break passed5;
    }
    return false;
  }
  return true;
}
function check$$inline4(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  passed5: {
    failed6: {
      if (!is$$inline5(v, d + 1)) break failed6;
      break passed5;
    }
    failed7: {
      if (!is$$inline6(v, d + 1)) break failed7;
      break passed5;
    }
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      if (!is$$inline6(v, d + 1)) {
        if (full(s = check$$inline6(v, p, s, d + 1))) return s;
      }
    } else {
      if (!is$$inline5(v, d + 1)) {
        if (full(s = check$$inline5(v, p, s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$BookingPaymentWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  if (o1.id !== void 0 && hasOwn.call(o1, "id")) return false;
  const x2 = o1.amount;
  if (x2 !== void 0) {
    property3: {
      if (!Number.isFinite(x2)) {
        if (hasOwn.call(o1, "amount")) return false;
        break property3;
      }
      if (x2 <= 0) {
        if (hasOwn.call(o1, "amount")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.currency;
  if (x4 !== void 0) {
    if (x4 !== "bam" && x4 !== "bgn" && x4 !== "chf" && x4 !== "eur" && x4 !== "gbp" && x4 !== "nok" && x4 !== "sek" && x4 !== "try" && hasOwn.call(o1, "currency")) return false;
  }
  const x6 = o1.source;
  if (x6 !== void 0) {
    if (!is$$inline4(x6, d + 1) && hasOwn.call(o1, "source")) return false;
  }
  if (o1.status !== void 0 && hasOwn.call(o1, "status")) return false;
  return true;
}
function check$BookingPaymentWritable(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    if (o1.id !== void 0 && hasOwn.call(o1, "id")) {
      if ((s = reportFixed(s, p, issue$id_readOnly_c411fa)).length >= issueLimit) return s;
    }
    const x2 = o1.amount;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "amount")) {
        if (!Number.isFinite(x2)) {
          if ((s = reportFixed(s, p, issue$amount_type_196e8e)).length >= issueLimit) return s;
        } else {
          if (x2 <= 0) {
            if ((s = reportFixed(s, p, issue$amount_exclusiveMinimum_a76a60)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.currency;
    if (x3 !== void 0) {
      if (x3 !== "bam" && x3 !== "bgn" && x3 !== "chf" && x3 !== "eur" && x3 !== "gbp" && x3 !== "nok" && x3 !== "sek" && x3 !== "try" && hasOwn.call(o1, "currency")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$currency_type_c47946)).length >= issueLimit) return s;
        } else {
          if (x3 !== "bam" && x3 !== "bgn" && x3 !== "chf" && x3 !== "eur" && x3 !== "gbp" && x3 !== "nok" && x3 !== "sek" && x3 !== "try") {
            if ((s = reportFixed(s, p, issue$currency_enum_35e71f)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.source;
    if (x4 !== void 0) {
      if (!is$$inline4(x4, d + 1) && hasOwn.call(o1, "source")) {
        if (full(s = check$$inline4(x4, below(p, ["source"]), s, d + 1))) return s;
      }
    }
    if (o1.status !== void 0 && hasOwn.call(o1, "status")) {
      if ((s = reportFixed(s, p, issue$status_readOnly_b2baf1)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$LinksBooking(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.booking;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "booking")) return false;
        break property3;
      }
      if (!formats.isUri(x2)) {
        if (hasOwn.call(o1, "booking")) return false;
        break property3;
      }
    }
  }
  return true;
}
function check$LinksBooking(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.booking;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "booking")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$booking_type_bc086e)).length >= issueLimit) return s;
        } else {
          if (!formats.isUri(x2)) {
            if ((s = reportFixed(s, p, issue$booking_format_fcb2c4)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$LinksPagination(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.next;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "next")) return false;
        break property3;
      }
      if (!formats.isUri(x2)) {
        if (hasOwn.call(o1, "next")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.prev;
  if (x4 !== void 0) {
    property5: {
      if (typeof x4 !== "string") {
        if (hasOwn.call(o1, "prev")) return false;
        break property5;
      }
      if (!formats.isUri(x4)) {
        if (hasOwn.call(o1, "prev")) return false;
        break property5;
      }
    }
  }
  return true;
}
function check$LinksPagination(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.next;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "next")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$next_type_50f280)).length >= issueLimit) return s;
        } else {
          if (!formats.isUri(x2)) {
            if ((s = reportFixed(s, p, issue$next_format_f988b4)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.prev;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "prev")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$prev_type_db635f)).length >= issueLimit) return s;
        } else {
          if (!formats.isUri(x3)) {
            if ((s = reportFixed(s, p, issue$prev_format_0378cf)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$LinksSelf(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.self;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "self")) return false;
        break property3;
      }
      if (!formats.isUri(x2)) {
        if (hasOwn.call(o1, "self")) return false;
        break property3;
      }
    }
  }
  return true;
}
function check$LinksSelf(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.self;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "self")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$self_type_dbd32b)).length >= issueLimit) return s;
        } else {
          if (!formats.isUri(x2)) {
            if ((s = reportFixed(s, p, issue$self_format_c6a591)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$Problem(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = o2.type;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o2, "type")) return false;
    }
    const x5 = o2.title;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o2, "title")) return false;
    }
    const x7 = o2.detail;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o2, "detail")) return false;
    }
    const x9 = o2.instance;
    if (x9 !== void 0) {
      if (typeof x9 !== "string" && hasOwn.call(o2, "instance")) return false;
    }
    const x11 = o2.status;
    if (x11 !== void 0) {
      if (!Number.isInteger(x11) && hasOwn.call(o2, "status")) return false;
    }
  }
  return true;
}
function check$Problem(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o2 = v;
    const x3 = o2.type;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o2, "type")) {
        if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
      }
    }
    const x4 = o2.title;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o2, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
      }
    }
    const x5 = o2.detail;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o2, "detail")) {
        if ((s = reportFixed(s, p, issue$detail_type_2f777c)).length >= issueLimit) return s;
      }
    }
    const x6 = o2.instance;
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o2, "instance")) {
        if ((s = reportFixed(s, p, issue$instance_type_3fb2d2)).length >= issueLimit) return s;
      }
    }
    const x7 = o2.status;
    if (x7 !== void 0) {
      if (!Number.isInteger(x7) && hasOwn.call(o2, "status")) {
        if ((s = reportFixed(s, p, issue$status_type_e7ab7a)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Station(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "address") ? o1.address : void 0;
  if (x4 === void 0) return false;
  const x5 = hasOwn.call(o1, "country_code") ? o1.country_code : void 0;
  if (x5 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (!formats.isUuid(x2)) return false;
  if (typeof x3 !== "string") return false;
  if (typeof x4 !== "string") return false;
  if (typeof x5 !== "string") return false;
  const x6 = o1.timezone;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "timezone")) return false;
  }
  return true;
}
function check$Station(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$id_required_f4322b)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "address") ? o1.address : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$address_required_4eee52)).length >= issueLimit) return s;
    }
    const x5 = hasOwn.call(o1, "country_code") ? o1.country_code : void 0;
    if (x5 === void 0) {
      if ((s = reportFixed(s, p, issue$country_code_required_05c6b6)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (typeof x2 !== "string") {
        if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
      } else {
        if (!formats.isUuid(x2)) {
          if ((s = reportFixed(s, p, issue$id_format_5ca6f3)).length >= issueLimit) return s;
        }
      }
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x4 !== void 0 && typeof x4 !== "string") {
      if ((s = reportFixed(s, p, issue$address_type_0b3a68)).length >= issueLimit) return s;
    }
    if (x5 !== void 0 && typeof x5 !== "string") {
      if ((s = reportFixed(s, p, issue$country_code_type_991737)).length >= issueLimit) return s;
    }
    const x6 = o1.timezone;
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o1, "timezone")) {
        if ((s = reportFixed(s, p, issue$timezone_type_a256c2)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Trip(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    property3: {
      if (typeof x2 !== "string") {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
      if (!formats.isUuid(x2)) {
        if (hasOwn.call(o1, "id")) return false;
        break property3;
      }
    }
  }
  const x4 = o1.origin;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "origin")) return false;
  }
  const x6 = o1.destination;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "destination")) return false;
  }
  const x8 = o1.departure_time;
  if (x8 !== void 0) {
    property9: {
      if (typeof x8 !== "string") {
        if (hasOwn.call(o1, "departure_time")) return false;
        break property9;
      }
      if (!formats.isDateTime(x8)) {
        if (hasOwn.call(o1, "departure_time")) return false;
        break property9;
      }
    }
  }
  const x10 = o1.arrival_time;
  if (x10 !== void 0) {
    property11: {
      if (typeof x10 !== "string") {
        if (hasOwn.call(o1, "arrival_time")) return false;
        break property11;
      }
      if (!formats.isDateTime(x10)) {
        if (hasOwn.call(o1, "arrival_time")) return false;
        break property11;
      }
    }
  }
  const x12 = o1.operator;
  if (x12 !== void 0) {
    if (typeof x12 !== "string" && hasOwn.call(o1, "operator")) return false;
  }
  const x14 = o1.price;
  if (x14 !== void 0) {
    if (!Number.isFinite(x14) && hasOwn.call(o1, "price")) return false;
  }
  const x16 = o1.bicycles_allowed;
  if (x16 !== void 0) {
    if (typeof x16 !== "boolean" && hasOwn.call(o1, "bicycles_allowed")) return false;
  }
  const x18 = o1.dogs_allowed;
  if (x18 !== void 0) {
    if (typeof x18 !== "boolean" && hasOwn.call(o1, "dogs_allowed")) return false;
  }
  return true;
}
function check$Trip(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "id")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
        } else {
          if (!formats.isUuid(x2)) {
            if ((s = reportFixed(s, p, issue$id_format_5ca6f3)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.origin;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "origin")) {
        if ((s = reportFixed(s, p, issue$origin_type_f5c22e)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.destination;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "destination")) {
        if ((s = reportFixed(s, p, issue$destination_type_431cb0)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.departure_time;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "departure_time")) {
        if (typeof x5 !== "string") {
          if ((s = reportFixed(s, p, issue$departure_time_type_ccdfa0)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x5)) {
            if ((s = reportFixed(s, p, issue$departure_time_format_302c6b)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x6 = o1.arrival_time;
    if (x6 !== void 0) {
      if (hasOwn.call(o1, "arrival_time")) {
        if (typeof x6 !== "string") {
          if ((s = reportFixed(s, p, issue$arrival_time_type_5a5833)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x6)) {
            if ((s = reportFixed(s, p, issue$arrival_time_format_faa9e5)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x7 = o1.operator;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "operator")) {
        if ((s = reportFixed(s, p, issue$operator_type_c2de85)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.price;
    if (x8 !== void 0) {
      if (!Number.isFinite(x8) && hasOwn.call(o1, "price")) {
        if ((s = reportFixed(s, p, issue$price_type_ba823f)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.bicycles_allowed;
    if (x9 !== void 0) {
      if (typeof x9 !== "boolean" && hasOwn.call(o1, "bicycles_allowed")) {
        if ((s = reportFixed(s, p, issue$bicycles_allowed_type_5f229a)).length >= issueLimit) return s;
      }
    }
    const x10 = o1.dogs_allowed;
    if (x10 !== void 0) {
      if (typeof x10 !== "boolean" && hasOwn.call(o1, "dogs_allowed")) {
        if ((s = reportFixed(s, p, issue$dogs_allowed_type_d23c93)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$WrapperCollection(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.data;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "data")) return false;
        break property3;
      }
      const a4 = x2;
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
          if (hasOwn.call(o1, "data")) return false;
          break property3;
        }
      }
    }
  }
  const x10 = o1.links;
  if (x10 !== void 0) {
    if ((typeof x10 !== "object" || x10 === null || Array.isArray(x10)) && hasOwn.call(o1, "links")) return false;
  }
  return true;
}
function check$WrapperCollection(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.data;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "data")) {
        if (!Array.isArray(x2)) {
          if ((s = reportFixed(s, p, issue$data_type_33d84b)).length >= issueLimit) return s;
        } else {
          const a3 = x2;
          for (let i4 = 0; i4 < a3.length; i4++) {
            const x5 = a3[i4];
            if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
              if ((s = report(s, p, ["data", i4], "type", "must be an object")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x9 = o1.links;
    if (x9 !== void 0) {
      if ((typeof x9 !== "object" || x9 === null || Array.isArray(x9)) && hasOwn.call(o1, "links")) {
        if ((s = reportFixed(s, p, issue$links_type_fa1509)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$WrapperCollectionWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.data;
  if (x2 !== void 0) {
    property3: {
      if (!Array.isArray(x2)) {
        if (hasOwn.call(o1, "data")) return false;
        break property3;
      }
      const a4 = x2;
      for (let i5 = 0; i5 < a4.length; i5++) {
        const x6 = a4[i5];
        if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) {
          if (hasOwn.call(o1, "data")) return false;
          break property3;
        }
      }
    }
  }
  if (o1.links !== void 0 && hasOwn.call(o1, "links")) return false;
  return true;
}
function check$WrapperCollectionWritable(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.data;
    if (x2 !== void 0) {
      if (hasOwn.call(o1, "data")) {
        if (!Array.isArray(x2)) {
          if ((s = reportFixed(s, p, issue$data_type_33d84b)).length >= issueLimit) return s;
        } else {
          const a3 = x2;
          for (let i4 = 0; i4 < a3.length; i4++) {
            const x5 = a3[i4];
            if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) {
              if ((s = report(s, p, ["data", i4], "type", "must be an object")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    if (o1.links !== void 0 && hasOwn.call(o1, "links")) {
      if ((s = reportFixed(s, p, issue$links_readOnly_f4ffef)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$GetBookingsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$WrapperCollection(v, d + 1)) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.data;
    if (x11 !== void 0) {
      property12: {
        if (!Array.isArray(x11)) {
          if (hasOwn.call(o10, "data")) return false;
          break property12;
        }
        const a13 = x11;
        for (let i14 = 0; i14 < a13.length; i14++) {
          const x15 = a13[i14];
          if (!is$Booking(x15, d + 1)) {
            if (hasOwn.call(o10, "data")) return false;
            break property12;
          }
        }
      }
    }
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o23 = v;
    const x24 = o23.links;
    if (x24 !== void 0) {
      property25: {
        if (!is$LinksSelf(x24, d + 1)) {
          if (hasOwn.call(o23, "links")) return false;
          break property25;
        }
        if (!is$LinksPagination(x24, d + 1)) {
          if (hasOwn.call(o23, "links")) return false;
          break property25;
        }
      }
    }
  }
  return true;
}
function check$GetBookingsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$WrapperCollection(v, d + 1)) {
    if (full(s = check$WrapperCollection(v, p, s, d + 1))) return s;
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.data;
    if (x11 !== void 0) {
      if (hasOwn.call(o10, "data")) {
        if (!Array.isArray(x11)) {
          if ((s = reportFixed(s, p, issue$data_type_33d84b)).length >= issueLimit) return s;
        } else {
          const a12 = x11;
          for (let i13 = 0; i13 < a12.length; i13++) {
            const x14 = a12[i13];
            if (!is$Booking(x14, d + 1)) {
              if (full(s = check$Booking(x14, below(p, ["data", i13]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o18 = v;
    const x19 = o18.links;
    if (x19 !== void 0) {
      if (hasOwn.call(o18, "links")) {
        if (!is$LinksSelf(x19, d + 1)) {
          if (full(s = check$LinksSelf(x19, below(p, ["links"]), s, d + 1))) return s;
        }
        if (!is$LinksPagination(x19, d + 1)) {
          if (full(s = check$LinksPagination(x19, below(p, ["links"]), s, d + 1))) return s;
        }
      }
    }
  }
  return s;
}
function is$CreateBookingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$Booking(v, d + 1)) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.links;
    if (x11 !== void 0) {
      if (!is$LinksSelf(x11, d + 1) && hasOwn.call(o10, "links")) return false;
    }
  }
  return true;
}
function check$CreateBookingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$Booking(v, d + 1)) {
    if (full(s = check$Booking(v, p, s, d + 1))) return s;
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.links;
    if (x11 !== void 0) {
      if (!is$LinksSelf(x11, d + 1) && hasOwn.call(o10, "links")) {
        if (full(s = check$LinksSelf(x11, below(p, ["links"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$GetBookingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$Booking(v, d + 1)) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.links;
    if (x11 !== void 0) {
      if (!is$LinksSelf(x11, d + 1) && hasOwn.call(o10, "links")) return false;
    }
  }
  return true;
}
function check$GetBookingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$Booking(v, d + 1)) {
    if (full(s = check$Booking(v, p, s, d + 1))) return s;
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.links;
    if (x11 !== void 0) {
      if (!is$LinksSelf(x11, d + 1) && hasOwn.call(o10, "links")) {
        if (full(s = check$LinksSelf(x11, below(p, ["links"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$DeleteBookingResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteBookingResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$CreateBookingPaymentResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BookingPayment(v, d + 1)) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.links;
    if (x11 !== void 0) {
      if (!is$LinksBooking(x11, d + 1) && hasOwn.call(o10, "links")) return false;
    }
  }
  return true;
}
function check$CreateBookingPaymentResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BookingPayment(v, d + 1)) {
    if (full(s = check$BookingPayment(v, p, s, d + 1))) return s;
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.links;
    if (x11 !== void 0) {
      if (!is$LinksBooking(x11, d + 1) && hasOwn.call(o10, "links")) {
        if (full(s = check$LinksBooking(x11, below(p, ["links"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$GetStationsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$WrapperCollection(v, d + 1)) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.data;
    if (x11 !== void 0) {
      property12: {
        if (!Array.isArray(x11)) {
          if (hasOwn.call(o10, "data")) return false;
          break property12;
        }
        const a13 = x11;
        for (let i14 = 0; i14 < a13.length; i14++) {
          const x15 = a13[i14];
          if (!is$Station(x15, d + 1)) {
            if (hasOwn.call(o10, "data")) return false;
            break property12;
          }
        }
      }
    }
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o23 = v;
    const x24 = o23.links;
    if (x24 !== void 0) {
      property25: {
        if (!is$LinksSelf(x24, d + 1)) {
          if (hasOwn.call(o23, "links")) return false;
          break property25;
        }
        if (!is$LinksPagination(x24, d + 1)) {
          if (hasOwn.call(o23, "links")) return false;
          break property25;
        }
      }
    }
  }
  return true;
}
function check$GetStationsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$WrapperCollection(v, d + 1)) {
    if (full(s = check$WrapperCollection(v, p, s, d + 1))) return s;
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.data;
    if (x11 !== void 0) {
      if (hasOwn.call(o10, "data")) {
        if (!Array.isArray(x11)) {
          if ((s = reportFixed(s, p, issue$data_type_33d84b)).length >= issueLimit) return s;
        } else {
          const a12 = x11;
          for (let i13 = 0; i13 < a12.length; i13++) {
            const x14 = a12[i13];
            if (!is$Station(x14, d + 1)) {
              if (full(s = check$Station(x14, below(p, ["data", i13]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o18 = v;
    const x19 = o18.links;
    if (x19 !== void 0) {
      if (hasOwn.call(o18, "links")) {
        if (!is$LinksSelf(x19, d + 1)) {
          if (full(s = check$LinksSelf(x19, below(p, ["links"]), s, d + 1))) return s;
        }
        if (!is$LinksPagination(x19, d + 1)) {
          if (full(s = check$LinksPagination(x19, below(p, ["links"]), s, d + 1))) return s;
        }
      }
    }
  }
  return s;
}
function is$GetTripsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$WrapperCollection(v, d + 1)) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.data;
    if (x11 !== void 0) {
      property12: {
        if (!Array.isArray(x11)) {
          if (hasOwn.call(o10, "data")) return false;
          break property12;
        }
        const a13 = x11;
        for (let i14 = 0; i14 < a13.length; i14++) {
          const x15 = a13[i14];
          if (!is$Trip(x15, d + 1)) {
            if (hasOwn.call(o10, "data")) return false;
            break property12;
          }
        }
      }
    }
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o23 = v;
    const x24 = o23.links;
    if (x24 !== void 0) {
      property25: {
        if (!is$LinksSelf(x24, d + 1)) {
          if (hasOwn.call(o23, "links")) return false;
          break property25;
        }
        if (!is$LinksPagination(x24, d + 1)) {
          if (hasOwn.call(o23, "links")) return false;
          break property25;
        }
      }
    }
  }
  return true;
}
function check$GetTripsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$WrapperCollection(v, d + 1)) {
    if (full(s = check$WrapperCollection(v, p, s, d + 1))) return s;
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    const x11 = o10.data;
    if (x11 !== void 0) {
      if (hasOwn.call(o10, "data")) {
        if (!Array.isArray(x11)) {
          if ((s = reportFixed(s, p, issue$data_type_33d84b)).length >= issueLimit) return s;
        } else {
          const a12 = x11;
          for (let i13 = 0; i13 < a12.length; i13++) {
            const x14 = a12[i13];
            if (!is$Trip(x14, d + 1)) {
              if (full(s = check$Trip(x14, below(p, ["data", i13]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o18 = v;
    const x19 = o18.links;
    if (x19 !== void 0) {
      if (hasOwn.call(o18, "links")) {
        if (!is$LinksSelf(x19, d + 1)) {
          if (full(s = check$LinksSelf(x19, below(p, ["links"]), s, d + 1))) return s;
        }
        if (!is$LinksPagination(x19, d + 1)) {
          if (full(s = check$LinksPagination(x19, below(p, ["links"]), s, d + 1))) return s;
        }
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  Booking: {
    type: "object",
    properties: {
      id: {
        description: "Unique identifier for the booking",
        type: "string",
        format: "uuid",
        examples: ["3f3e3e1-c824-4d63-b37a-d8d698862f1d"],
        readOnly: true
      },
      trip_id: {
        description: "Identifier of the booked trip",
        type: "string",
        format: "uuid",
        examples: ["4f4e4e1-c824-4d63-b37a-d8d698862f1d"]
      },
      passenger_name: {
        description: "Name of the passenger",
        type: "string",
        examples: ["John Doe"]
      },
      has_bicycle: {
        description: "Indicates whether the passenger has a bicycle.",
        type: "boolean"
      },
      has_dog: { description: "Indicates whether the passenger has a dog.", type: "boolean" }
    }
  },
  BookingWritable: {
    type: "object",
    properties: {
      id: false,
      trip_id: {
        description: "Identifier of the booked trip",
        type: "string",
        format: "uuid",
        examples: ["4f4e4e1-c824-4d63-b37a-d8d698862f1d"]
      },
      passenger_name: {
        description: "Name of the passenger",
        type: "string",
        examples: ["John Doe"]
      },
      has_bicycle: {
        description: "Indicates whether the passenger has a bicycle.",
        type: "boolean"
      },
      has_dog: { description: "Indicates whether the passenger has a dog.", type: "boolean" }
    }
  },
  BookingPayment: {
    type: "object",
    properties: {
      id: {
        description: "Unique identifier for the payment. This will be a unique identifier for the payment, and is used to reference the payment in other objects.",
        type: "string",
        format: "uuid",
        readOnly: true
      },
      amount: {
        description: "Amount intended to be collected by this payment. A positive decimal figure describing the amount to be collected.",
        type: "number",
        exclusiveMinimum: 0,
        examples: [49.99]
      },
      currency: {
        description: "Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.",
        type: "string",
        enum: ["bam", "bgn", "chf", "eur", "gbp", "nok", "sek", "try"]
      },
      source: {
        description: "The payment source to take the payment from. This can be a card or a bank account. Some of these properties will be hidden on read to protect PII leaking.",
        anyOf: [
          {
            title: "Card",
            description: "A card (debit or credit) to take payment from.",
            properties: {
              object: { type: "string", const: "card" },
              name: {
                description: "Cardholder's full name as it appears on the card.",
                type: "string",
                examples: ["Francis Bourgeois"]
              },
              number: {
                description: "The card number, as a string without any separators. On read all but the last four digits will be masked for security.",
                type: "string",
                examples: ["4242424242424242"]
              },
              cvc: false,
              exp_month: {
                description: "Two-digit number representing the card's expiration month.",
                type: "integer",
                format: "int64",
                examples: [12]
              },
              exp_year: {
                description: "Four-digit number representing the card's expiration year.",
                type: "integer",
                format: "int64",
                examples: [2025]
              },
              address_line1: false,
              address_line2: false,
              address_city: { type: "string" },
              address_country: { type: "string" },
              address_post_code: { type: "string" }
            },
            required: ["name", "number", "exp_month", "exp_year", "address_country"]
          },
          {
            title: "Bank Account",
            description: "A bank account to take payment from. Must be able to make payments in the currency specified in the payment.",
            type: "object",
            properties: {
              object: { type: "string", const: "bank_account" },
              name: { type: "string" },
              number: {
                description: "The account number for the bank account, in string form. Must be a current account.",
                type: "string"
              },
              sort_code: {
                description: "The sort code for the bank account, in string form. Must be a six-digit number.",
                type: "string"
              },
              account_type: {
                description: "The type of entity that holds the account. This can be either `individual` or `company`.",
                type: "string",
                enum: ["individual", "company"]
              },
              bank_name: {
                description: "The name of the bank associated with the routing number.",
                type: "string",
                examples: ["Starling Bank"]
              },
              country: {
                description: "Two-letter country code (ISO 3166-1 alpha-2).",
                type: "string"
              }
            },
            required: ["name", "number", "account_type", "bank_name", "country"]
          }
        ]
      },
      status: {
        description: "The status of the payment, one of `pending`, `succeeded`, or `failed`.",
        type: "string",
        enum: ["pending", "succeeded", "failed"],
        readOnly: true
      }
    }
  },
  BookingPaymentWritable: {
    type: "object",
    properties: {
      id: false,
      amount: {
        description: "Amount intended to be collected by this payment. A positive decimal figure describing the amount to be collected.",
        type: "number",
        exclusiveMinimum: 0,
        examples: [49.99]
      },
      currency: {
        description: "Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.",
        type: "string",
        enum: ["bam", "bgn", "chf", "eur", "gbp", "nok", "sek", "try"]
      },
      source: {
        description: "The payment source to take the payment from. This can be a card or a bank account. Some of these properties will be hidden on read to protect PII leaking.",
        anyOf: [
          {
            title: "Card",
            description: "A card (debit or credit) to take payment from.",
            properties: {
              object: { type: "string", const: "card" },
              name: {
                description: "Cardholder's full name as it appears on the card.",
                type: "string",
                examples: ["Francis Bourgeois"]
              },
              number: {
                description: "The card number, as a string without any separators. On read all but the last four digits will be masked for security.",
                type: "string",
                examples: ["4242424242424242"]
              },
              cvc: {
                description: "Card security code, 3 or 4 digits usually found on the back of the card.",
                type: "integer",
                minLength: 3,
                maxLength: 4,
                examples: [123],
                writeOnly: true
              },
              exp_month: {
                description: "Two-digit number representing the card's expiration month.",
                type: "integer",
                format: "int64",
                examples: [12]
              },
              exp_year: {
                description: "Four-digit number representing the card's expiration year.",
                type: "integer",
                format: "int64",
                examples: [2025]
              },
              address_line1: { type: "string", writeOnly: true },
              address_line2: { type: "string", writeOnly: true },
              address_city: { type: "string" },
              address_country: { type: "string" },
              address_post_code: { type: "string" }
            },
            required: ["name", "number", "cvc", "exp_month", "exp_year", "address_country"]
          },
          {
            title: "Bank Account",
            description: "A bank account to take payment from. Must be able to make payments in the currency specified in the payment.",
            type: "object",
            properties: {
              object: { type: "string", const: "bank_account" },
              name: { type: "string" },
              number: {
                description: "The account number for the bank account, in string form. Must be a current account.",
                type: "string"
              },
              sort_code: {
                description: "The sort code for the bank account, in string form. Must be a six-digit number.",
                type: "string"
              },
              account_type: {
                description: "The type of entity that holds the account. This can be either `individual` or `company`.",
                type: "string",
                enum: ["individual", "company"]
              },
              bank_name: {
                description: "The name of the bank associated with the routing number.",
                type: "string",
                examples: ["Starling Bank"]
              },
              country: {
                description: "Two-letter country code (ISO 3166-1 alpha-2).",
                type: "string"
              }
            },
            required: ["name", "number", "account_type", "bank_name", "country"]
          }
        ]
      },
      status: false
    }
  },
  LinksBooking: {
    type: "object",
    properties: {
      booking: {
        type: "string",
        format: "uri",
        examples: ["https://api.example.com/bookings/1725ff48-ab45-4bb5-9d02-88745177dedb"]
      }
    }
  },
  LinksPagination: {
    type: "object",
    properties: {
      next: { type: "string", format: "uri" },
      prev: { type: "string", format: "uri" }
    }
  },
  LinksSelf: { type: "object", properties: { self: { type: "string", format: "uri" } } },
  Problem: {
    properties: {
      type: {
        description: "A URI reference that identifies the problem type",
        type: "string",
        examples: ["https://example.com/probs/out-of-credit"]
      },
      title: {
        description: "A short, human-readable summary of the problem type",
        type: "string",
        examples: ["You do not have enough credit."]
      },
      detail: {
        description: "A human-readable explanation specific to this occurrence of the problem",
        type: "string",
        examples: ["Your current balance is 30, but that costs 50."]
      },
      instance: {
        description: "A URI reference that identifies the specific occurrence of the problem",
        type: "string",
        examples: ["/account/12345/msgs/abc"]
      },
      status: { description: "The HTTP status code", type: "integer", examples: [400] }
    }
  },
  Station: {
    type: "object",
    properties: {
      id: {
        description: "Unique identifier for the station.",
        type: "string",
        format: "uuid",
        examples: ["efdbb9d1-02c2-4bc3-afb7-6788d8782b1e", "b2e783e1-c824-4d63-b37a-d8d698862f1d"]
      },
      name: {
        description: "The name of the station",
        type: "string",
        examples: ["Berlin Hauptbahnhof", "Paris Gare du Nord"]
      },
      address: {
        description: "The address of the station.",
        type: "string",
        examples: [
          "Invalidenstra\xDFe 10557 Berlin, Germany",
          "18 Rue de Dunkerque 75010 Paris, France"
        ]
      },
      country_code: {
        description: "The country code of the station.",
        type: "string",
        format: "iso-country-code",
        examples: ["DE", "FR"]
      },
      timezone: {
        description: "The timezone of the station in the [IANA Time Zone Database format](https://www.iana.org/time-zones).",
        type: "string",
        examples: ["Europe/Berlin", "Europe/Paris"]
      }
    },
    required: ["id", "name", "address", "country_code"]
  },
  Trip: {
    type: "object",
    properties: {
      id: {
        description: "Unique identifier for the trip",
        type: "string",
        format: "uuid",
        examples: ["4f4e4e1-c824-4d63-b37a-d8d698862f1d"]
      },
      origin: {
        description: "The starting station of the trip",
        type: "string",
        examples: ["Berlin Hauptbahnhof", "Paris Gare du Nord"]
      },
      destination: {
        description: "The destination station of the trip",
        type: "string",
        examples: ["Paris Gare du Nord", "Berlin Hauptbahnhof"]
      },
      departure_time: {
        description: "The date and time when the trip departs",
        type: "string",
        format: "date-time",
        examples: ["2024-02-01T10:00:00Z"]
      },
      arrival_time: {
        description: "The date and time when the trip arrives",
        type: "string",
        format: "date-time",
        examples: ["2024-02-01T16:00:00Z"]
      },
      operator: {
        description: "The name of the operator of the trip",
        type: "string",
        examples: ["Deutsche Bahn", "SNCF"]
      },
      price: { description: "The cost of the trip", type: "number", examples: [50] },
      bicycles_allowed: {
        description: "Indicates whether bicycles are allowed on the trip",
        type: "boolean"
      },
      dogs_allowed: {
        description: "Indicates whether dogs are allowed on the trip",
        type: "boolean"
      }
    }
  },
  WrapperCollection: {
    description: "This is a generic request/response wrapper which contains both data and links which serve as hypermedia controls (HATEOAS).",
    type: "object",
    properties: {
      data: {
        description: "The wrapper for a collection is an array of objects.",
        type: "array",
        items: { type: "object" }
      },
      links: {
        description: "A set of hypermedia links which serve as controls for the client.",
        type: "object",
        readOnly: true
      }
    }
  },
  WrapperCollectionWritable: {
    description: "This is a generic request/response wrapper which contains both data and links which serve as hypermedia controls (HATEOAS).",
    type: "object",
    properties: {
      data: {
        description: "The wrapper for a collection is an array of objects.",
        type: "array",
        items: { type: "object" }
      },
      links: false
    }
  }
};
const jsonSchema$roots = {
  Booking: { $ref: "#/$defs/Booking" },
  BookingWritable: { $ref: "#/$defs/BookingWritable" },
  BookingPayment: { $ref: "#/$defs/BookingPayment" },
  BookingPaymentWritable: { $ref: "#/$defs/BookingPaymentWritable" },
  LinksBooking: { $ref: "#/$defs/LinksBooking" },
  LinksPagination: { $ref: "#/$defs/LinksPagination" },
  LinksSelf: { $ref: "#/$defs/LinksSelf" },
  Problem: { $ref: "#/$defs/Problem" },
  Station: { $ref: "#/$defs/Station" },
  Trip: { $ref: "#/$defs/Trip" },
  WrapperCollection: { $ref: "#/$defs/WrapperCollection" },
  WrapperCollectionWritable: { $ref: "#/$defs/WrapperCollectionWritable" },
  GetBookingsResponse: {
    allOf: [
      { $ref: "#/$defs/WrapperCollection" },
      { properties: { data: { type: "array", items: { $ref: "#/$defs/Booking" } } } },
      {
        properties: {
          links: { allOf: [{ $ref: "#/$defs/LinksSelf" }, { $ref: "#/$defs/LinksPagination" }] }
        }
      }
    ]
  },
  CreateBookingRequestBody: { $ref: "#/$defs/BookingWritable" },
  CreateBookingResponse: {
    allOf: [{ $ref: "#/$defs/Booking" }, { properties: { links: { $ref: "#/$defs/LinksSelf" } } }]
  },
  GetBookingResponse: {
    allOf: [{ $ref: "#/$defs/Booking" }, { properties: { links: { $ref: "#/$defs/LinksSelf" } } }]
  },
  DeleteBookingResponse: false,
  CreateBookingPaymentRequestBody: { $ref: "#/$defs/BookingPaymentWritable" },
  CreateBookingPaymentResponse: {
    allOf: [
      { $ref: "#/$defs/BookingPayment" },
      { properties: { links: { $ref: "#/$defs/LinksBooking" } } }
    ]
  },
  GetStationsResponse: {
    allOf: [
      { $ref: "#/$defs/WrapperCollection" },
      { properties: { data: { type: "array", items: { $ref: "#/$defs/Station" } } } },
      {
        properties: {
          links: { allOf: [{ $ref: "#/$defs/LinksSelf" }, { $ref: "#/$defs/LinksPagination" }] }
        }
      }
    ]
  },
  GetTripsResponse: {
    allOf: [
      { $ref: "#/$defs/WrapperCollection" },
      { properties: { data: { type: "array", items: { $ref: "#/$defs/Trip" } } } },
      {
        properties: {
          links: { allOf: [{ $ref: "#/$defs/LinksSelf" }, { $ref: "#/$defs/LinksPagination" }] }
        }
      }
    ]
  }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isBooking,
  isBookingPayment,
  isBookingPaymentWritable,
  isBookingWritable,
  isCreateBookingPaymentRequestBody,
  isCreateBookingPaymentResponse,
  isCreateBookingRequestBody,
  isCreateBookingResponse,
  isDeleteBookingResponse,
  isGetBookingResponse,
  isGetBookingsResponse,
  isGetStationsResponse,
  isGetTripsResponse,
  isLinksBooking,
  isLinksPagination,
  isLinksSelf,
  isProblem,
  isStation,
  isTrip,
  isWrapperCollection,
  isWrapperCollectionWritable,
  schemas,
  validateBooking,
  validateBookingPayment,
  validateBookingPaymentWritable,
  validateBookingWritable,
  validateCreateBookingPaymentRequestBody,
  validateCreateBookingPaymentResponse,
  validateCreateBookingRequestBody,
  validateCreateBookingResponse,
  validateDeleteBookingResponse,
  validateGetBookingResponse,
  validateGetBookingsResponse,
  validateGetStationsResponse,
  validateGetTripsResponse,
  validateLinksBooking,
  validateLinksPagination,
  validateLinksSelf,
  validateProblem,
  validateStation,
  validateTrip,
  validateWrapperCollection,
  validateWrapperCollectionWritable
};
