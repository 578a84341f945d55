import { InvalidRequestError, InvalidResponseError } from "./errors.js";
function encodeBody(kind, value) {
  switch (kind) {
    case "json":
      return JSON.stringify(value);
    case "text":
      return typeof value === "string" ? value : String(value);
    case "form": {
      const form = new URLSearchParams();
      for (const [name, field] of fields(value)) {
        if (field instanceof Blob)
          throw new InvalidRequestError(
            `form field "${name}" is a file: a URL-encoded form cannot carry files`,
            "body"
          );
        form.append(name, field);
      }
      return form.toString();
    }
    case "multipart": {
      const form = new FormData();
      for (const [name, field] of fields(value)) form.append(name, field);
      return form;
    }
    case "binary":
      if (typeof value === "string" || value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value))
        return value;
      return String(value);
  }
}
function fields(value) {
  if (typeof value !== "object" || value === null) return [];
  const out = [];
  for (const [name, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item === void 0 || item === null) continue;
      out.push([
        name,
        item instanceof Blob ? item : typeof item === "object" ? JSON.stringify(item) : String(item)
      ]);
    }
  }
  return out;
}
async function decodeBody(kind, response, request) {
  if (kind === "none" || request.method === "HEAD" || response.status === 204 || response.status === 205) {
    await discardBody(response);
    return void 0;
  }
  if (kind === "binary") return response.blob();
  const text = await response.text();
  if (kind === "text") return text;
  if (text.trim() === "") return void 0;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidResponseError(
      `${request.method} ${request.url}: the ${response.status} response is not valid JSON`,
      request,
      response,
      error
    );
  }
}
async function discardBody(response) {
  try {
    response.body?.cancel().catch(() => void 0);
  } catch {
  }
}
export {
  decodeBody,
  discardBody,
  encodeBody
};
