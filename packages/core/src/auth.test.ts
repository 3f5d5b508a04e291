// Auth against a real loopback server: credentials per attempt, one resend after a 401, auth errors as themselves.
import { fault, scripted, type Answer } from "../../testkit/src/faults.js";
import { startServer, type TestServer } from "../../testkit/src/server.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acmeClient, failure } from "./__fixtures__/acme.js";
import { NotFoundError } from "./errors.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const script = (...answers: Answer[]) => server.handle(scripted(...answers));

describe("auth refresh on 401", () => {
  function authClient(successError?: (body: unknown) => { status: number; code: string } | undefined) {
    const refusals: string[] = [];
    let token = 1;
    const call = acmeClient(
      server.url,
      {},
      {
        auth: {
          headers: async () => ({ authorization: `Bearer t${token}` }),
          refresh: async ({ refused }) => {
            refusals.push(refused.authorization ?? "");
            token++;
            return true;
          },
        },
        ...(successError ? { successError } : {}),
      },
    );
    return { call, refusals };
  }
  const bearers = () => server.requests.map((request) => request.headers.authorization);
  it("resends once with fresh headers after a 401, telling auth which headers were refused", async () => {
    script(fault.status(401), fault.ok({ id: "r1" }));
    const { call, refusals } = authClient();
    await expect(call()).resolves.toEqual({ id: "r1" });
    expect(refusals).toEqual(["Bearer t1"]);
    expect(bearers()).toEqual(["Bearer t1", "Bearer t2"]);
  });

  it("makes a second 401 final, and still reports the refused headers", async () => {
    script(fault.status(401));
    const { call, refusals } = authClient();
    const error = await failure(call());
    expect(error?.name).toBe("AuthenticationError");
    expect(error?.attempts).toBe(2);
    expect(refusals).toEqual(["Bearer t1", "Bearer t2"]);
  });

  it("treats a 401 that a vendor sends inside a 2xx body the same way", async () => {
    script(fault.ok({ denied: true }), fault.ok({ id: "r1" }));
    const { call, refusals } = authClient((body) =>
      (body as { denied?: boolean }).denied ? { status: 401, code: "expired" } : undefined,
    );
    await expect(call()).resolves.toEqual({ id: "r1" });
    expect(refusals).toEqual(["Bearer t1"]);
  });

  it("lets an error thrown while getting credentials through as itself", async () => {
    script(fault.ok({ id: "r1" }));
    const refused = new NotFoundError("no such tenant", { status: 404 });
    const call = acmeClient(server.url, {}, { auth: { headers: () => Promise.reject(refused) } });
    await expect(call()).rejects.toBe(refused);
    expect(server.requests).toHaveLength(0);
  });
});
