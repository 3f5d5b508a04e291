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
