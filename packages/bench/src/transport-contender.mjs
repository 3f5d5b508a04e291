// One contender of transport.bench.mjs, alone in its process: `node transport-contender.mjs <name> <url>
// <calls> <inFlight>` prints {"usPerCall", "callsPerSecond"} for `calls` GETs, `inFlight` at a time.
const [name, url, callsText, inFlightText] = process.argv.slice(2);
const calls = Number(callsText);
const inFlight = Number(inFlightText);
const RUN_ID = "wfrun_test_61UTL7vuMHzp5fHTd16TT0rUFzSQLefl99yAJBArITFo";
const path = `/v2/extend/workflow_runs/${RUN_ID}`;
const key = "sk_test_bench_0000000000000000";

async function contender() {
  switch (name) {
    case "fetch":
      return () =>
        fetch(url + path, {
          headers: { authorization: `Bearer ${key}`, "stripe-version": "2026-04-22.preview" },
          signal: AbortSignal.timeout(60_000),
        }).then((res) => res.json());
    case "undici": {
      const { Pool } = await import("undici");
      const pool = new Pool(url, { connections: inFlight });
      const headers = { authorization: `Bearer ${key}`, "stripe-version": "2026-04-22.preview" };
      return () => pool.request({ path, method: "GET", headers }).then(({ body }) => body.json());
    }
    case "stripe-node": {
      const { default: Stripe } = await import("stripe");
      const { hostname, port } = new URL(url);
      const stripe = new Stripe(key, {
        host: hostname,
        port: Number(port),
        protocol: "http",
        maxNetworkRetries: 0,
        apiVersion: "2026-04-22.preview",
      });
      return () => stripe.v2.extend.workflowRuns.retrieve(RUN_ID);
    }
    case "wfrun-node":
    case "wfrun-fetch": {
      const { createStripeClient } = await import("@wfrun/stripe");
      const options = { apiKey: key, baseUrl: url, maxRetries: 0 };
      if (name === "wfrun-fetch") options.fetch = globalThis.fetch;
      const client = createStripeClient(options);
      return () => client.getWorkflowRun(RUN_ID);
    }
    default:
      throw new Error(`unknown contender ${name}`);
  }
}

const call = await contender();
const run = async (count) => {
  let next = 0;
  const worker = async () => {
    while (next++ < count) {
      const run = await call();
      if (run.id !== RUN_ID) throw new Error(`${name} returned ${JSON.stringify(run).slice(0, 80)}`);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
};
await run(Math.max(20, Math.floor(calls / 10))); // warm-up: JIT, sockets
const started = process.hrtime.bigint();
await run(calls);
const elapsedUs = Number(process.hrtime.bigint() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ usPerCall: elapsedUs / calls, callsPerSecond: (calls * 1e6) / elapsedUs })}\n`,
);
process.exit(0);
