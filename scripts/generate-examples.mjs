#!/usr/bin/env node
// Generates packages/mock/src/generated/examples.ts: every named response example of specs/*.yaml, by vendor,
// operation, HTTP status and example name. @wfrun/mock ships without the specs, so it builds its payloads from
// this file; regenerating keeps the mock's bodies equal to the specs' own examples.
// `--check` writes nothing and exits 1 when the committed file differs from what the specs generate.
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
// The one spec walker, shared with the tests (plain JavaScript, usable before anything is built).
import { responseExamples } from "../packages/testkit/src/spec-examples.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const specsDir = resolve(root, "specs");
const output = resolve(root, "packages/mock/src/generated/examples.ts");

/** vendor's spec → "METHOD /path" → HTTP status → example name → value. */
function examplesOf(spec) {
  const byOperation = {};
  for (const { path, method, status, name, value } of responseExamples(spec)) {
    const byStatus = (byOperation[`${method.toUpperCase()} ${path}`] ??= {});
    (byStatus[status] ??= {})[name] = value;
  }
  return byOperation;
}

const specFiles = (await readdir(specsDir)).filter((name) => name.endsWith(".yaml")).sort();
const all = {};
for (const file of specFiles) {
  all[file.slice(0, -".yaml".length)] = examplesOf(parse(await readFile(resolve(specsDir, file), "utf8")));
}

const text =
  `/**\n * Generated from specs/*.yaml by \`pnpm generate\` (scripts/generate-examples.mjs).\n` +
  ` * Do not edit by hand: edit the specs and regenerate. CI fails when this file drifts from the specs.\n */\n\n` +
  `/** The specs' named response examples: vendor → "METHOD /path" → HTTP status → example name → value. */\n` +
  `export const SPEC_EXAMPLES = ${JSON.stringify(all, null, 2)} as const;\n`;

const outPath = relative(root, output);
const current = await readFile(output, "utf8").catch(() => null);
if (check) {
  if (current !== text) {
    console.error(`generate:check: ${outPath} is not what specs/*.yaml generate; run \`pnpm generate\`.`);
    process.exit(1);
  }
  console.log(`generate:check: ${outPath} matches specs/*.yaml`);
} else if (current !== text) {
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, text);
  console.log(`generate: wrote ${outPath}`);
} else {
  console.log(`generate: ${outPath} unchanged`);
}
