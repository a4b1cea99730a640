import type { Comparison, IsoDate, SeedIndicator, SeedMeasure, SeedPlan } from "./plan-types";

// A made-up but plausible reporting history for the demo database: one quarterly progress
// report per measure and project over the plan's years. Pure and deterministic (a seeded
// PRNG, no clock), so the demo, screenshots and tests see the same history every time.

export type DemoStatus = "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "LAGGING" | "DONE";
export type DemoReviewState = "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";
export type DemoReport = {
  measureCode: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  status: DemoStatus;
  narrative: string;
  reviewState: DemoReviewState;
  reviewComment?: string;
  submittedAt?: string;
  reviewedAt?: string;
  values: { indicatorCode: string; value: number }[];
  milestonesReached: { name: string; actualDate: IsoDate }[];
  /** How far the work is, in percent: reported for measures with nothing else to measure. */
  percentComplete: number | null;
};

/** Where the headline indicators end, so the demo tells a story: one met, two short of target. */
export const DEMO_FINAL_VALUES: Readonly<Record<string, number>> = {
  "A1-02-I1": 172, // 178 个基础设施和社会事业项目: six short at the deadline
  "A3-04-I1": 53, // 省级卫生村 超过50个: met
  "A2-04-I1": 5, // 民工子弟学校 6所: one short
};

// The latest quarter's review queue: the rest of the history has long been approved.
const LAST_QUARTER_QUEUE: DemoReviewState[] = ["DRAFT", "RETURNED", "RETURNED", "SUBMITTED", "SUBMITTED", "SUBMITTED", "SUBMITTED"];

const STATUS_PHRASES: Record<DemoStatus, string[]> = {
  NOT_STARTED: ["尚未启动，正在开展前期准备。", "前期调研和方案编制中。"],
  ON_TRACK: ["按计划有序推进。", "进度符合序时要求。", "各项工作正常推进。"],
  AT_RISK: ["进度略慢于计划，已研究加快措施。", "存在一定滞后风险，正在协调解决。"],
  LAGGING: ["进度明显滞后，已列入督办事项。", "未达到序时进度，正在制定整改措施。"],
  DONE: ["已完成目标任务。", "目标任务已完成，转入常态化管理。"],
};
const ACTIVITY_PHRASES = ["本季度召开专题推进会，细化责任分工", "制定季度工作计划并抓好落实", "开展督查检查，梳理问题清单并逐项整改", "组织业务培训和经验交流"];
const RETURN_COMMENTS = ["请补充本季度完成情况的佐证材料（验收单、照片等）后重新提交。", "数值与上季度台账不一致，请核实后重新提交。", "进展描述过于笼统，请写明具体完成事项和时间节点。"];

// ---- calendar -------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const toTime = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);
const toIso = (t: number): IsoDate => new Date(t).toISOString().slice(0, 10);
const addDays = (d: IsoDate, days: number) => toIso(toTime(d) + days * DAY_MS);
const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((toTime(to) - toTime(from)) / DAY_MS);

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4; start: IsoDate; end: IsoDate };

export function quarterOf(date: IsoDate): Quarter {
  const year = Number(date.slice(0, 4));
  const quarter = (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter["quarter"];
  const start = `${year}-${String(quarter * 3 - 2).padStart(2, "0")}-01`;
  return { year, quarter, start, end: toIso(Date.UTC(year, quarter * 3, 0)) };
}

function quartersOf(plan: SeedPlan): Quarter[] {
  const quarters = [quarterOf(plan.startDate)];
  while (quarters.at(-1)!.end < plan.endDate) quarters.push(quarterOf(addDays(quarters.at(-1)!.end, 1)));
  return quarters;
}

// ---- randomness -----------------------------------------------------------------------

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One stream per purpose and item, so adding a measure does not reshuffle the others' history. */
const streamFor = (seed: number, key: string): Rng => mulberry32(seed ^ fnv1a(key));
const between = (rng: Rng, lo: number, hi: number) => lo + rng() * (hi - lo);
const pick = <T>(rng: Rng, items: T[]): T => items[Math.floor(rng() * items.length)];
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

// ---- status rules ---------------------------------------------------------------------

function meets(value: number, comparison: Comparison, target: number): boolean {
  return { GTE: value >= target, GT: value > target, EQ: value === target, LTE: value <= target }[comparison];
}

/** Value vs. the expected path: behind by ≤10% of the way is on track, ≤25% at risk. */
function indicatorStatus(i: SeedIndicator, value: number, expected: number, date: IsoDate): DemoStatus {
  if (meets(value, i.comparison, i.targetValue)) return "DONE";
  if (date >= i.deadline) return "LAGGING";
  if (i.kind === "MILESTONE") return "ON_TRACK"; // a one-off can only be late once its deadline passed
  const span = i.targetValue - i.baselineValue;
  const expectedShare = (expected - i.baselineValue) / span;
  const actualShare = (value - i.baselineValue) / span;
  if (actualShare <= 0 && expectedShare < 0.05) return "NOT_STARTED";
  const gap = expectedShare - actualShare;
  return gap <= 0.1 ? "ON_TRACK" : gap <= 0.25 ? "AT_RISK" : "LAGGING";
}

/** Milestones overdue by up to a quarter put a project at risk, longer makes it lag. */
function scheduleStatus(measure: SeedMeasure, actual: (IsoDate | undefined)[], date: IsoDate): DemoStatus {
  const steps = measure.milestones ?? [];
  const isReached = (k: number) => actual[k] !== undefined && actual[k]! <= date;
  if (steps.every((_, k) => isReached(k))) return "DONE";
  const overdue = steps.find((m, k) => m.plannedDate <= date && !isReached(k));
  if (!overdue) return steps.some((_, k) => isReached(k)) ? "ON_TRACK" : "NOT_STARTED";
  return daysBetween(overdue.plannedDate, date) <= 92 ? "AT_RISK" : "LAGGING";
}

const SEVERITY: DemoStatus[] = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "LAGGING"];

/** The worst open part decides; some parts done and the rest not started is work under way. */
function combine(parts: DemoStatus[]): DemoStatus {
  const open = parts.filter((s) => s !== "DONE");
  if (open.length === 0) return "DONE";
  const worst = open.reduce((a, b) => (SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a));
  return worst === "NOT_STARTED" && open.length < parts.length ? "ON_TRACK" : worst;
}

// ---- simulation ----------------------------------------------------------------------

type Timeline = {
  measure: SeedMeasure;
  children: Timeline[];
  milestoneDates: (IsoDate | undefined)[]; // actual dates, undefined = not reached within the plan
  values: Map<string, number[]>; // indicator code → value per quarter, derived ones included
  statuses: DemoStatus[];
};

type Context = { seed: number; quarters: Quarter[]; plan: SeedPlan };

/** Piecewise linear from the baseline through the interim targets to the target. */
function plannedPath(i: SeedIndicator): (date: IsoDate) => number {
  const knots: [IsoDate, number][] = [[i.baselineDate, i.baselineValue]];
  for (const { year, value } of i.interimTargets ?? []) knots.push([`${year}-12-31` < i.deadline ? `${year}-12-31` : i.deadline, value]);
  if (knots.at(-1)![0] < i.deadline) knots.push([i.deadline, i.targetValue]);
  return (date) => {
    const next = knots.findIndex(([d]) => d >= date);
    if (next <= 0) return next === 0 ? knots[0][1] : knots.at(-1)![1];
    const [[d0, v0], [d1, v1]] = [knots[next - 1], knots[next]];
    return v0 + ((v1 - v0) * daysBetween(d0, date)) / daysBetween(d0, d1);
  };
}

/** Most indicators end on target, some just short, a few well short. */
function finalValueOf(i: SeedIndicator, rng: Rng): number {
  const story = DEMO_FINAL_VALUES[i.code];
  if (story !== undefined) return story;
  const r = rng();
  const performance = r < 0.7 ? between(rng, 1, 1.1) : r < 0.9 ? between(rng, 0.85, 0.99) : between(rng, 0.5, 0.8);
  const value = Math.round(i.baselineValue + (i.targetValue - i.baselineValue) * performance);
  const met = meets(value, i.comparison, i.targetValue);
  // Rounding must not turn a miss into a hit or the other way round.
  if (performance >= 1 && !met) return i.comparison === "GT" ? i.targetValue + 1 : i.targetValue;
  if (performance < 1 && met) return i.comparison === "GT" ? i.targetValue : i.targetValue - 1;
  return value;
}

/** The planned path scaled to where the indicator ends, with noise, never going down. */
function numericValues(i: SeedIndicator, planned: (d: IsoDate) => number, rng: Rng, quarters: Quarter[]): number[] {
  const final = finalValueOf(i, rng);
  const span = i.targetValue - i.baselineValue;
  const round = i.kind === "PERCENT" ? (v: number) => Math.round(v * 10) / 10 : Math.round;
  let previous = i.baselineValue;
  return quarters.map((q, k) => {
    const share = clamp01((planned(q.end) - i.baselineValue) / span);
    const noisy = share >= 1 ? 1 : clamp01(share + between(rng, -0.06, 0.06));
    const value = k === quarters.length - 1 ? final : Math.min(final, round(i.baselineValue + noisy * (final - i.baselineValue)));
    previous = Math.max(previous, value);
    return previous;
  });
}

/** Most one-offs come in before their deadline, some after it, a few not within the plan. */
function oneOffDate(i: SeedIndicator, rng: Rng, plan: SeedPlan): IsoDate | undefined {
  const r = rng();
  if (r < 0.7) return addDays(i.deadline, -Math.round(between(rng, 0, Math.min(720, daysBetween(plan.startDate, i.deadline) - 60))));
  const late = addDays(i.deadline, Math.round(between(rng, 30, 300)));
  return r < 0.9 && late <= plan.endDate ? late : undefined;
}

/** Projects keep to schedule, slip, or slip badly; each step slips on top of the last. */
function simulateMilestoneDates(measure: SeedMeasure, rng: Rng, plan: SeedPlan): (IsoDate | undefined)[] {
  const r = rng();
  const slipPerStep: [number, number] = r < 0.65 ? [0, 0] : r < 0.9 ? [30, 90] : [150, 300];
  let slip = 0;
  let previous = addDays(plan.startDate, 14);
  return (measure.milestones ?? []).map((m) => {
    slip += between(rng, ...slipPerStep);
    const date = addDays(m.plannedDate, Math.round(slip + between(rng, -40, 20)));
    previous = date > previous ? date : addDays(previous, 15);
    return previous <= plan.endDate ? previous : undefined;
  });
}

/** Commitments without numbers: most are done by the end, some run on, a few slip. */
function qualitativeStatuses(rng: Rng, n: number): DemoStatus[] {
  const startsAt = rng() < 0.75 ? 0 : 1 + Math.floor(rng() * 3);
  const r = rng();
  const doneAt = r < 0.6 ? n - 6 + Math.floor(rng() * 6) : Infinity;
  const slipsAt = r >= 0.9 ? n - 8 + Math.floor(rng() * 8) : Infinity;
  return Array.from({ length: n }, (_, k): DemoStatus => {
    if (k < startsAt) return "NOT_STARTED";
    if (k >= doneAt) return "DONE";
    if (k >= slipsAt) return k >= slipsAt + 2 ? "LAGGING" : "AT_RISK";
    return rng() < 0.08 ? "AT_RISK" : "ON_TRACK";
  });
}

type Track = { values: number[]; expected: (date: IsoDate) => number };

/** An indicator's value per quarter and the value its plan expects at a date. */
function trackIndicator(i: SeedIndicator, owner: Pick<Timeline, "measure" | "children" | "milestoneDates">, ctx: Context): Track {
  const { quarters, plan } = ctx;
  if (i.derivedFromChildren) {
    const { children } = owner;
    const plannedEnd = (c: Timeline) => c.measure.milestones?.at(-1)?.plannedDate ?? "9999-12-31";
    return {
      values: quarters.map((_, k) => children.filter((c) => c.statuses[k] === "DONE").length),
      expected: (date) => children.filter((c) => plannedEnd(c) <= date).length,
    };
  }
  const rng = streamFor(ctx.seed, i.code);
  const planned = plannedPath(i);
  if (i.kind !== "MILESTONE") return { values: numericValues(i, planned, rng, quarters), expected: planned };
  // A project's one-off indicator is its milestone of the same name (see plan.ts).
  const linked = (owner.measure.milestones ?? []).findIndex((m) => m.name === i.name);
  const reachedOn = linked >= 0 ? owner.milestoneDates[linked] : oneOffDate(i, rng, plan);
  return {
    values: quarters.map((q) => (reachedOn !== undefined && reachedOn <= q.end ? 1 : 0)),
    expected: planned,
  };
}

function simulate(measure: SeedMeasure, ctx: Context): Timeline {
  const { seed, quarters, plan } = ctx;
  const children = (measure.children ?? []).map((c) => simulate(c, ctx));
  const milestoneDates = simulateMilestoneDates(measure, streamFor(seed, `milestones:${measure.code}`), plan);
  const indicators = measure.indicators ?? [];
  const tracks = new Map(indicators.map((i) => [i.code, trackIndicator(i, { measure, children, milestoneDates }, ctx)]));
  const qualitative = qualitativeStatuses(streamFor(seed, `status:${measure.code}`), quarters.length);
  const statuses = quarters.map((q, k) => {
    const parts = [
      ...indicators.map((i) => indicatorStatus(i, tracks.get(i.code)!.values[k], tracks.get(i.code)!.expected(q.end), q.end)),
      ...(milestoneDates.length ? [scheduleStatus(measure, milestoneDates, q.end)] : []),
      ...children.map((c) => c.statuses[k]),
    ];
    return parts.length ? combine(parts) : qualitative[k];
  });
  const values = new Map([...tracks].map(([code, track]) => [code, track.values]));
  return { measure, children, milestoneDates, values, statuses };
}

// ---- reports --------------------------------------------------------------------------

const monthOf = (d: IsoDate) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月`;

function describeValue(i: SeedIndicator, value: number): string {
  if (i.kind === "MILESTONE") return `目标“${i.name}”${value >= 1 ? "已实现" : "尚未实现"}`;
  const bound = { GT: "超过", LTE: "不超过", GTE: "", EQ: "" }[i.comparison];
  return `${i.name}${value}${i.unit}，目标${bound}${i.targetValue}${i.unit}`;
}

function narrativeOf(t: Timeline, k: number, q: Quarter, rng: Rng): string {
  const { measure, milestoneDates: dates } = t;
  const facts = (measure.indicators ?? []).map((i) => describeValue(i, t.values.get(i.code)![k]));
  if (t.children.length && !measure.indicators?.some((i) => i.derivedFromChildren)) {
    facts.push(`所属${t.children.length}个项目已完成${t.children.filter((c) => c.statuses[k] === "DONE").length}个`);
  }
  const steps = measure.milestones ?? [];
  const reachedNow = steps.filter((_, n) => dates[n] !== undefined && dates[n]! >= q.start && dates[n]! <= q.end);
  const pending = steps.find((_, n) => dates[n] === undefined || dates[n]! > q.end);
  if (reachedNow.length) facts.push(`本季度完成“${reachedNow.map((m) => m.name).join("、")}”节点`);
  else if (pending) facts.push(`“${pending.name}”${pending.plannedDate < q.end ? "原" : ""}计划于${monthOf(pending.plannedDate)}完成`);
  else if (steps.length) facts.push(`全部${steps.length}个节点均已完成`);
  if (!facts.length) facts.push(pick(rng, ACTIVITY_PHRASES));
  return `${facts.join("；")}。${pick(rng, STATUS_PHRASES[t.statuses[k]])}`;
}

/** A moment in office hours (Beijing time, UTC+8) `days` after `date`. */
function officeStamp(date: IsoDate, days: number, rng: Rng): string {
  const t = toTime(addDays(date, days)) + Math.floor(between(rng, 1, 9)) * 3_600_000 + Math.floor(rng() * 60) * 60_000;
  return new Date(t).toISOString();
}

function reviewTrail(state: DemoReviewState, periodEnd: IsoDate, rng: Rng) {
  if (state === "DRAFT") return {};
  const submittedAt = officeStamp(periodEnd, 3 + Math.floor(rng() * 8), rng);
  if (state === "SUBMITTED") return { submittedAt };
  const reviewedAt = officeStamp(submittedAt.slice(0, 10), 1 + Math.floor(rng() * 5), rng);
  return { submittedAt, reviewedAt, ...(state === "RETURNED" && { reviewComment: pick(rng, RETURN_COMMENTS) }) };
}

function flatten(t: Timeline): Timeline[] {
  return [t, ...t.children.flatMap(flatten)];
}

/** Share of the time elapsed each status stands for, in the demo officers' percentages. */
const PACE: Record<DemoStatus, number> = { DONE: 1, ON_TRACK: 0.95, AT_RISK: 0.8, LAGGING: 0.6, NOT_STARTED: 0 };

/**
 * The completion percentages a measure with no numeric indicator and no milestone reports each
 * quarter (null for the others): the time elapsed at the pace of its status, never going back,
 * 100 once done.
 */
function percentsOf(t: Timeline, n: number): (number | null)[] {
  const numeric = (t.measure.indicators ?? []).some((i) => i.kind !== "MILESTONE");
  if (numeric || (t.measure.milestones ?? []).length > 0) return Array.from({ length: n }, () => null);
  let best = 0;
  return t.statuses.map((status, k) => {
    const pct = status === "DONE" ? 100 : Math.min(95, Math.round(((k + 1) / n) * 100 * PACE[status]));
    best = Math.max(best, pct);
    return best;
  });
}

export function buildDemoHistory(plan: SeedPlan, seed = 20170101): DemoReport[] {
  const quarters = quartersOf(plan);
  const ctx: Context = { seed, quarters, plan };
  const timelines = plan.strategies
    .flatMap((s) => s.taskAreas.flatMap((t) => t.measures))
    .flatMap((m) => flatten(simulate(m, ctx)));
  // Which measures still sit in the latest quarter's queue: a seeded shuffle of all of them.
  const rank = new Map(timelines.map((t) => [t.measure.code, streamFor(seed, `review:${t.measure.code}`)()]));
  const order = [...rank.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!);
  const lastState = (code: string) => LAST_QUARTER_QUEUE[order.indexOf(code)] ?? "APPROVED";
  return timelines.flatMap((t) => {
    const rng = streamFor(seed, `report:${t.measure.code}`);
    const percents = percentsOf(t, quarters.length);
    return quarters.map((q, k): DemoReport => {
      const reviewState = k === quarters.length - 1 ? lastState(t.measure.code) : "APPROVED";
      const steps = t.measure.milestones ?? [];
      return {
        measureCode: t.measure.code,
        periodStart: q.start,
        periodEnd: q.end,
        status: t.statuses[k],
        narrative: narrativeOf(t, k, q, rng),
        reviewState,
        ...reviewTrail(reviewState, q.end, rng),
        values: (t.measure.indicators ?? [])
          .filter((i) => !i.derivedFromChildren)
          .map((i) => ({ indicatorCode: i.code, value: t.values.get(i.code)![k] })),
        milestonesReached: steps.flatMap((m, n) => {
          const actualDate = t.milestoneDates[n];
          return actualDate !== undefined && actualDate >= q.start && actualDate <= q.end ? [{ name: m.name, actualDate }] : [];
        }),
        percentComplete: percents[k],
      };
    });
  });
}
