import type { Column } from "./csv";
import type { IndicatorRecord, MeasureRecord, ProgressRecord } from "@/lib/dal/public/open-data";

// Column order and Chinese headers of each download. The JSON API uses the keys as field names:
// they are a published contract (v1), so add fields, never rename or remove them.

export const MEASURE_COLUMNS: Column<MeasureRecord>[] = [
  { key: "code", header: "编号" }, { key: "kind", header: "类型" }, { key: "title", header: "举措/项目" },
  { key: "strategyCode", header: "战略编号" }, { key: "strategy", header: "战略" }, { key: "taskAreaCode", header: "重点任务编号" },
  { key: "taskArea", header: "重点任务" }, { key: "parentCode", header: "所属举措编号" }, { key: "leadDepartment", header: "牵头单位" },
  { key: "status", header: "状态" }, { key: "statusLabel", header: "状态名称" }, { key: "progress", header: "完成度" }, { key: "deadline", header: "期限" },
  { key: "lastApprovedAt", header: "最近审核通过时间" },
];

export const INDICATOR_COLUMNS: Column<IndicatorRecord>[] = [
  { key: "code", header: "指标编号" }, { key: "measureCode", header: "举措编号" }, { key: "name", header: "指标" }, { key: "unit", header: "单位" },
  { key: "kind", header: "类型" }, { key: "comparison", header: "比较" }, { key: "baseline", header: "基期值" }, { key: "baselineDate", header: "基期日期" },
  { key: "target", header: "目标值" }, { key: "deadline", header: "期限" }, { key: "current", header: "当前值" }, { key: "currentPeriod", header: "当前值所属期" },
];

export const PROGRESS_COLUMNS: Column<ProgressRecord>[] = [
  { key: "measureCode", header: "举措编号" }, { key: "period", header: "填报期" }, { key: "approvedOn", header: "审核通过日期" },
  { key: "reportedStatus", header: "填报状态" }, { key: "reportedStatusLabel", header: "填报状态名称" }, { key: "indicatorCode", header: "指标编号" }, { key: "value", header: "数值" },
  { key: "unit", header: "单位" }, { key: "narrative", header: "进展情况" }, { key: "isDemo", header: "演示数据" },
];

export const DATASETS = ["measures", "indicators", "progress"] as const;
export type Dataset = (typeof DATASETS)[number];
export const DATASET_TITLE: Record<Dataset, string> = { measures: "举措与项目", indicators: "指标", progress: "审核通过的进展" };
