// The files a fresh clone of this checkout would have (tracked, plus new files git does not ignore), copied to
// `dest`: no node_modules, no dist, no caches. For the checks that work on a throwaway copy of the repository.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

export function copyWorkingTree(root, dest) {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    // A file deleted but not yet staged is still listed: skip what is gone.
    try {
      cpSync(join(root, file), join(dest, file));
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
  }
}
