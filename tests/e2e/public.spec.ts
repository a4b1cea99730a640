import { expect, test } from "@playwright/test";

const strategies = ["实施民生共享战略", "实施文化引领战略", "实施平安强基战略"];

test.describe("a visitor", () => {
  for (const viewport of [{ name: "phone", width: 390, height: 844 }, { name: "desktop", width: 1280, height: 900 }]) {
    test(`sees the three strategies and their task areas (${viewport.name})`, async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      for (const name of strategies) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3 })).toHaveCount(10);
      await expect(page.getByRole("heading", { level: 3, name: "全面加快公共基础设施建设" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: "健全社会治安防控智慧化体系" })).toBeVisible();
      await expect(page.getByRole("note")).toContainText("演示数据");
      await page.screenshot({ path: info.outputPath(`home-${viewport.name}.png`), fullPage: true });
    });
  }

  test("is sent to the login page when opening the console", async ({ page }) => {
    await page.goto("/console");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fconsole/);
    await expect(page.getByRole("heading", { name: "工作人员登录" })).toBeVisible();
  });
});
