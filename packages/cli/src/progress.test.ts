import type { WorkflowRun } from "@wfrun/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { paint } from "./color.js";
import { createProgress, type ProgressOptions } from "./progress.js";

// Timers only, no network: fake time makes a minute of watching take no time and no flakiness.
beforeEach(() => void vi.useFakeTimers({ now: 0 }));
afterEach(() => void vi.useRealTimers());

const running = { provider: "dify", status: "running", providerStatus: "running" } as WorkflowRun;

function capture(options: Partial<ProgressOptions> = {}) {
  let text = "";
  const progress = createProgress({
    write: (chunk) => (text += chunk),
    live: false,
    paint: paint(false),
    heartbeatMs: 60_000,
    quiet: false,
    ...options,
  });
  return { progress, text: () => text };
}

describe("watch progress off a terminal", () => {
  it("prints a heartbeat every minute while nothing changes, and none after a change resets it", () => {
    const { progress, text } = capture();
    progress.changed(running);
    progress.pollIn(90_000);
    vi.advanceTimersByTime(59_999);
    expect(text()).toBe("[+0.0s] running (dify: running)\n");
    vi.advanceTimersByTime(1);
    expect(text()).toMatch(/\n\[\+60\.0s\] still running \(dify: running\), next poll in 30 s\n$/);
    vi.advanceTimersByTime(30_000);
    progress.changed({ ...running, status: "succeeded", providerStatus: "succeeded" });
    vi.advanceTimersByTime(59_000);
    expect(text().split("\n").filter(Boolean)).toHaveLength(3);
    progress.stop();
    vi.advanceTimersByTime(600_000);
    expect(text().split("\n").filter(Boolean)).toHaveLength(3);
    expect(text()).not.toContain("\r");
  });

  it("says it is still waiting when the first answer takes a minute; --quiet prints nothing", () => {
    const { progress, text } = capture();
    vi.advanceTimersByTime(60_000);
    expect(text()).toBe("[+60.0s] still waiting for the first answer, polling\n");
    progress.stop();
    const quiet = capture({ quiet: true });
    quiet.progress.changed(running);
    vi.advanceTimersByTime(180_000);
    quiet.progress.stop();
    expect(quiet.text()).toBe("");
  });
});

describe("watch progress on a terminal", () => {
  it("redraws one live line with the elapsed time, the status and the next poll, and clears it at the end", () => {
    const { progress, text } = capture({ live: true });
    progress.changed(running);
    progress.pollIn(5_000);
    vi.advanceTimersByTime(2_000);
    const lines = text().split("\r\u001b[2K");
    expect(lines.at(-1)).toBe("[+2.0s] running (dify: running) · next poll in 3 s");
    progress.log("wfrun: debug: a line of its own\n");
    expect(text()).toMatch(/\r\u001b\[2Kwfrun: debug: a line of its own\n\r\u001b\[2K\[\+2\.0s\] running/);
    progress.stop();
    expect(text().endsWith("\r\u001b[2K")).toBe(true);
    const before = text();
    vi.advanceTimersByTime(10_000);
    expect(text()).toBe(before);
  });
});
