function idHeaders(ids) {
  return { "request-id": ids.requestId, "client-request-id": ids.clientRequestId };
}
function graphError(status, code, message, ids, options = {}) {
  const error = {
    code,
    message,
    ...options.target === void 0 ? {} : { target: options.target },
    ...options.details === void 0 || options.details.length === 0 ? {} : { details: options.details },
    innerError: {
      date: ids.date,
      "request-id": ids.requestId,
      "client-request-id": ids.clientRequestId
    }
  };
  return {
    status,
    headers: { "content-type": "application/json", ...idHeaders(ids), ...options.headers },
    body: JSON.stringify({ error })
  };
}
export {
  graphError,
  idHeaders
};
