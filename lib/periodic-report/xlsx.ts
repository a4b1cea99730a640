import ExcelJS from "exceljs";
import { DISPLAY_ORDER, STATUS_DISPLAY, STATUS_LABEL_ZH } from "@/lib/domain";
import type { PeriodicReport } from "@/lib/dal/periodic-report";
import { formatShanghaiTime } from "@/lib/format-time";
import { rateOf } from "./figures";

// The 月报 / 季报 as a workbook: the same figures as the page, numbers as numbers (shares as
// fractions formatted as percentages), one sheet per section.

const PERCENT = "0.0%";
const LEVEL_ZH = { plan: "规划", strategy: "战略", taskArea: "重点任务" } as const;

type Row = (string | number | null)[];

function sheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Row[], widths: number[], percentColumns: number[] = []) {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of percentColumns) ws.getColumn(c).numFmt = PERCENT;
  return ws;
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const STATUS_BY_LABEL = new Map(Object.values(STATUS_DISPLAY).map((d) => [d.zh, d]));

/** Every cell holding a status word gets that status's badge colours, as on the page. */
function paintStatusCells(workbook: ExcelJS.Workbook) {
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const d = typeof cell.value === "string" ? STATUS_BY_LABEL.get(cell.value) : undefined;
        if (!d) return;
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(d.background) } };
        cell.font = { ...cell.font, color: { argb: argb(d.text) } };
      }),
    ),
  );
}

export async function periodicReportXlsx(report: PeriodicReport): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "柳市镇规划实施监测平台";
  wb.created = new Date(report.generatedAt);
  const { now, before } = report.summary;
  const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

  const summary = wb.addWorksheet("概况");
  summary.addRow([`${report.planName} · ${report.scopeName} · ${report.title}`]).font = { bold: true, size: 14 };
  summary.addRow(["报告期", `${report.period.label}（${report.period.start} 至 ${report.period.end}）`]);
  summary.addRow(["截至日期", report.period.end]);
  summary.addRow(["对比期", `${report.previous.label}（截至 ${report.previous.end}）`]);
  summary.addRow(["生成时间", `${formatShanghaiTime(report.generatedAt)}（北京时间）`]);
  if (report.hasDemoData) summary.addRow(["说明", "演示数据：进展记录为系统生成的演示数据，不代表官方统计数字。"]);
  summary.addRow([]);
  summary.addRow(["项目", "本期", "上期", "变化"]).font = { bold: true };
  summary.addRow(["总体状态", STATUS_LABEL_ZH[now.status], STATUS_LABEL_ZH[before.status], null]);
  const progress = summary.addRow(["加权完成度", now.progress, before.progress, now.progress - before.progress]);
  for (const c of [2, 3, 4]) progress.getCell(c).numFmt = PERCENT;
  summary.addRow(["举措和项目合计", total(now.counts), total(before.counts), total(now.counts) - total(before.counts)]);
  for (const s of DISPLAY_ORDER) summary.addRow([STATUS_LABEL_ZH[s], now.counts[s], before.counts[s], now.counts[s] - before.counts[s]]);
  summary.addRow([]);
  const t = report.departmentTotal;
  summary.addRow(["填报情况", "应报", "已报", "按时报送", "审核通过", "逾期未报", "报送率", "按时报送率"]).font = { bold: true };
  const rates = summary.addRow(["合计", t.due, t.submitted, t.onTime, t.approved, t.overdue, rateOf(t.submitted, t.due), rateOf(t.onTime, t.due)]);
  for (const c of [7, 8]) rates.getCell(c).numFmt = PERCENT;
  summary.getColumn(1).width = 16;
  for (const c of [2, 3, 4, 5, 6, 7, 8]) summary.getColumn(c).width = 14;

  sheet(
    wb,
    "战略与重点任务",
    ["层级", "编号", "名称", "本期状态", "本期完成度", "上期状态", "上期完成度", ...DISPLAY_ORDER.map((s) => STATUS_LABEL_ZH[s]), "说明"],
    [now, ...report.lines].map((l) => {
      const prev = "before" in l ? (l.before as { status: keyof typeof STATUS_LABEL_ZH; progress: number } | null) : before;
      return [
        LEVEL_ZH[l.level], l.code, l.name, STATUS_LABEL_ZH[l.status], l.progress, prev ? STATUS_LABEL_ZH[prev.status] : null, prev?.progress ?? null,
        ...DISPLAY_ORDER.map((s) => l.counts[s]), l.explanation,
      ];
    }),
    [10, 10, 36, 10, 12, 10, 12, 8, 8, 8, 8, 8, 8, 60],
    [5, 7],
  );
  sheet(
    wb,
    "状态变化",
    ["编号", "举措 / 项目", "牵头单位", "上期状态", "本期状态", "变化"],
    report.changes.map((c) => [c.code, c.title, c.leadDepartment, STATUS_LABEL_ZH[c.from], STATUS_LABEL_ZH[c.to], c.better ? "好转" : "变差"]),
    [12, 60, 20, 10, 10, 8],
  );
  sheet(
    wb,
    "滞后事项",
    ["编号", "举措 / 项目", "牵头单位", "状态", "完成度", "原因（系统判断）", "最近一次填报说明", "填报期"],
    report.lagging.map((l) => [l.code, l.title, l.leadDepartment, STATUS_LABEL_ZH[l.status], l.progress, l.reason, l.narrative, l.narrativePeriod]),
    [12, 50, 20, 8, 10, 60, 60, 10],
    [5],
  );
  sheet(
    wb,
    "报送情况",
    ["牵头单位", "应报", "已报", "按时报送", "审核通过", "逾期未报", "报送率", "按时报送率"],
    [
      ...report.departments.map((d) => [d.name, d.due, d.submitted, d.onTime, d.approved, d.overdue, rateOf(d.submitted, d.due), rateOf(d.onTime, d.due)]),
      ["合计", t.due, t.submitted, t.onTime, t.approved, t.overdue, rateOf(t.submitted, t.due), rateOf(t.onTime, t.due)],
    ],
    [24, 8, 8, 10, 10, 10, 10, 12],
    [7, 8],
  );
  paintStatusCells(wb);
  const out = new Uint8Array(await wb.xlsx.writeBuffer());
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}
