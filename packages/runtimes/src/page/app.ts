// The browser page: runs the scenario against the mock named in the query string and renders what it saw.
import { createDifyClient } from "@wfrun/dify";
import { runScenario, type Outcome, type Vendor } from "../scenario.js";

/** What a call to a server that does not allow this page's origin ended with. */
export interface BlockedOutcome {
  name: string;
  message: string;
  attempts?: number;
}

declare global {
  interface Window {
    wfrunOutcomes?: Outcome[];
    wfrunBlocked?: BlockedOutcome;
  }
}

async function callBlocked(baseUrl: string): Promise<BlockedOutcome> {
  const dify = createDifyClient({ apiKey: "app-runtimes", baseUrl, timeoutMs: 10_000 });
  try {
    const run = await dify.getWorkflowRun("run_succeeded");
    return { name: "none", message: `got ${run.status}` };
  } catch (error) {
    const { name, message, attempts } = error as Error & { attempts?: number };
    return { name, message, ...(typeof attempts === "number" ? { attempts } : {}) };
  }
}

function describeOutcome(outcome: Outcome): string {
  if (outcome.error) return `${outcome.error.name}: ${outcome.error.message}`;
  const parts = [outcome.progress ? outcome.progress.join(" → ") : (outcome.status ?? "?")];
  if (outcome.retryDelaysMs) parts.push(`(retried after ${outcome.retryDelaysMs.join(" ms, ")} ms)`);
  return parts.join(" ");
}

async function main(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const baseUrls = JSON.parse(query.get("baseUrls") ?? "{}") as Record<Vendor, string>;
  const outcomes = await runScenario(baseUrls, query.get("echoUrl") ?? "");
  const blocked = await callBlocked(query.get("blocked") ?? "");
  const table = document.createElement("table");
  for (const outcome of outcomes) {
    const row = table.insertRow();
    for (const text of [outcome.vendor, outcome.check, describeOutcome(outcome)]) {
      row.insertCell().textContent = text;
    }
  }
  const blockedRow = table.insertRow();
  for (const text of ["dify", "no CORS", `${blocked.name}: ${blocked.message}`]) {
    blockedRow.insertCell().textContent = text;
  }
  document.querySelector("main")!.append(table);
  window.wfrunBlocked = blocked;
  window.wfrunOutcomes = outcomes;
  document.body.dataset["done"] = "true";
}

void main();
