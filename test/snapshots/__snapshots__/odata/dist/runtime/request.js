import { encodeBody } from "./body.js";
import {
  applyCredentials
} from "./credentials.js";
import { InvalidRequestError } from "./errors.js";
import {
  checkHeaderValue,
  serializeCookieParameter,
  serializeHeaderParameter,
  serializePathParameter,
  serializeQueryParameter
} from "./url.js";
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function buildRequest(operation, parameters, body, options = {}) {
  const headers = /* @__PURE__ */ new Map();
  if (operation.accept !== void 0) headers.set("accept", operation.accept);
  const encodedBody = requestBody(operation, body, options, headers);
  const query = [];
  const cookies = [];
  if (operation.security !== void 0) {
    const applied = applyCredentials(operation.security, options.credentials, options.token);
    for (const [name, value] of applied.headers) headers.set(name, value);
    query.push(...applied.query);
    cookies.push(...applied.cookies);
  } else if (operation.bearerAuth && options.token !== void 0 && options.token !== "") {
    checkHeaderValue("authorization", options.token);
    headers.set("authorization", `Bearer ${options.token}`);
  }
  const path = operation.path.map(
    (part) => typeof part === "string" ? part : serializePathParameter(part, valueOf(parameters.path, part.name))
  ).join("");
  for (const parameter of operation.parameters) {
    if (parameter.in === "query")
      query.push(...serializeQueryParameter(parameter, valueOf(parameters.query, parameter.name)));
    else if (parameter.in === "cookie")
      cookies.push(
        ...serializeCookieParameter(parameter, valueOf(parameters.cookie, parameter.name))
      );
    else if (parameter.in === "header") {
      const value = serializeHeaderParameter(parameter, valueOf(parameters.header, parameter.name));
      if (value !== void 0) headers.set(parameter.name.toLowerCase(), value);
    }
  }
  if (cookies.length > 0) headers.set("cookie", cookies.join("; "));
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (!HEADER_NAME.test(name))
      throw new InvalidRequestError(`"${name}" is not a valid header name`, "header", name);
    checkHeaderValue(name, String(value));
    headers.set(name.toLowerCase(), String(value));
  }
  const base = (options.baseUrl ?? operation.baseUrl).replace(/\/+$/, "");
  return {
    method: operation.method,
    url: `${base}${path}${query.length > 0 ? `?${query.join("&")}` : ""}`,
    headers: Object.fromEntries(headers),
    body: encodedBody
  };
}
function requestBody(operation, body, options, headers) {
  const declared = operation.body;
  if (declared === void 0) return void 0;
  if (body === void 0) {
    if (declared.required)
      throw new InvalidRequestError(
        `${operation.method} ${operation.pathTemplate} needs a request body`,
        "body"
      );
    return void 0;
  }
  if (options.validate !== false) operation.checkBody?.(body);
  if (declared.kind !== "multipart") headers.set("content-type", declared.contentType);
  return encodeBody(declared.kind, body, declared.encoding);
}
function valueOf(section, name) {
  if (section === void 0 || section === null || !Object.prototype.hasOwnProperty.call(section, name))
    return void 0;
  return section[name];
}
export {
  buildRequest
};
