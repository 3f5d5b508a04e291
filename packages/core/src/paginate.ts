import { InvalidArgumentError } from "./errors.js";

/** Options every `listRuns` takes, with the same names in every provider. */
export interface ListOptions {
  /** Stop after this many runs, over all pages. Default: every run the vendor lists. */
  limit?: number;
  /** How many runs to ask for per request. Default: the vendor's own default; each vendor has a maximum. */
  pageSize?: number;
}

/** One page as a provider read it: its items, and how to ask for the next page (undefined: this was the last). */
export interface Page<Item, Cursor> {
  items: readonly Item[];
  next: Cursor | undefined;
}

/**
 * The runs of a list, page after page, as an async iterator: `for await (const run of client.listRuns())`.
 * A page is requested only when the loop needs its first item, so breaking out early fetches nothing more.
 */
export type RunList<Item> = AsyncIterableIterator<Item>;

/**
 * Iterates every item of a paged list. `fetchPage` is called with `first`, then with each page's `next`, one
 * request per page and never before the previous page's items are used up. `limit` ends the iteration (and
 * the requests) once that many items were yielded.
 */
export function paginate<Item, Cursor>(
  first: Cursor,
  fetchPage: (cursor: Cursor) => Promise<Page<Item, Cursor>>,
  limit: number = Infinity,
): RunList<Item> {
  async function* pages(): AsyncGenerator<Item, void, undefined> {
    let cursor: Cursor | undefined = first;
    let yielded = 0;
    while (cursor !== undefined && yielded < limit) {
      const page: Page<Item, Cursor> = await fetchPage(cursor);
      for (const item of page.items) {
        yield item;
        if (++yielded >= limit) return;
      }
      // A page without items ends the list even if it names a next one: a server that keeps saying "more"
      // with empty pages would otherwise be requested forever.
      cursor = page.items.length === 0 ? undefined : page.next;
    }
  }
  return pages();
}

/**
 * Validates `limit` and `pageSize` before any request, so a bad value is an error at the call, not at the
 * first `next()`. Returns the page size to send: the one given, or `limit` when that is smaller than the
 * vendor's default page (no point fetching 100 runs to show 5).
 */
export function checkListOptions(
  where: string,
  options: ListOptions | undefined,
  page: { defaultSize: number; maxSize: number },
): { limit: number; pageSize: number } {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new InvalidArgumentError(`${where}: options must be an object`, "options");
  }
  const limit = wholeNumber(where, "limit", options?.limit, 1, Number.MAX_SAFE_INTEGER);
  const pageSize = wholeNumber(where, "pageSize", options?.pageSize, 1, page.maxSize);
  return {
    limit: limit ?? Infinity,
    pageSize: pageSize ?? Math.min(page.defaultSize, limit ?? Infinity),
  };
}

function wholeNumber(
  where: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(
      `${where}: \`${name}\` must be a whole number from ${min} to ${max}`,
      name,
    );
  }
  return value;
}
