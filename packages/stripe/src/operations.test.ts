import { InvalidArgumentError, InvalidResponseError } from "@wfrun/core";
import { json, specExample, stall, startServer, type TestServer } from "@wfrun/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  createStripeClient,
  DEFAULT_STRIPE_VERSION,
  type StripeClient,
  type StripeWorkflowRun,
} from "./index.js";

const API_KEY = "sk_test_OperationsKeyThatMustNeverBePrinted";
const WORKFLOW = "wf_test_61UNwDso5RkJhsXt116TT0rUFzSQLefl99yAJBArIFXc";
const invoked = specExample("stripe", "200", "invoked") as StripeWorkflowRun;
const runsPage = specExample("stripe", "200", "runsPage") as { data: StripeWorkflowRun[] };
const workflow = specExample("stripe", "200", "workflow");
const workflowsPage = specExample("stripe", "200", "workflowsPage") as { data: unknown[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("Stripe run operations", () => {
  let server: TestServer;
  let client: StripeClient;
  beforeAll(async () => {
    server = await startServer();
  });
  beforeEach(() => {
    client = createStripeClient({ apiKey: API_KEY, baseUrl: server.url });
  });
  afterAll(() => server.close());

  /** Serves `total` runs in pages of `limit`, with `page` tokens in `next_page_url` as Stripe does. */
  const servePages = (total: number) =>
    server.handle((request, res) => {
      const url = new URL(request.path, server.url);
      const limit = Number(url.searchParams.get("limit"));
      const from = Number(url.searchParams.get("page")?.replace("page_", "") ?? "0");
      const data = Array.from({ length: Math.min(limit, total - from) }, (_, i) => ({
        ...runsPage.data[0],
        id: `wfrun_${from + i + 1}`,
      }));
      const next =
        from + limit < total ? `/v2/extend/workflow_runs?limit=${limit}&page=page_${from + limit}` : null;
      json(res, 200, { data, next_page_url: next, previous_page_url: null });
    });

  it("invokes a workflow with its input parameters, an idempotency key and the pinned version", async () => {
    server.handle((_, res) => json(res, 200, invoked));
    await expect(client.startRun(WORKFLOW, { customer: "cus_1" })).resolves.toEqual(invoked);
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe(`/v2/extend/workflows/${WORKFLOW}/invoke`);
    expect(JSON.parse(request?.body ?? "")).toEqual({ input_parameters: { customer: "cus_1" } });
    expect(request?.headers["idempotency-key"]).toMatch(UUID);
    expect(request?.headers["stripe-version"]).toBe(DEFAULT_STRIPE_VERSION);
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("retries a start that timed out with the same idempotency key, and gets the one run", async () => {
    let attempt = 0;
    server.handle((_, res) => (++attempt === 1 ? stall(res) : json(res, 200, invoked)));
    const impatient = createStripeClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      timeoutMs: 100,
      maxRetries: 2,
    });
    await expect(impatient.startRun(WORKFLOW, {})).resolves.toEqual(invoked);
    const keys = server.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
  });

  it("sends a new key per call, or the caller's own", async () => {
    server.handle((_, res) => json(res, 200, invoked));
    await client.startRun(WORKFLOW, {});
    await client.startRun(WORKFLOW, {});
    await client.startRun(WORKFLOW, {}, { idempotencyKey: "order-42-refund" });
    const keys = server.requests.map((request) => request.headers["idempotency-key"]);
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe("order-42-refund");
  });

  it("refuses bad start arguments before any request", async () => {
    server.handle((_, res) => json(res, 200, invoked));
    await expect(client.startRun(WORKFLOW, [] as never)).rejects.toBeInstanceOf(InvalidArgumentError);
    for (const idempotencyKey of ["", "x".repeat(256), "a\r\nb"]) {
      await expect(client.startRun(WORKFLOW, {}, { idempotencyKey })).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
    }
    expect(server.requests).toHaveLength(0);
  });

  it("lists every run by following next_page_url, one request per page, none before needed", async () => {
    servePages(45);
    const runs = client.listRuns({ pageSize: 20 });
    expect(server.requests).toHaveLength(0);
    const ids: string[] = [];
    for await (const run of runs) ids.push(run.id);
    expect(ids).toEqual(Array.from({ length: 45 }, (_, i) => `wfrun_${i + 1}`));
    expect(server.requests.map((r) => r.path)).toEqual([
      "/v2/extend/workflow_runs?limit=20",
      "/v2/extend/workflow_runs?limit=20&page=page_20",
      "/v2/extend/workflow_runs?limit=20&page=page_40",
    ]);
    expect(server.requests.every((r) => r.headers["stripe-version"] === DEFAULT_STRIPE_VERSION)).toBe(true);
  });

  it("sends status and workflow filters as stripe-node does, and stops at limit", async () => {
    servePages(45);
    const ids: string[] = [];
    for await (const run of client.listRuns({
      status: ["failed", "started"],
      workflow: [WORKFLOW],
      limit: 3,
    })) {
      ids.push(run.id);
    }
    expect(ids).toEqual(["wfrun_1", "wfrun_2", "wfrun_3"]);
    expect(server.requests).toHaveLength(1);
    const query = new URL(server.requests[0]!.path, server.url).searchParams;
    expect([...query]).toEqual([
      ["limit", "3"],
      ["status[0]", "failed"],
      ["status[1]", "started"],
      ["workflow[0]", WORKFLOW],
    ]);
  });

  it("refuses a next_page_url that leads away from the list", async () => {
    for (const next of ["/v1/customers?page=x", "https://evil.example/v2/extend/workflow_runs?page=x", 42]) {
      server.handle((_, res) => json(res, 200, { data: runsPage.data, next_page_url: next }));
      // The page is refused whole: a list that cannot go on is not shown half.
      await expect(client.listRuns().next()).rejects.toBeInstanceOf(InvalidResponseError);
      expect(server.requests).toHaveLength(1);
    }
  });

  it("yields the documented list example's runs", async () => {
    server.handle((_, res) => json(res, 200, runsPage));
    const runs: StripeWorkflowRun[] = [];
    for await (const run of client.listRuns()) runs.push(run);
    expect(runs).toEqual(runsPage.data);
  });

  it("lists and retrieves Workflows", async () => {
    server.handle((request, res) => json(res, 200, request.path.includes("?") ? workflowsPage : workflow));
    const listed = [];
    for await (const item of client.listWorkflows({ status: ["active", "draft"] })) listed.push(item);
    expect(listed).toEqual(workflowsPage.data);
    expect(server.requests[0]?.path).toBe(
      "/v2/extend/workflows?limit=20&status%5B0%5D=active&status%5B1%5D=draft",
    );
    await expect(client.getWorkflow(WORKFLOW)).resolves.toEqual(workflow);
    expect(server.requests[1]?.path).toBe(`/v2/extend/workflows/${WORKFLOW}`);
  });

  it("has no stopRun: Stripe cannot stop a Workflow Run", () => {
    expectTypeOf<StripeClient>().not.toHaveProperty("stopRun");
    expect("stopRun" in client).toBe(false);
  });
});
