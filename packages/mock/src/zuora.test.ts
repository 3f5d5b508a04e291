import { AuthenticationError, createZuoraClient, NotFoundError, type ZuoraWorkflowRun } from "@wfrun/zuora";
import { specExample } from "@wfrun/testkit";
import { expect } from "vitest";
import { describeMockedProvider } from "./__fixtures__/provider-suite.js";

const finished = () => specExample("zuora", "200", "finished") as ZuoraWorkflowRun;

describeMockedProvider<ZuoraWorkflowRun>({
  provider: "zuora",
  errors: { NotFoundError, AuthenticationError },
  connect(mock, credential) {
    const client = createZuoraClient({
      clientId: "mock-client-id",
      clientSecret: credential,
      baseUrl: mock.baseUrls.zuora,
    });
    return (runId) => client.getWorkflowRun(runId);
  },
  status: (run) => run.status,
  // Zuora's run id is a number in the body: the mock keeps the example's, whatever id was asked for.
  succeeded: () => finished(),
  expectFailed(run) {
    // Zuora has no failure status: a failed run is Finished with every task in error.
    expect(run).toMatchObject({ status: "Finished", id: finished().id });
    expect(run.tasks).toMatchObject({
      error: finished().tasks?.total,
      success: 0,
      total: finished().tasks?.total,
    });
  },
  progress: ["Queued", "Processing", "Finished"],
});
