// The READMEs tell the truth: every ```ts block is type-checked (strict, as a consumer would compile it) and
// run against @wfrun/mock, with the vendors' hosts rerouted to it (scripts/readme/reroute.mjs). Run after the
// packages' build: the examples import them as a user would, through node_modules.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FRAGMENT, tsBlocks } from "./readme/extract.mjs";

const root = resolve(import.meta.dirname, "..");
const run = promisify(execFile);
const PUBLIC = ["core", "stripe", "dify", "zuora", "copyai", "normalize", "mock", "cli"];
const blocks = tsBlocks(root);
const checked = blocks.filter((block) => !block.info.includes(FRAGMENT));

// A block that imports vitest is a test file, and runs under vitest.
const isTestFile = (block: { code: string }) => block.code.includes('from "vitest"');
const fileOf = (block: { code: string; name: string }) =>
  `${block.name}${isTestFile(block) ? ".test" : ""}.ts`;

let project: string;
let mock: { url: string; baseUrls: Record<string, string>; close(): Promise<void> };
let compiled: { code: number; output: string };

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "wfrun-readme-"));
  mkdirSync(join(project, "node_modules/@wfrun"), { recursive: true });
  for (const name of PUBLIC)
    symlinkSync(join(root, "packages", name), join(project, "node_modules/@wfrun", name));
  symlinkSync(join(root, "node_modules/vitest"), join(project, "node_modules/vitest"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module", private: true }));
  for (const block of checked) writeFileSync(join(project, fileOf(block)), `${block.code}\nexport {};\n`);
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        lib: ["ES2022", "DOM"],
        outDir: "out",
        types: ["node"],
        typeRoots: [join(root, "node_modules/@types")],
        skipLibCheck: true,
      },
      include: ["*.ts"],
    }),
  );
  compiled = await run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", project]).then(
    () => ({ code: 0, output: "" }),
    (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
  );
  const { startMockServer } = await import(join(root, "packages/mock/dist/index.js"));
  mock = await startMockServer();
}, 120_000);

afterAll(async () => {
  await mock?.close();
  rmSync(project, { recursive: true, force: true });
});

it("finds the READMEs' TypeScript, with few fragments exempt", () => {
  expect(checked.length).toBeGreaterThanOrEqual(14);
  expect(blocks.length - checked.length).toBeLessThanOrEqual(2);
});

it("type-checks every block (strict, NodeNext)", () => {
  // tsc names the file (README path and line) of each error.
  expect(compiled.output).toBe("");
  expect(compiled.code).toBe(0);
});

describe.each(checked)("$file line $line", (block) => {
  it("runs against the mock", async () => {
    const env = {
      PATH: process.env.PATH,
      WFRUN_MOCK_URL: mock.url,
      STRIPE_API_KEY: "sk_test_readme",
      DIFY_API_KEY: "app-readme",
      DIFY_BASE_URL: mock.baseUrls.dify,
      ZUORA_CLIENT_ID: "readme-client",
      ZUORA_CLIENT_SECRET: "readme-secret",
      ZUORA_ACCESS_TOKEN: "readme-token",
      COPYAI_API_KEY: "readme-key",
    };
    const command = isTestFile(block)
      ? [join(root, "node_modules/vitest/vitest.mjs"), "run", "--root", project, fileOf(block)]
      : ["--import", join(root, "scripts/readme/reroute.mjs"), join(project, "out", `${block.name}.js`)];
    const result = await run(process.execPath, command, { cwd: project, env, timeout: 60_000 }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: `${error.stdout}${error.stderr}`,
      }),
    );
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toMatch(/Error|no such/);
  }, 60_000);
});
