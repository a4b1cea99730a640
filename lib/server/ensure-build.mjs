// `prestart`: `npm start` on a fresh checkout builds once (`npm run build`: the app and the
// start-up commands). A build holds no data, so it is never redone because data changed; after
// updating the code, run `npm run build` again.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(path.join(distDir, "BUILD_ID")) || !existsSync("dist/server/start.mjs")) {
  console.log("[柳市] 首次启动：正在构建应用（npm run build，约一分钟）…");
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
