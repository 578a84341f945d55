import { InvalidResponseError } from "./errors.js";
import { encodeForm, encodeMultipart } from "./form-encoding.js";
import { streamItems } from "./streams.js";
function encodeBody(kind, value, encoding) {
  switch (kind) {
    case "json":
      return JSON.stringify(value);
    case "text":
      return typeof value === "string" ? value : String(value);
    case "form":
      return encodeForm(value, encoding);
    case "multipart":
      return encodeMultipart(value, encoding);
    case "binary":
      if (typeof value === "string" || value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value))
        return value;
      return String(value);
  }
}
async function decodeBody(kind, response, request, binary = "blob") {
  if (kind === "none" || request.method === "HEAD" || response.status === 204 || response.status === 205) {
    await discardBody(response);
    return void 0;
  }
  if (kind === "binary")
    return binary === "arrayBuffer" ? response.arrayBuffer() : binary === "stream" ? response.body ?? new Blob([]).stream() : response.blob();
  if (kind === "event-stream" || kind === "json-lines") return streamItems(kind, response, request);
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
