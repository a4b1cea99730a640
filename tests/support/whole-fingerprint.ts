// A digest of every row of every table of the public schema, found in the catalog (so tables
// added later, the status snapshots and _prisma_migrations are included), and of every sequence.
// Text forms are pinned (UTC, ISO) so PostgreSQL and PGlite digests compare.
import pg from "pg";

export async function wholeDatabaseFingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET TimeZone = 'UTC'; SET DateStyle = ISO; SET extra_float_digits = 3");
    const { rows } = await client.query<{ name: string; kind: string }>(
      `SELECT c.relname AS name, c.relkind::text AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') ORDER BY c.relname`,
    );
    const digest: Record<string, string> = {};
    for (const { name, kind } of rows) {
      const sql =
        kind === "S"
          ? `SELECT last_value || '/' || is_called AS h FROM "${name}"`
          : `SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${name}" x`;
      digest[name] = (await client.query<{ h: string }>(sql)).rows[0].h;
    }
    return digest;
  } finally {
    await client.end();
  }
}

/** Runs one statement on its own connection. */
export async function sqlOn(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}
