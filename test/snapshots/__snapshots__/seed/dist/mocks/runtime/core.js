import { decideAccess, needsToken } from "./access.js";
import { missingCredentials } from "./credentials.js";
import { fromFetchRequest, toFetchResponse } from "./exchange.js";
import {
  AUTHENTICATE_CHALLENGE,
  errorResponse,
  idHeaders,
  requestIds
} from "./errors.js";
import { accepts, contentTypeAllowed, mediaTypeEssence } from "./negotiation.js";
import { randomUuid, seededRandom } from "./random.js";
import { binaryBody, parseBody } from "./body-parsing.js";
import { fillTemplate, PathRouter } from "./router.js";
import { MockStore } from "./store.js";
import { parseStrictJson } from "./strict-json.js";
import { readBearerToken } from "./token.js";
const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
const UTF8 = new TextDecoder("utf-8", { fatal: true });
const FAULTS = {
  429: {
    code: "TooManyRequests",
    message: "Too many requests. Please retry after the interval in the Retry-After header."
  },
  500: { code: "generalException", message: "An unspecified error has occurred." },
  502: { code: "BadGateway", message: "The service is temporarily unreachable." },
  503: {
    code: "serviceNotAvailable",
    message: "The service is temporarily unavailable. Please retry after the interval in the Retry-After header."
  },
  504: { code: "GatewayTimeout", message: "The service did not answer in time." }
};
const NO_BODY_STATUSES = /* @__PURE__ */ new Set([204, 205, 304]);
function createMockCore(definition, options = {}) {
  const settings = checkedOptions(options);
  const baseUrl = new URL(options.baseUrl ?? definition.baseUrl);
  const basePath = pathOf(baseUrl);
  const byBase = /* @__PURE__ */ new Map();
  for (const route of definition.routes) {
    const url = options.baseUrl === void 0 && route.server !== null ? new URL(route.server) : baseUrl;
    const path = pathOf(url);
    if (!byBase.has(path)) byBase.set(path, { url: url.href.replace(/\/+$/, ""), routes: [] });
    byBase.get(path).routes.push(route);
  }
  if (!byBase.has(basePath))
    byBase.set(basePath, { url: baseUrl.href.replace(/\/+$/, ""), routes: [] });
  const bases = [...byBase].sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1)).map(([path, { routes }]) => {
    const routesByPath = /* @__PURE__ */ new Map();
    for (const route of routes) {
      let methods = routesByPath.get(route.path);
      if (methods === void 0) routesByPath.set(route.path, methods = /* @__PURE__ */ new Map());
      methods.set(route.method.toUpperCase(), route);
    }
    return { path, router: new PathRouter(routes.map((r) => r.path)), routesByPath };
  });
  const baseUrls = [
    baseUrl.href.replace(/\/+$/, ""),
    ...[...byBase.values()].map((b) => b.url).filter((u) => u !== baseUrl.href.replace(/\/+$/, ""))
  ];
  const keys = new Map(
    definition.routes.flatMap(
      (r) => r.resource === null ? [] : [[r.resource.collection, r.resource.key]]
    )
  );
  const collectionRouter = new PathRouter([...keys.keys()]);
  const store = new MockStore((collection) => {
    const found = collectionRouter.match(collection);
    return (found.ok ? keys.get(found.template) : void 0) ?? "id";
  });
  let random = seededRandom(settings.seed);
  const initialData = options.data ?? definition.seed;
  store.load(initialData);
  const now = () => {
    const value = options.now?.() ?? Date.now();
    return typeof value === "number" ? value : value.getTime();
  };
  const error = (step, status, code, message, extra = {}) => errorResponse(status, code, message, step.ids, extra, step.route?.errors);
  function respondWith(step, route, status, payload, headers, json) {
    const media = route.response.media;
    if (media === null || NO_BODY_STATUSES.has(status))
      return { status, headers: { ...idHeaders(step.ids), ...headers }, body: null };
    const text = media.kind === "binary" ? binaryBody(payload) : media.kind !== "json" && typeof payload === "string" ? payload : json ?? JSON.stringify(payload);
    return {
      status,
      headers: { "content-type": media.contentType, ...idHeaders(step.ids), ...headers },
      body: text
    };
  }
  function fault(step) {
    let status = preferredStatus(step.request.headers.get("prefer"));
    const faults = settings.faults;
    if (status === void 0 && faults !== void 0 && faults.rate > 0 && random() < faults.rate) {
      status = faults.statuses[Math.floor(random() * faults.statuses.length)];
    }
    if (status === void 0) return void 0;
    const known = FAULTS[status] ?? {
      code: "UnknownError",
      message: `The mock was asked to fail with status ${status}.`
    };
    return error(step, status, known.code, known.message, {
      headers: { "retry-after": String(settings.faults?.retryAfter ?? 1) }
    });
  }
  function unauthorized(step, message) {
    return error(step, 401, "InvalidAuthenticationToken", message, {
      headers: { "www-authenticate": AUTHENTICATE_CHALLENGE }
    });
  }
  function authorize(step, route) {
    if (!checksToken(route)) {
      const missing = missingCredentials(step.request, step.url, route.security);
      if (missing === void 0) return void 0;
      return error(
        step,
        401,
        "InvalidAuthenticationToken",
        missing.message,
        missing.challenge === "" ? {} : { headers: { "www-authenticate": missing.challenge } }
      );
    }
    const token = readBearerToken(step.request.headers.get("authorization"));
    if (!token.ok) return unauthorized(step, token.message);
    const seconds = now() / 1e3;
    const { exp, nbf } = token.claims;
    if (typeof exp === "number" && exp <= seconds)
      return unauthorized(step, "Lifetime validation failed, the token is expired.");
    if (typeof nbf === "number" && nbf > seconds)
      return unauthorized(step, "Lifetime validation failed, the token is not yet valid.");
    const access = decideAccess(route.operation, token.claims);
    if (access.kind === "unauthenticated") return unauthorized(step, access.message);
    if (access.kind === "denied")
      return error(step, 403, "Authorization_RequestDenied", access.message);
    return void 0;
  }
  async function body(step, route) {
    const spec = route.requestBody;
    if (spec === null) return { value: void 0 };
    const read = await step.request.readBody(settings.maxBodyBytes);
    if (!read.ok)
      return error(
        step,
        413,
        "RequestEntityTooLarge",
        `The request body is larger than the limit of ${settings.maxBodyBytes} bytes.`
      );
    if (read.bytes.byteLength === 0) {
      if (!spec.required) return { value: void 0 };
      return error(
        step,
        400,
        "BadRequest",
        spec.json ? "Empty Payload. JSON content expected." : "The request body is required."
      );
    }
    const contentType = step.request.headers.get("content-type");
    if (!contentTypeAllowed(contentType, spec.contentTypes)) {
      const sent = contentType === null ? "no Content-Type" : `Content-Type ${JSON.stringify(mediaTypeEssence(contentType))}`;
      return error(
        step,
        415,
        "UnsupportedMediaType",
        `The request has ${sent}; ${route.operation} accepts ${spec.contentTypes.join(", ")}.`
      );
    }
    if (!spec.json) {
      const parsed2 = await parseBody(
        spec.kind ?? "binary",
        read.bytes,
        contentType,
        spec.fields ?? null
      );
      if (!parsed2.ok) return error(step, 400, "BadRequest", parsed2.message);
      return validated(step, spec.validate, parsed2.value);
    }
    let text;
    try {
      text = UTF8.decode(read.bytes);
    } catch {
      return error(
        step,
        400,
        "BadRequest",
        "Unable to read JSON request payload: it is not valid UTF-8."
      );
    }
    const parsed = parseStrictJson(text);
    if (!parsed.ok)
      return error(
        step,
        400,
        "BadRequest",
        `Unable to read JSON request payload: ${parsed.message}.`
      );
    if (spec.object && !isObject(parsed.value)) {
      return error(
        step,
        400,
        "BadRequest",
        `The request body must be a JSON object, not ${jsonKind(parsed.value)}.`
      );
    }
    return validated(step, spec.validate, parsed.value);
  }
  function validated(step, validate, value) {
    if (validate !== null) {
      const result = validate(value);
      if (!result.ok) {
        const details = result.issues.map((issue) => ({
          code: issue.code,
          message: issue.message,
          target: propertyPath(issue.path)
        }));
        const summary = details.map(
          (d) => d.target === "" || d.message.startsWith(d.target) ? d.message : `${d.target}: ${d.message}`
        ).join("; ");
        const target = details[0]?.target ?? "";
        return error(step, 400, "BadRequest", `Invalid request body. ${summary}`, {
          details,
          ...target === "" ? {} : { target }
        });
      }
    }
    return { value };
  }
  function resource(step, route, params, value) {
    const spec = route.resource;
    const collection = fillTemplate(spec.collection, params);
    const id = params[lastParameter(spec.item)] ?? "";
    const status = route.response.status;
    const changes = isObject(value) ? value : {};
    switch (spec.action) {
      case "list": {
        const query = route.query ?? null;
        const queries = definition.queries;
        if (query === null || queries === void 0) {
          const entities = store.storedList(collection);
          return respondWith(
            step,
            route,
            status,
            spec.listShape === "array" ? entities : { value: entities }
          );
        }
        return respondWith(
          step,
          route,
          status,
          queries.list(
            step.url,
            query,
            store.storedEntries(collection),
            settings.pageSize,
            spec.listShape === "array"
          )
        );
      }
      case "read": {
        const query = route.query ?? null;
        const queries = definition.queries;
        const entity = store.storedGet(collection, id);
        if (entity === void 0) return notFound(step, id);
        if (query === null || queries === void 0)
          return respondWith(step, route, status, entity, void 0, store.jsonOf(collection, id));
        return respondWith(step, route, status, queries.read(step.url, query, entity));
      }
      case "update": {
        const entity = store.mergeOwned(collection, id, changes);
        return entity === void 0 ? notFound(step, id) : respondWith(step, route, status, entity, void 0, store.jsonOf(collection, id));
      }
      case "replace": {
        const entity = store.storeOwned(
          collection,
          withType(spec.typeTag, { ...changes, [spec.key]: keyValue(spec.keyType, id) })
        );
        return respondWith(step, route, status, entity);
      }
      case "delete":
        return store.delete(collection, id) ? respondWith(step, route, status, void 0) : notFound(step, id);
      case "create": {
        const given = changes[spec.key];
        if ((typeof given === "string" || typeof given === "number") && store.has(collection, given)) {
          return error(
            step,
            400,
            "Request_MultipleObjectsWithSameKeyValue",
            `Another object with the same value for property ${spec.key} already exists.`
          );
        }
        const key = typeof given === "string" || typeof given === "number" ? given : newKey(spec.keyType, collection, spec.key);
        const entity = store.storeOwned(
          collection,
          withType(spec.typeTag, Object.fromEntries([...Object.entries(changes), [spec.key, key]]))
        );
        const location = `${step.url.origin}${step.url.pathname.replace(/\/+$/, "")}/${encodeURIComponent(String(key))}`;
        return respondWith(step, route, status, entity, { location });
      }
    }
  }
  function notFound(step, id) {
    return error(
      step,
      404,
      "Request_ResourceNotFound",
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`
    );
  }
  function newKey(keyType, collection, keyProperty) {
    if (keyType === "string") return randomUuid(random);
    const numbers = store.storedList(collection).map((e) => e[keyProperty]).filter((k) => typeof k === "number");
    return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
  }
  async function respond(step) {
    let found;
    let miss;
    for (const base of bases) {
      const relative = below(step.url.pathname, base.path);
      if (relative === void 0) continue;
      const match2 = base.router.match(relative);
      if (match2.ok) {
        found = { match: match2, routesByPath: base.routesByPath };
        break;
      }
      miss ??= match2.segment;
    }
    if (found === void 0) {
      if (miss === void 0)
        return error(
          step,
          404,
          "ResourceNotFound",
          `Resource not found: ${step.url.pathname} is not below ${basePath || "/"}.`
        );
      return error(step, 404, "ResourceNotFound", `Resource not found for the segment '${miss}'.`);
    }
    const { match } = found;
    const methods = found.routesByPath.get(match.template);
    const method = step.request.method.toUpperCase();
    const route = methods.get(method);
    if (route === void 0) {
      const allow = [...methods.keys()].sort().join(", ");
      return error(
        step,
        405,
        "MethodNotAllowed",
        `The ${method} method is not supported for ${match.template}; allowed: ${allow}.`,
        { headers: { allow } }
      );
    }
    step.route = route;
    const refused = fault(step) ?? authorize(step, route);
    if (refused !== void 0) return refused;
    const media = route.response.media;
    if (media !== null && !accepts(step.request.headers.get("accept"), media.contentType)) {
      return error(
        step,
        406,
        "NotAcceptable",
        `The Accept header excludes ${mediaTypeEssence(media.contentType)}, the only media type ${route.operation} returns.`
      );
    }
    const read = await body(step, route);
    if (!("value" in read)) return read;
    if (route.resource !== null) {
      try {
        return resource(step, route, match.params, read.value);
      } catch (failure) {
        if (definition.queries?.isQueryError(failure) === true)
          return error(step, 400, "BadRequest", failure.message);
        throw failure;
      }
    }
    return respondWith(step, route, route.response.status, media?.example);
  }
  async function answerOne(request, url = new URL(request.url)) {
    const requestId = randomUuid(random);
    try {
      return await respond({
        request,
        url,
        ids: requestIds(request, requestId, isoSeconds(now()))
      });
    } catch (failure) {
      const ids = requestIds(
        void 0,
        requestId,
        (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z")
      );
      const message = failure instanceof Error ? failure.message : String(failure);
      return errorResponse(
        500,
        "generalException",
        `The mock failed to handle the request: ${message}`,
        ids
      );
    }
  }
  async function answer(request) {
    const url = new URL(request.url);
    const batch = definition.batch;
    const reply = batch !== void 0 && request.method.toUpperCase() === "POST" && url.pathname.replace(/\/+$/, "") === `${basePath}/$batch` ? await batch(
      request,
      baseUrl.href.replace(/\/+$/, ""),
      (step) => answerOne(step),
      (status, code, message) => errorResponse(
        status,
        code,
        message,
        requestIds(request, randomUuid(random), isoSeconds(now()))
      ),
      settings.maxBodyBytes
    ) : await answerOne(request, url);
    const delay = latency();
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return reply;
  }
  function latency() {
    const option = settings.latencyMs;
    if (typeof option === "number") return option;
    return option.min + Math.floor(random() * (option.max - option.min + 1));
  }
  return {
    baseUrl: baseUrl.href.replace(/\/+$/, ""),
    baseUrls,
    store,
    reset() {
      random = seededRandom(settings.seed);
      store.load(initialData);
    },
    answer,
    async handle(request) {
      return toFetchResponse(await answer(fromFetchRequest(request)));
    }
  };
}
function checkedOptions(options) {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!(maxBodyBytes >= 0)) throw new RangeError("maxBodyBytes must be 0 or more");
  const latency = options.latencyMs ?? 0;
  if (typeof latency === "number" ? !(latency >= 0) : !(latency.min >= 0 && latency.max >= latency.min)) {
    throw new RangeError("latencyMs must be 0 or more, or { min, max } with 0 <= min <= max");
  }
  let faults;
  if (options.faults !== void 0) {
    const { rate, statuses = [429, 503], retryAfter = 1 } = options.faults;
    if (!(rate >= 0 && rate <= 1)) throw new RangeError("faults.rate must be between 0 and 1");
    if (statuses.length === 0 || statuses.some((s) => !Number.isInteger(s) || s < 400 || s > 599))
      throw new RangeError("faults.statuses must be 4xx or 5xx statuses");
    if (!(retryAfter >= 0)) throw new RangeError("faults.retryAfter must be 0 or more");
    faults = { rate, statuses: [...statuses], retryAfter };
  }
  const pageSize = options.pageSize ?? 100;
  if (!(Number.isInteger(pageSize) && pageSize >= 1))
    throw new RangeError("pageSize must be a whole number of 1 or more");
  return { seed: options.seed ?? 1, pageSize, maxBodyBytes, latencyMs: latency, faults };
}
function preferredStatus(prefer) {
  if (prefer === null) return void 0;
  for (const preference of prefer.split(",")) {
    const [name = "", value = ""] = (preference.split(";")[0] ?? "").split("=").map((s) => s.trim());
    if (name.toLowerCase() !== "code") continue;
    const status = Number(value.replace(/^"|"$/g, ""));
    if (Number.isInteger(status) && status >= 400 && status <= 599) return status;
  }
  return void 0;
}
function pathOf(url) {
  return url.pathname.replace(/\/+$/, "");
}
function below(pathname, basePath) {
  if (basePath === "") return pathname;
  if (pathname === basePath) return "/";
  return pathname.startsWith(basePath + "/") ? pathname.slice(basePath.length) : void 0;
}
function lastParameter(template) {
  let name = lastParameters.get(template);
  if (name === void 0)
    lastParameters.set(template, name = /\{([^{}]+)\}\/*$/.exec(template)?.[1] ?? "");
  return name;
}
function keyValue(keyType, id) {
  return keyType === "integer" && /^-?\d+$/.test(id) ? Number(id) : id;
}
function withType(tag, entity) {
  if (tag === null || typeof entity[tag.property] === "string") return entity;
  return Object.fromEntries([[tag.property, tag.value], ...Object.entries(entity)]);
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function jsonKind(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
function propertyPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
let lastSecond = Number.NaN;
let lastIsoSeconds = "";
function isoSeconds(ms) {
  const second = Math.floor(ms / 1e3);
  if (second !== lastSecond) {
    lastIsoSeconds = new Date(second * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
    lastSecond = second;
  }
  return lastIsoSeconds;
}
function checksToken(route) {
  let checks = tokenRoutes.get(route);
  if (checks === void 0) {
    const bearerOnly = route.security === null || route.security.every((alternative) => alternative.every((s) => s.kind === "bearer"));
    tokenRoutes.set(route, checks = bearerOnly && needsToken(route.operation));
  }
  return checks;
}
const tokenRoutes = /* @__PURE__ */ new WeakMap();
const lastParameters = /* @__PURE__ */ new Map();
export {
  createMockCore
};
