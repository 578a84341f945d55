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
  if (requestOrigin === null) return allowed === "*" ? [["access-control-allow-origin", "*"]] : [];
  if (allowed === "*") return [["access-control-allow-origin", "*"], ["access-control-expose-headers", CORS_EXPOSED]];
  if (!allowed.includes(requestOrigin)) return [["vary", "Origin"]];
  return [["access-control-allow-origin", requestOrigin], ["access-control-expose-headers", CORS_EXPOSED], ["vary", "Origin"]];
}
async function serve(api, origin, req, res, log, cors) {
  const started = performance.now();
  const method = req.method ?? "GET";
  const target = req.url ?? "/";
  let status = 500;
  try {
    const headers = headerReader(req);
    const allowOrigin = corsHeaders(headers.get("origin"), cors);
    const preflight = method === "OPTIONS" ? headers.get("access-control-request-method") : null;
    if (preflight !== null) {
      status = 204;
      const allowed = allowOrigin.some(([name]) => name === "access-control-allow-origin");
      const requested = headers.get("access-control-request-headers");
      res.writeHead(204, [
        ...allowOrigin.filter(([name]) => name !== "access-control-expose-headers"),
        ...allowed ? [["access-control-allow-methods", CORS_METHODS], ["access-control-max-age", "600"]] : [],
        ...allowed && requested !== null ? [["access-control-allow-headers", requested]] : [],
        ...cors === "*" ? [] : [["vary", "Access-Control-Request-Headers"]]
      ]);
      res.end();
      return;
    }
    const sent = method === "HEAD" ? "GET" : method;
    const hasBody = sent !== "GET";
    const url = new URL(origin + target).href;
    const request = { method: sent, url, headers, readBody: (limit) => hasBody ? readIncomingBody(req, limit) : Promise.resolve(NO_BODY) };
    const reply = await api.answer(request);
    status = reply.status;
    const body = reply.body;
    const outgoing = Object.entries(reply.headers);
    outgoing.push(...allowOrigin);
    if (body !== null || method === "HEAD") outgoing.push(["content-length", String(body === null ? 0 : typeof body === "string" ? utf8Length(body) : body.byteLength)]);
    res.writeHead(status, outgoing);
    if (method === "HEAD" || body === null) res.end();
    else res.end(body);
  } catch (failure) {
    if (!res.headersSent) {
      status = 400;
      const message = failure instanceof Error ? failure.message : String(failure);
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { status: 400, message: `The request could not be read: ${message}` } }));
    } else res.destroy();
  } finally {
    log?.(`${method} ${target} ${status} ${Math.round(performance.now() - started)}ms`);
  }
}
const NO_BODY = { ok: true, bytes: new Uint8Array(0) };
function headerReader(req) {
  return {
    get(name) {
      const value = req.headers[name.toLowerCase()];
      return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
    }
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
function utf8Length(text) {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) length += 1;
    else if (code < 2048) length += 2;
    else if (code >= 55296 && code <= 56319 && i + 1 < text.length && (text.charCodeAt(i + 1) & 64512) === 56320) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}
export {
  startMockServer
};
