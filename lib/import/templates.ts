import ExcelJS from "exceljs";
import { toCsv } from "@/lib/open-data/csv";
import { LIMITS_TEXT } from "./limits";
import type { ColumnSpec } from "./read-spreadsheet";

// Import templates: the data sheet (the columns, pre-filled with what the user already has, so a
// 台账 goes out and comes back) and a 填写说明 sheet with each column's rule and an example row.

export type TemplateSpec = { title: string; sheet: string; columns: ColumnSpec[]; rows: Record<string, string | number>[]; intro: string };

export async function templateXlsx(spec: TemplateSpec): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "柳市镇规划实施监测平台";
  const data = wb.addWorksheet(spec.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, Math.min(40, c.example.length * 2 + 6, c.header.length * 2 + 8)) }));
  const header = data.getRow(1);
  header.font = { bold: true };
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.note = c.note;
    if (c.required) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE68A" } };
  });
  // Text columns stay text: Excel must not turn "2021-12" into a date or "A1-02" into anything.
  spec.columns.forEach((_, i) => (data.getColumn(i + 1).numFmt = "@"));
  for (const row of spec.rows) data.addRow(row);

  const help = wb.addWorksheet("填写说明");
  help.addRow([spec.title]).font = { bold: true, size: 14 };
  help.addRow([spec.intro]);
  help.addRow([`限制：${LIMITS_TEXT}；支持 .xlsx 和 .csv（UTF-8 或 GBK 编码）。导入前先“检查”，全部行无误才能导入，导入在一个事务中完成并记入审计日志。`]);
  help.addRow([]);
  help.addRow(["列名", "是否必填", "填写说明", "示例"]).font = { bold: true };
  for (const c of spec.columns) help.addRow([c.header, c.required ? "必填" : "", c.note, c.example]);
  help.addRow([]);
  help.addRow(["示例行（复制到第一个工作表使用）"]).font = { bold: true };
  help.addRow(spec.columns.map((c) => c.header));
  help.addRow(spec.columns.map((c) => c.example));
  help.getColumn(1).width = 16;
  help.getColumn(2).width = 10;
  help.getColumn(3).width = 70;
  help.getColumn(4).width = 30;
  const out = new Uint8Array(await wb.xlsx.writeBuffer());
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

export function templateCsv(spec: TemplateSpec): string {
  return toCsv(spec.rows.length ? spec.rows : [Object.fromEntries(spec.columns.map((c) => [c.key, c.example]))], spec.columns.map((c) => ({ key: c.key, header: c.header })));
}
