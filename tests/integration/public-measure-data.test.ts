// Issue 12 items 4–6: the public measure page and the open data tell one story. One value per
// period (the latest approval; earlier ones listed as its corrections), `current` from one source
// for pages and downloads, and a parent measure's "updated" time moves with its projects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublicMeasure } from "@/lib/dal/public/measure";
import { getIndicatorRecords } from "@/lib/dal/public/open-data";
import { createPrismaClient } from "@/lib/prisma-client";
import { approveAs, idOf, officerOf, submitAs } from "../support/report-flow";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

let m: { id: number; code: string; indicatorId: number; indicatorCode: string; officer: string };
beforeAll(async () => {
  const row = await db.measure.findFirstOrThrow({
    where: { kind: "MEASURE", indicators: { some: { derivedFromChildren: false, kind: "COUNT" } }, leadDepartment: { users: { some: { user: { role: "OFFICER" } } } } },
    orderBy: { code: "asc" },
    skip: 2,
    select: { id: true, code: true, indicators: { where: { derivedFromChildren: false, kind: "COUNT" }, take: 1, select: { id: true, code: true } } },
  });
  m = { id: row.id, code: row.code, indicatorId: row.indicators[0].id, indicatorCode: row.indicators[0].code, officer: await officerOf(db, row.id) };
});

describe("a corrected period on the public page", () => {
  it("shows one value (the latest approval) with the earlier one as its correction, and one trend point", async () => {
    const first = idOf(await submitAs(db, m.officer, m.id, { period: "2020-11", [`values.${m.indicatorId}`]: "10", narrative: "十一月首次填报的数值。" }));
    expect(await approveAs(db, "leader", first)).toMatchObject({ ok: true });
    const correction = idOf(await submitAs(db, m.officer, m.id, { period: "2020-11", [`values.${m.indicatorId}`]: "11", narrative: "更正：十一月的数值应为 11。" }));
    expect(await approveAs(db, "leader", correction)).toMatchObject({ ok: true });

    const page = await getPublicMeasure(m.code);
    const rows = page?.history.filter((h) => h.period === "2020-11") ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ narrative: "更正：十一月的数值应为 11。", values: [expect.objectContaining({ value: 11 })] });
    expect(rows[0].corrections).toEqual([expect.objectContaining({ narrative: "十一月首次填报的数值。", values: [expect.objectContaining({ value: 10 })] })]);
    const trend = page?.indicators.find((i) => i.code === m.indicatorCode)?.trend ?? [];
    expect(new Set(trend.map((p) => p.date)).size).toBe(trend.length);
    expect(trend.find((p) => p.date === "2020-11-30")?.value).toBe(11);
  });
});

describe("open data and pages", () => {
  it("give every indicator the same current value", async () => {
    const records = await getIndicatorRecords();
    expect(records.length).toBeGreaterThan(10);
    const byMeasure = new Map<string, typeof records>();
    for (const r of records) byMeasure.set(r.measureCode, [...(byMeasure.get(r.measureCode) ?? []), r]);
    for (const [code, indicators] of byMeasure) {
      const page = await getPublicMeasure(code);
      const shown = new Map(page?.indicators.map((i) => [i.code, i.current]));
      for (const r of indicators) expect(r.current, `${r.code}`).toBe(shown.get(r.code));
    }
    for (const code of ["A2-02-I1", "A2-03-I1", "A3-14-I1", "B3-01-I1"]) {
      expect(records.find((r) => r.code === code)?.current, code).not.toBeNull();
    }
  });

  it("count a parent's finished projects as its page marks them (a yes/no item is 1 once all are)", async () => {
    for (const code of ["A2-02", "A2-03", "A3-14", "B3-01"]) {
      const page = await getPublicMeasure(code);
      const [derived] = page?.indicators ?? [];
      const done = page?.children.filter((c) => c.done).length ?? -1;
      expect(page?.children.length, code).toBeGreaterThan(0);
      expect(derived.current, code).toBe(derived.kind === "MILESTONE" ? Number(done === page?.children.length) : done);
    }
  });
});

describe("a parent measure's last update", () => {
  it("moves when one of its projects is approved", async () => {
    const child = await db.measure.findFirstOrThrow({
      where: { kind: "PROJECT", parentId: { not: null }, leadDepartment: { users: { some: { user: { role: "OFFICER" } } } } },
      orderBy: { code: "asc" },
      select: { id: true, parent: { select: { code: true } } },
    });
    const report = idOf(await submitAs(db, await officerOf(db, child.id), child.id, { period: "2021-10", narrative: "项目本月完成主体工程。" }));
    expect(await approveAs(db, "leader", report)).toMatchObject({ ok: true });
    const { reviewedAt } = await db.progressReport.findUniqueOrThrow({ where: { id: report } });
    const parent = await getPublicMeasure(child.parent!.code);
    expect(parent?.lastUpdated).toBe(reviewedAt?.toISOString());
  });
});

describe("the home page's headline figures", () => {
  // The bar under each figure is the engine's distance covered (status_parts(): 1 once the
  // target is met), and a derived figure counts the child projects the engine judges done — not
  // a second spelling in the component (which gave 100% to a target equal to its baseline, and
  // counted projects by their milestones).
  it("are the status engine's value and distance covered for each indicator", async () => {
    const { getHeadlines } = await import("@/lib/dal/public/headline");
    const plan = await db.plan.findFirstOrThrow({ where: { state: "CURRENT" }, select: { id: true } });
    for (const asOf of ["2019-06-17", "2021-12-31"]) {
      const { indicators } = await getHeadlines(plan.id, asOf);
      expect(indicators.length).toBeGreaterThan(3);
      const engine = await db.$queryRaw<{ code: string; actual: number | null; progress: number }[]>`
        SELECT i.code, p.actual, p.progress
        FROM "indicator" i
        CROSS JOIN LATERAL status_measure_parts(${asOf}::date, ${plan.id}::int, i."measureId") p
        WHERE p.kind = 'I' AND p."indicatorId" = i.id AND i.code IN (SELECT unnest(${indicators.map((h) => h.code)}::text[]))`;
      const byCode = new Map(engine.map((e) => [e.code, e]));
      for (const h of indicators) {
        const e = byCode.get(h.code)!;
        expect({ current: h.current, share: h.share }, `${h.code} on ${asOf}`).toEqual({ current: e.actual, share: e.progress });
      }
      expect(indicators.some((h) => h.share > 0 && h.share < 1)).toBe(true);
    }
  });
});
