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
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validatePullrequest(value, options) {
  const issues = options === void 0 ? check$Pullrequest(value, ROOT, void 0, 0) : checkValue(check$Pullrequest, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPullrequest(value) {
  return is$Pullrequest(value, 0);
}
function validateRepository(value, options) {
  const issues = options === void 0 ? check$Repository(value, ROOT, void 0, 0) : checkValue(check$Repository, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isRepository(value) {
  return is$Repository(value, 0);
}
function validateUser(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUser(value) {
  return is$User(value, 0);
}
function validateGetRepositoriesByOwnerResponse(value, options) {
  const issues = options === void 0 ? check$GetRepositoriesByOwnerResponse(value, ROOT, void 0, 0) : checkValue(check$GetRepositoriesByOwnerResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetRepositoriesByOwnerResponse(value) {
  return is$GetRepositoriesByOwnerResponse(value, 0);
}
function validateGetRepositoryResponse(value, options) {
  const issues = options === void 0 ? check$Repository(value, ROOT, void 0, 0) : checkValue(check$Repository, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetRepositoryResponse(value) {
  return is$Repository(value, 0);
}
function validateGetPullRequestsByRepositoryResponse(value, options) {
  const issues = options === void 0 ? check$GetPullRequestsByRepositoryResponse(value, ROOT, void 0, 0) : checkValue(check$GetPullRequestsByRepositoryResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetPullRequestsByRepositoryResponse(value) {
  return is$GetPullRequestsByRepositoryResponse(value, 0);
}
function validateGetPullRequestsByIdResponse(value, options) {
  const issues = options === void 0 ? check$Pullrequest(value, ROOT, void 0, 0) : checkValue(check$Pullrequest, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetPullRequestsByIdResponse(value) {
  return is$Pullrequest(value, 0);
}
function validateMergePullRequestResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$MergePullRequestResponse(value, ROOT, void 0, 0) : checkValue(check$MergePullRequestResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMergePullRequestResponse(value) {
  return value === void 0 || is$MergePullRequestResponse(value, 0);
}
function validateGetUserByNameResponse(value, options) {
  const issues = options === void 0 ? check$User(value, ROOT, void 0, 0) : checkValue(check$User, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetUserByNameResponse(value) {
  return is$User(value, 0);
}
const schemas = {
  Pullrequest: /* @__PURE__ */ standardSchema(validatePullrequest, jsonSchema$of("Pullrequest")),
  Repository: /* @__PURE__ */ standardSchema(validateRepository, jsonSchema$of("Repository")),
  User: /* @__PURE__ */ standardSchema(validateUser, jsonSchema$of("User")),
  GetRepositoriesByOwnerResponse: /* @__PURE__ */ standardSchema(validateGetRepositoriesByOwnerResponse, jsonSchema$of("GetRepositoriesByOwnerResponse")),
  GetRepositoryResponse: /* @__PURE__ */ standardSchema(validateGetRepositoryResponse, jsonSchema$of("GetRepositoryResponse")),
  GetPullRequestsByRepositoryResponse: /* @__PURE__ */ standardSchema(validateGetPullRequestsByRepositoryResponse, jsonSchema$of("GetPullRequestsByRepositoryResponse")),
  GetPullRequestsByIdResponse: /* @__PURE__ */ standardSchema(validateGetPullRequestsByIdResponse, jsonSchema$of("GetPullRequestsByIdResponse")),
  MergePullRequestResponse: /* @__PURE__ */ standardSchema(validateMergePullRequestResponse, jsonSchema$of("MergePullRequestResponse")),
  GetUserByNameResponse: /* @__PURE__ */ standardSchema(validateGetUserByNameResponse, jsonSchema$of("GetUserByNameResponse"))
};
const issue$id_type_3ce31e = /* @__PURE__ */ fixedIssue(["id"], "type", "must be an integer");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$slug_type_7a933b = /* @__PURE__ */ fixedIssue(["slug"], "type", "must be a string");
const issue$title_type_ebed80 = /* @__PURE__ */ fixedIssue(["title"], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$username_type_30da7a = /* @__PURE__ */ fixedIssue(["username"], "type", "must be a string");
const issue$uuid_type_68c4d9 = /* @__PURE__ */ fixedIssue(["uuid"], "type", "must be a string");
function is$Pullrequest(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.id;
  if (x2 !== void 0) {
    if (!Number.isInteger(x2) && hasOwn.call(o1, "id")) return false;
  }
  const x4 = o1.title;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x6 = o1.repository;
  if (x6 !== void 0) {
    if (!is$Repository(x6, d + 1) && hasOwn.call(o1, "repository")) return false;
  }
  const x12 = o1.author;
  if (x12 !== void 0) {
    if (!is$User(x12, d + 1) && hasOwn.call(o1, "author")) return false;
  }
  return true;
}
function check$Pullrequest(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.id;
    if (x2 !== void 0) {
      if (!Number.isInteger(x2) && hasOwn.call(o1, "id")) {
        if ((s = reportFixed(s, p, issue$id_type_3ce31e)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.title;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.repository;
    if (x4 !== void 0) {
      if (!is$Repository(x4, d + 1) && hasOwn.call(o1, "repository")) {
        if (full(s = check$Repository(x4, below(p, ["repository"]), s, d + 1))) return s;
      }
    }
    const x5 = o1.author;
    if (x5 !== void 0) {
      if (!is$User(x5, d + 1) && hasOwn.call(o1, "author")) {
        if (full(s = check$User(x5, below(p, ["author"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$Repository(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.slug;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "slug")) return false;
  }
  const x4 = o1.owner;
  if (x4 !== void 0) {
    if (!is$User(x4, d + 1) && hasOwn.call(o1, "owner")) return false;
  }
  return true;
}
function check$Repository(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.slug;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "slug")) {
        if ((s = reportFixed(s, p, issue$slug_type_7a933b)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.owner;
    if (x3 !== void 0) {
      if (!is$User(x3, d + 1) && hasOwn.call(o1, "owner")) {
        if (full(s = check$User(x3, below(p, ["owner"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$User(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.username;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "username")) return false;
  }
  const x4 = o1.uuid;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "uuid")) return false;
  }
  return true;
}
function check$User(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.username;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "username")) {
        if ((s = reportFixed(s, p, issue$username_type_30da7a)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.uuid;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "uuid")) {
        if ((s = reportFixed(s, p, issue$uuid_type_68c4d9)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$GetRepositoriesByOwnerResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Repository(x3, d + 1)) return false;
  }
  return true;
}
function check$GetRepositoriesByOwnerResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$Repository(x3, d + 1)) {
        if (full(s = check$Repository(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$GetPullRequestsByRepositoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$Pullrequest(x3, d + 1)) return false;
  }
  return true;
}
function check$GetPullRequestsByRepositoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$Pullrequest(x3, d + 1)) {
        if (full(s = check$Pullrequest(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$MergePullRequestResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$MergePullRequestResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  Pullrequest: {
    type: "object",
    properties: {
      id: { type: "integer" },
      title: { type: "string" },
      repository: { $ref: "#/$defs/Repository" },
      author: { $ref: "#/$defs/User" }
    }
  },
  Repository: {
    type: "object",
    properties: { slug: { type: "string" }, owner: { $ref: "#/$defs/User" } }
  },
  User: { type: "object", properties: { username: { type: "string" }, uuid: { type: "string" } } }
};
const jsonSchema$roots = {
  Pullrequest: { $ref: "#/$defs/Pullrequest" },
  Repository: { $ref: "#/$defs/Repository" },
  User: { $ref: "#/$defs/User" },
  GetRepositoriesByOwnerResponse: { type: "array", items: { $ref: "#/$defs/Repository" } },
  GetRepositoryResponse: { $ref: "#/$defs/Repository" },
  GetPullRequestsByRepositoryResponse: { type: "array", items: { $ref: "#/$defs/Pullrequest" } },
  GetPullRequestsByIdResponse: { $ref: "#/$defs/Pullrequest" },
  MergePullRequestResponse: false,
  GetUserByNameResponse: { $ref: "#/$defs/User" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetPullRequestsByIdResponse,
  isGetPullRequestsByRepositoryResponse,
  isGetRepositoriesByOwnerResponse,
  isGetRepositoryResponse,
  isGetUserByNameResponse,
  isMergePullRequestResponse,
  isPullrequest,
  isRepository,
  isUser,
  schemas,
  validateGetPullRequestsByIdResponse,
  validateGetPullRequestsByRepositoryResponse,
  validateGetRepositoriesByOwnerResponse,
  validateGetRepositoryResponse,
  validateGetUserByNameResponse,
  validateMergePullRequestResponse,
  validatePullrequest,
  validateRepository,
  validateUser
};
