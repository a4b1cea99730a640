import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "@/lib/db";
import { PUBLIC_PLAN_TAG } from "@/lib/cache-tags";
import { getMeasureStatuses } from "@/lib/dal/status";
import { STATUS_LABEL_ZH, type Status } from "@/lib/domain";
import { toShanghaiIso } from "@/lib/format-time";
import { getPublicPlan } from "./plan";

// The open data: approved figures only, stable English field names (the JSON API's contract),
// nothing about people. CSV and XLSX carry the same rows with Chinese headers. Beside each status
// code, its Chinese label from lib/domain/status-display.ts (the words the pages show).

export type MeasureRecord = {
  code: string; kind: string; title: string; strategyCode: string; strategy: string; taskAreaCode: string; taskArea: string;
  parentCode: string | null; leadDepartment: string; status: Status; statusLabel: string; progress: number; deadline: string | null; lastApprovedAt: string | null;
};
export type IndicatorRecord = {
  code: string; measureCode: string; name: string; unit: string; kind: string; comparison: string; baseline: number; baselineDate: string;
  target: number; deadline: string; current: number | null; currentPeriod: string | null;
};
export type ProgressRecord = {
  measureCode: string; period: string; approvedOn: string; reportedStatus: Status; reportedStatusLabel: string; indicatorCode: string | null; value: number | null;
  unit: string | null; narrative: string; isDemo: boolean;
};

// Each dataset is of one published plan: the current one unless a plan code is given
// (/api/v1/measures?plan=<code>); the addresses without one keep meaning the current plan.

export async function getMeasureRecords(planCode?: string): Promise<MeasureRecord[]> {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getPublicPlan(planCode);
  if (!plan) return [];
  const rows = await getMeasureStatuses({ planId: plan.id, asOf: plan.asOf });
  const areas = new Map(plan.strategies.flatMap((s) => s.taskAreas.map((t) => [t.id, { ...t, strategy: s }] as const)));
  const codes = new Map(rows.map((r) => [r.measureId, r.code]));
  return rows.map((r) => {
    const area = areas.get(r.taskAreaId)!;
    return {
      code: r.code, kind: r.kind, title: r.title, strategyCode: area.strategy.code, strategy: area.strategy.name, taskAreaCode: area.code,
      taskArea: area.name, parentCode: r.parentId ? codes.get(r.parentId) ?? null : null, leadDepartment: r.leadDepartment,
      status: r.status, statusLabel: STATUS_LABEL_ZH[r.status], progress: Math.round(r.progress * 1000) / 1000, deadline: r.deadline,
      lastApprovedAt: r.lastApprovedAt ? toShanghaiIso(r.lastApprovedAt) : null,
    };
  });
}

type IndicatorRow = Omit<IndicatorRecord, "baseline" | "target" | "current"> & { baseline: string; target: string; current: string | null };

/**
 * Each indicator of the published plan with its current value as the status engine counts it on
 * the public as-of day (status_parts(): the public measure page shows the same numbers, held to
 * it by tests/integration/public-measure-data.test.ts). A derived indicator's value is its
 * projects judged done on that day, so its period is the as-of month.
 */
export async function getIndicatorRecords(planCode?: string): Promise<IndicatorRecord[]> {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getPublicPlan(planCode);
  if (!plan) return [];
  const rows = await getDb().$queryRaw<IndicatorRow[]>`
    SELECT i."code", m."code" AS "measureCode", i."name", i."unit", i."kind"::text AS "kind", i."comparison"::text AS "comparison",
           i."baselineValue"::text AS "baseline", to_char(i."baselineDate", 'YYYY-MM-DD') AS "baselineDate",
           i."targetValue"::text AS "target", to_char(i."deadline", 'YYYY-MM-DD') AS "deadline",
           p.actual::text AS "current",
           CASE WHEN p.actual IS NULL THEN NULL WHEN i."derivedFromChildren" THEN to_char(${plan.asOf}::date, 'YYYY-MM')
                ELSE to_char(latest."periodEnd", 'YYYY-MM') END AS "currentPeriod"
    FROM "indicator" i
    JOIN "measure" m ON m."id" = i."measureId"
    JOIN "task_area" ta ON ta."id" = m."taskAreaId"
    JOIN "strategy" s ON s."id" = ta."strategyId"
    LEFT JOIN status_parts(ARRAY[${plan.asOf}::date], ${plan.id}::int) p ON p.kind = 'I' AND p."indicatorId" = i."id"
    LEFT JOIN LATERAL (
      SELECT r."periodEnd" FROM "progress_value" v JOIN "progress_report" r ON r."id" = v."reportId"
      WHERE v."indicatorId" = i."id" AND r."reviewState" = 'APPROVED' AND r."periodEnd" <= ${plan.asOf}::date
      ORDER BY r."periodEnd" DESC, r."id" DESC LIMIT 1
    ) latest ON NOT i."derivedFromChildren"
    WHERE s."planId" = ${plan.id}
    ORDER BY m."code", i."order"`;
  return rows.map((r) => ({ ...r, baseline: Number(r.baseline), target: Number(r.target), current: r.current === null ? null : Number(r.current) }));
}

type ProgressRow = Omit<ProgressRecord, "value" | "reportedStatusLabel"> & { value: string | null };

export async function getProgressRecords(planCode?: string): Promise<ProgressRecord[]> {
  "use cache";
  cacheTag(PUBLIC_PLAN_TAG);
  cacheLife("hours");
  const plan = await getPublicPlan(planCode);
  if (!plan) return [];
  const rows = await getDb().$queryRaw<ProgressRow[]>`
    SELECT m."code" AS "measureCode", to_char(r."periodEnd", 'YYYY-MM') AS "period",
           to_char(r."reviewedAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "approvedOn", r."status"::text AS "reportedStatus",
           i."code" AS "indicatorCode", v."value"::text AS "value", i."unit", r."narrative", r."isDemo"
    FROM "progress_report" r
    JOIN "measure" m ON m."id" = r."measureId"
    LEFT JOIN "progress_value" v ON v."reportId" = r."id"
    LEFT JOIN "indicator" i ON i."id" = v."indicatorId"
    JOIN "task_area" ta ON ta."id" = m."taskAreaId"
    JOIN "strategy" s ON s."id" = ta."strategyId"
    WHERE r."reviewState" = 'APPROVED' AND s."planId" = ${plan.id}
    ORDER BY m."code", r."periodEnd", r."id", i."code"`;
  return rows.map((r) => ({ ...r, reportedStatusLabel: STATUS_LABEL_ZH[r.reportedStatus], value: r.value === null ? null : Number(r.value) }));
}
