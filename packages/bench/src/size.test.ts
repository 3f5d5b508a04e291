// Size budgets: what a user's bundle carries for one client, or one normalize subpath (esbuild, minified,
// gzip, browser build, every dependency in). The budgets sit a little above today's sizes so that growth is
// a decision, not an accident; the goals and the figures are in BENCHMARKS.md.
import { expect, it } from "vitest";
import { measureSizes } from "./sizes.mjs";

const KB = 1024;
const BUDGETS: Record<string, number> = {
  // Issue 12 put start, list and stop on every client (about 0.3–0.8 kB each): a client is one object, so its
  // operations come with it. Dify's SSE parser is a lazy chunk, loaded by the first stream only. Issue 10 added
  // 0.3 kB each for browsers: a redirect the page cannot see is followed by the browser or refused, and a CORS
  // refusal is a ConnectionError that says so.
  "@wfrun/stripe getWorkflowRun": 9.4 * KB,
  "@wfrun/dify getWorkflowRun": 10.2 * KB,
  "@wfrun/zuora getWorkflowRun": 10.6 * KB, // OAuth client credentials: the token cache and its own client
  "@wfrun/copyai getWorkflowRun": 9.5 * KB,
  "@wfrun/normalize/stripe": 2.5 * KB,
  "@wfrun/normalize/dify": 3.05 * KB, // the only subpath with a JSON parser (Dify's string inputs)
  "@wfrun/normalize/zuora": 2.25 * KB,
  "@wfrun/normalize/copyai": 2.5 * KB,
};

it("keeps every client and normalize subpath within its gzip budget, openapi-fetch out of the entry chunk", async () => {
  const rows = await measureSizes(["browser"]);
  expect(rows.map((row) => row.name).sort()).toEqual(Object.keys(BUDGETS).sort());
  for (const row of rows) {
    expect(row.gzip, `${row.name}: ${row.gzip} bytes gzip`).toBeLessThanOrEqual(BUDGETS[row.name]!);
    // openapi-fetch (`raw`) is a chunk of its own, loaded on first use only.
    if (row.name.endsWith("getWorkflowRun")) expect(row.lazyGzip).toBeGreaterThan(2 * KB);
  }
}, 60_000);
