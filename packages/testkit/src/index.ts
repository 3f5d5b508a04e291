export * from "./server.js";
export * from "./faults.js";
export * from "./handles.js";
export * from "./specs.js";
export * from "./contract.js";
