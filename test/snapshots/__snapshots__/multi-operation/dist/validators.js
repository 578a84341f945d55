import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  isBinaryBody as acceptsBinaryBody,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateMember(value, options) {
  const issues = options === void 0 ? check$Member(value, ROOT, void 0, 0) : checkValue(check$Member, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMember(value) {
  return is$Member(value, 0);
}
function validateMemberWritable(value, options) {
  const issues = options === void 0 ? check$MemberWritable(value, ROOT, void 0, 0) : checkValue(check$MemberWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMemberWritable(value) {
  return is$MemberWritable(value, 0);
}
function validateRole(value, options) {
  const issues = options === void 0 ? check$Role(value, ROOT, void 0, 0) : checkValue(check$Role, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRole(value) {
  return is$Role(value, 0);
}
function validateTeam(value, options) {
  const issues = options === void 0 ? check$Team(value, ROOT, void 0, 0) : checkValue(check$Team, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTeam(value) {
  return is$Team(value, 0);
}
function validateTeamWritable(value, options) {
  const issues = options === void 0 ? check$TeamWritable(value, ROOT, void 0, 0) : checkValue(check$TeamWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTeamWritable(value) {
  return is$TeamWritable(value, 0);
}
function validateListTeamsResponse(value, options) {
  const issues = options === void 0 ? check$ListTeamsResponse(value, ROOT, void 0, 0) : checkValue(check$ListTeamsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isListTeamsResponse(value) {
  return is$ListTeamsResponse(value, 0);
}
function validateListMembersResponse(value, options) {
  const issues = options === void 0 ? check$ListMembersResponse(value, ROOT, void 0, 0) : checkValue(check$ListMembersResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isListMembersResponse(value) {
  return is$ListMembersResponse(value, 0);
}
function validateAddMemberRequestBody(value, options) {
  const issues = options === void 0 ? check$MemberWritable(value, ROOT, void 0, 0) : checkValue(check$MemberWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAddMemberRequestBody(value) {
  return is$MemberWritable(value, 0);
}
function validateAddMemberResponse(value, options) {
  const issues = options === void 0 ? check$Member(value, ROOT, void 0, 0) : checkValue(check$Member, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAddMemberResponse(value) {
  return is$Member(value, 0);
}
function validateGetMemberResponse(value, options) {
  const issues = options === void 0 ? check$Member(value, ROOT, void 0, 0) : checkValue(check$Member, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetMemberResponse(value) {
  return is$Member(value, 0);
}
function validateReplaceMemberRequestBody(value, options) {
  const issues = options === void 0 ? check$MemberWritable(value, ROOT, void 0, 0) : checkValue(check$MemberWritable, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isReplaceMemberRequestBody(value) {
  return is$MemberWritable(value, 0);
}
function validateReplaceMemberResponse(value, options) {
  const issues = options === void 0 ? check$Member(value, ROOT, void 0, 0) : checkValue(check$Member, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isReplaceMemberResponse(value) {
  return is$Member(value, 0);
}
function validateRemoveMemberResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$RemoveMemberResponse(value, ROOT, void 0, 0) : checkValue(check$RemoveMemberResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRemoveMemberResponse(value) {
  return value === void 0 || is$RemoveMemberResponse(value, 0);
}
function validateGetTeamNotesResponse(value, options) {
  const issues = options === void 0 ? check$GetTeamNotesResponse(value, ROOT, void 0, 0) : checkValue(check$GetTeamNotesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetTeamNotesResponse(value) {
  return is$GetTeamNotesResponse(value, 0);
}
function validateAppendTeamNoteRequestBody(value, options) {
  const issues = options === void 0 ? check$AppendTeamNoteRequestBody(value, ROOT, void 0, 0) : checkValue(check$AppendTeamNoteRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAppendTeamNoteRequestBody(value) {
  return is$AppendTeamNoteRequestBody(value, 0);
}
function validateAppendTeamNoteResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$AppendTeamNoteResponse(value, ROOT, void 0, 0) : checkValue(check$AppendTeamNoteResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAppendTeamNoteResponse(value) {
  return value === void 0 || is$AppendTeamNoteResponse(value, 0);
}
function validateSetTeamPhotoRequestBody(value, options) {
  if (acceptsBinaryBody(value)) return { ok: true, value };
  const issues = options === void 0 ? check$SetTeamPhotoRequestBody(value, ROOT, void 0, 0) : checkValue(check$SetTeamPhotoRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSetTeamPhotoRequestBody(value) {
  return acceptsBinaryBody(value) || is$SetTeamPhotoRequestBody(value, 0);
}
function validateSetTeamPhotoResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$SetTeamPhotoResponse(value, ROOT, void 0, 0) : checkValue(check$SetTeamPhotoResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSetTeamPhotoResponse(value) {
  return value === void 0 || is$SetTeamPhotoResponse(value, 0);
}
const schemas = {
  Member: /* @__PURE__ */ standardSchema(validateMember, jsonSchema$of("Member")),
  MemberWritable: /* @__PURE__ */ standardSchema(validateMemberWritable, jsonSchema$of("MemberWritable")),
  Role: /* @__PURE__ */ standardSchema(validateRole, jsonSchema$of("Role")),
  Team: /* @__PURE__ */ standardSchema(validateTeam, jsonSchema$of("Team")),
  TeamWritable: /* @__PURE__ */ standardSchema(validateTeamWritable, jsonSchema$of("TeamWritable")),
  ListTeamsResponse: /* @__PURE__ */ standardSchema(validateListTeamsResponse, jsonSchema$of("ListTeamsResponse")),
  ListMembersResponse: /* @__PURE__ */ standardSchema(validateListMembersResponse, jsonSchema$of("ListMembersResponse")),
  AddMemberRequestBody: /* @__PURE__ */ standardSchema(validateAddMemberRequestBody, jsonSchema$of("AddMemberRequestBody")),
  AddMemberResponse: /* @__PURE__ */ standardSchema(validateAddMemberResponse, jsonSchema$of("AddMemberResponse")),
  GetMemberResponse: /* @__PURE__ */ standardSchema(validateGetMemberResponse, jsonSchema$of("GetMemberResponse")),
  ReplaceMemberRequestBody: /* @__PURE__ */ standardSchema(validateReplaceMemberRequestBody, jsonSchema$of("ReplaceMemberRequestBody")),
  ReplaceMemberResponse: /* @__PURE__ */ standardSchema(validateReplaceMemberResponse, jsonSchema$of("ReplaceMemberResponse")),
  RemoveMemberResponse: /* @__PURE__ */ standardSchema(validateRemoveMemberResponse, jsonSchema$of("RemoveMemberResponse")),
  GetTeamNotesResponse: /* @__PURE__ */ standardSchema(validateGetTeamNotesResponse, jsonSchema$of("GetTeamNotesResponse")),
  AppendTeamNoteRequestBody: /* @__PURE__ */ standardSchema(validateAppendTeamNoteRequestBody, jsonSchema$of("AppendTeamNoteRequestBody")),
  AppendTeamNoteResponse: /* @__PURE__ */ standardSchema(validateAppendTeamNoteResponse, jsonSchema$of("AppendTeamNoteResponse")),
  SetTeamPhotoRequestBody: /* @__PURE__ */ standardSchema(validateSetTeamPhotoRequestBody, jsonSchema$of("SetTeamPhotoRequestBody")),
  SetTeamPhotoResponse: /* @__PURE__ */ standardSchema(validateSetTeamPhotoResponse, jsonSchema$of("SetTeamPhotoResponse"))
};
const issue$displayName_minLength_72cc5f = /* @__PURE__ */ fixedIssue(["displayName"], "minLength", "must be at least 1 character long");
const issue$displayName_required_70e485 = /* @__PURE__ */ fixedIssue(["displayName"], "required", "is required");
const issue$displayName_type_55ec38 = /* @__PURE__ */ fixedIssue(["displayName"], "type", "must be a string");
const issue$enum_b410cf = /* @__PURE__ */ fixedIssue([], "enum", 'must be one of "owner", "member", "guest"');
const issue$id_readOnly_c411fa = /* @__PURE__ */ fixedIssue(["id"], "readOnly", "is read-only: it must not be sent in a request");
const issue$id_required_f4322b = /* @__PURE__ */ fixedIssue(["id"], "required", "is required");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$tags_type_6b6b73 = /* @__PURE__ */ fixedIssue(["tags"], "type", "must be an array");
const issue$text_type_336296 = /* @__PURE__ */ fixedIssue(["text"], "type", "must be a string");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$value_required_dfd44f = /* @__PURE__ */ fixedIssue(["value"], "required", "is required");
const issue$value_type_e99abd = /* @__PURE__ */ fixedIssue(["value"], "type", "must be an array");
function is$Member(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "displayName") ? o1.displayName : void 0;
  if (x2 === void 0) return false;
  const x3 = o1.id;
  if (x3 !== void 0) {
    if (typeof x3 !== "string" && hasOwn.call(o1, "id")) return false;
  }
  if (typeof x2 !== "string") return false;
  if (x2.length < 1) return false;
  const x5 = o1.role;
  if (x5 !== void 0) {
    if (!is$Role(x5, d + 1) && hasOwn.call(o1, "role")) return false;
  }
  return true;
}
function check$Member(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "displayName") ? o1.displayName : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$displayName_required_70e485)).length >= issueLimit) return s;
    }
    const x3 = o1.id;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "id")) {
        if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
      }
    }
    if (x2 !== void 0) {
      if (typeof x2 !== "string") {
        if ((s = reportFixed(s, p, issue$displayName_type_55ec38)).length >= issueLimit) return s;
      } else {
        if (x2.length < 1) {
          if ((s = reportFixed(s, p, issue$displayName_minLength_72cc5f)).length >= issueLimit) return s;
        }
      }
    }
    const x4 = o1.role;
    if (x4 !== void 0) {
      if (!is$Role(x4, d + 1) && hasOwn.call(o1, "role")) {
        if (full(s = check$Role(x4, below(p, ["role"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$MemberWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "displayName") ? o1.displayName : void 0;
  if (x2 === void 0) return false;
  if (o1.id !== void 0 && hasOwn.call(o1, "id")) return false;
  if (typeof x2 !== "string") return false;
  if (x2.length < 1) return false;
  const x3 = o1.role;
  if (x3 !== void 0) {
    if (!is$Role(x3, d + 1) && hasOwn.call(o1, "role")) return false;
  }
  return true;
}
function check$MemberWritable(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "displayName") ? o1.displayName : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$displayName_required_70e485)).length >= issueLimit) return s;
    }
    if (o1.id !== void 0 && hasOwn.call(o1, "id")) {
      if ((s = reportFixed(s, p, issue$id_readOnly_c411fa)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (typeof x2 !== "string") {
        if ((s = reportFixed(s, p, issue$displayName_type_55ec38)).length >= issueLimit) return s;
      } else {
        if (x2.length < 1) {
          if ((s = reportFixed(s, p, issue$displayName_minLength_72cc5f)).length >= issueLimit) return s;
        }
      }
    }
    const x3 = o1.role;
    if (x3 !== void 0) {
      if (!is$Role(x3, d + 1) && hasOwn.call(o1, "role")) {
        if (full(s = check$Role(x3, below(p, ["role"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$Role(v, d) {
  if (d > MAX_DEPTH) return false;
  if (v !== "owner" && v !== "member" && v !== "guest") return false;
  return true;
}
function check$Role(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (v !== "owner" && v !== "member" && v !== "guest") {
    if (typeof v !== "string") {
      if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
    } else {
      if (v !== "owner" && v !== "member" && v !== "guest") {
        if ((s = reportFixed(s, p, issue$enum_b410cf)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Team(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x3 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (typeof x3 !== "string") return false;
  return true;
}
function check$Team(v, p, s, d) {
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
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$TeamWritable(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  if (hasOwn.call(o1, "id") && o1.id !== void 0) return false;
  if (typeof x2 !== "string") return false;
  return true;
}
function check$TeamWritable(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    if (hasOwn.call(o1, "id") && o1.id !== void 0) {
      if ((s = reportFixed(s, p, issue$id_readOnly_c411fa)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$ListTeamsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "value") ? o1.value : void 0;
  if (x2 === void 0) return false;
  if (!Array.isArray(x2)) return false;
  const a3 = x2;
  for (let i4 = 0; i4 < a3.length; i4++) {
    const x5 = a3[i4];
    if (!is$Team(x5, d + 1)) return false;
  }
  return true;
}
function check$ListTeamsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "value") ? o1.value : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$value_required_dfd44f)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (!Array.isArray(x2)) {
        if ((s = reportFixed(s, p, issue$value_type_e99abd)).length >= issueLimit) return s;
      } else {
        const a3 = x2;
        for (let i4 = 0; i4 < a3.length; i4++) {
          const x5 = a3[i4];
          if (!is$Team(x5, d + 1)) {
            if (full(s = check$Team(x5, below(p, ["value", i4]), s, d + 1))) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$ListMembersResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Member(x3, d + 1)) return false;
  }
  return true;
}
function check$ListMembersResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$Member(x3, d + 1)) {
        if (full(s = check$Member(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$RemoveMemberResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$RemoveMemberResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetTeamNotesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$GetTeamNotesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$AppendTeamNoteRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.text;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "text")) return false;
  }
  const x4 = o1.tags;
  if (x4 !== void 0) {
    property5: {
      if (!Array.isArray(x4)) {
        if (hasOwn.call(o1, "tags")) return false;
        break property5;
      }
      const a6 = x4;
      for (let i7 = 0; i7 < a6.length; i7++) {
        const x8 = a6[i7];
        if (typeof x8 !== "string") {
          if (hasOwn.call(o1, "tags")) return false;
          break property5;
        }
      }
    }
  }
  return true;
}
function check$AppendTeamNoteRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.text;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "text")) {
        if ((s = reportFixed(s, p, issue$text_type_336296)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.tags;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "tags")) {
        if (!Array.isArray(x3)) {
          if ((s = reportFixed(s, p, issue$tags_type_6b6b73)).length >= issueLimit) return s;
        } else {
          const a4 = x3;
          for (let i5 = 0; i5 < a4.length; i5++) {
            const x6 = a4[i5];
            if (typeof x6 !== "string") {
              if ((s = report(s, p, ["tags", i5], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$AppendTeamNoteResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$AppendTeamNoteResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$SetTeamPhotoRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$SetTeamPhotoRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$SetTeamPhotoResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$SetTeamPhotoResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  Member: {
    type: "object",
    properties: {
      id: { type: "string", readOnly: true },
      displayName: { type: "string", minLength: 1 },
      role: { $ref: "#/$defs/Role" }
    },
    required: ["displayName"]
  },
  MemberWritable: {
    type: "object",
    properties: {
      id: false,
      displayName: { type: "string", minLength: 1 },
      role: { $ref: "#/$defs/Role" }
    },
    required: ["displayName"]
  },
  Role: { type: "string", enum: ["owner", "member", "guest"] },
  Team: {
    type: "object",
    properties: { id: { type: "string", readOnly: true }, name: { type: "string" } },
    required: ["id", "name"]
  },
  TeamWritable: {
    type: "object",
    properties: { id: false, name: { type: "string" } },
    required: ["name"]
  }
};
const jsonSchema$roots = {
  Member: { $ref: "#/$defs/Member" },
  MemberWritable: { $ref: "#/$defs/MemberWritable" },
  Role: { $ref: "#/$defs/Role" },
  Team: { $ref: "#/$defs/Team" },
  TeamWritable: { $ref: "#/$defs/TeamWritable" },
  ListTeamsResponse: {
    type: "object",
    properties: { value: { type: "array", items: { $ref: "#/$defs/Team" } } },
    required: ["value"]
  },
  ListMembersResponse: { type: "array", items: { $ref: "#/$defs/Member" } },
  AddMemberRequestBody: { $ref: "#/$defs/MemberWritable" },
  AddMemberResponse: { $ref: "#/$defs/Member" },
  GetMemberResponse: { $ref: "#/$defs/Member" },
  ReplaceMemberRequestBody: { $ref: "#/$defs/MemberWritable" },
  ReplaceMemberResponse: { $ref: "#/$defs/Member" },
  RemoveMemberResponse: false,
  GetTeamNotesResponse: { type: "string" },
  AppendTeamNoteRequestBody: {
    type: "object",
    properties: { text: { type: "string" }, tags: { type: "array", items: { type: "string" } } }
  },
  AppendTeamNoteResponse: false,
  SetTeamPhotoRequestBody: null,
  SetTeamPhotoResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isAddMemberRequestBody,
  isAddMemberResponse,
  isAppendTeamNoteRequestBody,
  isAppendTeamNoteResponse,
  isGetMemberResponse,
  isGetTeamNotesResponse,
  isListMembersResponse,
  isListTeamsResponse,
  isMember,
  isMemberWritable,
  isRemoveMemberResponse,
  isReplaceMemberRequestBody,
  isReplaceMemberResponse,
  isRole,
  isSetTeamPhotoRequestBody,
  isSetTeamPhotoResponse,
  isTeam,
  isTeamWritable,
  schemas,
  validateAddMemberRequestBody,
  validateAddMemberResponse,
  validateAppendTeamNoteRequestBody,
  validateAppendTeamNoteResponse,
  validateGetMemberResponse,
  validateGetTeamNotesResponse,
  validateListMembersResponse,
  validateListTeamsResponse,
  validateMember,
  validateMemberWritable,
  validateRemoveMemberResponse,
  validateReplaceMemberRequestBody,
  validateReplaceMemberResponse,
  validateRole,
  validateSetTeamPhotoRequestBody,
  validateSetTeamPhotoResponse,
  validateTeam,
  validateTeamWritable
};
