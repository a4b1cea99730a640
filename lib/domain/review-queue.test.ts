import { describe, expect, it } from "vitest";
import { filterAndSortQueue, type QueueLine } from "./review-queue";

const line = (id: string, strategyCode: string, department: string, period: string, daysWaiting: number, submittedAt: string) => ({ id, strategyCode, department, period, daysWaiting, submittedAt });
const queue: (QueueLine & { id: string })[] = [
  line("r1", "B", "文化站", "2021-12", 2, "2022-01-04T02:00:00Z"),
  line("r2", "A", "教育办公室", "2021-09", 40, "2021-10-03T02:00:00Z"),
  line("r3", "A", "建设管理办公室", "2021-12", 9, "2021-12-28T02:00:00Z"),
  line("r4", "C", "柳市派出所", "2021-12", 9, "2021-12-28T01:00:00Z"),
];
const ids = (l: { id: string }[]) => l.map((x) => x.id);

describe("filterAndSortQueue", () => {
  it("puts the longest waiting first by default", () => {
    expect(ids(filterAndSortQueue(queue, {}))).toEqual(["r2", "r4", "r3", "r1"]);
  });

  it("filters by strategy, department, period and days waiting", () => {
    expect(ids(filterAndSortQueue(queue, { strategy: "A" }))).toEqual(["r2", "r3"]);
    expect(ids(filterAndSortQueue(queue, { department: "文化站" }))).toEqual(["r1"]);
    expect(ids(filterAndSortQueue(queue, { period: "2021-12" }))).toEqual(["r4", "r3", "r1"]);
    expect(ids(filterAndSortQueue(queue, { minDays: 7 }))).toEqual(["r2", "r4", "r3"]);
    expect(ids(filterAndSortQueue(queue, { minDays: 9, strategy: "C" }))).toEqual(["r4"]);
    expect(ids(filterAndSortQueue(queue, { minDays: 30, period: "2021-12" }))).toEqual([]);
  });

  it("sorts by period, strategy or department, the oldest submission first among equals", () => {
    expect(ids(filterAndSortQueue(queue, { sort: "period" }))).toEqual(["r2", "r4", "r3", "r1"]);
    expect(ids(filterAndSortQueue(queue, { sort: "strategy" }))).toEqual(["r2", "r3", "r1", "r4"]);
    expect(ids(filterAndSortQueue(queue, { sort: "department" })).length).toBe(4);
  });
});
