import pg from "pg";

type Query = (...args: unknown[]) => unknown;
const original = pg.Client.prototype.query as Query;

/** Counts the SQL statements sent through node-postgres while `work` runs. */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }> {
  const statements: string[] = [];
  (pg.Client.prototype as unknown as { query: Query }).query = function counted(this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    const text = typeof first === "string" ? first : first?.text ?? "";
    // Transaction control and the pool's connection checks are not queries of the page.
    if (!/^\s*(BEGIN|COMMIT|ROLLBACK|SET|SELECT 1\s*$)/i.test(text)) statements.push(text);
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, queries: statements.length, statements };
  } finally {
    (pg.Client.prototype as unknown as { query: Query }).query = original;
  }
}
