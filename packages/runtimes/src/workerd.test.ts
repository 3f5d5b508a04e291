import { Miniflare } from "miniflare";
import { bundle } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

// Cloudflare's workerd, through Miniflare (what `wrangler dev --local` runs): the scenario is a worker module,
// called once with the mock's base URLs in the query string.
const WORKER_ENTRY = `
import { runScenario } from "./scenario.js";
export default {
  async fetch(request) {
    const query = new URL(request.url).searchParams;
    return Response.json(await runScenario(JSON.parse(query.get("baseUrls")), query.get("echoUrl")));
  },
};`;

describeMatrix("workerd", {
  userAgent: /^wfrun\/dify workerd$/,
  async setUp() {
    const script = await bundle({ runtime: "workerd", entry: WORKER_ENTRY });
    const worker = new Miniflare({ modules: true, script, compatibilityDate: "2026-04-01" });
    await worker.ready;
    return {
      async run(baseUrls, echoUrl) {
        const query = new URLSearchParams({ baseUrls: JSON.stringify(baseUrls), echoUrl });
        const url = `http://worker.test/?${query}`;
        const response = await worker.dispatchFetch(url);
        if (!response.ok) throw new Error(`the worker answered ${response.status}: ${await response.text()}`);
        return response.json();
      },
      tearDown: () => worker.dispose(),
    };
  },
});
