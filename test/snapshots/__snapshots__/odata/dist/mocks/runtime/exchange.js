import { readBody } from "./request-body.js";
function fromFetchRequest(request) {
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    readBody: (limit) => readBody(request, limit)
  };
}
function toFetchResponse(reply) {
  const body = reply.body === null ? null : typeof reply.body === "string" ? reply.body : new Uint8Array(reply.body);
  return new Response(body, { status: reply.status, headers: reply.headers });
}
function inMemoryRequest(method, url, headers, body) {
  const byName = new Map(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])
  );
  const bytes = body === void 0 ? new Uint8Array(0) : new TextEncoder().encode(body);
  return {
    method,
    url,
    headers: { get: (name) => byName.get(name.toLowerCase()) ?? null },
    readBody: async (limit) => bytes.byteLength > limit ? { ok: false, tooLarge: true } : { ok: true, bytes }
  };
}
function replyText(reply) {
  if (reply.body === null) return "";
  return typeof reply.body === "string" ? reply.body : new TextDecoder().decode(reply.body);
}
export {
  fromFetchRequest,
  inMemoryRequest,
  replyText,
  toFetchResponse
};
