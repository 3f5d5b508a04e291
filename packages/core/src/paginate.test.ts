import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "./errors.js";
import { checkListOptions, paginate } from "./paginate.js";

describe("paginate", () => {
  const pages = (count: number, size: number) => {
    const asked: number[] = [];
    const list = paginate(1, async (page: number) => {
      asked.push(page);
      const items = Array.from({ length: size }, (_, i) => (page - 1) * size + i);
      return { items, next: page < count ? page + 1 : undefined };
    });
    return { asked, list };
  };

  it("asks for nothing until the first item is needed, then one page at a time", async () => {
    const { asked, list } = pages(3, 2);
    expect(asked).toEqual([]);
    await list.next();
    await list.next();
    expect(asked).toEqual([1]);
    await list.next();
    expect(asked).toEqual([1, 2]);
  });

  it("yields every item of every page, and stops at limit without asking further", async () => {
    const { list } = pages(3, 2);
    const all: number[] = [];
    for await (const item of list) all.push(item);
    expect(all).toEqual([0, 1, 2, 3, 4, 5]);

    const asked: number[] = [];
    const limited = paginate(
      1,
      async (page: number) => {
        asked.push(page);
        return { items: [page * 10, page * 10 + 1], next: page + 1 };
      },
      3,
    );
    const some: number[] = [];
    for await (const item of limited) some.push(item);
    expect(some).toEqual([10, 11, 20]);
    expect(asked).toEqual([1, 2]);
  });

  it("ends on an empty page even when the server names a next one", async () => {
    let calls = 0;
    const list = paginate("a", async () => {
      calls++;
      return { items: [], next: "again" };
    });
    const all: unknown[] = [];
    for await (const item of list) all.push(item);
    expect(all).toEqual([]);
    expect(calls).toBe(1);
  });
});

describe("checkListOptions", () => {
  const page = { defaultSize: 10, maxSize: 100 };

  it("uses the vendor's default page, or a smaller limit", () => {
    expect(checkListOptions("listRuns", undefined, page)).toEqual({ limit: Infinity, pageSize: 10 });
    expect(checkListOptions("listRuns", { limit: 3 }, page)).toEqual({ limit: 3, pageSize: 3 });
    expect(checkListOptions("listRuns", { limit: 3, pageSize: 50 }, page)).toEqual({
      limit: 3,
      pageSize: 50,
    });
  });

  it("refuses values that are not whole numbers in range, naming the option", () => {
    for (const [options, name] of [
      [{ limit: 0 }, "limit"],
      [{ limit: Number.NaN }, "limit"],
      [{ pageSize: 101 }, "pageSize"],
      [{ pageSize: "10" }, "pageSize"],
    ] as const) {
      let thrown: unknown;
      try {
        checkListOptions("listRuns", options as never, page);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidArgumentError);
      expect((thrown as InvalidArgumentError).argument).toBe(name);
    }
  });
});
