import { join } from "node:path";
import { bundle, packageDir, runScript, scratch, scriptEntry } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

// The binary the `bun` npm package carries (its postinstall links it from the platform package).
const BUN = join(packageDir, "node_modules", "bun", "bin", "bun.exe");

describeMatrix("bun", {
  userAgent: /^wfrun\/dify bun\/1\.4\.5$/,
  async run(baseUrls, echoUrl) {
    const { dir, remove } = await scratch();
    try {
      const code = await bundle({ runtime: "bun", entry: scriptEntry(baseUrls, echoUrl) });
      return await runScript(dir, code, BUN, ["run"]);
    } finally {
      await remove();
    }
  },
});
