#!/usr/bin/env node
// Type tests: the published declarations, as a user's project compiles them, under exactOptionalPropertyTypes
// and the DOM lib without @types/node (both with skipLibCheck off, so the declarations themselves are checked),
// and under @types/bun and @cloudflare/workers-types (skipLibCheck on: those two disagree with the workspace's
// @types/node and with each other, which is their users' business, not wfrun's).
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
/** Each case, and the files from @types packages its program must not contain. */
const CASES = {
  "exact-optional": [],
  dom: ["/@types/node/"],
  bun: [],
  workers: ["/@types/node/"],
};

/** Two compilers at a time: the machines have two cores. */
async function inPairs(items, work) {
  const results = [];
  for (let i = 0; i < items.length; i += 2)
    results.push(...(await Promise.all(items.slice(i, i + 2).map(work))));
  return results;
}

let failed = 0;
const results = await inPairs(Object.entries(CASES), async ([name, forbidden]) => {
  const project = join(here, name, "tsconfig.json");
  const { stdout, code } = await promisify(execFile)(process.execPath, [tsc, "-p", project, "--listFiles"], {
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ stdout, code: 0 }),
    (error) => ({ stdout: error.stdout ?? String(error), code: 1 }),
  );
  const lines = stdout.split("\n");
  const errors = lines.filter((line) => /error TS\d+/.test(line));
  const pulledIn = lines.filter((line) => forbidden.some((part) => line.includes(part)));
  return { name, code, errors, pulledIn, files: lines.filter((line) => line.endsWith(".ts")).length };
});
for (const { name, code, errors, pulledIn, files } of results) {
  if (code !== 0 || pulledIn.length > 0) {
    failed++;
    console.error(`types/${name}: FAILED`);
    for (const line of errors) console.error(`  ${line}`);
    for (const line of pulledIn) console.error(`  pulls in ${line}`);
  } else {
    console.log(`types/${name}: ok (${files} files)`);
  }
}
if (failed > 0) process.exit(1);
console.log(`type tests: all ${results.length} projects compile`);
