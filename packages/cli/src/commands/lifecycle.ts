import type { WorkflowRun } from "@wfrun/core";
import { UsageError } from "../exit.js";
import {
  copyAiFromEnv,
  difyFromEnv,
  stripeFromEnv,
  type ConnectOptions,
  type ProviderName,
} from "../providers.js";

/** What one call of an operation takes from the command. */
interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** What `wfrun start` reports: the new run's ids, and the run itself where the vendor's answer is one. */
export interface StartedOnCli {
  /** The ids `wfrun get`/`watch` take for this run (Copy.ai: workflow id and run id). */
  ids: string[];
  /** The normalized run, or null where the vendor answers with an id only (Copy.ai). */
  run: WorkflowRun | null;
  /** Anything else worth a line (Dify's task id, which `wfrun stop dify` takes). */
  notes: [string, string][];
}

/** Dify's end-user id (`--user`), which its start and stop require. */
interface EndUser {
  user?: string | undefined;
}

/** The end user wfrun names when `--user` is not given. */
export const DEFAULT_DIFY_USER = "wfrun-cli";

interface ListQuery {
  workflow?: string | undefined;
  statuses: string[];
  limit?: number | undefined;
  pageSize?: number | undefined;
}

/** The run operations one provider offers on the command line; an operation it lacks is absent. */
export interface CliLifecycle {
  start?(
    workflow: string,
    inputs: Record<string, unknown>,
    call: CallOptions & EndUser,
  ): Promise<StartedOnCli>;
  list?(query: ListQuery, call: CallOptions): AsyncIterable<WorkflowRun>;
  stop?(id: string, call: CallOptions & EndUser): Promise<WorkflowRun | null>;
  /** What a list needs as its positional argument, if anything (Copy.ai lists one workflow's runs). */
  listNeedsWorkflow: boolean;
  /** The vendor's own words for what it does not offer, for the usage error. */
  lacks: Partial<Record<"start" | "list" | "stop", string>>;
}

/** The provider's lifecycle operations, its client built from the environment like `get`'s. */
export async function connectLifecycle(
  provider: ProviderName,
  options: ConnectOptions,
): Promise<CliLifecycle> {
  switch (provider) {
    case "copyai": {
      const [client, { fromCopyAi }] = await Promise.all([
        copyAiFromEnv(options),
        import("@wfrun/normalize/copyai"),
      ]);
      return {
        listNeedsWorkflow: true,
        lacks: { stop: "Copy.ai's API has no way to stop a run" },
        async start(workflow, inputs, call) {
          const { id } = await client.startRun(workflow, { startVariables: inputs }, call);
          return { ids: [workflow, id], run: null, notes: [] };
        },
        async *list({ workflow = "", statuses, limit, pageSize }, call) {
          if (statuses.length > 0) throw new UsageError("Copy.ai's run list has no status filter", "list");
          for await (const run of client.listRuns(workflow, { limit, pageSize, ...call })) {
            yield fromCopyAi(run, { workflowId: workflow });
          }
        },
      };
    }
    case "stripe": {
      const [client, { fromStripe }] = await Promise.all([
        stripeFromEnv(options),
        import("@wfrun/normalize/stripe"),
      ]);
      return {
        listNeedsWorkflow: false,
        lacks: { stop: "Stripe's API has no way to stop a Workflow Run" },
        async start(workflow, inputs, call) {
          const run = fromStripe(await client.startRun(workflow, inputs, call));
          return { ids: [run.id], run, notes: [] };
        },
        async *list({ workflow, statuses, limit, pageSize }, call) {
          const filters = { status: statuses, workflow: workflow === undefined ? undefined : [workflow] };
          for await (const run of client.listRuns({ ...filters, limit, pageSize, ...call }))
            yield fromStripe(run);
        },
      };
    }
    case "zuora": {
      const [{ zuoraClientFromEnv }, { fromZuora }] = await Promise.all([
        import("../zuora.js"),
        import("@wfrun/normalize/zuora"),
      ]);
      const client = zuoraClientFromEnv(options);
      return {
        listNeedsWorkflow: false,
        lacks: { list: "Zuora's Workflow API documents no list of runs" },
        async start(workflow, inputs, call) {
          const run = fromZuora(await client.startRun(workflow, inputs, call));
          return { ids: [run.id], run, notes: [] };
        },
        async stop(id, call) {
          return fromZuora(await client.stopRun(id, call));
        },
      };
    }
    case "dify": {
      const [client, { fromDify, fromDifyLogEntry }] = await Promise.all([
        difyFromEnv(options),
        import("@wfrun/normalize/dify"),
      ]);
      return {
        listNeedsWorkflow: false,
        lacks: {},
        async start(workflow, inputs, { user = DEFAULT_DIFY_USER, ...call }) {
          // Streaming, so the ids come at once; the run goes on after the stream is closed (Dify's streaming guide).
          const stream = await client.startRun(
            { inputs, user, responseMode: "streaming", workflowId: workflow === "" ? undefined : workflow },
            call,
          );
          await stream.events.return?.();
          const run = fromDify(await client.getWorkflowRun(stream.runId, call));
          return { ids: [stream.runId], run, notes: [["task", stream.taskId]] };
        },
        async *list({ workflow, statuses, limit, pageSize }, call) {
          if (workflow !== undefined)
            throw new UsageError("Dify's logs list one app's runs: drop <workflow>", "list");
          if (statuses.length > 1) throw new UsageError("Dify's logs take one --status", "list");
          const status = statuses[0] as "succeeded" | "failed" | "stopped" | undefined;
          for await (const entry of client.listRuns({ status, limit, pageSize, ...call }))
            yield fromDifyLogEntry(entry);
        },
        async stop(taskId, { user = DEFAULT_DIFY_USER, ...call }) {
          await client.stopRun(taskId, { user }, call);
          return null;
        },
      };
    }
    default:
      return { listNeedsWorkflow: false, lacks: {} };
  }
}
