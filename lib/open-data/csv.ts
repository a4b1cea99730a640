// CSV for the open-data downloads: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark
// so that Excel on a Chinese Windows opens the Chinese text correctly. Pure.

export type Column<T> = { key: keyof T & string; header: string };

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(rows: T[], columns: Column<T>[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c.key])).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
