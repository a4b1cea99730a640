// SQL text for the backup's plain dump. Every data statement is written on one line, so the
// restore can stream the file line by line; values that hold a line break or a backslash become
// E'…' literals with escapes. Values travel as their text form and are left untyped: INSERT
// coerces them to the column's type, as pg_dump --inserts output does.

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function sqlLiteral(value: string | null): string {
  if (value === null) return "NULL";
  if (!/[\\\n\r]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  const escaped = value.replaceAll("\\", "\\\\").replaceAll("'", "''").replaceAll("\n", "\\n").replaceAll("\r", "\\r");
  return `E'${escaped}'`;
}

/** One INSERT of several rows, on one line. */
export function insertStatement(table: string, columns: string[], rows: (string | null)[][]): string {
  const values = rows.map((row) => `(${row.map(sqlLiteral).join(",")})`).join(",");
  return `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(",")}) OVERRIDING SYSTEM VALUE VALUES ${values};`;
}
