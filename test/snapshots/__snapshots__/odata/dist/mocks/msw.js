import { http } from "msw";
import { createMockApi } from "./api.js";
function handlersFor(api) {
  return api.baseUrls.map((baseUrl) => {
    const escaped = baseUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const below = new RegExp(`^${escaped}(?:[/?#].*)?$`);
    return http.all(below, ({ request }) => api.handle(request));
  });
}
function createHandlers(options = {}) {
  return handlersFor(createMockApi(options));
}
export {
  createHandlers,
  handlersFor
};
