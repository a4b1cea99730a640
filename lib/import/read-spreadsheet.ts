import ExcelJS from "exceljs";
import { decodeText, parseCsv } from "./csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_UNPACKED_BYTES } from "./limits";
import { unzipCapped } from "./unzip";

// Reads an uploaded spreadsheet — .xlsx (exceljs) or .csv — into rows of text cells keyed by
// column, found by their header. What the bytes are decides, never the file name: a renamed
// PDF is refused, an .xlsx called .csv is read as the workbook it is.

export type ColumnSpec = {
  key: string;
  header: string;
  aliases?: string[];
  required?: boolean;
  /** What to write there (the template's 填写说明 sheet). */
  note: string;
  example: string;
};

export type SheetRow = { line: number; cells: Record<string, string> };
export type SheetRead = { ok: true; format: "xlsx" | "csv"; rows: SheetRow[] } | { ok: false; message: string };

const fail = (message: string): SheetRead => ({ ok: false, message });

type Sniffed = "xlsx" | "xls" | "csv" | "binary";

export function sniff(bytes: Uint8Array): Sniffed {
  const head = [...bytes.subarray(0, 8)];
  const starts = (...sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "xlsx";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "xls";
  // PDF, PNG, JPEG, GIF, RTF: common files uploaded by mistake, even when they hold no NUL byte.
  if (starts(0x25, 0x50, 0x44, 0x46) || starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38) || starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) {
    return "binary";
  }
  // Text has no NUL bytes (UTF-16 text starts with its byte-order mark).
  const utf16 = starts(0xff, 0xfe) || starts(0xfe, 0xff);
  if (!utf16 && bytes.subarray(0, 4096).includes(0)) return "binary";
  // The whole file (2 MB at most): a sample cut at a byte count could split a character.
  const sample = decodeText(bytes).slice(0, 4096);
  const control = [...sample].filter((c) => /[\u0001-\u0008\u000e-\u001f\ufffd]/.test(c)).length;
  return control > sample.length * 0.02 + 1 ? "binary" : "csv";
}

const normalise = (header: string) => header.replace(/[\s\u3000*＊]/g, "").replace(/[（(]必填[)）]/g, "").toLowerCase();

/** Maps the header row's cells to column keys; reports the required ones missing. */
function mapHeader(header: string[], columns: ColumnSpec[]): { index: Map<string, number>; missing: string[] } {
  const index = new Map<string, number>();
  header.forEach((raw, i) => {
    const h = normalise(raw);
    const col = columns.find((c) => [c.header, ...(c.aliases ?? [])].some((name) => normalise(name) === h));
    if (col && !index.has(col.key)) index.set(col.key, i);
  });
  return { index, missing: columns.filter((c) => c.required && !index.has(c.key)).map((c) => c.header) };
}

function toRows(grid: { line: number; cells: string[] }[], columns: ColumnSpec[]): SheetRead {
  const headerAt = grid.findIndex((r) => r.cells.some((c) => c.trim() !== ""));
  if (headerAt < 0) return fail("文件中没有数据。请使用下载的模板，第一行为列名。");
  const { index, missing } = mapHeader(grid[headerAt].cells, columns);
  if (missing.length) return fail(`缺少必需的列：${missing.join("、")}。请使用下载的模板，不要修改第一行的列名。`);
  const rows: SheetRow[] = [];
  for (const r of grid.slice(headerAt + 1)) {
    const cells = Object.fromEntries(columns.map((c) => [c.key, (index.has(c.key) ? r.cells[index.get(c.key)!] ?? "" : "").trim()]));
    if (Object.values(cells).some((v) => v !== "")) rows.push({ line: r.line, cells });
  }
  if (rows.length === 0) return fail("文件中只有列名，没有数据行。");
  if (rows.length > MAX_IMPORT_ROWS) return fail(`文件有 ${rows.length} 行数据，超过每次 ${MAX_IMPORT_ROWS} 行的上限，请分成几个文件导入。`);
  return { ok: true, format: "csv", rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : "";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}

async function readXlsx(bytes: Uint8Array, columns: ColumnSpec[], sheetName?: string): Promise<SheetRead> {
  // Unpacked here under the cap, whatever sizes the archive declares (lib/import/unzip.ts).
  const unzipped = await unzipCapped(bytes, MAX_UNPACKED_BYTES);
  if (!unzipped.ok && unzipped.reason === "too_large") return fail("该 Excel 文件解压后过大，请删除多余的工作表和格式后重试，或分批导入。");
  if (!unzipped.ok) return fail("无法读取该文件：它不是有效的 Excel（.xlsx）文件，或已损坏、加密。");
  const workbook = new ExcelJS.Workbook();
  try {
    const { zip } = unzipped;
    await workbook.xlsx.load(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer);
  } catch {
    return fail("无法读取该文件：它不是有效的 Excel（.xlsx）文件，或已损坏、加密。");
  }
  const sheet = (sheetName && workbook.getWorksheet(sheetName)) || workbook.worksheets[0];
  if (!sheet) return fail("该 Excel 文件中没有工作表。");
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    return fail(`文件有 ${sheet.actualRowCount - 1} 行数据，超过每次 ${MAX_IMPORT_ROWS} 行的上限，请分成几个文件导入。`);
  }
  const grid: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
    grid.push({ line, cells: Array.from(cells, (c) => c ?? "") });
  });
  const read = toRows(grid, columns);
  return read.ok ? { ...read, format: "xlsx" } : read;
}

/** The rows of an uploaded file, or why it cannot be read (in Chinese, for the user). */
export async function readSpreadsheet(bytes: Uint8Array, columns: ColumnSpec[], options: { sheetName?: string } = {}): Promise<SheetRead> {
  if (bytes.byteLength === 0) return fail("文件是空的。");
  if (bytes.byteLength > MAX_IMPORT_BYTES) return fail("文件超过 2 MB 的上限，请分成几个文件导入。");
  const kind = sniff(bytes);
  if (kind === "xls") return fail("不支持 Excel 97-2003（.xls）格式，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入。");
  if (kind === "binary") return fail("该文件不是电子表格。请上传 Excel（.xlsx）或 CSV 文件。");
  if (kind === "xlsx") return readXlsx(bytes, columns, options.sheetName);
  // Undo the formula guard of CSV exports (lib/open-data/csv.ts writes "=x" as "'=x").
  const unguard = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);
  return toRows(parseCsv(decodeText(bytes)).map((cells, i) => ({ line: i + 1, cells: cells.map(unguard) })), columns);
}
