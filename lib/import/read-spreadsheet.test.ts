import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS } from "./limits";
import { readSpreadsheet, sniff, type ColumnSpec } from "./read-spreadsheet";

const COLUMNS: ColumnSpec[] = [
  { key: "code", header: "举措编号", aliases: ["编号"], required: true, note: "", example: "" },
  { key: "period", header: "填报期", required: true, note: "", example: "" },
  { key: "value", header: "本期数值", note: "", example: "" },
];
const utf8 = (s: string) => new TextEncoder().encode(s);

async function xlsx(rows: ExcelJS.CellValue[][], sheets = ["填报数据"]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const name of sheets) wb.addWorksheet(name);
  for (const r of rows) wb.worksheets[0].addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A ZIP with one stored entry that claims to unpack to `claimed` bytes. */
function zipClaiming(claimed: number): Uint8Array {
  const name = utf8("xl/worksheets/sheet1.xml");
  const local = new Uint8Array(30 + name.length);
  new DataView(local.buffer).setUint32(0, 0x04034b50, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const c = new DataView(central.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint32(24, claimed, true);
  c.setUint16(28, name.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, 1, true);
  e.setUint16(10, 1, true);
  e.setUint32(12, central.length, true);
  e.setUint32(16, local.length, true);
  return new Uint8Array([...local, ...central, ...end]);
}

describe("readSpreadsheet: xlsx", () => {
  it("reads the data sheet by its header, whatever the column order, with Excel's cell types", async () => {
    const bytes = await xlsx([
      ["本期数值", "其他", "举措编号（必填）", "填报期"],
      [3.3, "x", "A2-04", new Date(Date.UTC(2021, 11, 1))],
      [null, null, null, null],
      [{ formula: "1+1", result: 2 }, null, { richText: [{ text: "A3-" }, { text: "14" }] }, "2021Q4"],
    ]);
    const read = await readSpreadsheet(bytes, COLUMNS, { sheetName: "填报数据" });
    expect(read).toEqual({
      ok: true,
      format: "xlsx",
      rows: [
        { line: 2, cells: { code: "A2-04", period: "2021-12-01", value: "3.3" } },
        { line: 4, cells: { code: "A3-14", period: "2021Q4", value: "2" } },
      ],
    });
  });
  it("names the missing columns", async () => {
    const read = await readSpreadsheet(await xlsx([["编号", "数值"], ["A1", 1]]), COLUMNS);
    expect(read).toEqual({ ok: false, message: "缺少必需的列：填报期。请使用下载的模板，不要修改第一行的列名。" });
  });
  it("refuses a file with a header only, or nothing", async () => {
    expect(await readSpreadsheet(await xlsx([["举措编号", "填报期"]]), COLUMNS)).toMatchObject({ ok: false, message: "文件中只有列名，没有数据行。" });
    expect(await readSpreadsheet(await xlsx([]), COLUMNS)).toMatchObject({ ok: false, message: expect.stringContaining("没有数据") });
  });
  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const rows = [["举措编号", "填报期"], ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`A${i}`, "2021-12"])];
    expect(await readSpreadsheet(await xlsx(rows), COLUMNS)).toMatchObject({ ok: false, message: expect.stringContaining("超过每次 2000 行的上限") });
  });
  it("refuses a ZIP that is not a workbook, and one that would unpack to too much", async () => {
    expect(await readSpreadsheet(zipClaiming(10), COLUMNS)).toMatchObject({ ok: false, message: expect.stringContaining("不是有效的 Excel") });
    expect(await readSpreadsheet(zipClaiming(100 * 1024 * 1024), COLUMNS)).toMatchObject({ ok: false, message: expect.stringContaining("解压后过大") });
  });
});

describe("readSpreadsheet: csv", () => {
  it("reads CSV with a BOM and skips blank lines", async () => {
    const read = await readSpreadsheet(utf8("\uFEFF举措编号,填报期,本期数值\r\nA2-04,2021-12,5\r\n,,\r\nA3-14,2021Q4,\r\n"), COLUMNS);
    expect(read).toEqual({
      ok: true,
      format: "csv",
      rows: [{ line: 2, cells: { code: "A2-04", period: "2021-12", value: "5" } }, { line: 4, cells: { code: "A3-14", period: "2021Q4", value: "" } }],
    });
  });
  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const text = `举措编号,填报期\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => "A1,2021-12").join("\n")}`;
    expect(await readSpreadsheet(utf8(text), COLUMNS)).toMatchObject({ ok: false, message: expect.stringContaining(`${MAX_IMPORT_ROWS + 1} 行数据`) });
  });
});

describe("what is not a spreadsheet", () => {
  it.each([
    ["a PDF", utf8("%PDF-1.7\n1 0 obj"), "不是电子表格"],
    ["a PNG", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "不是电子表格"],
    ["a JPEG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), "不是电子表格"],
    ["binary data", new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8]), "不是电子表格"],
    ["an old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "另存为 .xlsx"],
    ["an empty file", new Uint8Array(), "文件是空的"],
    ["a file over 2 MB", new Uint8Array(2 * 1024 * 1024 + 1).fill(65), "超过 2 MB"],
  ])("refuses %s", async (_name, bytes, message) => {
    const read = await readSpreadsheet(bytes, COLUMNS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(message);
  });
  it("tells text from binary", () => {
    expect(sniff(utf8("举措编号,填报期\nA1,2021-12"))).toBe("csv");
    expect(sniff(utf8("a\u0001\u0002\u0003\u0004b"))).toBe("binary");
  });
});

describe("a long CSV in Chinese", () => {
  it("is text wherever its first 4 KB end, even inside a character", async () => {
    for (let pad = 0; pad < 3; pad++) {
      const text = `举措编号,填报期\n${"x".repeat(pad)}${Array.from({ length: 800 }, () => "甲乙,2021-12").join("\n")}`;
      expect(sniff(utf8(text))).toBe("csv");
    }
  });
});
