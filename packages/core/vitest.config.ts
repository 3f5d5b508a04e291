import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The source of the Node path, as the package's "#send" import resolves to it on Node once built.
    alias: { "#send": fileURLToPath(new URL("./src/send-node.ts", import.meta.url)) },
  },
});
