// Indicators and milestones for the status engine's tests. The first ones are the seed plan's
// own (prisma/seed/plan.ts); the rest are made up to cover falling, percent and boundary cases.
// Imported by *.test.ts only.

import type { IsoDate } from "./dates";
import type { IndicatorSpec } from "./indicator";

export const PLAN_START: IsoDate = "2017-01-01";
const BASELINE_DATE: IsoDate = "2016-12-31";
export const PLAN_END: IsoDate = "2021-12-31";

/** A1-02: 五年内再完成178个基础设施和社会事业项目建设 (with the seed's yearly targets). */
export const PROJECTS_178: IndicatorSpec = {
  name: "基础设施和社会事业项目完成数",
  unit: "个",
  kind: "COUNT",
  comparison: "GTE",
  baselineValue: 0,
  baselineDate: BASELINE_DATE,
  targetValue: 178,
  deadline: PLAN_END,
  interimTargets: [
    { year: 2017, value: 30 },
    { year: 2018, value: 70 },
    { year: 2019, value: 110 },
    { year: 2020, value: 145 },
    { year: 2021, value: 178 },
  ],
};

/** The same 178 projects without interim targets: one straight line over 1826 days. */
export const PROJECTS_178_LINEAR: IndicatorSpec = { ...PROJECTS_178, interimTargets: undefined };

/** A3-04: 到2021年达到省级卫生村的数量超过50个 ("超过" = GT; the 2021 interim 51 is the deadline's). */
export const HEALTHY_VILLAGES: IndicatorSpec = {
  name: "省级卫生村数量",
  unit: "个",
  kind: "COUNT",
  comparison: "GT",
  baselineValue: 20,
  baselineDate: BASELINE_DATE,
  targetValue: 50,
  deadline: PLAN_END,
  interimTargets: [27, 34, 41, 47, 51].map((value, i) => ({ year: 2017 + i, value })),
};

/** The same with "at least 50" (GTE), to show the boundary. */
export const HEALTHY_VILLAGES_GTE: IndicatorSpec = { ...HEALTHY_VILLAGES, comparison: "GTE" };

/** A2: 新办合格的民工子弟学校6所 (a small count: expected values keep one decimal). */
export const MIGRANT_SCHOOLS: IndicatorSpec = {
  name: "新办合格民工子弟学校数",
  unit: "所",
  kind: "COUNT",
  comparison: "GTE",
  baselineValue: 0,
  baselineDate: BASELINE_DATE,
  targetValue: 6,
  deadline: PLAN_END,
  interimTargets: [1, 2, 4, 5, 6].map((value, i) => ({ year: 2017 + i, value })),
};

/** A3-03: 争取到2019年创成国家级卫生镇 (yes/no). */
export const NATIONAL_HEALTHY_TOWN: IndicatorSpec = {
  name: "创成国家级卫生镇",
  unit: "",
  kind: "MILESTONE",
  comparison: "EQ",
  baselineValue: 0,
  baselineDate: BASELINE_DATE,
  targetValue: 1,
  deadline: "2019-12-31",
};

/** A3-14: 力争2018年建成镇级公益性骨灰堂 (yes/no). */
export const ASH_HALL: IndicatorSpec = { ...NATIONAL_HEALTHY_TOWN, name: "建成镇级公益性骨灰堂", deadline: "2018-12-31" };

/** A falling "≤" indicator: 100 → at most 60 by the plan's end; 80 half way (2019-07-02). */
export const POLLUTERS: IndicatorSpec = {
  name: "重点污染企业数",
  unit: "家",
  kind: "COUNT",
  comparison: "LTE",
  baselineValue: 100,
  baselineDate: BASELINE_DATE,
  targetValue: 60,
  deadline: PLAN_END,
};

/** A percentage: 40% → 90% by the plan's end. */
export const SORTING_RATE: IndicatorSpec = {
  name: "生活垃圾分类覆盖率",
  unit: "%",
  kind: "PERCENT",
  comparison: "GTE",
  baselineValue: 40,
  baselineDate: BASELINE_DATE,
  targetValue: 90,
  deadline: PLAN_END,
};

/** 0 → 100 over 730 days: 50 expected on 2017-12-31, so shortfalls are round numbers. */
export const HUNDRED: IndicatorSpec = {
  name: "测试指标",
  unit: "项",
  kind: "CUMULATIVE",
  comparison: "GTE",
  baselineValue: 0,
  baselineDate: BASELINE_DATE,
  targetValue: 100,
  deadline: "2018-12-31",
};

/** A1-01 市民体育中心: the seed's planned milestones, none reached. */
export const SPORTS_CENTRE = [
  { name: "主体工程完工", plannedDate: "2018-06-30", actualDate: null },
  { name: "竣工验收", plannedDate: "2019-06-30", actualDate: null },
  { name: "投入使用", plannedDate: "2019-12-31", actualDate: null },
] as { name: string; plannedDate: IsoDate; actualDate: IsoDate | null }[];

/** SPORTS_CENTRE with its milestones reached on the given days, in order (missing: not reached). */
export function reached(...actualDates: (IsoDate | null)[]) {
  return SPORTS_CENTRE.map((m, i) => ({ ...m, actualDate: actualDates[i] ?? null }));
}
