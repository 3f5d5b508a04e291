import type { WorkflowRun as CoreWorkflowRun } from "@wfrun/core";
import type { StripeWorkflowRun } from "@wfrun/stripe";
import type Stripe from "stripe";
import { describe, expect, expectTypeOf, it } from "vitest";
import { fromStripe } from "./stripe.js";

type SdkWorkflowRun = Stripe.V2.Extend.WorkflowRun;

describe("stripe-node's own WorkflowRun (stripe 22.7 beta)", () => {
  it("is a StripeWorkflowRun, so fromStripe keeps raw typed", () => {
    expectTypeOf<SdkWorkflowRun>().toMatchTypeOf<StripeWorkflowRun>();
    // The typed overload, not the `unknown` one: `raw` stays the SDK's object.
    expectTypeOf(fromStripe<SdkWorkflowRun>).returns.toEqualTypeOf<
      CoreWorkflowRun<"stripe", SdkWorkflowRun>
    >();

    const sdkRun: SdkWorkflowRun = {
      id: "wfrun_test_1",
      object: "v2.extend.workflow_run",
      created: "2026-04-22T10:00:00.000Z",
      livemode: false,
      status: "succeeded",
      status_details: { started: {}, succeeded: {} },
      status_transitions: {
        started_at: "2026-04-22T10:00:01.000Z",
        succeeded_at: "2026-04-22T10:00:03.500Z",
      },
      trigger: { type: "manual", manual: { input_parameters: { customer: "cus_1" } } },
      workflow: "wf_test_1",
    };
    const run = fromStripe(sdkRun);
    expectTypeOf(run.raw).toEqualTypeOf<SdkWorkflowRun>();
    expect(run.raw).toBe(sdkRun);
    expect(run).toMatchObject({ status: "succeeded", durationMs: 2_500, inputs: { customer: "cus_1" } });
  });

  it("accepts the values stripe-node types openly: a trigger type and a status Stripe adds later", () => {
    const later: SdkWorkflowRun = {
      id: "wfrun_test_2",
      object: "v2.extend.workflow_run",
      created: "2026-04-22T10:00:00.000Z",
      livemode: true,
      status: "paused",
      status_transitions: {},
      trigger: { type: "schedule" },
      workflow: "wf_test_1",
    };
    const asOurs: StripeWorkflowRun = later;
    expect(fromStripe(asOurs)).toMatchObject({ status: "unknown", providerStatus: "paused" });
  });
});
