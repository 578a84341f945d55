export * from './api.js';
export { MockStore } from './runtime/store.js';
export { MOCK_WORK_TENANT_ID, mockToken, type MockTokenOptions } from './runtime/token.js';
export { startMockServer, type MockServer, type MockServerOptions } from './server.js';
