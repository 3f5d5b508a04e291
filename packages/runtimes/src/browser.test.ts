import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { startMockServer, type MockServer } from "@wfrun/mock";
import { chromium, type Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { bundle, packageDir } from "./bundle.js";
import { describeMatrix } from "./matrix.js";
import type { BlockedOutcome } from "./page/app.js";
import { servePage } from "./page/serve.js";

// Debian's Chromium (`apt-get install chromium`; .ci/run installs it), never a downloaded browser. The flags
// keep it off the network: without them it tries Google's hosts at every start.
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const SCREENSHOT = join(packageDir, "artifacts", "browser.png");

let pageText = "";
let blocked: BlockedOutcome | undefined;
let blockedMock: MockServer;

async function launch(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  } catch (cause) {
    // Loud on purpose: a browser test that cannot start a browser has failed, it is not skipped.
    throw new Error(`Chromium could not start from ${CHROMIUM} (install it: apt-get install -y chromium)`, {
      cause,
    });
  }
}

describeMatrix("browser", {
  // Browsers forbid the header to pages: the request carries the browser's own.
  userAgent: /^Mozilla\/5\.0 .*Chrome\/\d+/,
  async setUp() {
    const appJs = await bundle({ runtime: "browser", entry: 'import "./page/app.js";' });
    const server = await servePage(appJs);
    const browser = await launch();
    blockedMock = await startMockServer({ cors: false });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    return {
      async run(baseUrls, echoUrl) {
        const query = new URLSearchParams({
          baseUrls: JSON.stringify(baseUrls),
          echoUrl,
          blocked: blockedMock.baseUrls.dify,
        });
        await page.goto(`${server.url}?${query}`);
        await page.waitForSelector("body[data-done]", { timeout: 60_000 }).catch((error: Error) => {
          throw new Error(`the page never finished: ${problems.join("; ") || error.message}`);
        });
        pageText = await page.innerText("main");
        await mkdir(join(packageDir, "artifacts"), { recursive: true });
        await page.screenshot({ path: SCREENSHOT, fullPage: true });
        blocked = await page.evaluate(() => window.wfrunBlocked);
        return page.evaluate(() => window.wfrunOutcomes);
      },
      async tearDown() {
        await browser.close();
        await server.close();
        await blockedMock.close();
      },
    };
  },
});

describe("browser: the rendered page", () => {
  it("shows each vendor's statuses as the page fetched and normalized them", () => {
    const rows = pageText.split("\n").map((line) => line.split("\t").join(" | "));
    expect(rows).toContain("dify | get | succeeded");
    expect(rows).toContain("dify | waitForRun | running → succeeded");
    expect(rows).toContain("dify | retry | succeeded (retried after 20 ms, 20 ms)");
    expect(rows).toContain("dify | redirect | succeeded");
    expect(rows).toContain("zuora | waitForRun | queued → running → succeeded");
    expect(rows.find((row) => row.startsWith("dify | 404 |"))).toMatch(/NotFoundError/);
    expect(rows.find((row) => row.startsWith("copyai | redirect |"))).toMatch(/redirect/i);
  });

  it("reports a call the browser blocked (no CORS) as a ConnectionError saying so, and does not retry it", () => {
    expect(blocked).toMatchObject({ name: "ConnectionError", attempts: 1 });
    expect(blocked?.message).toMatch(/browser blocked/i);
    // The preflight was refused once: no retry sent another.
    expect(blockedMock.requests).toEqual([
      { provider: "dify", method: "OPTIONS", path: "/dify/v1/workflows/run/run_succeeded", status: 404 },
    ]);
  });
});
