function requestIds(_request, requestId, date) {
  return { requestId, date };
}
function idHeaders(_ids) {
  return {};
}
const AUTHENTICATE_CHALLENGE = "Bearer";
function errorResponse(status, code, message, _ids, options = {}, declared = void 0) {
  const match = declaredFor(status, declared ?? []);
  const body = match === void 0 ? { error: { status, message } } : filled(match.example, status, code, message);
  const contentType = match === void 0 ? "application/json" : match.contentType;
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return { status, headers: { "content-type": contentType, ...options.headers }, body: text };
}
function declaredFor(status, declared) {
  const range = `${String(status)[0]}XX`;
  return declared.find((d) => d.status === String(status)) ?? declared.find((d) => d.status.toUpperCase() === range) ?? declared.find((d) => d.status === "default");
}
const MESSAGE_FIELDS = /* @__PURE__ */ new Set([
  "message",
  "detail",
  "title",
  "error_description",
  "description",
  "msg"
]);
const CODE_FIELDS = /* @__PURE__ */ new Set([
  "code",
  "status",
  "statusCode",
  "status_code",
  "error_code",
  "errorCode"
]);
function filled(example, status, code, message, depth = 0) {
  if (example === null || typeof example !== "object" || Array.isArray(example)) {
    return typeof example === "string" && depth === 0 ? message : example;
  }
  const out = {};
  for (const [key, value] of Object.entries(example)) {
    if (MESSAGE_FIELDS.has(key) && typeof value === "string") out[key] = message;
    else if (CODE_FIELDS.has(key) && typeof value === "number") out[key] = status;
    else if (CODE_FIELDS.has(key) && typeof value === "string")
      out[key] = key.startsWith("status") ? String(status) : code;
    else if (depth === 0 && value !== null && typeof value === "object" && !Array.isArray(value))
      out[key] = filled(value, status, code, message, 1);
    else out[key] = value;
  }
  return out;
}
export {
  AUTHENTICATE_CHALLENGE,
  errorResponse,
  idHeaders,
  requestIds
};
