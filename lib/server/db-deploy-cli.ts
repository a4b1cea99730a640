// `npm run db:deploy`: applies pending migrations and seeds an empty database (the plan and the
// departments; demo accounts only in demo mode), safe when several processes run it at once.
import { isDemoMode } from "@/lib/demo-mode";
import { deployDatabase, describeDeploy } from "./db-deploy";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("[柳市] 请设置 DATABASE_URL（PostgreSQL 连接地址）。");
  process.exit(1);
}
const demo = isDemoMode();
try {
  const result = await deployDatabase(url, { demo, demoHistory: process.env.SEED_DEMO_HISTORY !== "0" });
  for (const line of describeDeploy(result, demo)) console.log(`[柳市] ${line}`);
  console.log("[柳市] 数据库已是最新（迁移已应用）。");
} catch (error) {
  console.error("[柳市] 数据库部署失败：", error instanceof Error ? error.message : error);
  process.exit(1);
}
