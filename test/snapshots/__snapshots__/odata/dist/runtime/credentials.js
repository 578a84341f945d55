import { InvalidRequestError } from "./errors.js";
import { checkHeaderValue, encodeComponent } from "./url.js";
const NONE = { headers: [], query: [], cookies: [] };
async function resolveCredentials(requirements, options) {
  if (options === void 0) return void 0;
  const schemes = requirements.flat();
  const apiKeySchemes = schemes.filter((s) => s.kind === "apiKey").map((s) => s.scheme);
  let apiKey;
  const given = options.apiKey;
  if (apiKeySchemes.length > 0 && given !== void 0) {
    if (typeof given === "string" || typeof given === "function") apiKey = await secretValue(given);
    else {
      const byScheme = {};
      for (const scheme of apiKeySchemes) {
        const secret = Object.prototype.hasOwnProperty.call(given, scheme) ? given[scheme] : void 0;
        byScheme[scheme] = secret === void 0 ? void 0 : await secretValue(secret);
      }
      apiKey = byScheme;
    }
  }
  const basic = schemes.some((s) => s.kind === "basic") ? typeof options.basic === "function" ? await options.basic() : options.basic : void 0;
  const bearer = schemes.some((s) => s.kind === "bearer") && options.bearer !== void 0 ? await secretValue(options.bearer) : void 0;
  return { apiKey, basic, bearer };
}
async function secretValue(secret) {
  const value = typeof secret === "function" ? await secret() : secret;
  return value === null || value === void 0 || value === "" ? void 0 : value;
}
function applyCredentials(requirements, values, token) {
  const bearer = values?.bearer ?? (token === "" ? void 0 : token);
  const apiKeyOf = (scheme) => {
    const given = values?.apiKey;
    if (given === void 0 || typeof given === "string") return given === "" ? void 0 : given;
    const value = Object.prototype.hasOwnProperty.call(given, scheme) ? given[scheme] : void 0;
    return value === "" ? void 0 : value;
  };
  const satisfied = (s) => s.kind === "apiKey" ? apiKeyOf(s.scheme) !== void 0 : s.kind === "basic" ? values?.basic !== void 0 : s.kind === "bearer" ? bearer !== void 0 : false;
  const chosen = requirements.find(
    (alternative) => alternative.length > 0 && alternative.every(satisfied)
  );
  if (chosen === void 0) return NONE;
  const headers = [];
  const query = [];
  const cookies = [];
  for (const scheme of chosen) {
    if (scheme.kind === "apiKey") {
      const key = apiKeyOf(scheme.scheme);
      if (scheme.in === "header") {
        checkHeaderValue(scheme.name, key);
        headers.push([scheme.name.toLowerCase(), key]);
      } else if (scheme.in === "query")
        query.push(`${encodeComponent(scheme.name)}=${encodeComponent(key)}`);
      else cookies.push(`${encodeComponent(scheme.name)}=${encodeComponent(key)}`);
    } else if (scheme.kind === "basic")
      headers.push(["authorization", basicAuthorization(values.basic)]);
    else if (scheme.kind === "bearer") {
      checkHeaderValue("authorization", bearer);
      headers.push(["authorization", `Bearer ${bearer}`]);
    }
  }
  return { headers, query, cookies };
}
function basicAuthorization({ username, password }) {
  if (username.includes(":"))
    throw new InvalidRequestError(
      'the Basic user name must not contain ":"',
      "header",
      "authorization"
    );
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
export {
  applyCredentials,
  resolveCredentials
};
