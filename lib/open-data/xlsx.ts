import ExcelJS from "exceljs";
import type { Column } from "./csv";

/** One worksheet with a bold header row and frozen header; numbers stay numbers. */
export async function toXlsx<T>(rows: T[], columns: Column<T>[], sheetName: string): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "柳市镇规划实施监测平台";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? null])));
  const out = new Uint8Array(await workbook.xlsx.writeBuffer());
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}
