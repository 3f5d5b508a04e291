import { isTerminal, type RunStatus, type WorkflowRun } from "@wfrun/core";
import { createStripeClient, type StripeWorkflowRun } from "@wfrun/stripe";
import { json, specExample, specExamples, startServer } from "@wfrun/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkVendorProperties,
  PROPERTY_TIMEOUT_MS,
  documentedStatus,
  expectRefusal,
  idValue,
  jsonObject,
  statusValue,
  timestampValue,
  withExtraFields,
} from "./__fixtures__/properties.js";
import { fromStripe } from "./stripe.js";

const example = () => specExample("stripe", "200", "succeeded") as StripeWorkflowRun;

/** Every 200 example of specs/stripe.yaml, mapped by hand. */
const EXPECTED: Record<string, Omit<WorkflowRun<"stripe">, "raw">> = {
  succeeded: {
    provider: "stripe",
    id: "wfrun_test_61UTL7vuMHzp5fHTd16TT0rUFzSQLefl99yAJBArITFo",
    workflowId: "wf_test_61UNwDso5RkJhsXt116TT0rUFzSQLefl99yAJBArIFXc",
    status: "succeeded",
    providerStatus: "succeeded",
    createdAt: "2026-04-08T14:33:27.076Z",
    startedAt: "2026-04-08T14:33:27.335Z",
    finishedAt: "2026-04-08T14:33:29.177Z",
    durationMs: 1842,
    inputs: null, // an event trigger carries no input parameters
    outputs: null,
    error: null,
    usage: {},
  },
};

describe("fromStripe: the spec's examples", () => {
  const examples = specExamples("stripe").filter(
    (e) => e.path === "/v2/extend/workflow_runs/{id}" && e.status === "200",
  );

  it("has a hand-checked run for every 200 example in the spec", () => {
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(examples.map((e) => [e.name, e.value] as const))("maps the %s example", (name, value) => {
    const run = fromStripe(value);
    expect(run).toStrictEqual({ ...EXPECTED[name], raw: value });
    expect(run.raw).toBe(value);
  });

  it("maps a run fetched over HTTP by @wfrun/stripe", async () => {
    const server = await startServer((_, res) => json(res, 200, example()));
    try {
      const client = createStripeClient({ apiKey: "sk_test_normalize", baseUrl: server.url, maxRetries: 0 });
      const run = fromStripe(await client.getWorkflowRun(EXPECTED.succeeded!.id));
      expect(run).toStrictEqual({ ...EXPECTED.succeeded, raw: example() });
    } finally {
      await server.close();
    }
  });
});

describe("fromStripe: documented variants", () => {
  const variant = (patch: Partial<Record<keyof StripeWorkflowRun, unknown>>) =>
    ({ ...example(), ...patch }) as StripeWorkflowRun;

  it.each([
    ["started", "running", false],
    ["succeeded", "succeeded", true],
    ["failed", "failed", true],
    ["canceled", "unknown", false], // not a Stripe status today: never a crash
    ["STARTED", "unknown", false],
  ] as const)("status %s is %s (terminal %s)", (providerStatus, status, terminal) => {
    const run = fromStripe(variant({ status: providerStatus }));
    expect([run.status, run.providerStatus, isTerminal(run.status)]).toEqual([
      status,
      providerStatus,
      terminal,
    ]);
  });

  it("takes a failed run's finish from failed_at and its message from status_details", () => {
    const run = fromStripe(
      variant({
        status: "failed",
        status_details: {
          failed: { error_message: "Action send_email failed" },
          started: {},
          succeeded: null,
        },
        status_transitions: {
          started_at: "2026-04-08T14:33:27.335Z",
          failed_at: "2026-04-08T14:33:28.000+00:00",
          succeeded_at: null,
        },
      }),
    );
    expect(run.finishedAt).toBe("2026-04-08T14:33:28.000Z");
    expect(run.durationMs).toBe(665);
    expect(run.error).toStrictEqual({ message: "Action send_email failed" });
  });

  it("gives a failed run without a message an error with a null message", () => {
    const run = fromStripe(variant({ status: "failed", status_details: null }));
    expect(run.error).toStrictEqual({ message: null });
  });

  it("times a run without a start transition from its creation", () => {
    const run = fromStripe(
      variant({ status_transitions: { started_at: null, succeeded_at: "2026-04-08T14:33:28.076Z" } }),
    );
    expect([run.startedAt, run.durationMs]).toEqual([null, 1000]);
  });

  it("leaves a started run unfinished", () => {
    const run = fromStripe(
      variant({ status: "started", status_transitions: { started_at: "2026-04-08T14:33:27.335Z" } }),
    );
    expect([run.finishedAt, run.durationMs, run.error]).toEqual([null, null, null]);
  });

  it("reads a manual trigger's input parameters as inputs, as a copy", () => {
    const payload = variant({
      trigger: { type: "manual", manual: { input_parameters: { customer: "cus_1" } } },
    });
    const run = fromStripe(payload);
    expect(run.inputs).toStrictEqual({ customer: "cus_1" });
    run.inputs!.customer = "changed";
    expect(payload.trigger.manual?.input_parameters).toStrictEqual({ customer: "cus_1" });
  });

  it("accepts an earlier preview's object name and fields it does not know", () => {
    const run = fromStripe(variant({ object: "v2.core.workflow_run", brand_new: { nested: [1] } } as never));
    expect(run.status).toBe("succeeded");
    expect((run.raw as Record<string, unknown>).brand_new).toStrictEqual({ nested: [1] });
  });

  it("makes an unreadable timestamp null and keeps it in raw", () => {
    const run = fromStripe(variant({ created: "2026-13-08T14:33:27.076Z" }));
    expect(run.createdAt).toBeNull();
    expect(run.raw.created).toBe("2026-13-08T14:33:27.076Z");
  });
});

describe("fromStripe: payloads that are not a Stripe run", () => {
  it.each([
    ["a string", "wfrun_123", "$"],
    ["null", null, "$"],
    ["an array", [example()], "$"],
    ["no id", { ...example(), id: undefined }, "$.id"],
    ["an empty id", { ...example(), id: "" }, "$.id"],
    ["an object id", { ...example(), id: { value: "wfrun_1" } }, "$.id"],
    ["no status", { ...example(), status: undefined }, "$.status"],
    ["a numeric status", { ...example(), status: 3 }, "$.status"],
  ])("refuses %s, naming %s", (_, payload, path) => {
    let thrown: unknown;
    try {
      fromStripe(payload);
    } catch (error) {
      thrown = error;
    }
    expectRefusal(thrown, "stripe");
    expect(thrown).toMatchObject({ path, name: "NormalizeError" });
  });
});

const STRIPE_STATUS: Record<string, RunStatus> = {
  started: "running",
  succeeded: "succeeded",
  failed: "failed",
};
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const validStripeRun = withExtraFields(
  fc.record(
    {
      id: fc.oneof(fc.string({ minLength: 1 }), idValue.map(String)),
      object: fc.constantFrom("v2.extend.workflow_run", "v2.core.workflow_run"),
      created: timestampValue,
      livemode: fc.boolean(),
      status: statusValue(Object.keys(STRIPE_STATUS)),
      status_details: nullable(
        fc.record(
          {
            failed: nullable(fc.record({ error_message: nullable(fc.string()) }, { requiredKeys: [] })),
            started: nullable(jsonObject),
            succeeded: nullable(jsonObject),
          },
          { requiredKeys: [] },
        ),
      ),
      status_transitions: fc.record(
        { failed_at: timestampValue, started_at: timestampValue, succeeded_at: timestampValue },
        { requiredKeys: [] },
      ),
      trigger: fc.oneof(
        fc.record({
          type: fc.constant("event_trigger"),
          event_trigger: fc.record({ id: fc.string(), context: fc.string(), type: fc.string() }),
        }),
        fc.record({
          type: fc.constant("manual"),
          manual: nullable(fc.record({ input_parameters: jsonObject }, { requiredKeys: [] })),
        }),
      ),
      workflow: fc.string(),
    },
    { requiredKeys: ["id", "status"] },
  ),
  [
    "id",
    "object",
    "created",
    "livemode",
    "status",
    "status_details",
    "status_transitions",
    "trigger",
    "workflow",
  ],
);

describe("fromStripe: properties", () => {
  it(
    "maps every valid-shaped payload, refuses only with NormalizeError, and round-trips",
    () => {
      checkVendorProperties({
        provider: "stripe",
        map: (payload) => fromStripe(payload),
        validShaped: validStripeRun,
        expectedStatus: (payload) => documentedStatus(STRIPE_STATUS, payload.status),
        documentedTerminal: (payload) => payload.status === "succeeded" || payload.status === "failed",
        check(run, payload) {
          expect(run.id).toBe(payload.id);
        },
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
