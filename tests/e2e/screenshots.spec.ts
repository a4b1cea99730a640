import { expect, test, type Page } from "@playwright/test";
import { logInAndWait } from "./helpers";
import { saveScreenshot, SCREEN_WIDTHS } from "./screenshot";

// The README's screenshots (docs/screenshots/*.png, tests/e2e/screenshot.ts): every run takes them
// and checks each page rendered; LIUSHI_SCREENSHOTS=docs writes them into docs/screenshots
// (npm run test:e2e -- tests/e2e/screenshots.spec.ts). The review page with evidence previews is
// taken by review-evidence.spec.ts, which attaches the evidence first.

type Shot = { name: string; user?: string; path: string; ready: (page: Page) => Promise<void> };

const SHOTS: Shot[] = [
  { name: "home", path: "/", ready: (p) => expect(p.getByRole("heading", { level: 2, name: "三大战略" })).toBeVisible() },
  { name: "strategy", path: "/strategies/A", ready: (p) => expect(p.getByRole("heading", { level: 1, name: "实施民生共享战略" })).toBeVisible() },
  { name: "measure", path: "/measures/A1-02", ready: (p) => expect(p.getByRole("table", { name: "指标" })).toBeVisible() },
  { name: "my-tasks", user: "dangzheng", path: "/console", ready: (p) => expect(p.getByRole("heading", { level: 1, name: "我的任务" })).toBeVisible() },
  { name: "review-queue", user: "leader", path: "/console/review", ready: (p) => expect(p.getByRole("heading", { level: 1, name: "待审核" })).toBeVisible() },
  { name: "dashboard", user: "leader", path: "/console/dashboard", ready: async (p) => {
    // The charts load after the page (client-only): wait for them all.
    await expect(p.locator(".recharts-surface").first()).toBeVisible({ timeout: 60_000 });
    await p.waitForLoadState("networkidle");
  } },
  { name: "audit-log", user: "admin", path: "/console/admin/audit", ready: (p) => expect(p.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible() },
];

for (const shot of SHOTS) {
  test(`screenshot: ${shot.name}`, async ({ page }, info) => {
    test.setTimeout(120_000);
    if (shot.user) await logInAndWait(page, shot.user);
    for (const size of SCREEN_WIDTHS) {
      await page.setViewportSize(size);
      await page.goto(shot.path);
      await shot.ready(page);
      await saveScreenshot(page, info, shot.name, size);
    }
  });
}
