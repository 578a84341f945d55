class ValidationError extends Error {
  name = "ValidationError";
  issues;
  constructor(issues, subject = "value") {
    const shown = issues.slice(0, 20).map((issue) => `
  - ${issue.message}`);
    const more = issues.length > shown.length ? `
  - ... and ${issues.length - shown.length} more` : "";
    super(
      `invalid ${subject} (${issues.length} ${issues.length === 1 ? "issue" : "issues"}):${shown.join("")}${more}`
    );
    this.issues = issues;
  }
}
function standardSchema(validate, jsonSchema) {
  const convert = (options) => jsonSchema(options.target);
  return {
    "~standard": {
      version: 1,
      vendor: "apiwright",
      validate,
      jsonSchema: { input: convert, output: convert }
    }
  };
}
const DATA_KEYWORDS = /* @__PURE__ */ new Set(["enum", "const", "default", "examples"]);
const SCHEMA_MAPS = /* @__PURE__ */ new Set(["properties", "patternProperties", "$defs"]);
const DRAFT_URIS = {
  "draft-2020-12": "https://json-schema.org/draft/2020-12/schema",
  "draft-07": "http://json-schema.org/draft-07/schema#"
};
function jsonSchemaDocument(root, defs, target, subject) {
  const uri = DRAFT_URIS[target];
  if (uri === void 0)
    throw new Error(
      `JSON Schema target "${target}" is not supported (supported: ${Object.keys(DRAFT_URIS).join(", ")})`
    );
  if (root === null || root === void 0)
    throw new Error(`${subject} is not JSON: it has no JSON Schema`);
  const reached = /* @__PURE__ */ new Map();
  const visit = (schema) => {
    if (Array.isArray(schema)) return schema.forEach(visit);
    if (schema === null || typeof schema !== "object") return;
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")) {
        const name = value.slice("#/$defs/".length);
        const def = Object.prototype.hasOwnProperty.call(defs, name) ? defs[name] : void 0;
        if (def !== void 0 && !reached.has(name)) {
          reached.set(name, def);
          visit(def);
        }
      } else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === "object")
        Object.values(value).forEach(visit);
      else if (!DATA_KEYWORDS.has(key)) visit(value);
    }
  };
  visit(root);
  const body = typeof root === "boolean" ? root ? {} : { not: {} } : { ...root };
  const names = [...reached.keys()].sort();
  const document = { $schema: uri, ...body };
  if (names.length > 0) document.$defs = Object.fromEntries(names.map((n) => [n, reached.get(n)]));
  return target === "draft-07" ? toDraft07(document) : document;
}
function toDraft07(schema) {
  if (Array.isArray(schema)) return schema.map(toDraft07);
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  const source = schema;
  for (const [key, value] of Object.entries(source)) {
    if (DATA_KEYWORDS.has(key)) out[key] = value;
    else if (key === "$ref" && typeof value === "string")
      out.$ref = value.replace(/^#\/\$defs\//, "#/definitions/");
    else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === "object") {
      out[key === "$defs" ? "definitions" : key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, toDraft07(sub)])
      );
    } else if (key === "prefixItems") {
      out.items = toDraft07(value);
      if (source.items !== void 0) out.additionalItems = toDraft07(source.items);
    } else if (key === "items" && source.prefixItems !== void 0) continue;
    else out[key] = toDraft07(value);
  }
  return out;
}
const MAX_DEPTH = 1e3;
const MAX_ISSUES = 100;
let issueLimit = MAX_ISSUES;
function checkValue(check, value, options) {
  const limit = options?.maxIssues;
  if (limit === void 0 || limit >= MAX_ISSUES) return check(value, ROOT, void 0, 0);
  if (!(limit >= 1))
    throw new RangeError(
      `maxIssues must be a number from 1 to ${MAX_ISSUES}, not ${String(limit)}`
    );
  const outer = issueLimit;
  issueLimit = Math.floor(limit);
  try {
    return check(value, ROOT, void 0, 0);
  } finally {
    issueLimit = outer;
  }
}
function full(issues) {
  return issues !== void 0 && issues.length >= issueLimit;
}
function collect(issues, issue) {
  if (issues === void 0) return [issue];
  issues.push(issue);
  return issues;
}
function report(issues, base, relative, code, message) {
  const path = base.length === 0 ? relative : base.concat(relative);
  return collect(issues, { path, code, message: withPath(path, message) });
}
function fixedIssue(path, code, message) {
  return Object.freeze({ path: Object.freeze(path), code, message: withPath(path, message) });
}
function reportFixed(issues, base, fixed) {
  return collect(issues, base.length === 0 ? fixed : movedBelow(base, fixed));
}
function movedBelow(base, fixed) {
  const own = pathText(fixed.path);
  const path = base.concat(fixed.path);
  return {
    path,
    code: fixed.code,
    message: withPath(path, own === "" ? fixed.message : fixed.message.slice(own.length + 2))
  };
}
const ROOT = [];
function below(base, relative) {
  return base.length === 0 ? relative : base.concat(relative);
}
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function pathText(path) {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
function withPath(path, message) {
  const text = pathText(path);
  return text === "" ? message : `${text}: ${message}`;
}
function depthExceeded(issues, path) {
  const message = `is nested too deeply (more than ${MAX_DEPTH} levels)`;
  return report(issues, path, [], "depth", message);
}
function isBlob(value) {
  return typeof Blob !== "undefined" && value instanceof Blob;
}
function isBinaryBody(value) {
  return isBlob(value) || value instanceof ArrayBuffer || value instanceof Uint8Array || typeof value === "string";
}
export {
  MAX_DEPTH,
  MAX_ISSUES,
  ROOT,
  ValidationError,
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  isBinaryBody,
  isBlob,
  issueLimit,
  jsonSchemaDocument,
  report,
  reportFixed,
  standardSchema
};
