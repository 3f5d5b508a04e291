export * from "./server.js";
export * from "./specs.js";
export * from "./contract.js";
