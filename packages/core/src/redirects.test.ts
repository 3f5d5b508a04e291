// Redirects against real loopback servers: followed within the origin, refused anywhere else.
import { fault, scripted, type Answer } from "../../testkit/src/faults.js";
import { json, startServer, type TestServer } from "../../testkit/src/server.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acmeClient, ACME_SECRET, failure } from "./__fixtures__/acme.js";
import { ApiError } from "./errors.js";

let server: TestServer;
let elsewhere: TestServer;
beforeAll(async () => {
  server = await startServer();
  elsewhere = await startServer((_, res) => json(res, 200, { id: "stolen" }));
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
});

const script = (...answers: Answer[]) => server.handle(scripted(...answers));

describe("redirects", () => {
  const redirect =
    (status: number, location: () => string): Answer =>
    (res) => {
      res.writeHead(status, { location: location() });
      res.end();
    };

  it("follows a redirect within the same origin, credentials included", async () => {
    script(
      redirect(307, () => "/v2/runs/r1"),
      fault.ok({ id: "r1" }),
    );
    await expect(acmeClient(server.url)()).resolves.toEqual({ id: "r1" });
    expect(server.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      ["/runs/r1", `Bearer ${ACME_SECRET}`],
      ["/v2/runs/r1", `Bearer ${ACME_SECRET}`],
    ]);
  });

  it("refuses a redirect to another origin and sends it nothing", async () => {
    elsewhere.handle((_, res) => json(res, 200, { id: "stolen" }));
    script(redirect(302, () => `${elsewhere.url}/collect`));
    const error = await failure(
      acmeClient(server.url, {}, { auth: { headers: { "x-api-key": ACME_SECRET } } })(),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(302);
    expect(error?.message).toContain("another origin");
    expect(elsewhere.requests).toHaveLength(0);
    expect(JSON.stringify(error)).not.toContain(ACME_SECRET);
  });

  it("stops a redirect loop", async () => {
    script(redirect(302, () => "/runs/r1"));
    const error = await failure(acmeClient(server.url)());
    expect((error as ApiError).status).toBe(302);
    expect(error?.message).toContain("more than 5 times");
    expect(server.requests).toHaveLength(6);
  });
});
