#!/usr/bin/env node
// `pnpm test:release`: a release, end to end, on a throwaway registry. In a temporary copy of the repository
// (this checkout's versions and changesets stay untouched): start verdaccio on 127.0.0.1, prove that every
// publish would go there and nowhere else (fail closed), write a changeset, `changeset version` and check its
// work, `changeset publish`, then install each package alone from the registry into fresh projects and use it.
// Everything it started is stopped and every temporary folder removed, on success, failure or Ctrl-C.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { TURBO_QUIET_ENV } from "./lib/build-cli.mjs";
import { copyWorkingTree } from "./lib/copy-tree.mjs";
import { checkConsumer, CONSUMERS } from "./release/consumers.mjs";
import {
  createUser,
  installVerdaccio,
  provePublishTargets,
  startProxyTrap,
  startVerdaccio,
} from "./release/registry.mjs";
import {
  checkPublishedRanges,
  checkVersioned,
  expectedVersions,
  pendingBumps,
  readManifests,
} from "./release/versions.mjs";

const root = resolve(import.meta.dirname, "..");
const RELEASE_NOTE = "Release test: this changeset exists only in the temporary copy of `pnpm test:release`.";
const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), "wfrun-release-"));
const repo = join(scratch, "repo");
const cleanups = [() => rmSync(scratch, { recursive: true, force: true })];

const step = (text) => console.log(`release [${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);
const fail = (text) => {
  throw new Error(text);
};
const sh = (command, args, options) =>
  execFileSync(command, args, { encoding: "utf8", stdio: "pipe", maxBuffer: 64 * 1024 * 1024, ...options });

// Prints the command's lines as they come, with the time: publishing is the slow part worth watching.
function shStreamed(command, args, options) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const onData = (chunk) => {
      output += chunk;
      for (const line of String(chunk)
        .split("\n")
        .filter((text) => text.trim()))
        step(`  ${line.trim()}`);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolvePromise(output)
        : reject(Object.assign(new Error(`${command} ${args.join(" ")} exited ${code}`), { stdout: output })),
    );
  });
}

async function cleanUp() {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await cleanUp();
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

function copyRepository() {
  copyWorkingTree(root, repo);
  const git = { GIT_AUTHOR_NAME: "release test", GIT_AUTHOR_EMAIL: "release@test.invalid" };
  const gitEnv = {
    ...process.env,
    ...git,
    GIT_COMMITTER_NAME: git.GIT_AUTHOR_NAME,
    GIT_COMMITTER_EMAIL: git.GIT_AUTHOR_EMAIL,
  };
  for (const args of [
    ["init", "-q", "-b", "main"],
    ["add", "-A"],
    ["commit", "-qm", "copy"],
  ])
    sh("git", args, { cwd: repo, env: gitEnv });
  sh("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], { cwd: repo });
  // The same build as this checkout's: replayed from its turbo cache (read only) when it has it.
  const cache = ["--cache-dir", join(root, ".turbo/cache"), "--cache=local:r"];
  sh(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only", ...cache],
    {
      cwd: repo,
      env: { ...process.env, ...TURBO_QUIET_ENV },
    },
  );
  return gitEnv;
}

// Every tool that publishes or installs runs with this environment only: a home of its own (no user npmrc
// with real tokens, no global pnpm config), the loopback registry in every place npm and pnpm 12 read it
// from, and the proxy trap for anything else.
function publishEnv(registry, token, trap, gitEnv) {
  const home = join(scratch, "home");
  mkdirSync(home, { recursive: true });
  const npmrc = join(home, ".npmrc");
  const host = registry.url.replace(/^http:/, "");
  writeFileSync(npmrc, `registry=${registry.url}\n${host}:_authToken=${token}\nupdate-notifier=false\n`);
  writeFileSync(join(repo, ".npmrc"), `registry=${registry.url}\n`);
  const keep = ["PATH", "LANG", "TERM", "TMPDIR"].filter((name) => process.env[name] !== undefined);
  return {
    ...Object.fromEntries(keep.map((name) => [name, process.env[name]])),
    ...Object.fromEntries(Object.entries(gitEnv).filter(([name]) => name.startsWith("GIT_"))),
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_CACHE_HOME: join(home, ".cache"),
    npm_config_userconfig: npmrc,
    npm_config_registry: registry.url,
    pnpm_config_registry: registry.url,
    npm_config_fetch_retries: "0",
    HTTPS_PROXY: trap.url,
    HTTP_PROXY: trap.url,
    https_proxy: trap.url,
    http_proxy: trap.url,
    NO_PROXY: "127.0.0.1",
    no_proxy: "127.0.0.1",
    CI: "true",
  };
}

try {
  step(`copying the repository to ${repo}, installing, building`);
  const gitEnv = copyRepository();
  step("installing verdaccio 6.8.0 (npm ci, outside the workspace)");
  const verdaccio = installVerdaccio(scratch);
  const registry = await startVerdaccio(verdaccio, scratch);
  cleanups.push(registry.close);
  const trap = await startProxyTrap();
  cleanups.push(trap.close);
  const token = await createUser(registry.url);
  step(`verdaccio listening on ${registry.url}, throwaway storage and user`);
  const env = publishEnv(registry, token, trap, gitEnv);
  const manifests = readManifests(repo);
  const dirs = Object.values(manifests).map(({ dir }) => dir);
  provePublishTargets(dirs, env, registry.url);
  step(`publish target proven: all ${dirs.length} packages → ${registry.url} (pnpm and npm)`);

  writeFileSync(
    join(repo, ".changeset/release-test.md"),
    `---\n"@wfrun/stripe": patch\n---\n\n${RELEASE_NOTE}\n`,
  );
  const expected = expectedVersions(manifests, pendingBumps(repo));
  // The bin itself, not `pnpm exec`: pnpm would reinstall the workspace once the manifests' versions change.
  const changeset = join(repo, "node_modules/@changesets/cli/bin.js");
  sh(process.execPath, [changeset, "version"], { cwd: repo, env });
  const versionProblems = checkVersioned(repo, expected, RELEASE_NOTE);
  if (versionProblems.length > 0) fail(`changeset version:\n  ${versionProblems.join("\n  ")}`);
  const versions = Object.fromEntries(
    Object.entries(readManifests(repo)).map(([name, { manifest }]) => [name, manifest.version]),
  );
  step(
    `changeset version: ${Object.entries(versions)
      .map(([name, v]) => `${name}@${v}`)
      .join(", ")}; CHANGELOGs and ranges as expected`,
  );

  const output = await shStreamed(process.execPath, [changeset, "publish"], { cwd: repo, env });
  const published = {};
  for (const name of Object.keys(versions)) {
    published[name] = JSON.parse(
      sh("npm", ["view", `${name}@${versions[name]}`, "--json"], { cwd: scratch, env }),
    );
  }
  const rangeProblems = checkPublishedRanges(published, versions);
  if (rangeProblems.length > 0) fail(`published manifests:\n  ${rangeProblems.join("\n  ")}\n${output}`);
  if (trap.attempts.length > 0) fail(`requests tried to leave loopback: ${trap.attempts.join(", ")}`);
  step(
    `changeset publish: ${Object.keys(published).length} packages on the registry, ^ranges resolved, nothing left loopback`,
  );

  const { startMockServer } = await import(pathToFileURL(join(repo, "packages/mock/dist/index.js")).href);
  const mock = await startMockServer();
  cleanups.push(() => mock.close());
  const mockEnv = {
    STRIPE_BASE_URL: mock.baseUrls.stripe,
    DIFY_BASE_URL: mock.baseUrls.dify,
    DIFY_API_KEY: "app-release",
  };
  for (const consumer of CONSUMERS) {
    const { installed, printed } = await checkConsumer(consumer, {
      scratch,
      root,
      version: (name) => versions[name],
      env,
      mockEnv,
    });
    step(
      `${consumer.packages.join(" + ")} alone (brings ${installed.map((name) => `@wfrun/${name}`).join(", ")}): node16 + bundler type-check, runs`,
    );
    for (const line of printed) console.log(`    ${line}`);
  }
  if (trap.attempts.length > 0) fail(`requests tried to leave loopback: ${trap.attempts.join(", ")}`);
  step("passed");
} catch (error) {
  console.error(`release test failed: ${error.message}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
