// `npm run bench:sql -- <migration>`: the dashboards' status statements on a scaled database
// (BENCH_DASHBOARD_EXISTING, see dashboard-bench.ts), before and after one migration, side by side.
// "Before" is the database with the migration's changes undone inside a transaction that is rolled
// back: its indexes dropped and its functions replaced by their bodies in the latest earlier
// migration that defines them. Each round runs every statement 5 times before and 5 times after;
// 4 rounds; the medians are printed. The machine's own speed drifts within minutes, so only
// figures measured alternately like this are compared.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS = path.resolve("prisma/migrations");
const DAY = process.env.BENCH_SQL_DAY ?? "2019-06-17";

/** Each `CREATE [OR REPLACE] FUNCTION name(` … `$$;` block of a migration, by function name. */
export function functionBlocks(sql: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const m of sql.matchAll(/^CREATE (?:OR REPLACE )?FUNCTION (\w+)\([\s\S]*?^\$\$;/gm)) blocks.set(m[1], m[0]);
  return blocks;
}

/**
 * The SQL that puts back what `migration` changed, from the migrations before it: its indexes
 * dropped; each function it defines replaced by the body of the latest earlier migration that
 * defines it (dropped first when the migration dropped it, i.e. changed its arguments or result),
 * or dropped with what uses it when it is new. Its tables stay: the statements compared only read.
 */
export function undoSql(migration: string, names = readdirSync(MIGRATIONS).filter((n) => /^\d/.test(n)).sort()): string {
  const read = (name: string) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");
  const sql = read(migration);
  const undo = [...sql.matchAll(/^CREATE INDEX "(\w+)"/gm)].map((m) => `DROP INDEX IF EXISTS "${m[1]}";`);
  const dropped = new Set([...sql.matchAll(/^DROP FUNCTION (\w+)\(/gm)].map((m) => m[1]));
  const earlier = names.filter((n) => n < migration).reverse();
  for (const fn of functionBlocks(sql).keys()) {
    const source = earlier.map((n) => functionBlocks(read(n)).get(fn)).find(Boolean);
    if (!source || dropped.has(fn)) undo.push(`DROP FUNCTION IF EXISTS ${fn} CASCADE;`);
    if (source) undo.push(source.replace(/^CREATE (OR REPLACE )?FUNCTION/, "CREATE OR REPLACE FUNCTION"));
  }
  return undo.join("\n");
}

const trendDays = "ARRAY['2017-03-31','2017-06-30','2017-09-30','2017-12-31','2018-03-31','2018-06-30','2018-09-30','2018-12-31','2019-03-31']::date[]";
const lastYearsDays = "ARRAY(SELECT d FROM unnest(status_snapshot_dates(1)) AS d WHERE d < '2021-12-31')";
const STATEMENTS = [
  {
    name: `the overview's roll-ups from its judged rows (${DAY})`,
    sql: `WITH r AS MATERIALIZED (SELECT * FROM status_measure_rows(ARRAY['${DAY}'::date], 1, NULL::int[], false))
          SELECT count(*) FROM status_rollups(ARRAY['${DAY}'::date], 1, NULL, ARRAY['plan','strategy'], ARRAY(SELECT r::status_measure_snapshot FROM r))`,
  },
  {
    name: `departments' punctuality (${DAY})`,
    sql: `SELECT m."leadDepartmentId", sum(p."reportsDue")::int, sum(p."reportsOnTime")::int
          FROM status_punctuality(ARRAY['${DAY}'::date], 1, NULL) p JOIN "measure" m ON m.id = p."measureId" GROUP BY 1`,
  },
  { name: "the plan's trend (9 quarter ends)", sql: `SELECT count(*) FROM status_rollups(${trendDays}, 1, NULL, ARRAY['plan'])` },
  {
    name: "the plan's and the first strategy's trends (20 quarter ends, the default day's)",
    sql: `SELECT sum(progress) FROM (SELECT progress FROM status_rollups(${lastYearsDays}, 1, NULL, ARRAY['plan'])
          UNION ALL SELECT progress FROM status_rollups(${lastYearsDays}, 1, (SELECT min(id) FROM "strategy"), ARRAY['strategy'])) AS t`,
  },
  {
    name: "a measure's trend (21 quarter ends, the first measure)",
    sql: `SELECT count(*) FROM status_measure_rows(status_snapshot_dates(1), 1, ARRAY[(SELECT min(id) FROM "measure")])`,
  },
];

async function timed(client: pg.Client, sql: string): Promise<number> {
  const start = performance.now();
  await client.query(sql);
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function main() {
  const migration = process.argv[2];
  const url = process.env.BENCH_DASHBOARD_EXISTING;
  if (!migration || !url) throw new Error("usage: BENCH_DASHBOARD_EXISTING=<scaled database> npm run bench:sql -- <migration directory name>");
  const undo = undoSql(migration);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const times = STATEMENTS.map(() => ({ before: [] as number[], after: [] as number[] }));
  try {
    await client.query("SET jit = off"); // as the status functions run (SET jit = off)
    for (let round = 0; round < 4; round++) {
      for (const side of ["before", "after"] as const) {
        await client.query("BEGIN");
        try {
          if (side === "before") await client.query(undo);
          for (const [i, s] of STATEMENTS.entries()) {
            await client.query(s.sql); // plans and caches warm
            for (let k = 0; k < 5; k++) times[i][side].push(await timed(client, s.sql));
          }
        } finally {
          await client.query("ROLLBACK");
        }
      }
    }
  } finally {
    await client.end();
  }
  console.log(`| statement, ${migration} | before ms (median) | after ms (median) |\n|---|---:|---:|`);
  for (const [i, s] of STATEMENTS.entries()) console.log(`| ${s.name} | ${median(times[i].before).toFixed(0)} | ${median(times[i].after).toFixed(0)} |`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("lib/bench/sql-side-by-side.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
