import { createStripeClient } from "@wfrun/stripe";
import { startMockServer, type MockServer } from "@wfrun/mock";
import { specExample } from "@wfrun/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromStripe, startAndWaitStripe } from "./stripe.js";

const FAST = { timeoutMs: 10_000, minDelayMs: 5, maxDelayMs: 10 };

describe("Stripe invoke answers and list items", () => {
  it("maps the invoke answer and every run of the list example", () => {
    const invoked = fromStripe(specExample("stripe", "200", "invoked"));
    expect(invoked).toMatchObject({ provider: "stripe", status: "running", providerStatus: "started" });
    expect(invoked.inputs).toEqual({ customer: "cus_Nv0FGQ9RKHgCVd", reason: "requested_by_customer" });
    const page = specExample("stripe", "200", "runsPage") as { data: unknown[] };
    expect(page.data.map((run) => fromStripe(run).status)).toEqual(["succeeded"]);
  });
});

describe("startAndWaitStripe against the mock", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());

  it("invokes, reports the started run, and resolves with the finished one", async () => {
    const client = createStripeClient({ apiKey: "sk_test_any", baseUrl: mock.baseUrls.stripe });
    const started: string[] = [];
    const run = await startAndWaitStripe(
      client,
      "wf_test_1",
      { customer: "cus_1" },
      {
        ...FAST,
        idempotencyKey: "job-7",
        onStarted: (s) => started.push(`${s.id} ${s.status}`),
      },
    );
    expect(run).toMatchObject({ provider: "stripe", workflowId: "wf_test_1", status: "succeeded" });
    expect(started).toEqual([`${run.id} running`]);
    const again = await startAndWaitStripe(client, "wf_test_1", {}, { ...FAST, idempotencyKey: "job-7" });
    expect(again.id).toBe(run.id);
  });
});
