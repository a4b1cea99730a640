import { describe, expect, it } from "vitest";
import { periodStatuses, type ReportFact } from "./reporting-cycle";
import { filterAndSortTasks, taskDue, type TaskDue, type TaskLine } from "./task-list";

const plan = { cycle: "QUARTERLY" as const, dueDay: 5, planStart: "2017-01-01", planEnd: "2021-12-31" };
const report = (periodEnd: string, reviewState: ReportFact["reviewState"], submittedAt = `${periodEnd}T12:00:00+08:00`): ReportFact => ({
  periodEnd, reviewState, submittedAt: reviewState === "DRAFT" ? null : new Date(submittedAt),
});
const quarters = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => { const q = from + i; const y = 2017 + Math.floor(q / 4); const m = (q % 4) * 3 + 3; return `${y}-${String(m).padStart(2, "0")}-${m === 6 || m === 9 ? 30 : 31}`; });

describe("taskDue", () => {
  it("names the next period and its due day when everything due is reported", () => {
    const reports = quarters(0, 9).map((e) => report(e, "APPROVED"));
    const due = taskDue(periodStatuses({ ...plan, reports, today: "2019-08-01" }));
    expect(due).toEqual({ period: { key: "2019-Q3", label: "2019年第三季度", due: "2019-10-05" }, overdue: 0, dueSoon: false, returned: 0, pending: 0 });
  });

  it("marks the period due soon within the last 14 days before its due day, the due day included", () => {
    const reports = quarters(0, 9).map((e) => report(e, "APPROVED"));
    expect(taskDue(periodStatuses({ ...plan, reports, today: "2019-09-20" })).dueSoon).toBe(false);
    expect(taskDue(periodStatuses({ ...plan, reports, today: "2019-09-21" })).dueSoon).toBe(true);
    const soon = taskDue(periodStatuses({ ...plan, reports, today: "2019-10-05" }));
    expect(soon).toMatchObject({ period: { key: "2019-Q3", due: "2019-10-05" }, dueSoon: true, overdue: 0 });
  });

  it("names the latest overdue period and counts them; the next one may be due soon besides", () => {
    const reports = [...quarters(0, 7).map((e) => report(e, "APPROVED")), report("2019-03-31", "DRAFT")];
    const due = taskDue(periodStatuses({ ...plan, reports, today: "2019-10-01" }));
    expect(due).toMatchObject({ period: { key: "2019-Q2", due: "2019-07-05" }, overdue: 2, dueSoon: true });
    expect(taskDue(periodStatuses({ ...plan, reports, today: "2019-09-01" }))).toMatchObject({ overdue: 2, dueSoon: false });
  });

  it("counts returned and pending reports; none is left once the plan is over and reported", () => {
    const reports = [...quarters(0, 17).map((e) => report(e, "APPROVED")), report("2021-09-30", "RETURNED"), report("2021-12-31", "SUBMITTED", "2022-01-04T09:00:00+08:00")];
    expect(taskDue(periodStatuses({ ...plan, reports, today: "2026-11-30" }))).toEqual({ period: null, overdue: 0, dueSoon: false, returned: 1, pending: 1 });
  });
});

const due = (over: Partial<TaskDue> = {}): TaskDue => ({ period: null, overdue: 0, dueSoon: false, returned: 0, pending: 0, ...over });
const at = (d: string) => ({ key: d.slice(0, 7), label: d, due: d });
const lines: TaskLine[] = [
  { code: "A1", status: "ON_TRACK", due: due({ period: at("2019-10-05") }) },
  { code: "A2", status: "LAGGING", due: due({ period: at("2019-07-05"), overdue: 1 }) },
  { code: "A3", status: "OVERDUE", due: due() },
  { code: "A4", status: "LAGGING", due: due({ period: at("2019-04-05"), overdue: 3, returned: 1 }) },
  { code: "A5", status: "DONE", due: due({ period: at("2019-10-05"), dueSoon: true, pending: 1 }) },
];
const codes = (l: TaskLine[]) => l.map((x) => x.code);

describe("filterAndSortTasks", () => {
  it("keeps the plan's order by default", () => {
    expect(codes(filterAndSortTasks(lines, {}))).toEqual(["A1", "A2", "A3", "A4", "A5"]);
  });

  it("filters by status and by what is due", () => {
    expect(codes(filterAndSortTasks(lines, { status: "LAGGING" }))).toEqual(["A2", "A4"]);
    expect(codes(filterAndSortTasks(lines, { due: "overdue" }))).toEqual(["A2", "A4"]);
    expect(codes(filterAndSortTasks(lines, { due: "dueSoon" }))).toEqual(["A5"]);
    expect(codes(filterAndSortTasks(lines, { due: "returned" }))).toEqual(["A4"]);
    expect(codes(filterAndSortTasks(lines, { due: "pending" }))).toEqual(["A5"]);
    expect(codes(filterAndSortTasks(lines, { status: "DONE", due: "overdue" }))).toEqual([]);
  });

  it("sorts by due day (none last) or by severity (more overdue periods first), ties in plan order", () => {
    expect(codes(filterAndSortTasks(lines, { sort: "due" }))).toEqual(["A4", "A2", "A1", "A5", "A3"]);
    expect(codes(filterAndSortTasks(lines, { sort: "status" }))).toEqual(["A3", "A4", "A2", "A1", "A5"]);
  });
});
