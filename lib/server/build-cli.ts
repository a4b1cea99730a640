// `npm run build`: `next build` against DATABASE_URL, which must be migrated and seeded: the
// public pages are prerendered from it. `npm start` builds by itself (with the embedded
// database when DATABASE_URL is unset), so this is for deployments that build separately.
import { buildApp } from "./app";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("[柳市] 构建需要数据库：公开页面在构建时预渲染。请设置 DATABASE_URL（已迁移并初始化的数据库），或直接运行 npm start（自动使用内置数据库并构建）。");
  process.exit(1);
}
buildApp(url).catch((error) => {
  console.error("[柳市] 构建失败：", error instanceof Error ? error.message : error);
  process.exit(1);
});
