import { isTerminal, type RunStatus, type WorkflowRun } from "@wfrun/core";
import { createCopyAiClient, type CopyAiWorkflowRun } from "@wfrun/copyai";
import { json, specExample, specExamples, startServer } from "@wfrun/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkVendorProperties,
  PROPERTY_TIMEOUT_MS,
  countValue,
  documentedStatus,
  expectRefusal,
  jsonObject,
  statusValue,
  timestampValue,
  withExtraFields,
} from "./__fixtures__/properties.js";
import { fromCopyAi } from "./copyai.js";

type Envelope = { status: string; data: CopyAiWorkflowRun };
const envelope = (name: string) => specExample("copyai", "200", name) as Envelope;
const complete = () => envelope("complete").data;

/** Every 200 example of specs/copyai.yaml, mapped by hand (no ids passed: only what the payload says). */
const EXPECTED: Record<string, Omit<WorkflowRun<"copyai">, "raw">> = {
  complete: {
    provider: "copyai",
    id: "<run_id>", // the page's placeholder, kept as sent
    workflowId: null, // this example does not carry it
    status: "succeeded",
    providerStatus: "COMPLETE",
    createdAt: "2023-04-06T22:34:46.704Z",
    startedAt: null,
    finishedAt: null,
    durationMs: null,
    inputs: {
      "Input 1": "Inputs vary depending on the workflow used.",
      "Input 2": "The best way to see an example is to try it!",
    },
    outputs: {
      "Output 1": "Outputs vary depending on the workflow used.",
      "Output 2": "The best way to see an example is to try it!",
    },
    error: null,
    usage: { credits: 2 },
  },
  success: {
    provider: "copyai",
    id: "WRUN-dc46baf3-cb19-4424-be04-95ba630409bf",
    workflowId: "WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa",
    status: "unknown", // this example has no status: nothing says whether the run is over
    providerStatus: "",
    createdAt: "2023-09-27T18:34:13.091Z",
    startedAt: null,
    finishedAt: null,
    durationMs: null,
    inputs: null,
    outputs: { text: "workflow run output" },
    error: null,
    usage: { credits: 9001 }, // sent as the string "9001"
  },
};

describe("fromCopyAi: the spec's examples", () => {
  const examples = specExamples("copyai").filter(
    (e) => e.path === "/api/workflow/{workflow_id}/run/{run_id}" && e.status === "200",
  );

  it("has a hand-checked run for every 200 example in the spec", () => {
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(examples.map((e) => [e.name, e.value] as const))(
    "maps the %s example, envelope or data",
    (name, value) => {
      expect(fromCopyAi(value)).toStrictEqual({ ...EXPECTED[name], raw: value });
      const data = (value as Envelope).data;
      const run = fromCopyAi(data);
      expect(run).toStrictEqual({ ...EXPECTED[name], raw: data });
      expect(run.raw).toBe(data);
    },
  );

  it("maps a run fetched over HTTP by @wfrun/copyai, taking the workflow id from the request", async () => {
    const server = await startServer((_, res) => json(res, 200, envelope("complete")));
    try {
      const client = createCopyAiClient({ apiKey: "key-normalize", baseUrl: server.url, maxRetries: 0 });
      const ids = { workflowId: "WCFG-1", runId: "WRUN-1" };
      const run = fromCopyAi(await client.getWorkflowRun(ids.workflowId, ids.runId), ids);
      expect(run).toStrictEqual({ ...EXPECTED.complete, workflowId: "WCFG-1", raw: complete() });
    } finally {
      await server.close();
    }
  });
});

describe("fromCopyAi: documented variants", () => {
  const variant = (patch: Record<string, unknown>) => ({ ...complete(), ...patch }) as CopyAiWorkflowRun;

  it.each([
    ["NEW", "queued", false],
    ["WAITING", "queued", false],
    ["PROCESSING", "running", false],
    ["RETRYING", "running", false],
    ["COMPLETE", "succeeded", true],
    ["FAILED", "failed", true],
    ["CANCELLED", "unknown", false],
    ["complete", "unknown", false],
  ] as const)("status %s is %s (terminal %s)", (providerStatus, status, terminal) => {
    const run = fromCopyAi(variant({ status: providerStatus }));
    expect([run.status, run.providerStatus, isTerminal(run.status)]).toEqual([
      status,
      providerStatus,
      terminal,
    ]);
  });

  it("reads a missing or null status as unknown with an empty providerStatus", () => {
    for (const status of [undefined, null]) {
      const run = fromCopyAi(variant({ status }));
      expect([run.status, run.providerStatus]).toEqual(["unknown", ""]);
    }
  });

  it("prefers the run's own ids to the ones passed, and falls back on them", () => {
    const own = fromCopyAi(variant({ workflowId: "WCFG-own" }), {
      workflowId: "WCFG-asked",
      runId: "WRUN-asked",
    });
    expect([own.id, own.workflowId]).toEqual(["<run_id>", "WCFG-own"]);
    const bare = fromCopyAi(variant({ id: undefined, workflowRunId: "WRUN-2" }));
    expect(bare.id).toBe("WRUN-2");
    const none = fromCopyAi(variant({ id: undefined }), { runId: "WRUN-asked" });
    expect(none.id).toBe("WRUN-asked");
    expect(fromCopyAi(variant({}), null as never).workflowId).toBeNull(); // a JS caller's null is no ids
    expect(() => fromCopyAi(variant({ id: undefined }))).toThrow(expect.objectContaining({ path: "$.id" }));
  });

  it.each([
    ["an integer", 2, { credits: 2 }],
    ["a digit string", "9001", { credits: 9001 }],
    ["a digit string beyond 2^53", "12345678901234567890", { credits: 12345678901234567000 }],
    ["not a number", "lots", {}],
    ["negative", -1, {}],
    ["missing", undefined, {}],
  ])("reads credits given as %s", (_, credits, usage) => {
    expect(fromCopyAi(variant({ credits })).usage).toStrictEqual(usage);
  });

  it("reads null input, output and metadata as Copy.ai's list page shows them", () => {
    const run = fromCopyAi(variant({ input: null, output: null, metadata: null }));
    expect([run.inputs, run.outputs]).toEqual([null, null]);
  });

  it("gives a FAILED run an error, with Copy.ai's message when one is sent", () => {
    expect(fromCopyAi(variant({ status: "FAILED" })).error).toStrictEqual({ message: null });
    expect(fromCopyAi(variant({ status: "FAILED", error: "Step 2 failed" })).error).toStrictEqual({
      message: "Step 2 failed",
    });
  });

  it("reads createdAt without milliseconds, as on the list page", () => {
    expect(fromCopyAi(variant({ createdAt: "2023-09-27T18:24:47Z" })).createdAt).toBe(
      "2023-09-27T18:24:47.000Z",
    );
  });
});

describe("fromCopyAi: payloads that are not a Copy.ai run", () => {
  it.each([
    ["undefined", undefined, "$"],
    ["an error envelope", { status: "error", errorCode: "NOT_FOUND" }, "$.id"],
    ["an envelope without a run", { status: "success", data: null }, "$.data"],
    ["an envelope whose run has no id", { status: "success", data: { status: "NEW" } }, "$.data.id"],
    ["a run with a numeric status", { ...complete(), status: 200 }, "$.status"],
    [
      "an envelope whose run has a list status",
      { status: "success", data: { id: "W", status: [] } },
      "$.data.status",
    ],
  ])("refuses %s, naming %s", (_, payload, path) => {
    let thrown: unknown;
    try {
      fromCopyAi(payload);
    } catch (error) {
      thrown = error;
    }
    expectRefusal(thrown, "copyai");
    expect(thrown).toMatchObject({ path, name: "NormalizeError" });
  });
});

const COPYAI_STATUS: Record<string, RunStatus> = {
  NEW: "queued",
  WAITING: "queued",
  PROCESSING: "running",
  RETRYING: "running",
  COMPLETE: "succeeded",
  FAILED: "failed",
};

const runId = fc.oneof(
  fc.uuid().map((id) => `WRUN-${id}`),
  fc.string({ minLength: 1 }),
);
const validCopyAiData = withExtraFields(
  fc.record(
    {
      id: runId,
      workflowRunId: runId,
      workflowId: fc.uuid().map((id) => `WCFG-${id}`),
      status: statusValue(Object.keys(COPYAI_STATUS)),
      input: fc.option(jsonObject, { nil: null }),
      output: fc.option(jsonObject, { nil: null }),
      metadata: fc.option(jsonObject, { nil: null }),
      createdAt: timestampValue,
      credits: countValue,
    },
    { requiredKeys: ["id"] },
  ),
  [
    "id",
    "workflowRunId",
    "workflowId",
    "status",
    "input",
    "output",
    "metadata",
    "createdAt",
    "credits",
    "data",
  ],
);
/** The run as @wfrun/copyai returns it, or the whole envelope as the raw client does. */
const validCopyAiRun = fc.oneof(
  validCopyAiData,
  validCopyAiData.map((data) => ({ status: "success", data })),
);
const dataOf = (payload: Record<string, unknown>) =>
  (payload.status === "success" && "data" in payload ? payload.data : payload) as Record<string, unknown>;

describe("fromCopyAi: properties", () => {
  it(
    "maps every valid-shaped payload, refuses only with NormalizeError, and round-trips",
    () => {
      checkVendorProperties({
        provider: "copyai",
        map: (payload) => fromCopyAi(payload),
        validShaped: validCopyAiRun,
        expectedStatus: (payload) => documentedStatus(COPYAI_STATUS, dataOf(payload).status),
        documentedTerminal: (payload) => ["COMPLETE", "FAILED"].includes(dataOf(payload).status as string),
        check(run, payload) {
          expect(run.id).toBe(dataOf(payload).id);
          expect(run.providerStatus).toBe(dataOf(payload).status ?? "");
        },
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
