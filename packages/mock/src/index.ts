export { startMockServer } from "./server.js";
export { MOCK_RUN_IDS } from "./runs.js";
export type { MockProvider, MockRequest, MockServer, MockServerOptions } from "./types.js";
