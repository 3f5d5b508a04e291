// `pnpm bench`: waitForRun with its defaults against the baseline every hand-written poller starts with
// (a fixed 1 s loop), in one run, against one loopback server, on a simulated clock so that a 10-minute
// run takes a fraction of a second. The transport's cost per request is @wfrun/stripe's transport bench.
import { createServer } from "node:http";
import { isTerminal, waitForRun, WAIT_DEFAULTS } from "../dist/index.js";

const TRIALS = 25;
const FINISH_AFTER_MS = [5_000, 60_000, 600_000];

let virtualNow = 0;
let finishAt = 0;
let requests = 0;
const server = createServer((_req, res) => {
  requests++;
  const status = virtualNow >= finishAt ? "succeeded" : "running";
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ id: "run_1", status, providerStatus: status }));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}`;

let lastDelay = 0;
const clock = {
  now: () => virtualNow,
  sleep: async (ms) => {
    lastDelay = ms;
    virtualNow += ms;
  },
};
const fetchRun = () => fetch(url).then((res) => res.json());

async function fixedOneSecondPolling() {
  for (;;) {
    const run = await fetchRun();
    if (isTerminal(run.status)) return run;
    await clock.sleep(1_000);
  }
}

async function measure(finishAfter, poll) {
  let totalRequests = 0;
  let totalLag = 0;
  let worstLag = 0;
  let withinOneDelay = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    virtualNow = 0;
    lastDelay = 0;
    finishAt = finishAfter;
    requests = 0;
    await poll();
    const lag = virtualNow - finishAfter;
    totalRequests += requests;
    totalLag += lag;
    worstLag = Math.max(worstLag, lag);
    if (lag <= lastDelay) withinOneDelay++;
  }
  return { requests: totalRequests / TRIALS, meanLag: totalLag / TRIALS, worstLag, withinOneDelay };
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rows = [];
for (const finishAfter of FINISH_AFTER_MS) {
  const baseline = await measure(finishAfter, fixedOneSecondPolling);
  const wait = await measure(finishAfter, () => waitForRun(fetchRun, { timeoutMs: 3_600_000, clock }));
  rows.push(
    `| ${seconds(finishAfter)} | ${baseline.requests.toFixed(1)} | ${seconds(baseline.worstLag)} | ` +
      `${wait.requests.toFixed(1)} | ${seconds(wait.meanLag)} | ${seconds(wait.worstLag)} | ` +
      `${(wait.requests / baseline.requests).toFixed(2)} | ${wait.withinOneDelay}/${TRIALS} |`,
  );
}

console.log(
  `\n## waitForRun (defaults: ${WAIT_DEFAULTS.minDelayMs} ms → ${WAIT_DEFAULTS.maxDelayMs} ms, ×${WAIT_DEFAULTS.growth}, ` +
    `jitter ≤ ${WAIT_DEFAULTS.jitter * 100} %) vs fixed 1 s polling, ${TRIALS} trials each, simulated clock\n`,
);
console.log(
  "| run finishes after | fixed 1 s: requests | fixed 1 s: worst lag | waitForRun: requests | waitForRun: mean lag | waitForRun: worst lag | request ratio | lag ≤ current delay |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const row of rows) console.log(row);

server.closeAllConnections();
server.close();
