// The second half of `npm run build`: compiles the product's command-line entry points (start,
// db:deploy, cluster, admin:create, backup, restore) to plain JavaScript in dist/server, so that
// production runs `node`, never a TypeScript loader. Packages stay in node_modules.
import { build } from "esbuild";

const ENTRIES = ["start", "db-deploy-cli", "cluster", "admin-create-cli", "backup-cli", "restore-cli"];

await build({
  entryPoints: ENTRIES.map((name) => `lib/server/${name}.ts`),
  outdir: "dist/server",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: "tsconfig.json",
  sourcemap: "linked",
  logLevel: "warning",
  // Bundled CommonJS helpers may call require(): give ES modules one.
  banner: { js: "import { createRequire as __liushiRequire } from 'node:module'; const require = __liushiRequire(import.meta.url);" },
});
console.log(`[柳市] 已编译 ${ENTRIES.length} 个命令到 dist/server/`);
