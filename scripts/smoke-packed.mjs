#!/usr/bin/env node
// The packages as a user gets them: pack each one the way `changeset publish` would (pnpm replaces the
// workspace: ranges), install the tarballs with npm into an empty project, then use them from plain Node and
// type-check a consumer against the published declarations. Run after `build`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGES = ["core", "stripe", "dify", "zuora", "copyai", "normalize", "mock", "cli"];
const USE_FROM_NODE = `
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { NotFoundError, waitForRun } from "@wfrun/core";
import { createStripeClient } from "@wfrun/stripe";
import { createDifyClient } from "@wfrun/dify";
import { createZuoraClient } from "@wfrun/zuora";
import { createCopyAiClient } from "@wfrun/copyai";
import { normalize } from "@wfrun/normalize";
import { fromDify } from "@wfrun/normalize/dify";
import { startMockServer } from "@wfrun/mock";

const mock = await startMockServer();
try {
  const clients = {
    stripe: createStripeClient({ apiKey: "sk_test_smoke", baseUrl: mock.baseUrls.stripe }),
    dify: createDifyClient({ apiKey: "app-smoke", baseUrl: mock.baseUrls.dify }),
    zuora: createZuoraClient({ clientId: "id", clientSecret: "smoke-secret", baseUrl: mock.baseUrls.zuora }),
  };
  for (const [provider, client] of Object.entries(clients)) {
    const run = normalize(provider, await client.getWorkflowRun("run_succeeded"));
    assert.equal(run.status, "succeeded", provider);
  }
  const copyai = createCopyAiClient({ apiKey: "smoke-key", baseUrl: mock.baseUrls.copyai });
  assert.equal(normalize("copyai", await copyai.getWorkflowRun("WCFG-1", "run_succeeded")).status, "succeeded");
  await assert.rejects(clients.dify.getWorkflowRun("run_missing"), NotFoundError);

  const done = await waitForRun(() => clients.dify.getWorkflowRun("run_progress").then(fromDify), {
    timeoutMs: 5_000,
    minDelayMs: 5,
    maxDelayMs: 10,
  });
  assert.equal(done.status, "succeeded");

  // Asynchronous: the mock answers from this very process.
  const { stdout } = await promisify(execFile)("node_modules/.bin/wfrun", ["get", "dify", "run_succeeded", "--json"], {
    env: { ...process.env, DIFY_API_KEY: "app-smoke", DIFY_BASE_URL: mock.baseUrls.dify },
    timeout: 30_000,
  });
  assert.equal(JSON.parse(stdout).status, "succeeded");
  console.log("smoke-packed: clients, normalize, waitForRun, mock and the wfrun bin work from the tarballs");
} finally {
  await mock.close();
}
`;

const CONSUMER_TYPES = `
import { isTerminal, NotFoundError, waitForRun, type WorkflowRun } from "@wfrun/core";
import { createStripeClient, type StripeWorkflowRun } from "@wfrun/stripe";
import { createDifyClient, type DifyWorkflowRun } from "@wfrun/dify";
import { createZuoraClient, ZUORA_ENVIRONMENTS } from "@wfrun/zuora";
import { createCopyAiClient, type CopyAiWorkflowRun } from "@wfrun/copyai";
import { fromStripe } from "@wfrun/normalize/stripe";
import { fromDify } from "@wfrun/normalize/dify";
import { fromZuora } from "@wfrun/normalize/zuora";
import { fromCopyAi } from "@wfrun/normalize/copyai";
import { startMockServer, type MockServer } from "@wfrun/mock";

export async function check(mock: MockServer): Promise<WorkflowRun[]> {
  const stripe = createStripeClient({ apiKey: "k", baseUrl: mock.baseUrls.stripe });
  const raw: StripeWorkflowRun = await stripe.getWorkflowRun("run_succeeded");
  const dify: DifyWorkflowRun = await createDifyClient({ apiKey: "k" }).getWorkflowRun("x");
  const zuora = createZuoraClient({ environment: "eu-production", accessToken: "t" });
  const copy: CopyAiWorkflowRun = await createCopyAiClient({ apiKey: "k" }).getWorkflowRun("w", "r");
  const runs = [fromStripe(raw), fromDify(dify), fromZuora(await zuora.getWorkflowRun("1")), fromCopyAi(copy)];
  const error: unknown = new NotFoundError("x", { status: 404 });
  if (error instanceof NotFoundError && runs.every((run) => isTerminal(run.status))) return runs;
  await waitForRun(async () => runs[0]!, { timeoutMs: 1_000 });
  void ZUORA_ENVIRONMENTS["eu-production"];
  void startMockServer;
  return runs;
}
`;

const scratch = mkdtempSync(join(tmpdir(), "wfrun-smoke-"));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: "pipe", encoding: "utf8" });

try {
  const tarballs = join(scratch, "tarballs");
  for (const name of PACKAGES) {
    run("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", name));
  }
  const project = join(scratch, "project");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...files], project);

  writeFileSync(join(project, "use.mjs"), USE_FROM_NODE);
  console.log(run(process.execPath, ["use.mjs"], project).trim());

  writeFileSync(join(project, "consumer.ts"), CONSUMER_TYPES);
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        types: ["node"],
        typeRoots: [join(root, "node_modules/@types")],
      },
      files: ["consumer.ts"],
    }),
  );
  run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "."], project);
  console.log(`smoke-packed: ${PACKAGES.length} packed packages install, run and type-check from npm`);
} catch (error) {
  console.error(`smoke-packed: ${error.message}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
