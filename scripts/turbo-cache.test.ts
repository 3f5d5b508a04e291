// The cache claim: a second `pnpm test` on a fresh clone replays every task from turbo's cache. That holds
// when no task's hash depends on what the first run wrote (dist/, generated caches): so the hashes turbo
// computes in a copy of the sources with nothing built must equal those in this checkout after its builds
// (this suite runs after every build). Also: @wfrun/core's tests import testkit files by path, so a change
// there must change @wfrun/core#test's hash.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyWorkingTree } from "./lib/copy-tree.mjs";
import { TEST_TASKS } from "./test-tasks.mjs";

const root = resolve(import.meta.dirname, "..");
const turbo = join(root, "node_modules/.bin/turbo");

function taskHashes(cwd: string): Record<string, string> {
  const json = execFileSync(turbo, ["run", ...TEST_TASKS, "--dry=json"], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const { tasks } = JSON.parse(json) as { tasks: { taskId: string; hash: string }[] };
  return Object.fromEntries(tasks.map((task) => [task.taskId, task.hash]));
}

let fresh: string;
beforeAll(() => {
  // The files a fresh clone has (tracked, plus new ones not ignored), and nothing built.
  fresh = mkdtempSync(join(tmpdir(), "wfrun-cache-"));
  copyWorkingTree(root, fresh);
  // The installed tools (ignored by git, so not hashed), for turbo to find itself.
  symlinkSync(join(root, "node_modules"), join(fresh, "node_modules"));
  execFileSync("git", ["init", "-q"], { cwd: fresh });
  // .gitignore's `node_modules/` matches directories only, not this symlink.
  appendFileSync(join(fresh, ".git/info/exclude"), "node_modules\n");
  execFileSync("git", ["add", "-A"], { cwd: fresh });
});

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

it("computes the same hash for every task with and without the build's outputs", () => {
  const built = taskHashes(root);
  const unbuilt = taskHashes(fresh);
  expect(Object.keys(unbuilt).length).toBeGreaterThan(40);
  const differing = Object.keys(built).filter((task) => built[task] !== unbuilt[task]);
  expect(differing).toEqual([]);
});

it("reruns @wfrun/core#test when a testkit file it imports changes", () => {
  const before = taskHashes(fresh)["@wfrun/core#test"];
  appendFileSync(join(fresh, "packages/testkit/src/server.ts"), "\n// changed\n");
  execFileSync("git", ["add", "-A"], { cwd: fresh });
  expect(taskHashes(fresh)["@wfrun/core#test"]).not.toBe(before);
});
