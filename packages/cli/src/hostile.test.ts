// A vendor's answer, however hostile, is an API error (exit 3), never an internal error (exit 70): deep
// nesting, a body too large to read, a JSON value that is not a run, a key echoed back. Real HTTP on loopback.
import { startServer, type TestServer } from "@wfrun/testkit";
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoKeys, KEYS, runCli } from "./__fixtures__/cli.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const answers: [string, (res: ServerResponse) => void][] = [
  ["JSON nested 100,000 deep", (res) => send(res, 200, "[".repeat(100_000))],
  ["a JSON array", (res) => send(res, 200, "[]")],
  ["null", (res) => send(res, 200, "null")],
  ["a body of 16 MiB", (res) => send(res, 200, `"${"x".repeat(16 * 1024 * 1024)}"`)],
  [
    "an HTML error page echoing the key",
    (res) => send(res, 502, `<h1>bad gateway for ${KEYS.DIFY_API_KEY}</h1>`, "text/html"),
  ],
  [
    "Dify inputs as a JSON string nested 100,000 deep",
    (res) =>
      send(
        res,
        200,
        JSON.stringify({ id: "r", status: "succeeded", inputs: `{"a":${"[".repeat(100_000)}}` }),
      ),
  ],
];

describe.each(["get", "watch"])("wfrun %s against a hostile server", (command) => {
  it.each(answers)("%s: exit 3, a message, no key", async (_, answer) => {
    server.handle((_, res) => answer(res));
    const limit = command === "watch" ? ["--timeout", "20s"] : [];
    const result = await runCli([command, "dify", "run-1", "--base-url", server.url, ...limit], {
      DIFY_API_KEY: KEYS.DIFY_API_KEY,
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^wfrun: /m);
    expectNoKeys(result);
  });
});

function send(res: ServerResponse, status: number, body: string, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(body);
}
