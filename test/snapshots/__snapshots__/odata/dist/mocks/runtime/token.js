import { PERSONAL_ACCOUNT_TENANT_ID } from "../../permissions.js";
import { TOKEN_AUDIENCE } from "./flavour.js";
const MOCK_WORK_TENANT_ID = "00000000-0000-4000-8000-00000000c0de";
function mockToken(options) {
  const tid = options.tid ?? (options.scheme === "DelegatedPersonal" ? PERSONAL_ACCOUNT_TENANT_ID : MOCK_WORK_TENANT_ID);
  const grant = options.scheme === "Application" ? { roles: [...options.scopes] } : { scp: options.scopes.join(" ") };
  const exp = options.expiresAt === void 0 ? {} : {
    exp: typeof options.expiresAt === "number" ? options.expiresAt : Math.floor(options.expiresAt.getTime() / 1e3)
  };
  const payload = {
    ...TOKEN_AUDIENCE === void 0 ? {} : { aud: TOKEN_AUDIENCE },
    ...options.claims,
    ...exp,
    tid,
    ...grant
  };
  return `${base64UrlJson({ typ: "JWT", alg: "none" })}.${base64UrlJson(payload)}.`;
}
function readBearerToken(header) {
  if (header === null) return decodeBearerToken(header);
  let read = decodedTokens.get(header);
  if (read === void 0) {
    if (decodedTokens.size >= DECODED_TOKENS_KEPT) decodedTokens.clear();
    read = decodeBearerToken(header);
    decodedTokens.set(header, read);
  }
  return read;
}
const DECODED_TOKENS_KEPT = 256;
const decodedTokens = /* @__PURE__ */ new Map();
function decodeBearerToken(header) {
  if (header === null || header.trim() === "")
    return { ok: false, problem: "missing", message: "Access token is empty." };
  const match = /^\s*([^\s]+)(?:\s+([^\s]*))?\s*$/.exec(header);
  if (match === null || match[1].toLowerCase() !== "bearer") {
    return {
      ok: false,
      problem: "not-bearer",
      message: "The Authorization header must use the Bearer scheme."
    };
  }
  const token = match[2] ?? "";
  if (token === "") return { ok: false, problem: "missing", message: "Access token is empty." };
  const parts = token.split(".");
  if (parts.length !== 3)
    return {
      ok: false,
      problem: "malformed",
      message: "Access token is not a JWT: expected three dot-separated parts."
    };
  const joseHeader = decodeJsonObject(parts[0]);
  const claims = decodeJsonObject(parts[1]);
  if (joseHeader === void 0 || claims === void 0) {
    return {
      ok: false,
      problem: "malformed",
      message: "Access token is malformed: its header and payload must be base64url-encoded JSON objects."
    };
  }
  return { ok: true, claims: deepFreeze(claims) };
}
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
function base64UrlJson(value) {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function decodeJsonObject(part) {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return void 0;
  try {
    const binary = atob(part.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
export {
  MOCK_WORK_TENANT_ID,
  mockToken,
  readBearerToken
};
