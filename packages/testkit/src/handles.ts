/**
 * The resources keeping this process alive that a leak would add to: sockets, servers and timers.
 * Compare a snapshot taken in a `beforeAll` with one taken in the last test (both run under one vitest timer).
 */
export function openResources(): string[] {
  return process
    .getActiveResourcesInfo()
    .filter((kind) => kind === "TCPSocketWrap" || kind === "TCPServerWrap" || kind === "Timeout")
    .sort();
}

/**
 * The open resources once they are back to `baseline`, or as they still are after `withinMs`. A socket whose
 * peer just closed takes a few event-loop turns to go, longer on a busy machine; a leak stays.
 */
export async function settledResources(baseline: readonly string[], withinMs = 2_000): Promise<string[]> {
  const until = Date.now() + withinMs;
  for (;;) {
    const open = openResources();
    if (JSON.stringify(open) === JSON.stringify(baseline) || Date.now() >= until) return open;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
