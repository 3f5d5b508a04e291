import { isTerminal, type RunStatus, type WorkflowRun } from "@wfrun/core";
import { specExample, specExamples, startServer } from "@wfrun/testkit";
import { createZuoraClient, type ZuoraWorkflowRun } from "@wfrun/zuora";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkVendorProperties,
  PROPERTY_TIMEOUT_MS,
  documentedStatus,
  expectRefusal,
  idValue,
  statusValue,
  timestampValue,
  validCountValue,
  withExtraFields,
} from "./__fixtures__/properties.js";
import { fromZuora } from "./zuora.js";

const RUN_PATH = "/workflows/workflow_runs/{workflow_run_id}";
const finished = () => specExample("zuora", "200", "finished") as ZuoraWorkflowRun;

/** Every 200 example of the run endpoint in specs/zuora.yaml, mapped by hand. */
const EXPECTED: Record<string, Omit<WorkflowRun<"zuora">, "raw">> = {
  finished: {
    provider: "zuora",
    id: "19063",
    workflowId: "19027",
    status: "succeeded", // Finished, 4 of 4 tasks succeeded, none in error
    providerStatus: "Finished",
    createdAt: "2019-09-10T19:32:21.000Z",
    startedAt: null,
    finishedAt: "2019-09-10T19:33:34.000Z",
    durationMs: 64513, // runTime 64.513026 s (the timestamps would say 73 s: runTime is Zuora's own measure)
    inputs: null,
    outputs: null,
    error: null,
    usage: {},
  },
};

describe("fromZuora: the spec's examples", () => {
  const examples = specExamples("zuora").filter((e) => e.path === RUN_PATH && e.status === "200");

  it("has a hand-checked run for every 200 example of the run endpoint", () => {
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(examples.map((e) => [e.name, e.value] as const))("maps the %s example", (name, value) => {
    const run = fromZuora(value);
    expect(run).toStrictEqual({ ...EXPECTED[name], raw: value });
    expect(run.raw).toBe(value);
  });

  it("maps a run fetched over HTTP by @wfrun/zuora, an id beyond 2^53 included", async () => {
    const body = JSON.stringify(finished()).replace('"id":19063', '"id":90071992547409931');
    const server = await startServer((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
    try {
      const client = createZuoraClient({
        baseUrl: server.url,
        accessToken: "token-normalize",
        maxRetries: 0,
      });
      const run = fromZuora(await client.getWorkflowRun("90071992547409931"));
      expect(run.id).toBe("90071992547409931");
      expect(run.status).toBe("succeeded");
    } finally {
      await server.close();
    }
  });
});

describe("fromZuora: documented variants", () => {
  const variant = (patch: Record<string, unknown>) => ({ ...finished(), ...patch }) as ZuoraWorkflowRun;
  const tasks = (counts: Record<string, unknown>) => variant({ tasks: counts });

  it.each([
    ["Queued", "queued", false],
    ["Processing", "running", false],
    ["Stopping", "running", false], // on its way to Stopped, not there yet
    ["Stopped", "canceled", true],
    ["Failed", "unknown", false],
    ["finished", "unknown", false],
  ] as const)("status %s is %s (terminal %s)", (providerStatus, status, terminal) => {
    const run = fromZuora(variant({ status: providerStatus }));
    expect([run.status, run.providerStatus, isTerminal(run.status)]).toEqual([
      status,
      providerStatus,
      terminal,
    ]);
  });

  it.each([
    ["no task in error", { error: 0, success: 4, total: 4 }, "succeeded"],
    ["every finished task in error", { error: 2, success: 0, total: 2 }, "failed"],
    ["errors and stopped tasks, no success", { error: 1, success: 0, stopped: 3, total: 4 }, "failed"],
    ["some in error, some succeeded", { error: 1, success: 3, total: 4 }, "partially_succeeded"],
    ["counts as digit strings", { error: "2", success: "2", total: "4" }, "partially_succeeded"],
    ["every task stopped", { error: 0, success: 0, stopped: 4, total: 4 }, "succeeded"],
    ["a task pending retry", { error: 0, success: 2, pending: 1, total: 3 }, "running"],
    ["errors and a task pending retry", { error: 1, success: 0, pending: 1, total: 2 }, "running"],
    ["a task still processing", { error: 0, success: 1, processing: 1, total: 2 }, "running"],
    ["null counts", { error: null, success: 4, total: 4 }, "succeeded"],
  ])("Finished with %s is %s", (_, counts, status) => {
    expect(fromZuora(tasks(counts)).status).toBe(status);
  });

  it("judges a Finished run without tasks as succeeded: nothing reports a failure", () => {
    expect(fromZuora(variant({ tasks: undefined })).status).toBe("succeeded");
    expect(fromZuora(variant({ tasks: null })).status).toBe("succeeded");
  });

  it("says why a failed or partially succeeded run failed, from its task counts (Zuora sends no message)", () => {
    expect(fromZuora(tasks({ error: 4, success: 0, total: 4 })).error).toStrictEqual({
      message: "4 of 4 tasks failed",
    });
    expect(fromZuora(tasks({ error: 1, success: 1 })).error).toStrictEqual({
      message: "1 of 2 tasks failed",
    });
    expect(fromZuora(tasks({ error: 1, success: 0, total: 1 })).error).toStrictEqual({
      message: "1 of 1 task failed",
    });
    expect(fromZuora(tasks({ error: 0, success: 4, total: 4 })).error).toBeNull();
  });

  it("gives a run that has not ended no duration: runTime is 0 while queued and still counting after", () => {
    expect(fromZuora(variant({ status: "Queued", runTime: 0 })).durationMs).toBeNull();
    expect(fromZuora(variant({ status: "Processing", runTime: 12.5 })).durationMs).toBeNull();
    expect(fromZuora(tasks({ error: 0, success: 1, pending: 1 })).durationMs).toBeNull();
    expect(fromZuora(variant({ status: "Stopped", runTime: 12.5 })).durationMs).toBe(12_500);
  });

  it("ignores unreadable task counts on a run that is not Finished", () => {
    expect(fromZuora(variant({ status: "Processing", tasks: "four" })).status).toBe("running");
  });

  it.each([
    ["without UTC", "2019-09-10 19:32:21", "2019-09-10T19:32:21.000Z"],
    ["in ISO form", "2019-09-10T19:32:21+02:00", "2019-09-10T17:32:21.000Z"],
    ["on a leap day", "2020-02-29 00:00:00 UTC", "2020-02-29T00:00:00.000Z"],
    ["on a day that does not exist", "2019-02-29 00:00:00 UTC", null],
    ["in month 13", "2019-13-10 19:32:21 UTC", null],
    ["at hour 24", "2019-09-10 24:00:00 UTC", null],
    ["in another zone word", "2019-09-10 19:32:21 PST", null],
  ])("reads a timestamp %s", (_, createdAt, expected) => {
    const run = fromZuora(variant({ createdAt }));
    expect(run.createdAt).toBe(expected);
    expect(run.raw.createdAt).toBe(createdAt);
  });

  it.each([
    ["runTime as a digit string", { runTime: "64.5" }, 64500],
    ["no runTime: finish − creation", { runTime: null }, 73_000],
    ["an unreadable runTime and finish", { runTime: "19:01:04", finishedAt: "soon" }, null],
  ])("durationMs from %s", (_, patch, expected) => {
    expect(fromZuora(variant(patch)).durationMs).toBe(expected);
  });

  it("makes ids strings, numeric or not", () => {
    const run = fromZuora(variant({ id: "19063", originalWorkflowId: "19027" }));
    expect([run.id, run.workflowId]).toEqual(["19063", "19027"]);
    expect(fromZuora(variant({ originalWorkflowId: null })).workflowId).toBeNull();
  });
});

describe("fromZuora: payloads that are not a Zuora run", () => {
  it.each([
    ["an array", [], "$"],
    ["no id", { ...finished(), id: undefined }, "$.id"],
    ["a null id", { ...finished(), id: null }, "$.id"],
    ["a numeric status", { ...finished(), status: 5 }, "$.status"],
    ["Finished with tasks that are not an object", { ...finished(), tasks: [4] }, "$.tasks"],
    ["Finished with an unreadable error count", { ...finished(), tasks: { error: "some" } }, "$.tasks.error"],
    [
      "Finished with a negative count",
      { ...finished(), tasks: { error: 0, pending: -1 } },
      "$.tasks.pending",
    ],
  ])("refuses %s, naming %s", (_, payload, path) => {
    let thrown: unknown;
    try {
      fromZuora(payload);
    } catch (error) {
      thrown = error;
    }
    expectRefusal(thrown, "zuora");
    expect(thrown).toMatchObject({ path, name: "NormalizeError" });
  });
});

const ZUORA_STATUS: Record<string, RunStatus> = {
  Queued: "queued",
  Processing: "running",
  Stopping: "running",
  Stopped: "canceled",
};
const count = (value: unknown) => (value === undefined || value === null ? 0 : Number(value));

/** The README's rule for a Finished run, written apart from the mapper. */
function expectedZuoraStatus(payload: Record<string, unknown>): RunStatus {
  if (payload.status !== "Finished") return documentedStatus(ZUORA_STATUS, payload.status);
  const tasks = (payload.tasks ?? {}) as Record<string, unknown>;
  if (count(tasks.pending) + count(tasks.processing) + count(tasks.queued) > 0) return "running";
  if (count(tasks.error) === 0) return "succeeded";
  return count(tasks.success) > 0 ? "partially_succeeded" : "failed";
}

const validZuoraRun = withExtraFields(
  fc.record(
    {
      id: idValue,
      name: fc.string(),
      originalWorkflowId: fc.oneof(idValue, fc.constant(null)),
      status: statusValue(["Queued", "Processing", "Stopping", "Stopped", "Finished", "Finished"]),
      tasks: fc.option(
        fc.record(
          {
            error: validCountValue,
            pending: validCountValue,
            processing: validCountValue,
            queued: validCountValue,
            stopped: validCountValue,
            success: validCountValue,
            total: validCountValue,
          },
          { requiredKeys: [] },
        ),
        { nil: null },
      ),
      createdAt: timestampValue,
      updatedAt: timestampValue,
      finishedAt: timestampValue,
      runTime: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(null), fc.string()),
      cpuTime: fc.oneof(fc.constant("19:01:04"), fc.string()),
      type: fc.constantFrom("Workflow::Instance", "Workflow::Setup"),
      messages: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2 }),
    },
    { requiredKeys: ["id", "status"] },
  ),
  [
    "id",
    "name",
    "originalWorkflowId",
    "status",
    "tasks",
    "createdAt",
    "updatedAt",
    "finishedAt",
    "runTime",
    "cpuTime",
    "type",
    "messages",
  ],
);

describe("fromZuora: properties", () => {
  it(
    "maps every valid-shaped payload, refuses only with NormalizeError, and round-trips",
    () => {
      checkVendorProperties({
        provider: "zuora",
        map: (payload) => fromZuora(payload),
        validShaped: validZuoraRun,
        expectedStatus: expectedZuoraStatus,
        documentedTerminal: (payload) =>
          payload.status === "Stopped" ||
          (payload.status === "Finished" && expectedZuoraStatus(payload) !== "running"),
        check(run, payload) {
          expect(run.id).toBe(String(payload.id));
        },
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
