// `npm run db:scale -- --factor 100`: multiplies the seeded plan into a bigger one, for the
// dashboard benchmark (lib/bench/dashboard-bench.ts). Every task area of the seed is copied
// factor − 1 times into its strategy ("A1.7" is the 7th copy of A1) with its measures, projects,
// indicators, yearly targets and milestones; every measure of the copies gets a history of
// approved reports (about 1,000,000 at factor 100) with values along its indicators' paths; then
// the status snapshot is rebuilt. Bulk SQL only (INSERT … SELECT, generate_series).
//
// Against DATABASE_URL (PostgreSQL; the embedded database is one connection and too small for
// this). A database scaled once is refused a second time.
import pg from "pg";

const PLAN_CODE = "liushi-2017-2021";
const REPORTS_AT_100 = 1_000_000;

function factorArg(argv: string[]): number {
  // The last --factor wins: the npm script passes 100, `npm run db:scale -- --factor 10` another.
  const i = argv.lastIndexOf("--factor");
  const raw = i >= 0 ? argv[i + 1] : argv.findLast((a) => a.startsWith("--factor="))?.slice(9);
  const factor = Number(raw ?? 100);
  if (!Number.isInteger(factor) || factor < 2 || factor > 1000) throw new Error(`--factor must be an integer from 2 to 1000 (got ${raw})`);
  return factor;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("db:scale needs DATABASE_URL: it writes about a million rows into that PostgreSQL database.\n" +
      "Create a scratch database first, e.g.\n  createdb -h 127.0.0.1 -U postgres liushi_scale\n" +
      "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/liushi_scale npm run db:migrate && npm run db:seed && npm run db:scale -- --factor 100");
    process.exit(2);
  }
  const factor = factorArg(process.argv.slice(2));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t0 = performance.now();
    const r = await client.query(sql, params);
    console.log(`[db:scale] ${label}: ${r.rowCount ?? 0} rows, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  };
  try {
    const plan = await client.query<{ id: number }>(`SELECT id FROM "plan" WHERE code = $1`, [PLAN_CODE]);
    if (!plan.rows[0]) throw new Error(`the seeded plan ${PLAN_CODE} is missing: run npm run db:seed first`);
    const planId = plan.rows[0].id;
    const scaled = await client.query(`SELECT 1 FROM "task_area" ta JOIN "strategy" s ON s.id = ta."strategyId" WHERE s."planId" = $1 AND ta.code LIKE '%.%' LIMIT 1`, [planId]);
    if (scaled.rowCount) throw new Error("this database is already scaled; scale a freshly seeded one");
    const t0 = performance.now();
    await client.query("BEGIN");
    await copyStructure(step, planId, factor);
    await addReports(step, client, planId, factor);
    await client.query("COMMIT");
    await step("analyze", "ANALYZE");
    await step("status snapshot (status_refresh)", "SELECT status_refresh()");
    // As autovacuum would leave it in service: statistics, and the visibility map that lets the
    // dashboards' index-only reads skip the table (a fresh bulk load has none).
    await step("vacuum analyze", "VACUUM ANALYZE");
    const counts = await client.query<{ measures: number; reports: number }>(
      `SELECT (SELECT count(*) FROM "measure")::int AS measures, (SELECT count(*) FROM "progress_report" WHERE "reviewState" = 'APPROVED')::int AS reports`,
    );
    console.log(`[db:scale] done in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${counts.rows[0].measures} measures, ${counts.rows[0].reports} approved reports`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

type Step = (label: string, sql: string, params?: unknown[]) => Promise<pg.QueryResult>;

/** Copies 1 … factor−1 of every task area, with their measures, indicators and milestones. */
async function copyStructure(step: Step, planId: number, factor: number) {
  await step("copies", `CREATE TEMP TABLE scale_copy ON COMMIT DROP AS SELECT k FROM generate_series(1, $1::int - 1) AS k`, [factor]);
  await step(
    "task areas",
    `INSERT INTO "task_area" ("strategyId", code, name, "order", weight)
     SELECT ta."strategyId", ta.code || '.' || c.k, ta.name || '（扩展' || c.k || '）', ta."order" + 1000 * c.k, ta.weight
     FROM "task_area" ta JOIN "strategy" s ON s.id = ta."strategyId" CROSS JOIN scale_copy c WHERE s."planId" = $1`,
    [planId],
  );
  await step(
    "measure map",
    `CREATE TEMP TABLE scale_measure ON COMMIT DROP AS
     SELECT m.id AS old_id, c.k, m.code || '.' || c.k AS code, nta.id AS task_area_id
     FROM "measure" m JOIN "task_area" ta ON ta.id = m."taskAreaId" JOIN "strategy" s ON s.id = ta."strategyId"
     CROSS JOIN scale_copy c JOIN "task_area" nta ON nta."strategyId" = ta."strategyId" AND nta.code = ta.code || '.' || c.k
     WHERE s."planId" = $1`,
    [planId],
  );
  const measureColumns = `"taskAreaId", "parentId", code, kind, title, "order", "leadDepartmentId", weight, "reportingCycle", "dueDay"`;
  await step(
    "measures",
    `INSERT INTO "measure" (${measureColumns})
     SELECT sm.task_area_id, NULL, sm.code, m.kind, m.title, m."order", m."leadDepartmentId", m.weight, m."reportingCycle", m."dueDay"
     FROM scale_measure sm JOIN "measure" m ON m.id = sm.old_id WHERE m."parentId" IS NULL`,
  );
  await step(
    "projects",
    `INSERT INTO "measure" (${measureColumns})
     SELECT sm.task_area_id, np.id, sm.code, m.kind, m.title, m."order", m."leadDepartmentId", m.weight, m."reportingCycle", m."dueDay"
     FROM scale_measure sm JOIN "measure" m ON m.id = sm.old_id
     JOIN "measure" p ON p.id = m."parentId" JOIN "measure" np ON np.code = p.code || '.' || sm.k`,
  );
  await step("measure ids", `ALTER TABLE scale_measure ADD COLUMN new_id int; UPDATE scale_measure sm SET new_id = m.id FROM "measure" m WHERE m.code = sm.code`);
  await step(
    "responsible departments",
    `INSERT INTO "measure_department" ("measureId", "departmentId") SELECT sm.new_id, md."departmentId" FROM scale_measure sm JOIN "measure_department" md ON md."measureId" = sm.old_id`,
  );
  await step(
    "indicators",
    `INSERT INTO "indicator" ("measureId", code, name, unit, kind, "baselineValue", "baselineDate", "targetValue", comparison, deadline, "derivedFromChildren", "sourceText", "order")
     SELECT sm.new_id, i.code || '.' || sm.k, i.name, i.unit, i.kind, i."baselineValue", i."baselineDate", i."targetValue", i.comparison, i.deadline, i."derivedFromChildren", i."sourceText", i."order"
     FROM scale_measure sm JOIN "indicator" i ON i."measureId" = sm.old_id`,
  );
  await step(
    "yearly targets",
    `INSERT INTO "indicator_target" ("indicatorId", year, value)
     SELECT ni.id, t.year, t.value FROM scale_measure sm JOIN "indicator" i ON i."measureId" = sm.old_id
     JOIN "indicator" ni ON ni.code = i.code || '.' || sm.k JOIN "indicator_target" t ON t."indicatorId" = i.id`,
  );
  // Copies keep the planned schedule; their actual dates drift by up to ±4 months, some never come.
  await step(
    "milestones",
    `INSERT INTO "milestone" ("measureId", name, "order", "plannedDate", "actualDate")
     SELECT sm.new_id, ms.name, ms."order", ms."plannedDate",
            CASE WHEN (sm.new_id * 7 + ms."order") % 10 = 0 THEN NULL
                 ELSE coalesce(ms."actualDate", ms."plannedDate") + ((sm.new_id * 37 + ms."order" * 11) % 240 - 120) END
     FROM scale_measure sm JOIN "milestone" ms ON ms."measureId" = sm.old_id`,
  );
}

/**
 * About REPORTS_AT_100 × factor / 100 approved reports, spread evenly over the copied measures:
 * consecutive periods over the plan, submitted 0–12 days after the period, approved 1–5 days later.
 * Measures with indicators get values on a path toward their target (each copy at its own pace);
 * their reports go in as drafts first, since the database takes values only on drafts.
 */
async function addReports(step: Step, client: pg.Client, planId: number, factor: number) {
  const { rows } = await client.query<{ n: number; days: number; start: string; reviewer: number }>(
    `SELECT greatest(1, round($2::float8 * $3 / 100 / count(*)))::int AS n, (p."endDate" - p."startDate" + 1) AS days,
            to_char(p."startDate", 'YYYY-MM-DD') AS start, (SELECT id FROM "app_user" WHERE username = 'leader') AS reviewer
     FROM scale_measure sm CROSS JOIN "plan" p WHERE p.id = $1 GROUP BY p."endDate", p."startDate"`,
    [planId, REPORTS_AT_100, factor],
  );
  const { n, days, start, reviewer } = rows[0];
  const length = Math.max(1, Math.floor(days / n));
  const authors = `coalesce(au."userId", ${reviewer})`;
  const periods = `
    FROM scale_measure sm JOIN "measure" m ON m.id = sm.new_id CROSS JOIN generate_series(0, $1::int - 1) AS g(i)
    LEFT JOIN (SELECT DISTINCT ON ("departmentId") "departmentId", "userId" FROM "user_department" ORDER BY 1, 2) AS au ON au."departmentId" = m."leadDepartmentId"
    CROSS JOIN LATERAL (SELECT $2::date + g.i * $3::int AS ps, $2::date + (g.i + 1) * $3::int - 1 AS pe) AS per`;
  const stamp = `(per.pe + 1 + (sm.new_id * 13 + g.i * 7) % 12)::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '9 hours'`;
  const status = `(CASE WHEN g.i::float8 / $1 > 0.75 AND (sm.new_id + g.i) % 3 = 0 THEN 'DONE'
                        WHEN (sm.new_id * 3 + g.i) % 17 = 0 THEN 'LAGGING' WHEN (sm.new_id + g.i) % 7 = 0 THEN 'AT_RISK'
                        ELSE 'ON_TRACK' END)::"ProgressStatus"`;
  const withValues = `EXISTS (SELECT 1 FROM "indicator" i WHERE i."measureId" = sm.new_id AND NOT i."derivedFromChildren")`;
  await step(
    "approved reports",
    `INSERT INTO "progress_report" ("measureId", "periodStart", "periodEnd", status, narrative, "authorId", "createdAt", "submittedAt", "reviewState", "reviewerId", "reviewedAt", "basedOnVersion", "isDemo")
     SELECT sm.new_id, per.ps, per.pe, ${status}, '规模测试数据：按计划推进。', ${authors}, ${stamp}, ${stamp}, 'APPROVED', $4, ${stamp} + interval '2 days', 1, true
     ${periods} WHERE NOT ${withValues}`,
    [n, start, length, reviewer],
  );
  await step(
    "reports with values (drafts)",
    `INSERT INTO "progress_report" ("measureId", "periodStart", "periodEnd", status, narrative, "authorId", "createdAt", "basedOnVersion", "isDemo")
     SELECT sm.new_id, per.ps, per.pe, ${status}, '规模测试数据：指标按计划推进。', ${authors}, ${stamp}, 1, true
     ${periods} WHERE ${withValues}`,
    [n, start, length],
  );
  await step(
    "values",
    `INSERT INTO "progress_value" ("reportId", "indicatorId", value)
     SELECT r.id, i.id,
            CASE WHEN i.kind = 'MILESTONE' THEN CASE WHEN x.share >= 0.9 THEN 1 ELSE i."baselineValue" END
                 ELSE round((i."baselineValue" + (i."targetValue" - i."baselineValue") * x.share::numeric), 2) END
     FROM scale_measure sm JOIN "progress_report" r ON r."measureId" = sm.new_id AND r."reviewState" = 'DRAFT'
     JOIN "indicator" i ON i."measureId" = sm.new_id AND NOT i."derivedFromChildren"
     CROSS JOIN LATERAL (SELECT least(1, (r."periodEnd" - $1::date + 1)::float8 / $2 * (0.7 + (sm.new_id % 50) / 100.0)) AS share) AS x`,
    [start, days],
  );
  await step(
    "submit them",
    `UPDATE "progress_report" r SET "reviewState" = 'SUBMITTED', "submittedAt" = r."createdAt" FROM scale_measure sm WHERE r."measureId" = sm.new_id AND r."reviewState" = 'DRAFT'`,
  );
  await step(
    "approve them",
    `UPDATE "progress_report" r SET "reviewState" = 'APPROVED', "reviewerId" = $1, "reviewedAt" = r."submittedAt" + interval '2 days'
     FROM scale_measure sm WHERE r."measureId" = sm.new_id AND r."reviewState" = 'SUBMITTED'`,
    [reviewer],
  );
}

main().catch((error) => {
  console.error(`[db:scale] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
