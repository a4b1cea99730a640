// `npm run test:e2e`: builds the app and runs the Playwright specs in Debian's Chromium.
// Where Chromium is missing it says so and how to install it; in CI a missing browser fails.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "./chromium";

const browser = chromiumPath();
if (!existsSync(browser)) {
  const how = "apt-get install -y chromium fonts-noto-cjk";
  if (process.env.CI) {
    console.error(`[e2e] FAILED: Chromium not found at ${browser}. Install it with: ${how}`);
    process.exit(1);
  }
  console.warn(`[e2e] SKIPPED: Chromium not found at ${browser}; the browser tests did not run.\n[e2e] Install it with: sudo ${how}  (or set CHROMIUM_PATH), then run npm run test:e2e.`);
  process.exit(0);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const step = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step("npx", ["next", "build"]);
step("npx", ["playwright", "test", ...process.argv.slice(2)]);
