#!/usr/bin/env node
// Keeps every provider package the same shape (the vercel/ai "provider contract", as a check): the same files,
// the same manifest fields, the same runtime exports but for the vendor's name, and a client object with the
// same two members. Run after `build` (it imports each package's dist).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PROVIDERS = {
  stripe: { factory: "createStripeClient", credentials: { apiKey: "sk_test_shape" } },
  dify: { factory: "createDifyClient", credentials: { apiKey: "app-shape" } },
  zuora: { factory: "createZuoraClient", credentials: { accessToken: "shape-token" } },
  copyai: { factory: "createCopyAiClient", credentials: { apiKey: "shape-key" } },
};
const SAME_FILES = [
  "package.json",
  "README.md",
  "turbo.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "src/index.ts",
  "src/client.ts",
  "src/client.test.ts",
  "src/operations.ts",
  "src/operations.test.ts",
  "src/generated/schema.ts",
];
const SAME_MANIFEST_FIELDS = [
  "type",
  "sideEffects",
  "engines",
  "files",
  "scripts",
  "publishConfig",
  "license",
];
// The client members every provider may have: the same names wherever the vendor offers the operation.
const CLIENT_MEMBERS = ["getWorkflowRun", "raw", "startRun", "listRuns", "stopRun"];
// Operations only one vendor has.
const OWN_MEMBERS = {
  stripe: ["listWorkflows", "getWorkflow"],
  zuora: ["startRunAsync"],
  dify: ["streamRunEvents"],
};
// What a provider may export beyond the shared set: its factory and its own constants.
const OWN_EXPORT = /^(create[A-Za-z]+Client|[A-Z][A-Z0-9_]*)$/;

const problems = [];
const manifests = {};
const sharedExports = [];

for (const [vendor, { factory, credentials }] of Object.entries(PROVIDERS)) {
  const dir = join(root, "packages", vendor);
  for (const file of SAME_FILES) {
    if (!existsSync(join(dir, file))) problems.push(`${vendor}: missing ${file}`);
  }
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  manifests[vendor] = manifest;
  if (manifest.name !== `@wfrun/${vendor}`) problems.push(`${vendor}: package name is ${manifest.name}`);
  if (JSON.stringify(Object.keys(manifest.exports ?? {})) !== JSON.stringify([".", "./package.json"])) {
    problems.push(`${vendor}: exports must be "." and "./package.json" only`);
  }

  const module = await import(pathToFileURL(join(dir, "dist/index.js")).href);
  const names = Object.keys(module).sort();
  if (typeof module[factory] !== "function") problems.push(`${vendor}: no ${factory} export`);
  sharedExports.push([vendor, names.filter((name) => !OWN_EXPORT.test(name) || name === "WfrunError")]);
  const own = names.filter((name) => OWN_EXPORT.test(name) && !/Error$/.test(name));
  console.log(`${vendor}: ${names.length} runtime exports; its own: ${own.join(", ")}`);

  const client = module[factory]?.({ ...credentials, baseUrl: "http://127.0.0.1:9" });
  const members = client ? Object.keys(client).sort() : [];
  // Every client gets runs; the run operations exist only where the vendor has them, under the same names.
  const unknown = members.filter(
    (name) => !CLIENT_MEMBERS.includes(name) && !(OWN_MEMBERS[vendor] ?? []).includes(name),
  );
  if (!members.includes("getWorkflowRun") || !members.includes("raw") || unknown.length > 0) {
    problems.push(`${vendor}: client members are ${members.join(", ") || "(none)"}`);
  }
  console.log(`${vendor}: client has ${members.filter((name) => name !== "raw").join(", ")}`);
}

const [first, ...rest] = Object.entries(manifests);
for (const [vendor, manifest] of rest) {
  for (const field of SAME_MANIFEST_FIELDS) {
    if (JSON.stringify(manifest[field]) !== JSON.stringify(first[1][field])) {
      problems.push(`${vendor}: package.json "${field}" differs from ${first[0]}'s`);
    }
  }
}
const [reference, ...others] = sharedExports;
for (const [vendor, names] of others) {
  if (JSON.stringify(names) !== JSON.stringify(reference[1])) {
    const missing = reference[1].filter((name) => !names.includes(name));
    const extra = names.filter((name) => !reference[1].includes(name));
    problems.push(
      `${vendor}: shared exports differ from ${reference[0]}'s (missing ${missing}; extra ${extra})`,
    );
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`check-providers: ${problem}`);
  process.exit(1);
}
console.log(`check-providers: ${Object.keys(PROVIDERS).length} providers share files, manifest and exports`);
