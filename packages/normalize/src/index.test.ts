import * as core from "@wfrun/core";
import { specExample } from "@wfrun/testkit";
import { describe, expect, expectTypeOf, it } from "vitest";
import { fromCopyAi } from "./copyai.js";
import { fromDify } from "./dify.js";
import {
  isProviderName,
  isTerminal,
  normalize,
  NormalizeError,
  PROVIDERS,
  RUN_STATUSES,
  TERMINAL_STATUSES,
  type ProviderName,
  type RunStatus,
  type WorkflowRun,
} from "./index.js";
import { fromStripe } from "./stripe.js";
import { fromZuora } from "./zuora.js";

describe("the root entry", () => {
  it("re-exports the model of @wfrun/core rather than a copy of it", () => {
    expect(RUN_STATUSES).toBe(core.RUN_STATUSES);
    expect(TERMINAL_STATUSES).toBe(core.TERMINAL_STATUSES);
    expect(isTerminal).toBe(core.isTerminal);
    expectTypeOf<RunStatus>().toEqualTypeOf<core.RunStatus>();
  });

  it("calls exactly the terminal statuses terminal", () => {
    const terminal = RUN_STATUSES.filter((status) => isTerminal(status));
    expect(terminal).toEqual(["succeeded", "partially_succeeded", "failed", "canceled"]);
  });

  it("exposes NormalizeError as a WfrunError", () => {
    expect(new NormalizeError("dify", "$.id", "must be a string")).toBeInstanceOf(core.WfrunError);
  });
});

describe("normalize(provider, payload)", () => {
  const payloads: Record<ProviderName, unknown> = {
    stripe: specExample("stripe", "200", "succeeded"),
    dify: specExample("dify", "200", "succeeded"),
    zuora: specExample("zuora", "200", "finished"),
    copyai: specExample("copyai", "200", "success"),
  };
  const mappers: Record<ProviderName, (payload: unknown) => WorkflowRun> = {
    stripe: fromStripe,
    dify: fromDify,
    zuora: fromZuora,
    copyai: fromCopyAi,
  };

  it.each(PROVIDERS.map((provider) => [provider]))("gives the same run as the %s mapper", (provider) => {
    const payload = payloads[provider];
    const run = normalize(provider, payload);
    expect(run).toStrictEqual(mappers[provider](payload));
    expect(run.provider).toBe(provider);
    expect(run.raw).toBe(payload);
  });

  it("types the provider of the run from a literal name, and widens it for a name held in a string", () => {
    // Never called: only the types of these calls are checked.
    const literal = () => normalize("dify", {});
    const held = (name: string) => normalize(name, {});
    expectTypeOf(literal).returns.toEqualTypeOf<WorkflowRun<"dify">>();
    expectTypeOf(held).returns.toEqualTypeOf<WorkflowRun<ProviderName>>();
  });

  it("passes the requested ids on to the Copy.ai mapper", () => {
    const run = normalize("copyai", { id: "WRUN-1", status: "NEW" }, { workflowId: "WCFG-1" });
    expect([run.id, run.workflowId, run.status]).toEqual(["WRUN-1", "WCFG-1", "queued"]);
  });

  it("throws the mapper's NormalizeError for a payload of the wrong shape", () => {
    expect(() => normalize("zuora", { id: 1, status: 2 })).toThrow(
      expect.objectContaining({ name: "NormalizeError", provider: "zuora", path: "$.status" }),
    );
  });

  it.each([["github"], ["Stripe"], [""], ["__proto__"], ["constructor"], ["toString"]])(
    "refuses the provider name %j with InvalidArgumentError, without echoing it",
    (name) => {
      let thrown: unknown;
      try {
        normalize(name, payloads.stripe);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(core.InvalidArgumentError);
      expect(thrown).toMatchObject({ argument: "provider" });
      expect((thrown as Error).message).toBe(
        "normalize: unknown provider; expected one of stripe, dify, zuora, copyai",
      );
    },
  );

  it("tells a known provider name from any other value", () => {
    expect(PROVIDERS.every(isProviderName)).toBe(true);
    for (const value of ["github", "STRIPE", "", 1, null, undefined, ["stripe"]]) {
      expect(isProviderName(value)).toBe(false);
    }
  });
});
