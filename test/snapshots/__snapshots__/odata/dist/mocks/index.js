export * from "./api.js";
import { MockStore } from "./runtime/store.js";
import { MOCK_WORK_TENANT_ID, mockToken } from "./runtime/token.js";
import { startMockServer } from "./server.js";
export {
  MOCK_WORK_TENANT_ID,
  MockStore,
  mockToken,
  startMockServer
};
