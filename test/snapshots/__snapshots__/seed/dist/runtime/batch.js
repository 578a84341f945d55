import { InvalidRequestError } from "./errors.js";
import { buildRequest } from "./request.js";
import { sleep } from "./retry.js";
import { createTransport } from "./transport.js";
const MAX_BATCH_STEPS = 20;
function batchStep(id, request, read, options = {}) {
  return {
    id,
    request,
    read,
    ...options.dependsOn === void 0 ? {} : { dependsOn: options.dependsOn }
  };
}
function createBatchClient(batchOperation, options = {}) {
  const transport = createTransport(options);
  const base = (options.baseUrl ?? batchOperation.baseUrl).replace(/\/+$/, "");
  const validate = typeof options.validate === "boolean" ? options.validate : options.validate?.response === true;
  return {
    async send(steps, call = {}) {
      const order = dependencyOrder(steps);
      const answers = /* @__PURE__ */ new Map();
      let pending = order;
      const maxAttempts = call.maxAttempts ?? 3;
      for (let attempt = 1; pending.length > 0; attempt++) {
        for (const chunk of chunks(pending, answers)) {
          const local = chunk.filter((s) => failedDependency(s, answers) !== void 0);
          for (const step of local)
            answers.set(step.id, failedDependencyResponse(failedDependency(step, answers)));
          const wire = chunk.filter((s) => !local.includes(s));
          if (wire.length === 0) continue;
          const inChunk = new Set(wire.map((s) => s.id));
          const body = { requests: wire.map((s) => wireRequest(s, base, inChunk)) };
          const result = await transport.send(
            batchOperation,
            (build) => buildRequest(batchOperation, {}, body, build),
            call
          );
          for (const response of result.responses ?? [])
            answers.set(response.id, toResponse(response));
          for (const step of wire)
            if (!answers.has(step.id))
              throw new InvalidRequestError(
                `the batch answer has no response for step "${step.id}"`,
                "body"
              );
        }
        const throttled = order.filter((s) => answers.get(s.id)?.status === 429);
        if (throttled.length === 0 || attempt >= maxAttempts) break;
        const again = new Set(throttled.map((s) => s.id));
        for (const step of order)
          if (answers.get(step.id)?.status === 424 && (step.dependsOn ?? []).some((d) => again.has(d)))
            again.add(step.id);
        const wait = Math.max(
          ...throttled.map(
            (s) => Number(answers.get(s.id).headers.get("retry-after") ?? "1") || 1
          )
        );
        await sleep(wait * 1e3, call.signal ?? new AbortController().signal);
        pending = order.filter((s) => again.has(s.id));
        for (const id of again) answers.delete(id);
      }
      const results = await Promise.all(steps.map((s) => s.read(answers.get(s.id), { validate })));
      return results;
    }
  };
}
function dependencyOrder(steps) {
  const byId = /* @__PURE__ */ new Map();
  for (const step of steps) {
    if (step.id === "" || byId.has(step.id))
      throw new InvalidRequestError(
        `batch step ids must be unique and not empty ("${step.id}")`,
        "body"
      );
    byId.set(step.id, step);
  }
  const state = /* @__PURE__ */ new Map();
  const out = [];
  const visit = (step) => {
    if (state.get(step.id) === "done") return;
    if (state.get(step.id) === "visiting")
      throw new InvalidRequestError(
        `batch steps depend on each other in a cycle through "${step.id}"`,
        "body"
      );
    state.set(step.id, "visiting");
    for (const id of step.dependsOn ?? []) {
      const dependency = byId.get(id);
      if (dependency === void 0)
        throw new InvalidRequestError(
          `batch step "${step.id}" depends on "${id}", which is not in the batch`,
          "body"
        );
      visit(dependency);
    }
    state.set(step.id, "done");
    out.push(step);
  };
  steps.forEach(visit);
  return out;
}
function chunks(order, _answers) {
  const out = [];
  for (let i = 0; i < order.length; i += MAX_BATCH_STEPS)
    out.push(order.slice(i, i + MAX_BATCH_STEPS));
  return out;
}
function failedDependency(step, answers) {
  return (step.dependsOn ?? []).find((id) => {
    const answer = answers.get(id);
    return answer !== void 0 && !answer.ok;
  });
}
function failedDependencyResponse(id) {
  const body = {
    error: { code: "FailedDependency", message: `The step "${id}" this step depends on failed.` }
  };
  return new Response(JSON.stringify(body), {
    status: 424,
    headers: { "content-type": "application/json" }
  });
}
function wireRequest(step, base, inChunk) {
  const { request } = step;
  if (!request.url.startsWith(`${base}/`))
    throw new InvalidRequestError(
      `batch step "${step.id}": ${request.url} is not below ${base}`,
      "path"
    );
  const headers = { ...request.headers };
  delete headers.authorization;
  let body;
  if (request.body !== void 0) {
    if (typeof request.body !== "string")
      throw new InvalidRequestError(
        `batch step "${step.id}": only JSON and text bodies can be batched`,
        "body"
      );
    body = (headers["content-type"] ?? "").includes("json") ? JSON.parse(request.body) : request.body;
  }
  const dependsOn = (step.dependsOn ?? []).filter((id) => inChunk.has(id));
  return {
    id: step.id,
    method: request.method,
    url: request.url.slice(base.length),
    ...Object.keys(headers).length === 0 ? {} : { headers },
    ...body === void 0 ? {} : { body },
    ...dependsOn.length === 0 ? {} : { dependsOn }
  };
}
function toResponse(wire) {
  const headers = new Headers(wire.headers ?? {});
  const empty = wire.body === void 0 || wire.body === null || wire.status === 204 || wire.status === 205 || wire.status === 304;
  if (!empty && !headers.has("content-type") && typeof wire.body !== "string")
    headers.set("content-type", "application/json");
  const text = empty ? null : typeof wire.body === "string" && !(headers.get("content-type") ?? "").includes("json") ? wire.body : JSON.stringify(wire.body);
  return new Response(text, { status: wire.status, headers });
}
export {
  MAX_BATCH_STEPS,
  batchStep,
  createBatchClient
};
