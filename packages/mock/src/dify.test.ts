import { AuthenticationError, createDifyClient, NotFoundError, type DifyWorkflowRun } from "@wfrun/dify";
import { specExample } from "@wfrun/testkit";
import { expect } from "vitest";
import { describeMockedProvider } from "./__fixtures__/provider-suite.js";

describeMockedProvider<DifyWorkflowRun>({
  provider: "dify",
  errors: { NotFoundError, AuthenticationError },
  connect(mock, credential) {
    const client = createDifyClient({ apiKey: credential, baseUrl: mock.baseUrls.dify });
    return (runId) => client.getWorkflowRun(runId);
  },
  status: (run) => run.status,
  succeeded: (runId) => ({ ...(specExample("dify", "200", "succeeded") as object), id: runId }),
  expectFailed(run) {
    const example = specExample("dify", "200", "succeeded") as DifyWorkflowRun;
    expect(run).toMatchObject({
      status: "failed",
      workflow_id: example.workflow_id,
      finished_at: example.finished_at,
    });
    expect(run.error).toEqual(expect.stringMatching(/\S/));
  },
  progress: ["running", "running", "succeeded"],
});
