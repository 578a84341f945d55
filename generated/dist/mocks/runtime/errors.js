import { graphError, idHeaders } from "./graph-error.js";
function requestIds(request, requestId, date) {
  return {
    requestId,
    clientRequestId: request?.headers.get("client-request-id") ?? requestId,
    date
  };
}
const AUTHENTICATE_CHALLENGE = 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
function errorResponse(status, code, message, ids, options = {}, _declared = void 0) {
  return graphError(status, code, message, ids, options);
}
export {
  AUTHENTICATE_CHALLENGE,
  errorResponse,
  idHeaders,
  requestIds
};
