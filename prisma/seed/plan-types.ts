// Plain data shapes of a plan as the seed describes it. No Prisma, no React: the seed
// script maps these onto the database, and tests hold them against the plan's text.

export type IndicatorKind = "COUNT" | "CUMULATIVE" | "PERCENT" | "MILESTONE";
export type Comparison = "GTE" | "GT" | "EQ" | "LTE";
export type MeasureKind = "MEASURE" | "PROJECT";

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

export type SeedIndicator = {
  /** Unique across the plan, e.g. "A1-02-I1". */
  code: string;
  /** 指标名称, short Chinese name, e.g. "基础设施和社会事业项目完成数". */
  name: string;
  /** 单位: "个", "所", "次" … ; "" for a yes/no milestone indicator. */
  unit: string;
  kind: IndicatorKind;
  /** 基期值 at baselineDate (the plan's start unless the text says otherwise). */
  baselineValue: number;
  baselineDate: IsoDate;
  /** 目标值. For MILESTONE indicators 1 means "done". */
  targetValue: number;
  comparison: Comparison;
  deadline: IsoDate;
  /** Optional yearly interim targets (value to reach by the end of that year). */
  interimTargets?: { year: number; value: number }[];
  /** When true the value is the count of completed child projects of the measure. */
  derivedFromChildren?: boolean;
  /** The exact words of the plan text that state this number (a substring of the text). */
  sourceText: string;
};

export type SeedMilestone = {
  name: string;
  plannedDate: IsoDate;
};

export type SeedMeasure = {
  /** Unique across the plan, e.g. "A1-02" or "A1-03-P01". */
  code: string;
  kind: MeasureKind;
  /** The commitment worded as in the text (lost quotation marks restored as “ ”). */
  title: string;
  /** Department codes (see SeedDepartment.code). */
  leadDepartment: string;
  responsibleDepartments: string[];
  indicators?: SeedIndicator[];
  milestones?: SeedMilestone[];
  /** Sub-items, e.g. the named projects of a measure. */
  children?: SeedMeasure[];
};

export type SeedTaskArea = {
  code: string;
  name: string;
  measures: SeedMeasure[];
};

export type SeedStrategy = {
  code: string;
  /** e.g. "实施民生共享战略" */
  name: string;
  /** 致力…, e.g. "补短板、增福祉" */
  aim: string;
  /** The rest of the heading, e.g. "提高广大人民群众的幸福感" */
  slogan: string;
  /** The introductory paragraph of the strategy, as in the text. */
  intro: string;
  taskAreas: SeedTaskArea[];
};

export type SeedPlan = {
  code: string;
  name: string;
  startDate: IsoDate;
  endDate: IsoDate;
  strategies: SeedStrategy[];
};

export type SeedDepartment = {
  code: string;
  name: string;
};
