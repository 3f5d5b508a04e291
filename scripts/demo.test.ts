// `pnpm demo` stops its mock on Ctrl-C: the terminal's SIGINT goes to the whole process group (the demo and
// the `wfrun watch` processes it started) while the watches run; the demo exits 130 and the port is closed.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { connect } from "node:net";
import { resolve } from "node:path";
import { expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

function refused(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("connect", () => {
      socket.destroy();
      resolvePromise(false);
    });
    socket.on("error", () => resolvePromise(true));
  });
}

it("stops the mock and exits 130 on Ctrl-C in the middle of the watches", async () => {
  const demo = spawn(process.execPath, ["scripts/demo.mjs"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const interrupted = new Promise<void>((resolvePromise) => {
    demo.stdout.on("data", (chunk) => {
      output += chunk;
      // The first progress row: the mock listens and the four watches are polling it.
      if (/^\+[\d.]+s \w+ /m.test(output)) resolvePromise();
    });
  });
  await interrupted;
  const port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
  expect(await refused(port)).toBe(false);
  process.kill(-demo.pid!, "SIGINT");
  const [code] = await once(demo, "exit");
  expect(code).toBe(130);
  expect(await refused(port)).toBe(true);
});
