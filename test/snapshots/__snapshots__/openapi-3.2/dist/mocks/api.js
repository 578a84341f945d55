import {
  createMockCore
} from "./runtime/core.js";
import { validateSearchEventsRequestBody } from "../validators.js";
const MOCK_BASE_URL = "https://events.example.com";
const route$searchEvents = {
  operation: "searchEvents",
  method: "QUERY",
  path: "/events",
  server: null,
  security: null,
  requestBody: {
    required: true,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateSearchEventsRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: [{ id: "limadelt", kind: "deleted" }]
    }
  },
  resource: null
};
const route$purgeEvents = {
  operation: "purgeEvents",
  method: "PURGE",
  path: "/events",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: null
};
const route$exportEvents = {
  operation: "exportEvents",
  method: "GET",
  path: "/events/export",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/jsonl",
      kind: "binary",
      example: '{"id":"bravotan","kind":"created"}\n{"id":"novaalph","kind":"created"}\n'
    }
  },
  resource: null
};
const route$streamEvents = {
  operation: "streamEvents",
  method: "GET",
  path: "/events/stream",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "text/event-stream",
      kind: "text",
      example: "event: created\nid: alphabra\ndata: echobrav\n\nevent: deleted\nid: limatang\ndata: limasier\n\n"
    }
  },
  resource: null
};
const MOCK_ROUTES = [
  route$searchEvents,
  route$purgeEvents,
  route$exportEvents,
  route$streamEvents
];
const MOCK_SEED_DATA = {};
function createMockApi(options = {}) {
  return createMockCore(
    { routes: MOCK_ROUTES, seed: MOCK_SEED_DATA, baseUrl: MOCK_BASE_URL },
    options
  );
}
export {
  MOCK_BASE_URL,
  MOCK_ROUTES,
  MOCK_SEED_DATA,
  createMockApi
};
