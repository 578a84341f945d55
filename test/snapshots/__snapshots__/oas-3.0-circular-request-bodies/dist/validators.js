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
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateCompany(value, options) {
  const issues = options === void 0 ? check$Company(value, ROOT, void 0, 0) : checkValue(check$Company, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCompany(value) {
  return is$Company(value, 0);
}
function validateExpression(value, options) {
  const issues = options === void 0 ? check$Expression(value, ROOT, void 0, 0) : checkValue(check$Expression, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isExpression(value) {
  return is$Expression(value, 0);
}
function validateLinkedNode(value, options) {
  const issues = options === void 0 ? check$LinkedNode(value, ROOT, void 0, 0) : checkValue(check$LinkedNode, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isLinkedNode(value) {
  return is$LinkedNode(value, 0);
}
function validatePerson(value, options) {
  const issues = options === void 0 ? check$Person(value, ROOT, void 0, 0) : checkValue(check$Person, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPerson(value) {
  return is$Person(value, 0);
}
function validateTreeNode(value, options) {
  const issues = options === void 0 ? check$TreeNode(value, ROOT, void 0, 0) : checkValue(check$TreeNode, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isTreeNode(value) {
  return is$TreeNode(value, 0);
}
function validateDirectCircularRequestBody(value, options) {
  const issues = options === void 0 ? check$TreeNode(value, ROOT, void 0, 0) : checkValue(check$TreeNode, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDirectCircularRequestBody(value) {
  return is$TreeNode(value, 0);
}
function validateDirectCircularResponse(value, options) {
  const issues = options === void 0 ? check$TreeNode(value, ROOT, void 0, 0) : checkValue(check$TreeNode, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDirectCircularResponse(value) {
  return is$TreeNode(value, 0);
}
function validateIndirectCircularRequestBody(value, options) {
  const issues = options === void 0 ? check$Person(value, ROOT, void 0, 0) : checkValue(check$Person, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isIndirectCircularRequestBody(value) {
  return is$Person(value, 0);
}
function validateIndirectCircularResponse(value, options) {
  const issues = options === void 0 ? check$Person(value, ROOT, void 0, 0) : checkValue(check$Person, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isIndirectCircularResponse(value) {
  return is$Person(value, 0);
}
function validateMultipleCircularRequestBody(value, options) {
  const issues = options === void 0 ? check$LinkedNode(value, ROOT, void 0, 0) : checkValue(check$LinkedNode, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMultipleCircularRequestBody(value) {
  return is$LinkedNode(value, 0);
}
function validateMultipleCircularResponse(value, options) {
  const issues = options === void 0 ? check$LinkedNode(value, ROOT, void 0, 0) : checkValue(check$LinkedNode, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isMultipleCircularResponse(value) {
  return is$LinkedNode(value, 0);
}
function validatePolymorphicCircularRequestBody(value, options) {
  const issues = options === void 0 ? check$Expression(value, ROOT, void 0, 0) : checkValue(check$Expression, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPolymorphicCircularRequestBody(value) {
  return is$Expression(value, 0);
}
function validatePolymorphicCircularResponse(value, options) {
  const issues = options === void 0 ? check$Expression(value, ROOT, void 0, 0) : checkValue(check$Expression, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isPolymorphicCircularResponse(value) {
  return is$Expression(value, 0);
}
const schemas = {
  Company: /* @__PURE__ */ standardSchema(validateCompany, jsonSchema$of("Company")),
  Expression: /* @__PURE__ */ standardSchema(validateExpression, jsonSchema$of("Expression")),
  LinkedNode: /* @__PURE__ */ standardSchema(validateLinkedNode, jsonSchema$of("LinkedNode")),
  Person: /* @__PURE__ */ standardSchema(validatePerson, jsonSchema$of("Person")),
  TreeNode: /* @__PURE__ */ standardSchema(validateTreeNode, jsonSchema$of("TreeNode")),
  DirectCircularRequestBody: /* @__PURE__ */ standardSchema(validateDirectCircularRequestBody, jsonSchema$of("DirectCircularRequestBody")),
  DirectCircularResponse: /* @__PURE__ */ standardSchema(validateDirectCircularResponse, jsonSchema$of("DirectCircularResponse")),
  IndirectCircularRequestBody: /* @__PURE__ */ standardSchema(validateIndirectCircularRequestBody, jsonSchema$of("IndirectCircularRequestBody")),
  IndirectCircularResponse: /* @__PURE__ */ standardSchema(validateIndirectCircularResponse, jsonSchema$of("IndirectCircularResponse")),
  MultipleCircularRequestBody: /* @__PURE__ */ standardSchema(validateMultipleCircularRequestBody, jsonSchema$of("MultipleCircularRequestBody")),
  MultipleCircularResponse: /* @__PURE__ */ standardSchema(validateMultipleCircularResponse, jsonSchema$of("MultipleCircularResponse")),
  PolymorphicCircularRequestBody: /* @__PURE__ */ standardSchema(validatePolymorphicCircularRequestBody, jsonSchema$of("PolymorphicCircularRequestBody")),
  PolymorphicCircularResponse: /* @__PURE__ */ standardSchema(validatePolymorphicCircularResponse, jsonSchema$of("PolymorphicCircularResponse"))
};
const issue$children_type_6a618e = /* @__PURE__ */ fixedIssue(["children"], "type", "must be an array");
const issue$id_required_f4322b = /* @__PURE__ */ fixedIssue(["id"], "required", "is required");
const issue$id_type_d0b34f = /* @__PURE__ */ fixedIssue(["id"], "type", "must be a string");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$parent_required_e62704 = /* @__PURE__ */ fixedIssue(["parent"], "required", "is required");
const issue$type_enum_77831e = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "literal", "binary"');
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$type_type_d71169 = /* @__PURE__ */ fixedIssue(["type"], "type", "must be a string");
function is$Company(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.ceo;
  if (x3 !== void 0) {
    if (!is$Person(x3, d + 1) && hasOwn.call(o1, "ceo")) return false;
  }
  return true;
}
function check$Company(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    const x3 = o1.ceo;
    if (x3 !== void 0) {
      if (!is$Person(x3, d + 1) && hasOwn.call(o1, "ceo")) {
        if (full(s = check$Person(x3, below(p, ["ceo"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$Expression(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.type;
  if (x2 !== void 0) {
    if (x2 !== "literal" && x2 !== "binary" && hasOwn.call(o1, "type")) return false;
  }
  const x4 = o1.value;
  if (x4 !== void 0) {
    property5: {
      let matches10 = 0;
      failed11: {
        if (typeof x4 !== "string") break failed11;
        matches10++;
      }
      failed12: {
        if (!is$Expression(x4, d + 1)) break failed12;
        matches10++;
      }
      if (matches10 !== 1) {
        if (hasOwn.call(o1, "value")) return false;
        break property5;
      }
    }
  }
  return true;
}
function check$Expression(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.type;
    if (x2 !== void 0) {
      if (x2 !== "literal" && x2 !== "binary" && hasOwn.call(o1, "type")) {
        if (typeof x2 !== "string") {
          if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
        } else {
          if (x2 !== "literal" && x2 !== "binary") {
            if ((s = reportFixed(s, p, issue$type_enum_77831e)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x3 = o1.value;
    if (x3 !== void 0) {
      if (hasOwn.call(o1, "value")) {
        let matches8 = 0;
        failed9: {
          if (typeof x3 !== "string") break failed9;
          matches8++;
        }
        failed10: {
          if (!is$Expression(x3, d + 1)) break failed10;
          matches8++;
        }
        if (matches8 === 0) {
          if (typeof x3 === "string") {
          } else {
            if (!is$Expression(x3, d + 1)) {
              if (full(s = check$Expression(x3, below(p, ["value"]), s, d + 1))) return s;
            }
          }
        } else if (matches8 > 1) {
          if ((s = report(s, p, ["value"], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches8)).length >= issueLimit) return s;
        }
      }
    }
  }
  return s;
}
function is$LinkedNode(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.prev;
  if (x3 !== void 0) {
    if (!is$LinkedNode(x3, d + 1) && hasOwn.call(o1, "prev")) return false;
  }
  const x9 = o1.next;
  if (x9 !== void 0) {
    if (!is$LinkedNode(x9, d + 1) && hasOwn.call(o1, "next")) return false;
  }
  return true;
}
function check$LinkedNode(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$id_required_f4322b)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
    }
    const x3 = o1.prev;
    if (x3 !== void 0) {
      if (!is$LinkedNode(x3, d + 1) && hasOwn.call(o1, "prev")) {
        if (full(s = check$LinkedNode(x3, below(p, ["prev"]), s, d + 1))) return s;
      }
    }
    const x4 = o1.next;
    if (x4 !== void 0) {
      if (!is$LinkedNode(x4, d + 1) && hasOwn.call(o1, "next")) {
        if (full(s = check$LinkedNode(x4, below(p, ["next"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$Person(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.employer;
  if (x3 !== void 0) {
    if (!is$Company(x3, d + 1) && hasOwn.call(o1, "employer")) return false;
  }
  return true;
}
function check$Person(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    const x3 = o1.employer;
    if (x3 !== void 0) {
      if (!is$Company(x3, d + 1) && hasOwn.call(o1, "employer")) {
        if (full(s = check$Company(x3, below(p, ["employer"]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$TreeNode(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "id") ? o1.id : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
  if (x4 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (typeof x3 !== "string") return false;
  if (!is$TreeNode(x4, d + 1)) return false;
  const x9 = o1.children;
  if (x9 !== void 0) {
    property10: {
      if (!Array.isArray(x9)) {
        if (hasOwn.call(o1, "children")) return false;
        break property10;
      }
      const a11 = x9;
      for (let i12 = 0; i12 < a11.length; i12++) {
        const x13 = a11[i12];
        if (!is$TreeNode(x13, d + 1)) {
          if (hasOwn.call(o1, "children")) return false;
          break property10;
        }
      }
    }
  }
  return true;
}
function check$TreeNode(v, p, s, d) {
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
    const x4 = hasOwn.call(o1, "parent") ? o1.parent : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$parent_required_e62704)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$id_type_d0b34f)).length >= issueLimit) return s;
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
    }
    if (x4 !== void 0 && !is$TreeNode(x4, d + 1)) {
      if (full(s = check$TreeNode(x4, below(p, ["parent"]), s, d + 1))) return s;
    }
    const x5 = o1.children;
    if (x5 !== void 0) {
      if (hasOwn.call(o1, "children")) {
        if (!Array.isArray(x5)) {
          if ((s = reportFixed(s, p, issue$children_type_6a618e)).length >= issueLimit) return s;
        } else {
          const a6 = x5;
          for (let i7 = 0; i7 < a6.length; i7++) {
            const x8 = a6[i7];
            if (!is$TreeNode(x8, d + 1)) {
              if (full(s = check$TreeNode(x8, below(p, ["children", i7]), s, d + 1))) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
const jsonSchema$defs = {
  Company: {
    title: "Company",
    type: "object",
    properties: { name: { type: "string" }, ceo: { $ref: "#/$defs/Person" } },
    required: ["name"]
  },
  Expression: {
    title: "Expression",
    type: "object",
    properties: {
      type: { type: "string", enum: ["literal", "binary"] },
      value: { oneOf: [{ title: "LiteralValue", type: "string" }, { $ref: "#/$defs/Expression" }] }
    }
  },
  LinkedNode: {
    title: "LinkedNode",
    type: "object",
    properties: {
      id: { type: "string" },
      prev: { $ref: "#/$defs/LinkedNode" },
      next: { $ref: "#/$defs/LinkedNode" }
    },
    required: ["id"]
  },
  Person: {
    title: "Person",
    type: "object",
    properties: { name: { type: "string" }, employer: { $ref: "#/$defs/Company" } },
    required: ["name"]
  },
  TreeNode: {
    title: "TreeNode",
    type: "object",
    properties: {
      id: { type: "string" },
      name: { type: "string" },
      parent: { $ref: "#/$defs/TreeNode" },
      children: { type: "array", items: { $ref: "#/$defs/TreeNode" } }
    },
    required: ["id", "name", "parent"]
  }
};
const jsonSchema$roots = {
  Company: { $ref: "#/$defs/Company" },
  Expression: { $ref: "#/$defs/Expression" },
  LinkedNode: { $ref: "#/$defs/LinkedNode" },
  Person: { $ref: "#/$defs/Person" },
  TreeNode: { $ref: "#/$defs/TreeNode" },
  DirectCircularRequestBody: { $ref: "#/$defs/TreeNode" },
  DirectCircularResponse: { $ref: "#/$defs/TreeNode" },
  IndirectCircularRequestBody: { $ref: "#/$defs/Person" },
  IndirectCircularResponse: { $ref: "#/$defs/Person" },
  MultipleCircularRequestBody: { $ref: "#/$defs/LinkedNode" },
  MultipleCircularResponse: { $ref: "#/$defs/LinkedNode" },
  PolymorphicCircularRequestBody: { $ref: "#/$defs/Expression" },
  PolymorphicCircularResponse: { $ref: "#/$defs/Expression" }
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isCompany,
  isDirectCircularRequestBody,
  isDirectCircularResponse,
  isExpression,
  isIndirectCircularRequestBody,
  isIndirectCircularResponse,
  isLinkedNode,
  isMultipleCircularRequestBody,
  isMultipleCircularResponse,
  isPerson,
  isPolymorphicCircularRequestBody,
  isPolymorphicCircularResponse,
  isTreeNode,
  schemas,
  validateCompany,
  validateDirectCircularRequestBody,
  validateDirectCircularResponse,
  validateExpression,
  validateIndirectCircularRequestBody,
  validateIndirectCircularResponse,
  validateLinkedNode,
  validateMultipleCircularRequestBody,
  validateMultipleCircularResponse,
  validatePerson,
  validatePolymorphicCircularRequestBody,
  validatePolymorphicCircularResponse,
  validateTreeNode
};
