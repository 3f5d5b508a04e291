import { bundle, runScript, scratch, scriptEntry } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

describeMatrix("node", {
  async run(baseUrls) {
    const { dir, remove } = await scratch();
    try {
      const code = await bundle({ runtime: "node", entry: scriptEntry(baseUrls) });
      return await runScript(dir, code, process.execPath, []);
    } finally {
      await remove();
    }
  },
});
