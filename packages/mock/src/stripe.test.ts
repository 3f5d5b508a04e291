import {
  AuthenticationError,
  createStripeClient,
  NotFoundError,
  type StripeWorkflowRun,
} from "@wfrun/stripe";
import { specExample } from "@wfrun/testkit";
import { expect } from "vitest";
import { describeMockedProvider } from "./__fixtures__/provider-suite.js";

describeMockedProvider<StripeWorkflowRun>({
  provider: "stripe",
  errors: { NotFoundError, AuthenticationError },
  connect(mock, credential) {
    const client = createStripeClient({ apiKey: credential, baseUrl: mock.baseUrls.stripe });
    return (runId) => client.getWorkflowRun(runId);
  },
  status: (run) => run.status,
  succeeded: (runId) => ({ ...(specExample("stripe", "200", "succeeded") as object), id: runId }),
  expectFailed(run) {
    const example = specExample("stripe", "200", "succeeded") as StripeWorkflowRun;
    expect(run).toMatchObject({ status: "failed", workflow: example.workflow, created: example.created });
    expect(run.status_details?.failed?.error_message).toEqual(expect.stringMatching(/\S/));
    expect(run.status_details?.succeeded).toBeNull();
    expect(run.status_transitions).toEqual({
      failed_at: example.status_transitions.succeeded_at,
      started_at: example.status_transitions.started_at,
      succeeded_at: null,
    });
  },
  progress: ["started", "started", "succeeded"],
});
