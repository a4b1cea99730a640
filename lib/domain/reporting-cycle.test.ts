import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDate } from "./dates";
import {
  DUE_SOON_DAYS,
  dueDateOf,
  judgePeriod,
  measureDuty,
  periodContaining,
  periodFromKey,
  periodStatuses,
  periodsOfPlan,
  previousPeriod,
  referenceDay,
  reportingRate,
  shanghaiDate,
  type ReportFact,
} from "./reporting-cycle";

const PLAN = { planStart: "2017-01-01", planEnd: "2021-12-31" };
const at = (iso: string) => new Date(iso);
const submitted = (periodEnd: string, when: string, reviewState: ReportFact["reviewState"] = "SUBMITTED"): ReportFact => ({
  periodEnd,
  reviewState,
  submittedAt: reviewState === "DRAFT" ? null : at(when),
});

describe("dueDateOf", () => {
  it("is dueDay of the month after the period", () => {
    expect(dueDateOf("2021-11-30", 5)).toBe("2021-12-05");
    expect(dueDateOf("2019-06-30", 10)).toBe("2019-07-10");
  });
  it("rolls over the year after December", () => {
    expect(dueDateOf("2021-12-31", 5)).toBe("2022-01-05");
    expect(dueDateOf("2017-12-31", 28)).toBe("2018-01-28");
  });
  it("falls in February for January's period, leap year or not", () => {
    expect(dueDateOf("2020-01-31", 28)).toBe("2020-02-28");
    expect(dueDateOf("2021-01-31", 28)).toBe("2021-02-28");
    expect(dueDateOf("2020-01-31", 5)).toBe("2020-02-05");
  });
  it("follows a period that ends on a leap day", () => {
    expect(dueDateOf("2020-02-29", 5)).toBe("2020-03-05");
  });
  it("refuses a due day outside 1–28 and an invalid date", () => {
    for (const bad of [0, 29, 31, -1, 2.5, Number.NaN]) expect(() => dueDateOf("2021-01-31", bad)).toThrow(RangeError);
    expect(() => dueDateOf("2021-02-29", 5)).toThrow(RangeError);
    expect(() => dueDateOf("2021/01/31", 5)).toThrow(/YYYY-MM-DD/);
  });
  it("always gives a real date within 28–59 days of the period end", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), fc.integer({ min: 1, max: 28 }), (offset, dueDay) => {
        const end = periodContaining("MONTHLY", addDays("2000-01-01", offset)).end;
        const due = dueDateOf(end, dueDay);
        expect(isIsoDate(due)).toBe(true);
        const gap = daysBetween(end, due);
        expect(gap).toBeGreaterThanOrEqual(1);
        expect(gap).toBeLessThanOrEqual(28);
      }),
    );
  });
});

describe("periodContaining", () => {
  it("finds the month, with its true last day", () => {
    expect(periodContaining("MONTHLY", "2021-12-15")).toEqual({ key: "2021-12", label: "2021年12月", start: "2021-12-01", end: "2021-12-31", due: "2022-01-05" });
    expect(periodContaining("MONTHLY", "2020-02-10").end).toBe("2020-02-29");
    expect(periodContaining("MONTHLY", "2021-02-10").end).toBe("2021-02-28");
    expect(periodContaining("MONTHLY", "1900-02-10").end).toBe("1900-02-28"); // not a leap year
    expect(periodContaining("MONTHLY", "2000-02-10").end).toBe("2000-02-29"); // a leap year
    expect(periodContaining("MONTHLY", "2021-04-30").end).toBe("2021-04-30");
  });
  it("finds the quarter", () => {
    expect(periodContaining("QUARTERLY", "2021-11-30")).toEqual({
      key: "2021-Q4", label: "2021年第四季度", start: "2021-10-01", end: "2021-12-31", due: "2022-01-05",
    });
    expect(periodContaining("QUARTERLY", "2020-01-01")).toMatchObject({ key: "2020-Q1", start: "2020-01-01", end: "2020-03-31", due: "2020-04-05" });
    expect(periodContaining("QUARTERLY", "2020-06-30")).toMatchObject({ key: "2020-Q2", label: "2020年第二季度", end: "2020-06-30" });
    expect(periodContaining("QUARTERLY", "2020-07-01", 20)).toMatchObject({ key: "2020-Q3", end: "2020-09-30", due: "2020-10-20" });
  });
  it("holds the date for every day and cycle", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 40 }), fc.constantFrom("MONTHLY" as const, "QUARTERLY" as const), (offset, cycle) => {
        const date = addDays("1990-01-01", offset);
        const p = periodContaining(cycle, date);
        expect(p.start <= date && date <= p.end).toBe(true);
        expect(periodContaining(cycle, addDays(p.end, 1)).start).toBe(addDays(p.end, 1));
        expect(periodFromKey(p.key)).toEqual(p);
        expect(previousPeriod(periodContaining(cycle, addDays(p.end, 1)))).toEqual(p);
      }),
    );
  });
});

describe("periodsOfPlan", () => {
  it("gives the plan's 60 months and 20 quarters", () => {
    const months = periodsOfPlan({ cycle: "MONTHLY", dueDay: 5, ...PLAN });
    expect(months).toHaveLength(60);
    expect(months[0].key).toBe("2017-01");
    expect(months.at(-1)).toMatchObject({ key: "2021-12", due: "2022-01-05" });
    expect(months.find((p) => p.key === "2020-02")?.end).toBe("2020-02-29");
    const quarters = periodsOfPlan({ cycle: "QUARTERLY", dueDay: 5, ...PLAN });
    expect(quarters).toHaveLength(20);
    expect(quarters.map((q) => q.key).slice(0, 5)).toEqual(["2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4", "2018-Q1"]);
  });
  it("includes the partial periods at either end of a plan that starts or ends mid-period", () => {
    const p = periodsOfPlan({ cycle: "QUARTERLY", dueDay: 5, planStart: "2017-02-15", planEnd: "2017-07-01" });
    expect(p.map((x) => x.key)).toEqual(["2017-Q1", "2017-Q2", "2017-Q3"]);
    expect(periodsOfPlan({ cycle: "MONTHLY", dueDay: 5, planStart: "2017-01-31", planEnd: "2017-01-31" }).map((x) => x.key)).toEqual(["2017-01"]);
  });
  it("refuses a plan that ends before it starts", () => {
    expect(() => periodsOfPlan({ cycle: "MONTHLY", dueDay: 5, planStart: "2021-01-01", planEnd: "2020-12-31" })).toThrow(RangeError);
  });
});

describe("shanghaiDate: the Asia/Shanghai day boundary", () => {
  it("is UTC+8", () => {
    expect(shanghaiDate(at("2021-12-05T15:59:59.999Z"))).toBe("2021-12-05"); // 23:59:59 in Beijing
    expect(shanghaiDate(at("2021-12-05T16:00:00.000Z"))).toBe("2021-12-06"); // midnight in Beijing
    expect(shanghaiDate(at("2021-12-31T16:00:00Z"))).toBe("2022-01-01");
    expect(shanghaiDate(at("2020-02-28T16:30:00Z"))).toBe("2020-02-29");
    expect(shanghaiDate(at("2021-02-28T16:30:00Z"))).toBe("2021-03-01");
  });
  it("has no daylight saving: every instant is 8 hours ahead of UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2040, 0, 1) }), (t) => {
        expect(shanghaiDate(new Date(t))).toBe(new Date(t + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });
  it("refuses an invalid instant", () => {
    expect(() => shanghaiDate(new Date("nope"))).toThrow(RangeError);
  });
});

describe("referenceDay", () => {
  it("is today in Asia/Shanghai without an override", () => {
    expect(referenceDay(undefined, at("2026-11-28T17:00:00Z"))).toBe("2026-11-29");
    expect(referenceDay("", at("2026-11-28T15:00:00Z"))).toBe("2026-11-28");
  });
  it("is the override when set", () => {
    expect(referenceDay("2021-12-20", at("2026-11-29T00:00:00Z"))).toBe("2021-12-20");
    expect(referenceDay(" 2020-02-29 ", at("2026-11-29T00:00:00Z"))).toBe("2020-02-29");
  });
  it("refuses an override that is not a date", () => {
    expect(() => referenceDay("2021-02-29", new Date())).toThrow(/LIUSHI_TODAY/);
    expect(() => referenceDay("yesterday", new Date())).toThrow(RangeError);
  });
});

describe("judgePeriod", () => {
  const nov = periodContaining("MONTHLY", "2021-11-01"); // due 2021-12-05
  it("is not due, then due soon for the last two weeks, then overdue after the due day", () => {
    expect(judgePeriod(nov, [], "2021-11-20").state).toBe("NOT_DUE");
    expect(judgePeriod(nov, [], addDays(nov.due, -DUE_SOON_DAYS - 1)).state).toBe("NOT_DUE");
    expect(judgePeriod(nov, [], addDays(nov.due, -DUE_SOON_DAYS)).state).toBe("DUE_SOON");
    expect(judgePeriod(nov, [], "2021-12-05").state).toBe("DUE_SOON"); // the due day itself
    expect(judgePeriod(nov, [], "2021-12-06").state).toBe("OVERDUE");
    expect(judgePeriod(nov, [], "2026-11-29").state).toBe("OVERDUE");
  });
  it("takes approved over submitted over returned, and ignores drafts", () => {
    const r = (s: ReportFact["reviewState"]) => submitted("2021-11-30", "2021-12-01T02:00:00Z", s);
    expect(judgePeriod(nov, [r("DRAFT")], "2021-12-06").state).toBe("OVERDUE");
    expect(judgePeriod(nov, [r("RETURNED")], "2021-12-06").state).toBe("RETURNED");
    expect(judgePeriod(nov, [r("RETURNED"), r("SUBMITTED")], "2021-12-06").state).toBe("SUBMITTED");
    expect(judgePeriod(nov, [r("SUBMITTED"), r("APPROVED"), r("RETURNED")], "2021-12-06").state).toBe("APPROVED");
  });
  it("counts a report for the period that holds its last day", () => {
    const q4 = periodContaining("QUARTERLY", "2021-10-01");
    expect(judgePeriod(q4, [submitted("2021-11-30", "2021-12-01T00:00:00Z")], "2022-02-01").state).toBe("SUBMITTED");
    expect(judgePeriod(q4, [submitted("2021-09-30", "2021-10-01T00:00:00Z")], "2022-02-01").state).toBe("OVERDUE");
    expect(judgePeriod(nov, [submitted("2021-12-31", "2022-01-01T00:00:00Z")], "2022-02-01").state).toBe("OVERDUE");
  });
  it("is on time when first submitted by the end of the due day in Beijing", () => {
    const onDay = judgePeriod(nov, [submitted("2021-11-30", "2021-12-05T15:59:00Z")], "2022-01-01");
    expect(onDay).toMatchObject({ submittedOn: "2021-12-05", onTime: true });
    const nextDay = judgePeriod(nov, [submitted("2021-11-30", "2021-12-05T16:01:00Z")], "2022-01-01");
    expect(nextDay).toMatchObject({ submittedOn: "2021-12-06", onTime: false, state: "SUBMITTED" });
    // The first submission decides, whatever happened to it later.
    const revised = judgePeriod(
      nov,
      [submitted("2021-11-30", "2021-12-20T02:00:00Z", "APPROVED"), submitted("2021-11-30", "2021-12-03T02:00:00Z", "RETURNED")],
      "2022-01-01",
    );
    expect(revised).toMatchObject({ state: "APPROVED", submittedOn: "2021-12-03", onTime: true });
  });
  it("respects the due day across a leap February", () => {
    const jan2020 = periodContaining("MONTHLY", "2020-01-15", 28);
    expect(jan2020.due).toBe("2020-02-28");
    expect(judgePeriod(jan2020, [], "2020-02-28").state).toBe("DUE_SOON");
    expect(judgePeriod(jan2020, [], "2020-02-29").state).toBe("OVERDUE");
    const feb2020 = periodContaining("MONTHLY", "2020-02-29", 5);
    expect(judgePeriod(feb2020, [submitted("2020-02-29", "2020-03-05T15:00:00Z")], "2020-03-06")).toMatchObject({ onTime: true });
  });
  it("refuses an invalid today", () => {
    expect(() => judgePeriod(nov, [], "2021-13-01")).toThrow(RangeError);
  });
});

describe("periodStatuses, measureDuty and reportingRate", () => {
  const quarterly = { cycle: "QUARTERLY" as const, dueDay: 5, ...PLAN };
  const everyQuarter = periodsOfPlan(quarterly).map((q) => submitted(q.end, `${q.due}T01:00:00Z`, "APPROVED"));

  it("has nothing overdue when every period is approved", () => {
    const duty = measureDuty(periodStatuses({ ...quarterly, reports: everyQuarter, today: "2026-11-29" }));
    expect(duty).toEqual({ overdue: [], dueSoon: null, returned: [] });
  });

  it("lists every unreported period after the plan as overdue, the latest first", () => {
    const duty = measureDuty(periodStatuses({ ...quarterly, reports: everyQuarter.slice(0, 17), today: "2026-11-29" }));
    expect(duty.overdue.map((s) => s.period.key)).toEqual(["2021-Q4", "2021-Q3", "2021-Q2"]);
  });

  it("sees mid-plan which period is due soon and which are not due yet", () => {
    const statuses = periodStatuses({ cycle: "MONTHLY", dueDay: 5, ...PLAN, reports: [], today: "2019-07-03" });
    const byState = (s: string) => statuses.filter((x) => x.state === s).map((x) => x.period.key);
    expect(byState("DUE_SOON")).toEqual(["2019-06"]);
    expect(byState("OVERDUE")).toHaveLength(29); // 2017-01 … 2019-05
    expect(byState("NOT_DUE")).toHaveLength(30); // 2019-07 … 2021-12
    expect(measureDuty(statuses).dueSoon?.period.label).toBe("2019年6月");
  });

  it("counts what was due, reported, on time and approved", () => {
    const statuses = periodStatuses({
      cycle: "MONTHLY", dueDay: 5, planStart: "2021-01-01", planEnd: "2021-03-31", today: "2021-04-10",
      reports: [
        submitted("2021-01-31", "2021-02-05T10:00:00Z", "APPROVED"), // on time
        submitted("2021-02-28", "2021-03-08T01:00:00Z", "SUBMITTED"), // late
        submitted("2021-03-31", "2021-04-01T01:00:00Z", "DRAFT"), // not submitted
      ],
    });
    expect(statuses.map((s) => s.state)).toEqual(["APPROVED", "SUBMITTED", "OVERDUE"]);
    expect(reportingRate(statuses)).toEqual({ due: 3, submitted: 2, onTime: 1, approved: 1 });
    expect(measureDuty(statuses).returned).toEqual([]);
  });
});
