// The tasks `pnpm test` runs (scripts/test.mjs), also read by the cache test.
export const TEST_TASKS = [
  "lint:specs",
  "format:check",
  "generate:check",
  "check:providers",
  "check:portable",
  "docs:check",
  "typecheck",
  "lint",
  "knip",
  "build",
  "lint:package",
  "test",
  "test:scripts",
  "smoke:packed",
];
