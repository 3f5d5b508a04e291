import { defineConfig } from "vitest/config";

// The repository's own checks (README examples, the cache claim, the provider scaffold, the demo); they spawn
// processes and copy the repository, so they run one file at a time.
export default defineConfig({
  test: {
    include: ["scripts/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
