/**
 * The built package as a user installs it: each subpath bundles only its own mapper, and the package runs and
 * type-checks (without skipLibCheck) next to one provider package, without the others installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
const PACKAGES_DIR = join(PACKAGE_DIR, "..");
const VENDORS = ["stripe", "dify", "zuora", "copyai"] as const;
/** A status word only that vendor uses: finding it in another vendor's bundle means its mapper leaked in. */
const TELLTALE: Record<(typeof VENDORS)[number], string> = {
  stripe: "started",
  dify: "partial-succeeded",
  zuora: "Stopping",
  copyai: "RETRYING",
};

let project: string;

beforeAll(() => {
  // Built into a scratch install so the package's own dist (which turbo caches and others read) is untouched.
  project = mkdtempSync(join(tmpdir(), "wfrun-normalize-"));
  const installed = join(project, "node_modules/@wfrun/normalize");
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(
    process.execPath,
    [tsc, "-p", "tsconfig.build.json", "--outDir", join(installed, "dist"), "--declarationMap", "false"],
    { cwd: PACKAGE_DIR, stdio: "pipe" },
  );
  cpSync(join(PACKAGE_DIR, "package.json"), join(installed, "package.json"));
  // Only core and Stripe beside it: Dify, Zuora and Copy.ai are not installed.
  for (const name of ["core", "stripe"]) {
    symlinkSync(join(PACKAGES_DIR, name), join(project, "node_modules/@wfrun", name), "dir");
  }
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

async function bundle(specifier: string) {
  const result = await build({
    stdin: { contents: `export * from "${specifier}";`, resolveDir: project, loader: "js" },
    absWorkingDir: project,
    bundle: true,
    format: "esm",
    platform: "neutral",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  // Modules that put code in the bundle: esbuild also lists modules it read and then shook out entirely.
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output!.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { code, inputs };
}

const sizes: string[] = [];
afterAll(() => console.log(`bundle sizes (minified / gzip):\n${sizes.join("\n")}`));

describe("bundles of the built package", () => {
  it.each(VENDORS.map((vendor) => [vendor]))(
    "@wfrun/normalize/%s bundles its own mapper and the shared module, nothing of another vendor",
    async (vendor) => {
      const { code, inputs } = await bundle(`@wfrun/normalize/${vendor}`);
      const ownModules = inputs.filter((input) => input.includes("@wfrun/normalize/")).map(moduleName);
      // `<vendor>-runs.js` and `start-and-wait.js` hold the start helpers (startAndWait…), shared by none else.
      const expected = ["shared.js", `${vendor}.js`, `${vendor}-runs.js`, "start-and-wait.js"];
      expect(ownModules.filter((name) => !expected.includes(name))).toEqual([]);
      expect(ownModules).toEqual(expect.arrayContaining(["shared.js", `${vendor}.js`]));
      // Provider packages are types only: none of their code, not even the vendor's own client.
      expect(inputs.filter((input) => /packages\/(stripe|dify|zuora|copyai)\//.test(input))).toEqual([]);
      expect(inputs.filter((input) => input.includes("openapi-fetch"))).toEqual([]);
      for (const other of VENDORS) {
        expect(code.includes(JSON.stringify(TELLTALE[other]))).toBe(other === vendor);
      }
      sizes.push(`  ${vendor}: ${kb(code.length)} / ${kb(gzipSync(code).length)}`);
    },
    30_000,
  );

  it("the root entry bundles all four mappers and still no provider package", async () => {
    const { code, inputs } = await bundle("@wfrun/normalize");
    const ownModules = inputs.filter((input) => input.includes("@wfrun/normalize/")).map(moduleName);
    // The root entry re-exports no start helper, so no `<vendor>-runs.js` is bundled.
    expect(ownModules.sort()).toEqual([
      "copyai.js",
      "dify.js",
      "index.js",
      "shared.js",
      "stripe.js",
      "zuora.js",
    ]);
    expect(inputs.filter((input) => /packages\/(stripe|dify|zuora|copyai)\//.test(input))).toEqual([]);
    sizes.push(`  root: ${kb(code.length)} / ${kb(gzipSync(code).length)}`);
  }, 30_000);
});

describe("installed with one provider package", () => {
  it("runs every entry without the Dify, Zuora and Copy.ai packages installed", () => {
    const script = [
      `import { normalize } from "@wfrun/normalize";`,
      ...VENDORS.map((vendor) => `import "@wfrun/normalize/${vendor}";`),
      `const run = normalize("zuora", { id: 7, status: "Finished", tasks: { error: 1, success: 0 } });`,
      `if (run.status !== "failed" || run.id !== "7") throw new Error("unexpected run");`,
      // Proof that the other providers are really absent (ESM resolution: NODE_PATH set by pnpm does not apply).
      `for (const name of ["@wfrun/dify", "@wfrun/zuora", "@wfrun/copyai"]) {`,
      `  try { import.meta.resolve(name); } catch (error) { if (error.code === "ERR_MODULE_NOT_FOUND") continue; }`,
      `  throw new Error(name + " is installed");`,
      `}`,
    ].join("\n");
    writeFileSync(join(project, "run.mjs"), script);
    const result = spawnSync(process.execPath, ["run.mjs"], { cwd: project, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("type-checks the root and the Stripe subpath with skipLibCheck off", () => {
    const result = typeCheck(
      [
        `import { isTerminal, normalize, NormalizeError, type WorkflowRun } from "@wfrun/normalize";`,
        `import { fromStripe } from "@wfrun/normalize/stripe";`,
        `import type { StripeWorkflowRun } from "@wfrun/stripe";`,
        `declare const payload: StripeWorkflowRun;`,
        `const run: WorkflowRun<"stripe", StripeWorkflowRun> = fromStripe(payload);`,
        `const other: WorkflowRun<"dify"> = normalize("dify", JSON.parse("{}"));`,
        `export const done = isTerminal(run.status) && isTerminal(other.status) && !(run instanceof NormalizeError);`,
      ].join("\n"),
    );
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);
});

function typeCheck(source: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(project, "consumer-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "consumer.ts"), source);
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      types: [],
    },
    files: ["consumer.ts"],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const moduleName = (input: string) => input.slice(input.lastIndexOf("/") + 1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;
