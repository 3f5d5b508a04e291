import {
  AuthenticationError,
  createCopyAiClient,
  NotFoundError,
  type CopyAiWorkflowRun,
} from "@wfrun/copyai";
import { specExample } from "@wfrun/testkit";
import { expect } from "vitest";
import { describeMockedProvider } from "./__fixtures__/provider-suite.js";

const WORKFLOW_ID = "WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa";
const example = () => (specExample("copyai", "200", "complete") as { data: CopyAiWorkflowRun }).data;

describeMockedProvider<CopyAiWorkflowRun>({
  provider: "copyai",
  errors: { NotFoundError, AuthenticationError },
  connect(mock, credential) {
    const client = createCopyAiClient({ apiKey: credential, baseUrl: mock.baseUrls.copyai });
    return (runId) => client.getWorkflowRun(WORKFLOW_ID, runId);
  },
  status: (run) => run.status,
  succeeded: (runId) => ({ ...example(), id: runId }),
  expectFailed(run) {
    expect(run).toMatchObject({ status: "FAILED", id: "run_failed", createdAt: example().createdAt });
  },
  progress: ["NEW", "PROCESSING", "COMPLETE"],
});
