import { createMockApi } from "./api.js";
const NODE_HTTP = "node:http";
async function startMockServer(options = {}) {
  const { createServer } = await import(
    /* webpackIgnore: true */
    /* @vite-ignore */
    NODE_HTTP
  );
  const api = options.api ?? createMockApi(options);
  const host = options.host ?? "127.0.0.1";
  const log = options.log;
  const cors = options.corsOrigins ?? "*";
  let origin = "";
  const server = createServer((req, res) => {
    void serve(api, origin, req, res, log, cors);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = address !== null && typeof address === "object" ? address.port : options.port ?? 4010;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const basePath = new URL(api.baseUrl).pathname.replace(/\/+$/, "");
  let closing;
  return {
    url: origin + basePath,
    host,
    port,
    api,
    close() {
      closing ??= new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        const timer = setTimeout(() => server.closeAllConnections(), 2e3);
        timer.unref?.();
      });
      return closing;
    }
  };
}
const CORS_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
const CORS_EXPOSED = "request-id, client-request-id, location, retry-after, etag, www-authenticate, allow";
function corsHeaders(requestOrigin, allowed) {
  if (requestOrigin === null) return allowed === "*" ? ANY_ORIGIN : NO_HEADERS;
  if (allowed === "*") return ANY_ORIGIN_EXPOSED;
  if (!allowed.includes(requestOrigin)) return VARY_ORIGIN;
  return ["access-control-allow-origin", requestOrigin, "access-control-expose-headers", CORS_EXPOSED, "vary", "Origin"];
}
const NO_HEADERS = [];
const ANY_ORIGIN = ["access-control-allow-origin", "*"];
const ANY_ORIGIN_EXPOSED = [
  "access-control-allow-origin",
  "*",
  "access-control-expose-headers",
  CORS_EXPOSED
];
const VARY_ORIGIN = ["vary", "Origin"];
function answerPreflight(req, res, allowOrigin, cors) {
  const headers = [];
  let allowed = false;
  for (let i = 0; i < allowOrigin.length; i += 2) {
    if (allowOrigin[i] === "access-control-allow-origin") allowed = true;
    if (allowOrigin[i] !== "access-control-expose-headers") headers.push(allowOrigin[i], allowOrigin[i + 1]);
  }
  const requested = headerValue(req, "access-control-request-headers");
  if (allowed) headers.push("access-control-allow-methods", CORS_METHODS, "access-control-max-age", "600");
  if (allowed && requested !== null) headers.push("access-control-allow-headers", requested);
  if (cors !== "*") headers.push("vary", "Access-Control-Request-Headers");
  res.writeHead(204, headers);
  res.end();
}
async function serve(api, origin, req, res, log, cors) {
  const started = log === void 0 ? 0 : performance.now();
  const method = req.method ?? "GET";
  const target = req.url ?? "/";
  let status = 500;
  let requestId = "";
  try {
    const allowOrigin = corsHeaders(headerValue(req, "origin"), cors);
    if (method === "OPTIONS" && headerValue(req, "access-control-request-method") !== null) {
      status = 204;
      answerPreflight(req, res, allowOrigin, cors);
      return;
    }
    const reply = await api.answer(incomingRequest(method === "HEAD" ? "GET" : method, origin + target, req));
    status = reply.status;
    requestId = reply.headers["request-id"] ?? "";
    const body = reply.body;
    const bytes = body === null ? null : typeof body === "string" ? UTF8.encode(body) : body;
    const headers = [];
    for (const name of Object.keys(reply.headers)) headers.push(name, reply.headers[name]);
    for (let i = 0; i < allowOrigin.length; i++) headers.push(allowOrigin[i]);
    if (bytes !== null || method === "HEAD") headers.push("content-length", String(bytes === null ? 0 : bytes.byteLength));
    res.writeHead(status, headers);
    if (method === "HEAD" || bytes === null) res.end();
    else res.end(bytes);
  } catch (failure) {
    if (!res.headersSent) {
      status = 400;
      requestId = crypto.randomUUID();
      const message = failure instanceof Error ? failure.message : String(failure);
      const innerError = { date: (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"), "request-id": requestId, "client-request-id": requestId };
      res.writeHead(400, { "content-type": "application/json", "request-id": requestId, "client-request-id": requestId });
      res.end(JSON.stringify({ error: { code: "BadRequest", message: `The request could not be read: ${message}`, innerError } }));
    } else res.destroy();
  } finally {
    log?.(`${method} ${target} ${status} ${Math.round(performance.now() - started)}ms${requestId === "" ? "" : ` request-id=${requestId}`}`);
  }
}
const UTF8 = new TextEncoder();
const NO_BODY = { ok: true, bytes: new Uint8Array(0) };
function headerValue(req, name) {
  const value = req.headers[name.toLowerCase()];
  return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
}
function incomingRequest(method, url, req) {
  return {
    method,
    url,
    headers: { get: (name) => headerValue(req, name) },
    readBody: (limit) => method === "GET" ? Promise.resolve(NO_BODY) : readIncomingBody(req, limit)
  };
}
function readIncomingBody(req, limit) {
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, tooLarge: true });
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let settled = false;
    req.on("data", (chunk) => {
      if (settled) return;
      size += chunk.byteLength;
      if (size > limit) {
        settled = true;
        resolve({ ok: false, tooLarge: true });
      } else chunks.push(chunk);
    });
    req.on("end", () => {
      if (settled) return;
      settled = true;
      if (chunks.length === 1) return resolve({ ok: true, bytes: chunks[0] });
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve({ ok: true, bytes });
    });
    req.on("error", (error) => {
      if (!settled) settled = true, reject(error);
    });
  });
}
export {
  startMockServer
};
