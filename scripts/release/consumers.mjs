// The projects of `pnpm test:release` that install the published packages, one package at a time, outside
// the workspace, as a user would: npm, a package.json and nothing else. Each consumer is type-checked under
// moduleResolution node16 and bundler (strict, skipLibCheck false: the published declarations are checked
// too), then compiled and run against the mock.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const STRIPE_ONLY = `
import assert from "node:assert/strict";
import { createStripeClient, NotFoundError, type StripeWorkflowRun } from "@wfrun/stripe";

const stripe = createStripeClient({ apiKey: "sk_test_release", baseUrl: process.env.STRIPE_BASE_URL });
const run: StripeWorkflowRun = await stripe.getWorkflowRun("run_succeeded");
assert.equal(run.status, "succeeded");
await assert.rejects(stripe.getWorkflowRun("run_missing"), NotFoundError);
assert.equal((await stripe.getWorkflowRun("run_rate_limited")).status, "succeeded");
console.log("@wfrun/stripe alone: a run fetched, a 404 typed, a 429 retried");
`;

const DIFY_AND_NORMALIZE = `
import assert from "node:assert/strict";
import { createDifyClient, NotFoundError } from "@wfrun/dify";
import { isTerminal, normalize, type WorkflowRun } from "@wfrun/normalize";
import { fromDify } from "@wfrun/normalize/dify";

const dify = createDifyClient({ apiKey: "app-release", baseUrl: process.env.DIFY_BASE_URL });
const run: WorkflowRun = fromDify(await dify.getWorkflowRun("run_succeeded"));
assert.equal(run.status, "succeeded");
assert.equal(run.durationMs, 1230);
assert.equal(normalize("dify", run.raw).id, "run_succeeded");

const seen: string[] = [];
let latest = fromDify(await dify.getWorkflowRun("run_progress"));
for (seen.push(latest.status); !isTerminal(latest.status); seen.push(latest.status)) {
  latest = fromDify(await dify.getWorkflowRun("run_progress"));
}
assert.deepEqual(seen, ["running", "running", "succeeded"]);
await assert.rejects(dify.getWorkflowRun("run_missing"), NotFoundError);
console.log("@wfrun/dify + @wfrun/normalize: a run normalized, a moving run followed to its end");
`;

const CLI_FROM_CODE = `
import assert from "node:assert/strict";
import { EXIT, run, type CliIo } from "@wfrun/cli";

let stdout = "";
const io: CliIo = {
  stdout: { write: (chunk: string) => (stdout += chunk) },
  stderr: { write: () => true },
  env: { STRIPE_API_KEY: "sk_test_release", STRIPE_BASE_URL: process.env.STRIPE_BASE_URL },
};
assert.equal(await run(["get", "stripe", "run_failed", "--json"], io), EXIT.ok);
assert.equal(JSON.parse(stdout).status, "failed");
console.log("@wfrun/cli from code: run() fetched and normalized a run");
`;

export const CONSUMERS = [
  { name: "stripe-only", packages: ["@wfrun/stripe"], source: STRIPE_ONLY },
  { name: "dify-normalize", packages: ["@wfrun/dify", "@wfrun/normalize"], source: DIFY_AND_NORMALIZE },
  { name: "cli-only", packages: ["@wfrun/cli"], source: CLI_FROM_CODE, bin: true },
];

function tsconfig(typesRoot, resolution) {
  const node16 = resolution === "node16";
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      skipLibCheck: false,
      target: "ES2022",
      module: node16 ? "node16" : "esnext",
      moduleResolution: resolution,
      types: ["node"],
      typeRoots: [typesRoot],
      ...(node16 ? { outDir: "out" } : { noEmit: true }),
    },
    files: ["consumer.ts"],
  });
}

/** Installs, type-checks (node16, bundler) and runs one consumer; returns what it printed. Asynchronous: the
 * mock answers from the calling process. */
export async function checkConsumer(consumer, { scratch, root, version, env, mockEnv }) {
  const dir = join(scratch, "consumers", consumer.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: consumer.name, private: true, type: "module" }),
  );
  const specs = consumer.packages.map((name) => `${name}@${version(name)}`);
  const sh = async (command, args, extraEnv = {}) =>
    (await promisify(execFile)(command, args, { cwd: dir, env: { ...env, ...extraEnv }, timeout: 300_000 }))
      .stdout;
  await sh("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...specs]);
  const installed = readdirSync(join(dir, "node_modules/@wfrun")).sort();

  writeFileSync(join(dir, "consumer.ts"), consumer.source);
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const typesRoot = join(root, "node_modules/@types");
  for (const resolution of ["bundler", "node16"]) {
    writeFileSync(join(dir, `tsconfig.${resolution}.json`), tsconfig(typesRoot, resolution));
    await sh(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`]);
  }
  const printed = [(await sh(process.execPath, ["out/consumer.js"], mockEnv)).trim()];
  if (consumer.bin) {
    const json = await sh(
      "npx",
      ["--no-install", "wfrun", "get", "dify", "run_succeeded", "--json"],
      mockEnv,
    );
    if (JSON.parse(json).status !== "succeeded") throw new Error(`npx wfrun get printed ${json}`);
    printed.push("npx wfrun get dify run_succeeded --json: succeeded");
  }
  return { installed, printed };
}
