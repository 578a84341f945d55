import { decodeBody } from "./body.js";
import { readApiError } from "./errors.js";
async function readResult(operation, response, options = {}) {
  const request = {
    method: operation.method,
    url: response.url === "" ? operation.pathTemplate : response.url
  };
  if (response.ok) {
    const data = await decodeBody(operation.response, response, request);
    if (options.validate === true) operation.checkResponse?.(data);
    return { ok: true, data, response };
  }
  const error = await readApiError(response, request);
  if (options.validate === true) operation.checkError?.(error.status, error.body);
  return { ok: false, error, response };
}
export {
  readResult
};
