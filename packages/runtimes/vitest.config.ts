import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Each file starts a runtime (a process, a worker, a browser): one at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 30_000,
  },
});
