import { Miniflare } from "miniflare";
import { bundle } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

// Cloudflare's workerd, through Miniflare (what `wrangler dev --local` runs): the scenario is a worker module,
// called once with the mock's base URLs in the query string.
const WORKER_ENTRY = `
import { runScenario } from "./scenario.js";
export default {
  async fetch(request) {
    const baseUrls = JSON.parse(new URL(request.url).searchParams.get("baseUrls"));
    return Response.json(await runScenario(baseUrls));
  },
};`;

describeMatrix("workerd", {
  async setUp() {
    const script = await bundle({ runtime: "workerd", entry: WORKER_ENTRY });
    const worker = new Miniflare({ modules: true, script, compatibilityDate: "2026-04-01" });
    await worker.ready;
    return {
      async run(baseUrls) {
        const url = `http://worker.test/?baseUrls=${encodeURIComponent(JSON.stringify(baseUrls))}`;
        const response = await worker.dispatchFetch(url);
        if (!response.ok) throw new Error(`the worker answered ${response.status}: ${await response.text()}`);
        return response.json();
      },
      tearDown: () => worker.dispose(),
    };
  },
});
