import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  issueLimit,
  MAX_DEPTH,
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
function validateComplianceState(value, options) {
  const issues = options === void 0 ? check$ComplianceState(value, ROOT, void 0, 0) : checkValue(check$ComplianceState, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isComplianceState(value) {
  return is$ComplianceState(value, 0);
}
function validateManagedDevice(value, options) {
  const issues = options === void 0 ? check$ManagedDevice(value, ROOT, void 0, 0) : checkValue(check$ManagedDevice, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isManagedDevice(value) {
  return is$ManagedDevice(value, 0);
}
function validateManagedDeviceWritable(value, options) {
  const issues = options === void 0 ? check$ManagedDeviceWritable(value, ROOT, void 0, 0) : checkValue(check$ManagedDeviceWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isManagedDeviceWritable(value) {
  return is$ManagedDeviceWritable(value, 0);
}
function validateManagedDeviceCollectionResponse(value, options) {
  const issues = options === void 0 ? check$ManagedDeviceCollectionResponse(value, ROOT, void 0, 0) : checkValue(check$ManagedDeviceCollectionResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isManagedDeviceCollectionResponse(value) {
  return is$ManagedDeviceCollectionResponse(value, 0);
}
function validateManagedDeviceCollectionResponseWritable(value, options) {
  const issues = options === void 0 ? check$ManagedDeviceCollectionResponseWritable(value, ROOT, void 0, 0) : checkValue(check$ManagedDeviceCollectionResponseWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isManagedDeviceCollectionResponseWritable(value) {
  return is$ManagedDeviceCollectionResponseWritable(value, 0);
}
function validateListManagedDevicesResponse(value, options) {
  const issues = options === void 0 ? check$ManagedDeviceCollectionResponse(value, ROOT, void 0, 0) : checkValue(check$ManagedDeviceCollectionResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isListManagedDevicesResponse(value) {
  return is$ManagedDeviceCollectionResponse(value, 0);
}
function validateCreateManagedDeviceRequestBody(value, options) {
  const issues = options === void 0 ? check$ManagedDeviceWritable(value, ROOT, void 0, 0) : checkValue(check$ManagedDeviceWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateManagedDeviceRequestBody(value) {
  return is$ManagedDeviceWritable(value, 0);
}
function validateCreateManagedDeviceResponse(value, options) {
  const issues = options === void 0 ? check$ManagedDevice(value, ROOT, void 0, 0) : checkValue(check$ManagedDevice, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateManagedDeviceResponse(value) {
  return is$ManagedDevice(value, 0);
}
function validateGetManagedDeviceResponse(value, options) {
  const issues = options === void 0 ? check$ManagedDevice(value, ROOT, void 0, 0) : checkValue(check$ManagedDevice, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetManagedDeviceResponse(value) {
  return is$ManagedDevice(value, 0);
}
function validateUpdateManagedDeviceRequestBody(value, options) {
  const issues = options === void 0 ? check$ManagedDeviceWritable(value, ROOT, void 0, 0) : checkValue(check$ManagedDeviceWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateManagedDeviceRequestBody(value) {
  return is$ManagedDeviceWritable(value, 0);
}
function validateUpdateManagedDeviceResponse(value, options) {
  const issues = options === void 0 ? check$ManagedDevice(value, ROOT, void 0, 0) : checkValue(check$ManagedDevice, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateManagedDeviceResponse(value) {
  return is$ManagedDevice(value, 0);
}
const schemas = {
  ComplianceState: /* @__PURE__ */ standardSchema(validateComplianceState, jsonSchema$of("ComplianceState")),
  ManagedDevice: /* @__PURE__ */ standardSchema(validateManagedDevice, jsonSchema$of("ManagedDevice")),
  ManagedDeviceWritable: /* @__PURE__ */ standardSchema(validateManagedDeviceWritable, jsonSchema$of("ManagedDeviceWritable")),
  ManagedDeviceCollectionResponse: /* @__PURE__ */ standardSchema(validateManagedDeviceCollectionResponse, jsonSchema$of("ManagedDeviceCollectionResponse")),
  ManagedDeviceCollectionResponseWritable: /* @__PURE__ */ standardSchema(validateManagedDeviceCollectionResponseWritable, jsonSchema$of("ManagedDeviceCollectionResponseWritable")),
  ListManagedDevicesResponse: /* @__PURE__ */ standardSchema(validateListManagedDevicesResponse, jsonSchema$of("ListManagedDevicesResponse")),
  CreateManagedDeviceRequestBody: /* @__PURE__ */ standardSchema(validateCreateManagedDeviceRequestBody, jsonSchema$of("CreateManagedDeviceRequestBody")),
  CreateManagedDeviceResponse: /* @__PURE__ */ standardSchema(validateCreateManagedDeviceResponse, jsonSchema$of("CreateManagedDeviceResponse")),
  GetManagedDeviceResponse: /* @__PURE__ */ standardSchema(validateGetManagedDeviceResponse, jsonSchema$of("GetManagedDeviceResponse")),
  UpdateManagedDeviceRequestBody: /* @__PURE__ */ standardSchema(validateUpdateManagedDeviceRequestBody, jsonSchema$of("UpdateManagedDeviceRequestBody")),
  UpdateManagedDeviceResponse: /* @__PURE__ */ standardSchema(validateUpdateManagedDeviceResponse, jsonSchema$of("UpdateManagedDeviceResponse"))
};
const issue$deviceName_type_31a202 = /* @__PURE__ */ fixedIssue(["deviceName"], "type", "must be a string or null");
const issue$enrolledDateTime_format_5233ab = /* @__PURE__ */ fixedIssue(["enrolledDateTime"], "format", "must be a valid date-time");
const issue$enrolledDateTime_type_38ac22 = /* @__PURE__ */ fixedIssue(["enrolledDateTime"], "type", "must be a string");
const issue$enum_8670c0 = /* @__PURE__ */ fixedIssue([], "enum", 'must be one of "unknown", "compliant", "noncompliant", "conflict", "error", "inGracePeriod", "configManager"');
const issue$freeStorageSpaceInBytes_format_8bac56 = /* @__PURE__ */ fixedIssue(["freeStorageSpaceInBytes"], "format", "must be a 64-bit integer (format int64)");
const issue$freeStorageSpaceInBytes_type_7b9105 = /* @__PURE__ */ fixedIssue(["freeStorageSpaceInBytes"], "type", "must be an integer");
const issue$id_readOnly_c411fa = /* @__PURE__ */ fixedIssue(["id"], "readOnly", "is read-only: it must not be sent in a request");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$isEncrypted_type_4a4fb0 = /* @__PURE__ */ fixedIssue(["isEncrypted"], "type", "must be a boolean");
const issue$odata_count_type_afa5c4 = /* @__PURE__ */ fixedIssue(["@odata.count"], "type", "must be an integer or null");
const issue$odata_nextLink_type_7d66a8 = /* @__PURE__ */ fixedIssue(["@odata.nextLink"], "type", "must be a string or null");
const issue$odata_type_type_01fbbe = /* @__PURE__ */ fixedIssue(["@odata.type"], "type", "must be a string");
const issue$operatingSystem_type_20ae96 = /* @__PURE__ */ fixedIssue(["operatingSystem"], "type", "must be a string or null");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$userId_type_c1328b = /* @__PURE__ */ fixedIssue(["userId"], "type", "must be a string or null");
const issue$value_type_e99abd = /* @__PURE__ */ fixedIssue(["value"], "type", "must be an array");
function is$ComplianceState(v, d) {
  if (d > MAX_DEPTH) return false;
  if (v !== "unknown" && v !== "compliant" && v !== "noncompliant" && v !== "conflict" && v !== "error" && v !== "inGracePeriod" && v !== "configManager") return false;
  return true;
}
function check$ComplianceState(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (v !== "unknown" && v !== "compliant" && v !== "noncompliant" && v !== "conflict" && v !== "error" && v !== "inGracePeriod" && v !== "configManager") {
    if (typeof v !== "string") {
      if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
    } else {
      if (v !== "unknown" && v !== "compliant" && v !== "noncompliant" && v !== "conflict" && v !== "error" && v !== "inGracePeriod" && v !== "configManager") {
        if ((s = reportFixed(s, p, issue$enum_8670c0)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ManagedDevice(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["@odata.type"];
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "@odata.type")) return false;
  }
  const x4 = o1.id;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "id")) return false;
  }
  const x6 = o1.userId;
  if (x6 !== void 0) {
    if (!(x6 === null || typeof x6 === "string") && hasOwn.call(o1, "userId")) return false;
  }
  const x8 = o1.deviceName;
  if (x8 !== void 0) {
    if (!(x8 === null || typeof x8 === "string") && hasOwn.call(o1, "deviceName")) return false;
  }
  const x10 = o1.operatingSystem;
  if (x10 !== void 0) {
    if (!(x10 === null || typeof x10 === "string") && hasOwn.call(o1, "operatingSystem")) return false;
  }
  const x12 = o1.complianceState;
  if (x12 !== void 0) {
    if (!is$ComplianceState(x12, d + 1) && hasOwn.call(o1, "complianceState")) return false;
  }
  const x18 = o1.isEncrypted;
  if (x18 !== void 0) {
    if (typeof x18 !== "boolean" && hasOwn.call(o1, "isEncrypted")) return false;
  }
  const x20 = o1.freeStorageSpaceInBytes;
  if (x20 !== void 0) {
    property21: {
      if (!Number.isInteger(x20)) {
        if (hasOwn.call(o1, "freeStorageSpaceInBytes")) return false;
        break property21;
      }
      if (x20 < -9223372036854776e3 || x20 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "freeStorageSpaceInBytes")) return false;
        break property21;
      }
    }
  }
  const x22 = o1.enrolledDateTime;
  if (x22 !== void 0) {
    property23: {
      if (typeof x22 !== "string") {
        if (hasOwn.call(o1, "enrolledDateTime")) return false;
        break property23;
      }
      if (!formats.isDateTime(x22)) {
        if (hasOwn.call(o1, "enrolledDateTime")) return false;
        break property23;
      }
    }
  }
  return true;
}
function check$ManagedDevice(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["@odata.type"];
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "@odata.type")) {
        if ((s = reportFixed(s, p, issue$odata_type_type_01fbbe)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.id;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "id")) {
        if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.userId;
    if (x4 !== void 0) {
      if (!(x4 === null || typeof x4 === "string") && hasOwn.call(o1, "userId")) {
        if ((s = reportFixed(s, p, issue$userId_type_c1328b)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.deviceName;
    if (x5 !== void 0) {
      if (!(x5 === null || typeof x5 === "string") && hasOwn.call(o1, "deviceName")) {
        if ((s = reportFixed(s, p, issue$deviceName_type_31a202)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.operatingSystem;
    if (x6 !== void 0) {
      if (!(x6 === null || typeof x6 === "string") && hasOwn.call(o1, "operatingSystem")) {
        if ((s = reportFixed(s, p, issue$operatingSystem_type_20ae96)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.complianceState;
    if (x7 !== void 0) {
      if (!is$ComplianceState(x7, d + 1) && hasOwn.call(o1, "complianceState")) {
        if (full(s = check$ComplianceState(x7, below(p, ["complianceState"]), s, d + 1))) return s;
      }
    }
    const x8 = o1.isEncrypted;
    if (x8 !== void 0) {
      if (typeof x8 !== "boolean" && hasOwn.call(o1, "isEncrypted")) {
        if ((s = reportFixed(s, p, issue$isEncrypted_type_4a4fb0)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.freeStorageSpaceInBytes;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "freeStorageSpaceInBytes")) {
        if (!Number.isInteger(x9)) {
          if ((s = reportFixed(s, p, issue$freeStorageSpaceInBytes_type_7b9105)).length >= issueLimit) return s;
        } else {
          if (x9 < -9223372036854776e3 || x9 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$freeStorageSpaceInBytes_format_8bac56)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x10 = o1.enrolledDateTime;
    if (x10 !== void 0) {
      if (hasOwn.call(o1, "enrolledDateTime")) {
        if (typeof x10 !== "string") {
          if ((s = reportFixed(s, p, issue$enrolledDateTime_type_38ac22)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x10)) {
            if ((s = reportFixed(s, p, issue$enrolledDateTime_format_5233ab)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$ManagedDeviceWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["@odata.type"];
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "@odata.type")) return false;
  }
  if (o1.id !== void 0 && hasOwn.call(o1, "id")) return false;
  const x4 = o1.userId;
  if (x4 !== void 0) {
    if (!(x4 === null || typeof x4 === "string") && hasOwn.call(o1, "userId")) return false;
  }
  const x6 = o1.deviceName;
  if (x6 !== void 0) {
    if (!(x6 === null || typeof x6 === "string") && hasOwn.call(o1, "deviceName")) return false;
  }
  const x8 = o1.operatingSystem;
  if (x8 !== void 0) {
    if (!(x8 === null || typeof x8 === "string") && hasOwn.call(o1, "operatingSystem")) return false;
  }
  const x10 = o1.complianceState;
  if (x10 !== void 0) {
    if (!is$ComplianceState(x10, d + 1) && hasOwn.call(o1, "complianceState")) return false;
  }
  const x16 = o1.isEncrypted;
  if (x16 !== void 0) {
    if (typeof x16 !== "boolean" && hasOwn.call(o1, "isEncrypted")) return false;
  }
  const x18 = o1.freeStorageSpaceInBytes;
  if (x18 !== void 0) {
    property19: {
      if (!Number.isInteger(x18)) {
        if (hasOwn.call(o1, "freeStorageSpaceInBytes")) return false;
        break property19;
      }
      if (x18 < -9223372036854776e3 || x18 >= 9223372036854776e3) {
        if (hasOwn.call(o1, "freeStorageSpaceInBytes")) return false;
        break property19;
      }
    }
  }
  const x20 = o1.enrolledDateTime;
  if (x20 !== void 0) {
    property21: {
      if (typeof x20 !== "string") {
        if (hasOwn.call(o1, "enrolledDateTime")) return false;
        break property21;
      }
      if (!formats.isDateTime(x20)) {
        if (hasOwn.call(o1, "enrolledDateTime")) return false;
        break property21;
      }
    }
  }
  return true;
}
function check$ManagedDeviceWritable(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["@odata.type"];
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "@odata.type")) {
        if ((s = reportFixed(s, p, issue$odata_type_type_01fbbe)).length >= issueLimit) return s;
      }
    }
    if (o1.id !== void 0 && hasOwn.call(o1, "id")) {
      if ((s = reportFixed(s, p, issue$id_readOnly_c411fa)).length >= issueLimit) return s;
    }
    const x3 = o1.userId;
    if (x3 !== void 0) {
      if (!(x3 === null || typeof x3 === "string") && hasOwn.call(o1, "userId")) {
        if ((s = reportFixed(s, p, issue$userId_type_c1328b)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.deviceName;
    if (x4 !== void 0) {
      if (!(x4 === null || typeof x4 === "string") && hasOwn.call(o1, "deviceName")) {
        if ((s = reportFixed(s, p, issue$deviceName_type_31a202)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.operatingSystem;
    if (x5 !== void 0) {
      if (!(x5 === null || typeof x5 === "string") && hasOwn.call(o1, "operatingSystem")) {
        if ((s = reportFixed(s, p, issue$operatingSystem_type_20ae96)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.complianceState;
    if (x6 !== void 0) {
      if (!is$ComplianceState(x6, d + 1) && hasOwn.call(o1, "complianceState")) {
        if (full(s = check$ComplianceState(x6, below(p, ["complianceState"]), s, d + 1))) return s;
      }
    }
    const x7 = o1.isEncrypted;
    if (x7 !== void 0) {
      if (typeof x7 !== "boolean" && hasOwn.call(o1, "isEncrypted")) {
        if ((s = reportFixed(s, p, issue$isEncrypted_type_4a4fb0)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.freeStorageSpaceInBytes;
    if (x8 !== void 0) {
      if (hasOwn.call(o1, "freeStorageSpaceInBytes")) {
        if (!Number.isInteger(x8)) {
          if ((s = reportFixed(s, p, issue$freeStorageSpaceInBytes_type_7b9105)).length >= issueLimit) return s;
        } else {
          if (x8 < -9223372036854776e3 || x8 >= 9223372036854776e3) {
            if ((s = reportFixed(s, p, issue$freeStorageSpaceInBytes_format_8bac56)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x9 = o1.enrolledDateTime;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "enrolledDateTime")) {
        if (typeof x9 !== "string") {
          if ((s = reportFixed(s, p, issue$enrolledDateTime_type_38ac22)).length >= issueLimit) return s;
        } else {
          if (!formats.isDateTime(x9)) {
            if ((s = reportFixed(s, p, issue$enrolledDateTime_format_5233ab)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$ManagedDeviceCollectionResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["@odata.count"];
  if (x2 !== void 0) {
    if (!(x2 === null || Number.isInteger(x2)) && hasOwn.call(o1, "@odata.count")) return false;
  }
  const x4 = o1["@odata.nextLink"];
  if (x4 !== void 0) {
    if (!(x4 === null || typeof x4 === "string") && hasOwn.call(o1, "@odata.nextLink")) return false;
  }
  const x6 = o1.value;
  if (x6 !== void 0) {
    property7: {
      if (!Array.isArray(x6)) {
        if (hasOwn.call(o1, "value")) return false;
        break property7;
      }
      const a8 = x6;
      for (let i9 = 0; i9 < a8.length; i9++) {
        const x10 = a8[i9];
        if (!is$ManagedDevice(x10, d + 1)) {
          if (hasOwn.call(o1, "value")) return false;
          break property7;
        }
      }
    }
  }
  return true;
}
function check$ManagedDeviceCollectionResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["@odata.count"];
    if (x2 !== void 0) {
      if (!(x2 === null || Number.isInteger(x2)) && hasOwn.call(o1, "@odata.count")) {
        if ((s = reportFixed(s, p, issue$odata_count_type_afa5c4)).length >= issueLimit) return s;
      }
    }
    const x3 = o1["@odata.nextLink"];
    if (x3 !== void 0) {
      if (!(x3 === null || typeof x3 === "string") && hasOwn.call(o1, "@odata.nextLink")) {
        if ((s = reportFixed(s, p, issue$odata_nextLink_type_7d66a8)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.value;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "value")) {
        if (!Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$value_type_e99abd)).length >= issueLimit) return s;
        } else {
          const a5 = x4;
          for (let i6 = 0; i6 < a5.length; i6++) {
            const x7 = a5[i6];
            if (!is$ManagedDevice(x7, d + 1)) {
              if (full(s = check$ManagedDevice(x7, below(p, ["value", i6]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$ManagedDeviceCollectionResponseWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1["@odata.count"];
  if (x2 !== void 0) {
    if (!(x2 === null || Number.isInteger(x2)) && hasOwn.call(o1, "@odata.count")) return false;
  }
  const x4 = o1["@odata.nextLink"];
  if (x4 !== void 0) {
    if (!(x4 === null || typeof x4 === "string") && hasOwn.call(o1, "@odata.nextLink")) return false;
  }
  const x6 = o1.value;
  if (x6 !== void 0) {
    property7: {
      if (!Array.isArray(x6)) {
        if (hasOwn.call(o1, "value")) return false;
        break property7;
      }
      const a8 = x6;
      for (let i9 = 0; i9 < a8.length; i9++) {
        const x10 = a8[i9];
        if (!is$ManagedDeviceWritable(x10, d + 1)) {
          if (hasOwn.call(o1, "value")) return false;
          break property7;
        }
      }
    }
  }
  return true;
}
function check$ManagedDeviceCollectionResponseWritable(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1["@odata.count"];
    if (x2 !== void 0) {
      if (!(x2 === null || Number.isInteger(x2)) && hasOwn.call(o1, "@odata.count")) {
        if ((s = reportFixed(s, p, issue$odata_count_type_afa5c4)).length >= issueLimit) return s;
      }
    }
    const x3 = o1["@odata.nextLink"];
    if (x3 !== void 0) {
      if (!(x3 === null || typeof x3 === "string") && hasOwn.call(o1, "@odata.nextLink")) {
        if ((s = reportFixed(s, p, issue$odata_nextLink_type_7d66a8)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.value;
    if (x4 !== void 0) {
      if (hasOwn.call(o1, "value")) {
        if (!Array.isArray(x4)) {
          if ((s = reportFixed(s, p, issue$value_type_e99abd)).length >= issueLimit) return s;
        } else {
          const a5 = x4;
          for (let i6 = 0; i6 < a5.length; i6++) {
            const x7 = a5[i6];
            if (!is$ManagedDeviceWritable(x7, d + 1)) {
              if (full(s = check$ManagedDeviceWritable(x7, below(p, ["value", i6]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  ComplianceState: {
    description: "Compliance state.",
    type: "string",
    enum: [
      "unknown",
      "compliant",
      "noncompliant",
      "conflict",
      "error",
      "inGracePeriod",
      "configManager"
    ]
  },
  ManagedDevice: {
    description: "Devices that are managed or pre-enrolled through Intune",
    type: "object",
    properties: {
      "@odata.type": { type: "string" },
      id: {
        description: "Unique Identifier for the device. This property is read-only.",
        type: "string",
        readOnly: true
      },
      userId: {
        description: "Unique Identifier for the user associated with the device.",
        type: ["string", "null"]
      },
      deviceName: { description: "Name of the device.", type: ["string", "null"] },
      operatingSystem: {
        description: "Operating system of the device. Windows, iOS, etc.",
        type: ["string", "null"]
      },
      complianceState: { $ref: "#/$defs/ComplianceState" },
      isEncrypted: { description: "Device encryption status.", type: "boolean" },
      freeStorageSpaceInBytes: {
        description: "Free Storage in Bytes.",
        type: "integer",
        format: "int64"
      },
      enrolledDateTime: {
        description: "Enrollment time of the device.",
        type: "string",
        format: "date-time"
      }
    }
  },
  ManagedDeviceWritable: {
    description: "Devices that are managed or pre-enrolled through Intune",
    type: "object",
    properties: {
      "@odata.type": { type: "string" },
      id: false,
      userId: {
        description: "Unique Identifier for the user associated with the device.",
        type: ["string", "null"]
      },
      deviceName: { description: "Name of the device.", type: ["string", "null"] },
      operatingSystem: {
        description: "Operating system of the device. Windows, iOS, etc.",
        type: ["string", "null"]
      },
      complianceState: { $ref: "#/$defs/ComplianceState" },
      isEncrypted: { description: "Device encryption status.", type: "boolean" },
      freeStorageSpaceInBytes: {
        description: "Free Storage in Bytes.",
        type: "integer",
        format: "int64"
      },
      enrolledDateTime: {
        description: "Enrollment time of the device.",
        type: "string",
        format: "date-time"
      }
    }
  },
  ManagedDeviceCollectionResponse: {
    type: "object",
    properties: {
      "@odata.count": { type: ["integer", "null"] },
      "@odata.nextLink": { type: ["string", "null"] },
      value: { type: "array", items: { $ref: "#/$defs/ManagedDevice" } }
    }
  },
  ManagedDeviceCollectionResponseWritable: {
    type: "object",
    properties: {
      "@odata.count": { type: ["integer", "null"] },
      "@odata.nextLink": { type: ["string", "null"] },
      value: { type: "array", items: { $ref: "#/$defs/ManagedDeviceWritable" } }
    }
  }
};
const jsonSchema$roots = {
  ComplianceState: { $ref: "#/$defs/ComplianceState" },
  ManagedDevice: { $ref: "#/$defs/ManagedDevice" },
  ManagedDeviceWritable: { $ref: "#/$defs/ManagedDeviceWritable" },
  ManagedDeviceCollectionResponse: { $ref: "#/$defs/ManagedDeviceCollectionResponse" },
  ManagedDeviceCollectionResponseWritable: {
    $ref: "#/$defs/ManagedDeviceCollectionResponseWritable"
  },
  ListManagedDevicesResponse: { $ref: "#/$defs/ManagedDeviceCollectionResponse" },
  CreateManagedDeviceRequestBody: { $ref: "#/$defs/ManagedDeviceWritable" },
  CreateManagedDeviceResponse: { $ref: "#/$defs/ManagedDevice" },
  GetManagedDeviceResponse: { $ref: "#/$defs/ManagedDevice" },
  UpdateManagedDeviceRequestBody: { $ref: "#/$defs/ManagedDeviceWritable" },
  UpdateManagedDeviceResponse: { $ref: "#/$defs/ManagedDevice" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isComplianceState,
  isCreateManagedDeviceRequestBody,
  isCreateManagedDeviceResponse,
  isGetManagedDeviceResponse,
  isListManagedDevicesResponse,
  isManagedDevice,
  isManagedDeviceCollectionResponse,
  isManagedDeviceCollectionResponseWritable,
  isManagedDeviceWritable,
  isUpdateManagedDeviceRequestBody,
  isUpdateManagedDeviceResponse,
  schemas,
  validateComplianceState,
  validateCreateManagedDeviceRequestBody,
  validateCreateManagedDeviceResponse,
  validateGetManagedDeviceResponse,
  validateListManagedDevicesResponse,
  validateManagedDevice,
  validateManagedDeviceCollectionResponse,
  validateManagedDeviceCollectionResponseWritable,
  validateManagedDeviceWritable,
  validateUpdateManagedDeviceRequestBody,
  validateUpdateManagedDeviceResponse
};
