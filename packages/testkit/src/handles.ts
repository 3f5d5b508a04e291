/**
 * The resources keeping this process alive that a leak would add to: sockets, servers and timers. Take a
 * snapshot in a `beforeAll`, then check `leakedResources(snapshot)` in the last test.
 */
export function openResources(): string[] {
  return process
    .getActiveResourcesInfo()
    .filter((kind) => kind === "TCPSocketWrap" || kind === "TCPServerWrap" || kind === "Timeout")
    .sort();
}

/**
 * What is open beyond `baseline`, once that is nothing or after `withinMs`. A socket whose peer just closed
 * takes a few event-loop turns to go, longer on a busy machine; a leak stays. Fewer than the baseline is fine:
 * vitest's own hook timer may be counted in the baseline and gone by the time a test looks.
 */
export async function leakedResources(baseline: readonly string[], withinMs = 2_000): Promise<string[]> {
  const excess = () => {
    const spare = [...baseline];
    return openResources().filter((kind) => {
      const index = spare.indexOf(kind);
      if (index === -1) return true;
      spare.splice(index, 1);
      return false;
    });
  };
  for (const until = Date.now() + withinMs; excess().length > 0 && Date.now() < until;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return excess();
}
