import { inMemoryRequest, replyText } from "./exchange.js";
import { parseStrictJson } from "./strict-json.js";
const MAX_BATCH_STEPS = 20;
async function handleBatch(request, base, handle, fail, maxBodyBytes) {
  let text;
  try {
    const read = await request.readBody(maxBodyBytes);
    if (!read.ok)
      return fail(
        413,
        "RequestEntityTooLarge",
        `The request body is larger than the limit of ${maxBodyBytes} bytes.`
      );
    text = new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch {
    return fail(400, "BadRequest", "The batch request body could not be read.");
  }
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return fail(400, "BadRequest", `Unable to read JSON request payload: ${parsed.message}.`);
  const steps = readSteps(parsed.value);
  if (typeof steps === "string") return fail(400, "BadRequest", steps);
  const order = dependencyOrder(steps);
  if (typeof order === "string") return fail(400, "BadRequest", order);
  const authorization = request.headers.get("authorization");
  const results = /* @__PURE__ */ new Map();
  for (const step of order) {
    const failed = step.dependsOn.find((id) => {
      const status = results.get(id)?.status ?? 0;
      return status < 200 || status > 299;
    });
    if (failed !== void 0) {
      results.set(step.id, {
        id: step.id,
        status: 424,
        headers: { "content-type": "application/json" },
        body: {
          error: {
            code: "FailedDependency",
            message: `The step "${failed}" this step depends on failed.`
          }
        }
      });
      continue;
    }
    results.set(step.id, await runStep(step, base, authorization, handle));
  }
  const responses = steps.map((s) => results.get(s.id));
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ responses })
  };
}
async function runStep(step, base, authorization, handle) {
  const headers = {};
  for (const [name, value2] of Object.entries(step.headers)) headers[name.toLowerCase()] = value2;
  if (authorization !== null) headers["authorization"] = authorization;
  let body;
  if (step.body !== void 0) {
    body = typeof step.body === "string" ? step.body : JSON.stringify(step.body);
    headers["content-type"] ??= "application/json";
  }
  const path = step.url.startsWith("/") ? step.url : `/${step.url}`;
  const url = new URL(base + path).href;
  const method = step.method.toUpperCase();
  const response = await handle(inMemoryRequest(method, url, headers, body));
  const out = { ...response.headers };
  const raw = replyText(response);
  if (raw === "") return { id: step.id, status: response.status, headers: out };
  const json = (response.headers["content-type"] ?? "").includes("json");
  let value = raw;
  if (json) {
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
  }
  return { id: step.id, status: response.status, headers: out, body: value };
}
function readSteps(value) {
  if (!isRecord(value) || !Array.isArray(value.requests)) return 'A batch is {"requests": [...]}.';
  const requests = value.requests;
  if (requests.length === 0) return "A batch needs at least one request.";
  if (requests.length > MAX_BATCH_STEPS)
    return `A batch holds at most ${MAX_BATCH_STEPS} requests; this one has ${requests.length}.`;
  const steps = [];
  const ids = /* @__PURE__ */ new Set();
  for (const [index, raw] of requests.entries()) {
    if (!isRecord(raw)) return `Request ${index} is not an object.`;
    const { id, method, url, headers = {}, body, dependsOn = [] } = raw;
    if (typeof id !== "string" || id === "")
      return `Request ${index} needs a non-empty string "id".`;
    if (ids.has(id)) return `The id "${id}" is used twice.`;
    ids.add(id);
    if (typeof method !== "string" || !/^[A-Za-z]+$/.test(method))
      return `Request "${id}" needs a "method".`;
    if (typeof url !== "string" || url === "" || /^[a-z][a-z0-9+.-]*:/i.test(url))
      return `Request "${id}" needs a relative "url".`;
    if (!isRecord(headers) || Object.values(headers).some((h) => typeof h !== "string"))
      return `The "headers" of request "${id}" must map names to strings.`;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== "string"))
      return `The "dependsOn" of request "${id}" must be an array of ids.`;
    steps.push({
      id,
      method: method.toUpperCase(),
      url,
      headers,
      body,
      dependsOn
    });
  }
  for (const step of steps) {
    const unknown = step.dependsOn.find((d) => !ids.has(d));
    if (unknown !== void 0)
      return `Request "${step.id}" depends on "${unknown}", which is not in the batch.`;
  }
  return steps;
}
function dependencyOrder(steps) {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const state = /* @__PURE__ */ new Map();
  const out = [];
  const visit = (step) => {
    const seen = state.get(step.id);
    if (seen === "done") return void 0;
    if (seen === "visiting") return `The requests' dependsOn form a cycle through "${step.id}".`;
    state.set(step.id, "visiting");
    for (const id of step.dependsOn) {
      const problem = visit(byId.get(id));
      if (problem !== void 0) return problem;
    }
    state.set(step.id, "done");
    out.push(step);
    return void 0;
  };
  for (const step of steps) {
    const problem = visit(step);
    if (problem !== void 0) return problem;
  }
  return out;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
export {
  MAX_BATCH_STEPS,
  handleBatch
};
