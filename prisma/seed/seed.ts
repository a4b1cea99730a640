// Writes the seed plan, departments, demo accounts and the demo history into an empty
// database. Idempotent at the plan level: a database that already holds the plan is left alone.
import type { Db } from "@/lib/prisma-client";
import { hashPassword } from "@/lib/auth/password";
import { departments } from "./departments";
import { plan } from "./plan";
import { buildDemoHistory } from "./demo-history";
import { demoAccounts, DEMO_PASSWORD } from "./demo-accounts";
import type { SeedMeasure } from "./plan-types";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Ids = Map<string, number>;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export type SeedResult = { seeded: boolean; measures: number; reports: number };

export type SeedOptions = {
  /** Demo mode (lib/demo-mode.ts): the demo accounts with the published password. Off: the plan and departments only. */
  demo?: boolean;
  /** The generated progress history (demo mode only). */
  demoHistory?: boolean;
  /**
   * The Liushi plan and departments (default: unless LIUSHI_SEED_PLAN=0). Off, nothing is seeded:
   * a town loads its own departments and plan (README, "A plan of one's own").
   */
  plan?: boolean;
};

export async function seedDatabase(db: Db, { demo = true, demoHistory = demo, plan: withPlan = process.env.LIUSHI_SEED_PLAN !== "0" }: SeedOptions = {}): Promise<SeedResult> {
  if (!withPlan) return { seeded: false, measures: 0, reports: 0 };
  if (await db.plan.findUnique({ where: { code: plan.code }, select: { id: true } })) {
    return { seeded: false, measures: 0, reports: 0 };
  }
  const withHistory = demo && demoHistory;
  const passwordHash = demo ? await hashPassword(DEMO_PASSWORD) : null;
  return db.$transaction(
    async (tx) => {
      const deptIds = await seedDepartments(tx);
      // The demo history reports once a quarter, so the demo plan does too (see README,
      // "Reporting cycles"); without it measures keep the schema's default, monthly.
      const measureIds = await seedPlan(tx, deptIds, withHistory ? "QUARTERLY" : "MONTHLY");
      const userIds = passwordHash ? await seedAccounts(tx, deptIds, passwordHash) : new Map<string, number>();
      const reports = withHistory ? await seedDemoHistory(tx, userIds) : 0;
      await tx.auditLog.create({
        data: { actorName: "system", action: "seed", objectType: "plan", objectId: plan.code, after: { measures: measureIds.size, reports, demo } },
      });
      return { seeded: true, measures: measureIds.size, reports };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function seedDepartments(tx: Tx): Promise<Ids> {
  const rows = await tx.department.createManyAndReturn({ data: departments, select: { id: true, code: true } });
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function seedPlan(tx: Tx, deptIds: Ids, reportingCycle: "MONTHLY" | "QUARTERLY"): Promise<Ids> {
  const created = await tx.plan.create({
    // The seed plan is the current one of a new database; a town's own next plan is created and
    // published by an admin (README, "A plan of one's own"), which makes this one past.
    data: { code: plan.code, name: plan.name, startDate: day(plan.startDate), endDate: day(plan.endDate), state: "CURRENT" },
  });
  const measureIds: Ids = new Map();
  for (const [sOrder, s] of plan.strategies.entries()) {
    const strategy = await tx.strategy.create({
      data: { planId: created.id, code: s.code, name: s.name, aim: s.aim, slogan: s.slogan, intro: s.intro, order: sOrder },
    });
    for (const [tOrder, t] of s.taskAreas.entries()) {
      const area = await tx.taskArea.create({ data: { strategyId: strategy.id, code: t.code, name: t.name, order: tOrder } });
      for (const [mOrder, m] of t.measures.entries()) {
        await seedMeasure(tx, { measure: m, taskAreaId: area.id, parentId: null, order: mOrder, deptIds, measureIds, reportingCycle });
      }
    }
  }
  return measureIds;
}

async function seedMeasure(
  tx: Tx,
  args: { measure: SeedMeasure; taskAreaId: number; parentId: number | null; order: number; deptIds: Ids; measureIds: Ids; reportingCycle: "MONTHLY" | "QUARTERLY" },
): Promise<void> {
  const { measure: m, deptIds } = args;
  const deptId = (code: string) => {
    const id = deptIds.get(code);
    if (id === undefined) throw new Error(`measure ${m.code}: unknown department ${code}`);
    return id;
  };
  const responsible = [...new Set([m.leadDepartment, ...m.responsibleDepartments])];
  const row = await tx.measure.create({
    data: {
      taskAreaId: args.taskAreaId,
      parentId: args.parentId,
      code: m.code,
      kind: m.kind,
      title: m.title,
      order: args.order,
      reportingCycle: args.reportingCycle,
      leadDepartmentId: deptId(m.leadDepartment),
      departments: { create: responsible.map((code) => ({ departmentId: deptId(code) })) },
      milestones: { create: (m.milestones ?? []).map((ms, order) => ({ name: ms.name, order, plannedDate: day(ms.plannedDate) })) },
      indicators: {
        create: (m.indicators ?? []).map((i, order) => ({
          code: i.code,
          name: i.name,
          unit: i.unit,
          kind: i.kind,
          baselineValue: i.baselineValue,
          baselineDate: day(i.baselineDate),
          targetValue: i.targetValue,
          comparison: i.comparison,
          deadline: day(i.deadline),
          derivedFromChildren: i.derivedFromChildren ?? false,
          sourceText: i.sourceText,
          order,
          interimTargets: { create: (i.interimTargets ?? []).map((t) => ({ year: t.year, value: t.value })) },
        })),
      },
    },
    select: { id: true },
  });
  args.measureIds.set(m.code, row.id);
  for (const [order, child] of (m.children ?? []).entries()) {
    await seedMeasure(tx, { ...args, measure: child, parentId: row.id, order });
  }
}

async function seedAccounts(tx: Tx, deptIds: Ids, passwordHash: string): Promise<Ids> {
  const ids: Ids = new Map();
  const strategies = await tx.strategy.findMany({ where: { plan: { code: plan.code } }, select: { id: true, code: true } });
  const strategyIds: Ids = new Map(strategies.map((s) => [s.code, s.id]));
  for (const a of demoAccounts) {
    const user = await tx.user.create({
      data: {
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        passwordHash,
        // Demo mode: the published demo password need not be changed at first login.
        mustChangePassword: false,
        departments: { create: a.departments.map((code) => ({ departmentId: deptIds.get(code)! })) },
        strategies: { create: (a.strategies ?? []).map((code) => ({ strategyId: strategyIds.get(code)! })) },
      },
      select: { id: true },
    });
    ids.set(a.username, user.id);
  }
  return ids;
}

/**
 * Inserts the generated demo history. Reports go in as drafts with their values (the
 * database freezes the rows of submitted reports), then move to their review state.
 */
async function seedDemoHistory(tx: Tx, userIds: Ids): Promise<number> {
  const history = buildDemoHistory(plan);
  const measures = await tx.measure.findMany({
    select: {
      id: true,
      code: true,
      leadDepartment: { select: { code: true } },
      indicators: { select: { id: true, code: true } },
      milestones: { select: { id: true, name: true } },
    },
  });
  const byCode = new Map(measures.map((m) => [m.code, m]));
  const reviewerId = userIds.get("leader")!;
  const rows = history.map((r) => {
    const m = byCode.get(r.measureCode);
    if (!m) throw new Error(`demo history: unknown measure ${r.measureCode}`);
    return { r, m };
  });
  const created = await tx.progressReport.createManyAndReturn({
    data: rows.map(({ r, m }) => ({
      measureId: m.id,
      periodStart: day(r.periodStart),
      periodEnd: day(r.periodEnd),
      status: r.status,
      narrative: r.narrative,
      authorId: userIds.get(m.leadDepartment.code)!,
      createdAt: new Date(r.submittedAt ?? `${r.periodEnd}T08:00:00Z`),
      basedOnVersion: 1,
      isDemo: true,
      percentComplete: r.percentComplete,
    })),
    select: { id: true },
  });
  const values = rows.flatMap(({ r, m }, i) =>
    r.values.map((v) => ({
      reportId: created[i].id,
      indicatorId: m.indicators.find((ind) => ind.code === v.indicatorCode)!.id,
      value: v.value,
    })),
  );
  await tx.progressValue.createMany({ data: values });
  const reached = rows.flatMap(({ r, m }, i) =>
    r.milestonesReached.map((ms) => ({
      reportId: created[i].id,
      milestoneId: m.milestones.find((x) => x.name === ms.name)!.id,
      actualDate: day(ms.actualDate),
    })),
  );
  await tx.milestoneReport.createMany({ data: reached });

  // Move each report to its review state in one statement per state.
  for (const state of ["SUBMITTED", "APPROVED", "RETURNED"] as const) {
    const subset = rows.map((row, i) => ({ ...row, id: created[i].id })).filter(({ r }) => r.reviewState === state);
    if (subset.length === 0) continue;
    await tx.$executeRawUnsafe(
      `UPDATE "progress_report" SET "reviewState" = 'SUBMITTED', "submittedAt" = v.submitted::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS v(id int, submitted text) WHERE "progress_report"."id" = v.id`,
      JSON.stringify(subset.map(({ id, r }) => ({ id, submitted: r.submittedAt }))),
    );
    if (state === "SUBMITTED") continue;
    await tx.$executeRawUnsafe(
      `UPDATE "progress_report" SET "reviewState" = $2::"ReviewState", "reviewerId" = $3, "reviewedAt" = v.reviewed::timestamptz,
         "reviewComment" = v.comment
       FROM jsonb_to_recordset($1::jsonb) AS v(id int, reviewed text, comment text) WHERE "progress_report"."id" = v.id`,
      JSON.stringify(subset.map(({ id, r }) => ({ id, reviewed: r.reviewedAt, comment: r.reviewComment ?? null }))),
      state,
      reviewerId,
    );
  }
  // A milestone's actual date is the one an approved report states.
  await tx.$executeRawUnsafe(
    `UPDATE "milestone" SET "actualDate" = mr."actualDate"
     FROM "milestone_report" mr JOIN "progress_report" pr ON pr."id" = mr."reportId" AND pr."reviewState" = 'APPROVED'
     WHERE mr."milestoneId" = "milestone"."id"`,
  );
  return created.length;
}
