// `pnpm bench` (and `--smoke` in `pnpm test`): getWorkflowRun on wfrun's two paths beside plain fetch, undici's
// Pool (the floor on Node) and stripe-node's own `retrieve`, retries off everywhere. One server process; each
// contender alone in its own process (loading undici in a shared one slows Node's fetch); rounds interleaved in
// a new random order each time; the median of the rounds is reported, sequential and with 32 in flight.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const smoke = process.argv.includes("--smoke");
const ROUNDS = smoke ? 1 : 7;
const SEQUENTIAL_CALLS = smoke ? 30 : 4_000;
const CONCURRENT_CALLS = smoke ? 64 : 12_000;
const IN_FLIGHT = 32;
const CONTENDERS = ["fetch", "undici", "stripe-node", "wfrun-node", "wfrun-fetch"];
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

const spec = parse(readFileSync(here("../../../specs/stripe.yaml"), "utf8"));
const examples =
  spec.paths["/v2/extend/workflow_runs/{id}"].get.responses["200"].content["application/json"].examples;
const payload = JSON.stringify(Object.values(examples)[0].value);

const server = spawn(process.execPath, [here("transport-server.mjs")], {
  env: { ...process.env, WFRUN_BENCH_PAYLOAD: payload },
  stdio: ["ignore", "pipe", "inherit", "ipc"],
});
const port = await new Promise((resolve, reject) => {
  server.stdout.once("data", (data) => resolve(Number(String(data).trim())));
  server.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
});
const url = `http://127.0.0.1:${port}`;

function measure(name, calls, inFlight) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [here("transport-contender.mjs"), name, url, String(calls), String(inFlight)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (data) => (out += data));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${name} exited ${code}`)),
    );
  });
}

const samples = Object.fromEntries(CONTENDERS.map((name) => [name, { sequential: [], concurrent: [] }]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    const order = [...CONTENDERS].sort(() => Math.random() - 0.5);
    for (const name of order) {
      samples[name].sequential.push((await measure(name, SEQUENTIAL_CALLS, 1)).usPerCall);
      samples[name].concurrent.push((await measure(name, CONCURRENT_CALLS, IN_FLIGHT)).callsPerSecond);
    }
  }
} finally {
  server.disconnect();
  server.kill();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = CONTENDERS.map((name) => ({
  name,
  us: median(samples[name].sequential),
  rps: median(samples[name].concurrent),
}));
const by = Object.fromEntries(rows.map((row) => [row.name, row]));
const fmt = (n, digits = 2) => n.toFixed(digits);
console.log(
  `\nTransport (${process.version}, ${new Date().toISOString().slice(0, 10)}, ${ROUNDS} rounds, median)\n`,
);
console.log(
  "| contender | µs/call (sequential) | ÷ fetch | ÷ stripe-node | ÷ undici | calls/s (32 in flight) | × fetch | × stripe-node |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const row of rows) {
  console.log(
    `| ${row.name} | ${fmt(row.us, 0)} | ${fmt(row.us / by.fetch.us)} | ${fmt(row.us / by["stripe-node"].us)} | ` +
      `${fmt(row.us / by.undici.us)} | ${fmt(row.rps, 0)} | ${fmt(row.rps / by.fetch.rps)} | ${fmt(row.rps / by["stripe-node"].rps)} |`,
  );
}
const goals = [
  [
    "Node path ≥ 1.25× faster than stripe-node, sequential",
    by["stripe-node"].us / by["wfrun-node"].us >= 1.25,
  ],
  [
    "Node path ≥ 1.25× stripe-node's throughput, 32 in flight",
    by["wfrun-node"].rps / by["stripe-node"].rps >= 1.25,
  ],
  ["Node path within 1.3× of undici", by["wfrun-node"].us / by.undici.us <= 1.3],
  ["fetch path ≤ 1.05× fetch + json()", by["wfrun-fetch"].us / by.fetch.us <= 1.05],
  ["fetch path ≥ 0.95× fetch's throughput, 32 in flight", by["wfrun-fetch"].rps / by.fetch.rps >= 0.95],
];
console.log("");
for (const [goal, met] of goals) console.log(`${met ? "met   " : "missed"}  ${goal}`);
console.log(`\nJSON ${JSON.stringify({ rows, goals: Object.fromEntries(goals) })}`);
