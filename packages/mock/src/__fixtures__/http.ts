/** Raw HTTP against the mock, for the tests that check what goes over the wire. */
export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const STRIPE_HEADERS = { ...bearer("sk_test_any"), "stripe-version": "2026-04-22.preview" };
export const tokenForm = (fields: Record<string, string>) => ({
  method: "POST",
  body: new URLSearchParams(fields),
});

/** Each provider's URL for `runId` on `mock`, with headers its credential check accepts. */
export function runUrls(
  baseUrls: Record<"stripe" | "dify" | "zuora" | "copyai", string>,
  runId: string,
): [string, Record<string, string>][] {
  return [
    [`${baseUrls.stripe}/v2/extend/workflow_runs/${runId}`, STRIPE_HEADERS],
    [`${baseUrls.dify}/workflows/run/${runId}`, bearer("k")],
    [`${baseUrls.zuora}/workflows/workflow_runs/${runId}`, bearer("t")],
    [`${baseUrls.copyai}/api/workflow/W/run/${runId}`, { "x-copy-ai-api-key": "k" }],
  ];
}
