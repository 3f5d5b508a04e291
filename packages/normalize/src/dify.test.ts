import { isTerminal, type RunStatus, type WorkflowRun } from "@wfrun/core";
import { createDifyClient, type DifyWorkflowRun } from "@wfrun/dify";
import { specExample, specExamples, startServer } from "@wfrun/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkVendorProperties,
  PROPERTY_TIMEOUT_MS,
  countValue,
  documentedStatus,
  expectRefusal,
  idValue,
  jsonObject,
  statusValue,
  timestampValue,
  withExtraFields,
} from "./__fixtures__/properties.js";
import { fromDify } from "./dify.js";

const succeeded = () => specExample("dify", "200", "succeeded") as DifyWorkflowRun;

/** Every 200 example of specs/dify.yaml, mapped by hand. */
const EXPECTED: Record<string, Omit<WorkflowRun<"dify">, "raw">> = {
  succeeded: {
    provider: "dify",
    id: "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
    workflowId: "7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345",
    status: "succeeded",
    providerStatus: "succeeded",
    createdAt: "2024-01-16T12:20:29.000Z", // 1705407629
    startedAt: null,
    finishedAt: "2024-01-16T12:20:30.000Z", // 1705407630
    durationMs: 1230, // elapsed_time 1.23 s, not the 1 s the whole-second timestamps show
    inputs: { query: "Translate this to French" },
    outputs: { result: "Traduisez ceci en francais" },
    error: null,
    usage: { tokens: 150, steps: 3 },
  },
  running_inputs_json_string: {
    provider: "dify",
    id: "2c9f1a7e-0b3d-4c8e-9f6a-5d4e3b2a1c0f",
    workflowId: "7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345",
    status: "running",
    providerStatus: "running",
    createdAt: "2024-01-16T12:20:29.000Z",
    startedAt: null,
    finishedAt: null,
    durationMs: null,
    inputs: { query: "Translate this to French" }, // parsed from the JSON string
    outputs: null,
    error: null,
    usage: { tokens: 0, steps: 1 },
  },
};

describe("fromDify: the spec's examples", () => {
  const examples = specExamples("dify").filter(
    (e) => e.path === "/workflows/run/{workflow_run_id}" && e.status === "200",
  );

  it("has a hand-checked run for every 200 example in the spec", () => {
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(examples.map((e) => [e.name, e.value] as const))("maps the %s example", (name, value) => {
    const run = fromDify(value);
    expect(run).toStrictEqual({ ...EXPECTED[name], raw: value });
    expect(run.raw).toBe(value);
  });

  it("maps a run fetched over HTTP by @wfrun/dify, integers beyond 2^53 included", async () => {
    const body = JSON.stringify(succeeded()).replace(
      '"total_tokens":150',
      '"total_tokens":98765432109876543210',
    );
    const server = await startServer((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
    try {
      const client = createDifyClient({ apiKey: "app-normalize", baseUrl: server.url, maxRetries: 0 });
      const run = fromDify(await client.getWorkflowRun(EXPECTED.succeeded!.id));
      expect(run.raw.total_tokens).toBe("98765432109876543210"); // core kept the exact digits in raw
      expect(run.usage).toStrictEqual({ tokens: 98765432109876543210, steps: 3 });
      expect(run.status).toBe("succeeded");
    } finally {
      await server.close();
    }
  });
});

describe("fromDify: documented variants", () => {
  const variant = (patch: Record<string, unknown>) => ({ ...succeeded(), ...patch }) as DifyWorkflowRun;

  it.each([
    ["scheduled", "queued", false],
    ["running", "running", false],
    ["paused", "waiting", false],
    ["succeeded", "succeeded", true],
    ["partial-succeeded", "partially_succeeded", true],
    ["failed", "failed", true],
    ["stopped", "canceled", true],
    ["partial_succeeded", "unknown", false],
    ["", "unknown", false],
  ] as const)("status %j is %s (terminal %s)", (providerStatus, status, terminal) => {
    const run = fromDify(variant({ status: providerStatus }));
    expect([run.status, run.providerStatus, isTerminal(run.status)]).toEqual([
      status,
      providerStatus,
      terminal,
    ]);
  });

  it("keeps a failed run's message, and gives partial-succeeded one too", () => {
    expect(fromDify(variant({ status: "failed", error: "Node LLM timed out" })).error).toStrictEqual({
      message: "Node LLM timed out",
    });
    expect(fromDify(variant({ status: "partial-succeeded", error: null })).error).toStrictEqual({
      message: null,
    });
    expect(fromDify(variant({ status: "failed", error: "" })).error).toStrictEqual({ message: null });
  });

  it.each([
    ["an object", { q: 1 }, { q: 1 }],
    ["a JSON string of an object", '{"q":[1,{"deep":true}]}', { q: [1, { deep: true }] }],
    [
      "a JSON string with -0 and a huge integer",
      '{"a":-0,"b":12345678901234567890}',
      { a: 0, b: "12345678901234567890" },
    ],
    ["null", null, null],
    ["an empty string", "", null],
    ["a string that is not JSON", "query=hello", null],
    ["a JSON string of an array", "[1,2]", null],
    ["a JSON string of a string", '"hello"', null],
    ["an array", [{ q: 1 }], null],
  ])("reads inputs given as %s", (_, inputs, expected) => {
    const payload = variant({ inputs });
    const run = fromDify(payload);
    expect(run.inputs).toStrictEqual(expected);
    expect(run.raw.inputs).toBe(inputs);
  });

  it("refuses inputs given as a JSON string nested deep enough to overflow, with NormalizeError", () => {
    const payload = variant({ inputs: `{"a":${"[".repeat(100_000)}}` });
    expect(() => fromDify(payload)).toThrow(
      expect.objectContaining({ name: "NormalizeError", path: "$.inputs" }),
    );
  });

  it("reads outputs that are {} before there are any, and null", () => {
    expect(fromDify(variant({ outputs: {} })).outputs).toStrictEqual({});
    expect(fromDify(variant({ outputs: null })).outputs).toBeNull();
  });

  it.each([
    ["elapsed_time in seconds", { elapsed_time: 0.0004 }, 0],
    ["elapsed_time as a digit string", { elapsed_time: "2.5" }, 2500],
    ["no elapsed_time: finish − start", { elapsed_time: null, finished_at: 1705407689 }, 60_000],
    ["a negative elapsed_time: finish − start", { elapsed_time: -1 }, 1000],
    ["a finish before the start", { elapsed_time: null, finished_at: 1705407000 }, null],
  ])("durationMs from %s", (_, patch, expected) => {
    expect(fromDify(variant(patch)).durationMs).toBe(expected);
  });

  it("reads unix seconds as digit strings and floats, and drops absurd ones", () => {
    const run = fromDify(variant({ created_at: "1705407629", finished_at: 1705407630.5 }));
    expect([run.createdAt, run.finishedAt]).toEqual(["2024-01-16T12:20:29.000Z", "2024-01-16T12:20:30.500Z"]);
    const absurd = fromDify(variant({ created_at: 1705407629000000, finished_at: -5 }));
    expect([absurd.createdAt, absurd.finishedAt]).toEqual([null, null]);
    expect(absurd.raw.created_at).toBe(1705407629000000);
  });

  it("leaves out usage it cannot read", () => {
    expect(fromDify(variant({ total_tokens: "many", total_steps: -1 })).usage).toStrictEqual({});
  });
});

describe("fromDify: payloads that are not a Dify run", () => {
  it.each([
    ["a number", 42, "$"],
    ["no id", { ...succeeded(), id: undefined }, "$.id"],
    ["a boolean id", { ...succeeded(), id: true }, "$.id"],
    ["a null status", { ...succeeded(), status: null }, "$.status"],
    ["an object status", { ...succeeded(), status: { value: "running" } }, "$.status"],
  ])("refuses %s, naming %s", (_, payload, path) => {
    let thrown: unknown;
    try {
      fromDify(payload);
    } catch (error) {
      thrown = error;
    }
    expectRefusal(thrown, "dify");
    expect(thrown).toMatchObject({ path, name: "NormalizeError" });
  });
});

const DIFY_STATUS: Record<string, RunStatus> = {
  scheduled: "queued",
  running: "running",
  paused: "waiting",
  succeeded: "succeeded",
  "partial-succeeded": "partially_succeeded",
  failed: "failed",
  stopped: "canceled",
};
const DIFY_TERMINAL = new Set(["succeeded", "partial-succeeded", "failed", "stopped"]);

const validDifyRun = withExtraFields(
  fc.record(
    {
      id: fc.oneof(fc.uuid(), idValue),
      workflow_id: fc.option(fc.uuid(), { nil: null }),
      status: statusValue(Object.keys(DIFY_STATUS)),
      // object (newer docs), JSON string (older docs), null (mid 2026), or a string that is not JSON at all
      inputs: fc.oneof(
        jsonObject,
        jsonObject.map((o) => JSON.stringify(o)),
        fc.string(),
        fc.constant(null),
      ),
      outputs: fc.oneof(jsonObject, fc.constant({}), fc.constant(null)),
      error: fc.option(fc.string(), { nil: null }),
      total_steps: countValue,
      total_tokens: countValue,
      created_at: timestampValue,
      finished_at: timestampValue,
      elapsed_time: fc.oneof(fc.double({ min: 0, max: 1e5, noNaN: true }), countValue),
    },
    { requiredKeys: ["id", "status"] },
  ),
  [
    "id",
    "workflow_id",
    "status",
    "inputs",
    "outputs",
    "error",
    "total_steps",
    "total_tokens",
    "created_at",
    "finished_at",
    "elapsed_time",
  ],
);

describe("fromDify: properties", () => {
  it(
    "maps every valid-shaped payload, refuses only with NormalizeError, and round-trips",
    () => {
      checkVendorProperties({
        provider: "dify",
        map: (payload) => fromDify(payload),
        validShaped: validDifyRun,
        expectedStatus: (payload) => documentedStatus(DIFY_STATUS, payload.status),
        documentedTerminal: (payload) => DIFY_TERMINAL.has(payload.status as string),
        check(run, payload) {
          expect(run.id).toBe(String(payload.id));
          if (typeof payload.inputs === "object" && payload.inputs !== null)
            expect(run.inputs).toEqual(payload.inputs);
        },
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
