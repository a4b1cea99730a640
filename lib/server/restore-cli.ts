// `npm run restore -- FILE [--force]`: see restore.ts.
import { sourceEnv } from "./backup-source";
import { restore } from "./restore";

const args = process.argv.slice(2);
const force = args.includes("--force");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length !== 1) {
  console.error("用法：npm run restore -- <备份文件.tar.gz> [--force]\n  设置 DATABASE_URL 时恢复到该 PostgreSQL，否则恢复到 LIUSHI_DATA_DIR 的内置数据库（须先停止 npm start）。");
  process.exit(2);
}
try {
  const result = await restore({ file: files[0], force, target: sourceEnv() });
  const rows = Object.values(result.manifest.tables).reduce((a, b) => a + b, 0);
  console.log(`[柳市] 已恢复 ${result.manifest.createdAt} 的备份到${result.kind === "pglite" ? "内置数据库" : " PostgreSQL"}：${rows} 行，${result.files} 个证明材料文件，迁移 ${result.manifest.lastMigration}。`);
  if (result.pendingMigrations.length > 0) console.log(`[柳市] 本代码还有 ${result.pendingMigrations.length} 个较新的迁移，将在 npm start（或 npm run db:deploy）时应用。`);
} catch (error) {
  console.error("[柳市] 恢复失败：", error instanceof Error ? error.message : error);
  process.exit(1);
}
