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
function standardSchema(validate) {
  return { "~standard": { version: 1, vendor: "apiwright", validate } };
}
const MAX_DEPTH = 1e3;
const MAX_ISSUES = 100;
function report(issues, base, relative, code, message) {
  const path = base.length === 0 ? relative : base.concat(relative);
  const issue = { path, code, message: withPath(path, message) };
  if (issues === void 0) return [issue];
  issues.push(issue);
  return issues;
}
function fixedIssue(path, code, message) {
  return Object.freeze({ path: Object.freeze(path), code, message: withPath(path, message) });
}
function reportFixed(issues, base, fixed) {
  let issue = fixed;
  if (base.length !== 0) {
    const own = pathText(fixed.path);
    const path = base.concat(fixed.path);
    issue = {
      path,
      code: fixed.code,
      message: withPath(path, own === "" ? fixed.message : fixed.message.slice(own.length + 2))
    };
  }
  if (issues === void 0) return [issue];
  issues.push(issue);
  return issues;
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
  depthExceeded,
  fixedIssue,
  isBinaryBody,
  isBlob,
  report,
  reportFixed,
  standardSchema
};
