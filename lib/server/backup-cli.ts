// `npm run backup [-- --out FILE]`: see backup.ts. Prints the archive's path and what it holds;
// exits 1 when it failed, or when attachment rows name evidence files the upload folder lacks
// (the archive is still written: it says which).
import { backup, defaultBackupFile } from "./backup";
import { sourceEnv } from "./backup-source";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const out = arg("out") ?? defaultBackupFile();
const started = Date.now();
try {
  const manifest = await backup({ out, source: sourceEnv() });
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  const uploads = manifest.files.length - 1;
  console.log(`[柳市] 已备份到 ${out}（${manifest.source.kind === "pglite" ? "内置数据库" : "PostgreSQL"}，迁移 ${manifest.lastMigration}，${Object.keys(manifest.tables).length} 张表 ${rows} 行，${uploads} 个证明材料文件，${Date.now() - started} ms）。`);
  if (manifest.missingUploads.length > 0) {
    console.error(`[柳市] 警告：以下附件的文件不在上传目录中，未能备份：${manifest.missingUploads.join("、")}`);
    process.exit(1);
  }
} catch (error) {
  console.error("[柳市] 备份失败：", error instanceof Error ? error.message : error);
  process.exit(1);
}
