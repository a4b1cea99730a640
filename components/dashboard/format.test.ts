import { describe, expect, it } from "vitest";
import { shown } from "./format";

describe("shown", () => {
  it("says how many there are, and how many are shown when not all are", () => {
    expect(shown({ rows: [1, 2, 3], total: 3 }, "重点任务")).toBe("共 3 项重点任务。");
    expect(shown({ rows: new Array(50).fill(0), total: 333 }, "重点任务")).toBe("共 333 项重点任务，按严重程度显示前 50 项。");
    expect(shown({ rows: [], total: 0 }, "")).toBe("共 0 项。");
  });
});
