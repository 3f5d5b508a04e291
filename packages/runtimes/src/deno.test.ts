import { join } from "node:path";
import { bundle, packageDir, runScript, scratch, scriptEntry } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

// The binary the `deno` npm package carries (its postinstall links it from the platform package).
const DENO = join(packageDir, "node_modules", "deno", "deno");

describeMatrix("deno", {
  userAgent: /^wfrun\/dify deno\/2\.9\.6$/,
  async run(baseUrls, echoUrl) {
    const { dir, remove } = await scratch();
    try {
      const code = await bundle({ runtime: "deno", entry: scriptEntry(baseUrls, echoUrl) });
      // Network to loopback only; nothing else is allowed.
      return await runScript(dir, code, DENO, ["run", "--no-prompt", "--allow-net=127.0.0.1"]);
    } finally {
      await remove();
    }
  },
});
