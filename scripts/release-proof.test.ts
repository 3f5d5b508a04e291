// The release test's first gate, on its own: pnpm 12 ignores npm_config_registry (the variable
// `changeset publish` sets), so a publish "to the local registry" configured that way would go to npmjs.
// The proof must refuse that set-up and accept one where pnpm itself is pointed at loopback.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import { provePublishTargets } from "./release/registry.mjs";

const root = resolve(import.meta.dirname, "..");
const home = mkdtempSync(join(tmpdir(), "wfrun-proof-"));
writeFileSync(join(home, ".npmrc"), "");
const LOCAL = "http://127.0.0.1:4873/";
// No user config, no real token: only what each case sets.
const base = { PATH: process.env.PATH, HOME: home, npm_config_userconfig: join(home, ".npmrc") };
const packages = [join(root, "packages/core"), join(root, "packages/cli")];

afterAll(() => rmSync(home, { recursive: true, force: true }));

it("refuses when only npm_config_registry points at loopback (pnpm 12 would publish to npmjs)", () => {
  expect(() => provePublishTargets(packages, base, LOCAL)).toThrow(
    /@wfrun\/core@\S+ would be published to https:\/\/registry\.npmjs\.org\/, not http:\/\/127\.0\.0\.1:4873\//,
  );
});

it("accepts when pnpm's own registry setting is the loopback registry too", () => {
  expect(() => provePublishTargets(packages, { ...base, pnpm_config_registry: LOCAL }, LOCAL)).not.toThrow();
});

it("refuses a registry that is not loopback, whatever the tools say", () => {
  const remote = "https://registry.npmjs.org/";
  expect(() => provePublishTargets(packages, { ...base, pnpm_config_registry: remote }, remote)).toThrow(
    /not a loopback registry/,
  );
});
