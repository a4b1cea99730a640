// Migrations and the seed, once per deploy (`npm run db:deploy`, and `npm start` before it serves).
// Several processes may start at once: a PostgreSQL advisory lock lets one migrate and seed while
// the others wait, then find nothing left to do.
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase, type SeedResult } from "@/prisma/seed/seed";
import { accountsWithDemoPassword } from "./demo-accounts-check";
import { pendingMigrations } from "@/lib/migrations";
import { migrateDeploy } from "./migrate";

/** Any fixed 64-bit number; this one spells "liushi" in ASCII. */
const DEPLOY_LOCK = "119245771662185";

export type DeployResult = SeedResult & { demoPasswordAccounts: string[] };

export async function deployDatabase(url: string, { demo, demoHistory = true, serialize = true }: { demo: boolean; demoHistory?: boolean; serialize?: boolean }): Promise<DeployResult> {
  // The embedded PGlite serves one connection at a time and one process owns it: no lock there.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  if (serialize) await client.query(`SELECT pg_advisory_lock(${DEPLOY_LOCK})`);
  try {
    const pending = await pendingMigrations((sql) => client.query(sql));
    if (!serialize) await client.end(); // PGlite: free its one connection for the CLI and Prisma
    if (pending.length > 0) await migrateDeploy(url, { quiet: true });
    const db = createPrismaClient(url);
    try {
      const seeded = await seedDatabase(db, { demo, demoHistory });
      return { ...seeded, demoPasswordAccounts: demo ? [] : await accountsWithDemoPassword(db) };
    } finally {
      await db.$disconnect();
    }
  } finally {
    if (serialize) {
      await client.query(`SELECT pg_advisory_unlock(${DEPLOY_LOCK})`).catch(() => undefined);
      await client.end();
    }
  }
}

export function describeDeploy(result: DeployResult, demo: boolean): string[] {
  const lines: string[] = [];
  if (result.seeded) lines.push(`首次初始化：已写入规划数据（${result.measures} 项举措/项目）${demo ? `、演示账号和 ${result.reports} 份演示填报` : "和部门；没有任何账号"}。`);
  if (result.demoPasswordAccounts.length > 0) {
    lines.push(`警告：以下启用的账号仍使用公开的演示密码，非演示模式下已禁止其登录，请由管理员重置密码或停用：${result.demoPasswordAccounts.join("、")}`);
  }
  return lines;
}
