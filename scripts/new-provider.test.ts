// `pnpm new-provider` in a throwaway copy of the repository: the scaffolded provider installs, generates,
// builds and passes its contract suite, and the provider shape check takes it in.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyWorkingTree } from "./lib/copy-tree.mjs";
import { names, scaffold } from "./new-provider.mjs";

const root = resolve(import.meta.dirname, "..");
const run = promisify(execFile);
const turboEnv = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
  NO_COLOR: "1",
};
// Builds of the untouched packages replay from this checkout's cache, read only.
const cache = ["--cache-dir", join(root, ".turbo/cache"), "--cache=local:r", "--output-logs=new-only"];
let copy: string;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), "wfrun-new-provider-"));
  try {
    copyWorkingTree(root, copy);
    scaffold(copy, "acme");
    await run("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile"], { cwd: copy });
    await run(process.execPath, ["scripts/generate.mjs"], { cwd: copy });
    await run(process.execPath, ["scripts/generate-examples.mjs"], { cwd: copy });
  } catch (error) {
    // afterAll does not run when this hook fails.
    rmSync(copy, { recursive: true, force: true });
    throw error;
  }
}, 300_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

it("refuses a name that is not a plain lowercase word, or one that exists", () => {
  expect(() => names("Acme")).toThrow(/lowercase/);
  expect(() => names("acme-corp")).toThrow(/lowercase/);
  expect(() => scaffold(copy, "dify")).toThrow(/exists already/);
});

it("registers the new provider in redocly.yaml, normalize, the mock and the shape check", () => {
  const read = (file: string) => readFileSync(join(copy, file), "utf8");
  expect(read("redocly.yaml")).toContain("output: ./packages/acme/src/generated/schema.ts");
  expect(read("packages/normalize/src/index.ts")).toMatch(/case "acme":\n\s+return fromAcme\(payload\);/);
  expect(JSON.parse(read("packages/normalize/package.json")).exports).toHaveProperty("./acme");
  expect(read("packages/mock/src/types.ts")).toContain('| "acme"');
  expect(read("scripts/check-providers.mjs")).toContain('factory: "createAcmeClient"');
  expect(JSON.parse(read("packages/acme/package.json"))).toMatchObject({
    name: "@wfrun/acme",
    version: "0.0.0",
  });
});

it("passes its contract suite, and the provider shape check takes it in", async () => {
  const tasks = ["test", "check:providers", "--filter=@wfrun/acme", "--filter=//"];
  const { stdout } = await run("pnpm", ["exec", "turbo", "run", ...tasks, ...cache], {
    cwd: copy,
    env: turboEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(stdout).toMatch(/@wfrun\/acme:test: .*Tests\s+\d+ passed/);
  expect(stdout).not.toMatch(/Tests\s+.*failed/);
  expect(stdout).toMatch(/acme: \d+ runtime exports; its own: .*createAcmeClient/);
}, 300_000);
