import { EdgeVM } from "@edge-runtime/vm";
import { bundle } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

// Vercel's edge runtime: a VM whose web classes (Request, Headers …) come from another realm than the code's.
describeMatrix("edge", {
  userAgent: /^wfrun\/dify edge-runtime\//,
  async run(baseUrls, echoUrl) {
    const code = await bundle({
      runtime: "edge",
      entry: 'export { runScenario } from "./scenario.js";',
      format: "iife",
      globalName: "wfrunScenario",
    });
    const vm = new EdgeVM();
    vm.evaluate(code);
    // JSON across the realm boundary, so the outcomes are plain objects of this realm.
    const json = await vm.evaluate<Promise<string>>(
      `wfrunScenario.runScenario(${JSON.stringify(baseUrls)}, ${JSON.stringify(echoUrl)}).then(JSON.stringify)`,
    );
    return JSON.parse(json) as unknown;
  },
});
