import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// A CommonJS module (next.config.ts loads the cache handlers with require.resolve).
const { PageCopies, isCurrent, entrySize } = createRequire(import.meta.url)("./page-copies.cjs");

const page = (html: string, tags: string[] = ["public-plan"], lastModified = 1_000) => ({
  lastModified,
  tags,
  value: { kind: "APP_PAGE", html, rscData: Buffer.alloc(10), segmentData: new Map([["/_tree", Buffer.alloc(5)]]) },
});

describe("isCurrent: a copy is served only when no tag of it expired after it was rendered", () => {
  it("is current when no tag ever expired, or every expiry came before the render", () => {
    expect(isCurrent(page("a"), [null])).toBe(true);
    expect(isCurrent(page("a", ["x", "y"]), ["999", null])).toBe(true);
    expect(isCurrent(page("a"), ["1000"])).toBe(true);
  });

  it("is not current when one tag expired after the render", () => {
    expect(isCurrent(page("a", ["x", "y"]), [null, "1001"])).toBe(false);
  });
});

describe("PageCopies", () => {
  it("counts HTML, RSC payload and segments", () => {
    expect(entrySize(page("abcd"))).toBe(4 + 10 + "/_tree".length + 5);
  });

  it("drops the least recently used copies beyond its size", () => {
    const size = entrySize(page("aaaa"));
    const copies = new PageCopies({ maxBytes: size * 2, maxAgeMs: 60_000 });
    copies.set("/a", page("aaaa"));
    copies.set("/b", page("bbbb"));
    expect(copies.get("/a")).toBeDefined(); // /a is now the most recently used
    copies.set("/c", page("cccc"));
    expect(copies.get("/b")).toBeUndefined();
    expect(copies.get("/a")?.value.html).toBe("aaaa");
    expect(copies.get("/c")?.value.html).toBe("cccc");
    expect(copies.bytes).toBe(size * 2);
  });

  it("keeps nothing larger than its size, and replaces a key's copy", () => {
    const copies = new PageCopies({ maxBytes: 30, maxAgeMs: 60_000 });
    copies.set("/big", page("x".repeat(100)));
    expect(copies.get("/big")).toBeUndefined();
    copies.set("/a", page("1"));
    copies.set("/a", page("2"));
    expect(copies.get("/a")?.value.html).toBe("2");
    expect(copies.bytes).toBe(entrySize(page("2")));
  });

  it("reads a copy again from the shared cache once it is older than maxAgeMs", () => {
    let now = 0;
    const copies = new PageCopies({ maxBytes: 1_000, maxAgeMs: 100, now: () => now });
    copies.set("/a", page("a"));
    now = 100;
    expect(copies.get("/a")).toBeDefined();
    now = 101;
    expect(copies.get("/a")).toBeUndefined();
    expect(copies.bytes).toBe(0);
  });

  it("drops the copies carrying an expired tag, and everything on clear", () => {
    const copies = new PageCopies({ maxBytes: 1_000, maxAgeMs: 60_000 });
    copies.set("/home", page("h", ["public-plan"]));
    copies.set("/m1", page("m", ["public-measure-1"]));
    copies.deleteTagged(["public-plan"]);
    expect(copies.get("/home")).toBeUndefined();
    expect(copies.get("/m1")).toBeDefined();
    copies.clear();
    expect(copies.get("/m1")).toBeUndefined();
    expect(copies.bytes).toBe(0);
  });
});
