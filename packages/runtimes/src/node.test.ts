import { bundle, runScript, scratch, scriptEntry } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

describeMatrix("node", {
  userAgent: /^wfrun\/dify node\/v\d+\.\d+\.\d+$/,
  async run(baseUrls, echoUrl) {
    const { dir, remove } = await scratch();
    try {
      const code = await bundle({ runtime: "node", entry: scriptEntry(baseUrls, echoUrl) });
      return await runScript(dir, code, process.execPath, []);
    } finally {
      await remove();
    }
  },
});
