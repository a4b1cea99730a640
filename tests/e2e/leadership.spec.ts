import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { logIn, logInAndWait } from "./helpers";

const STRATEGIES = ["实施民生共享战略", "实施文化引领战略", "实施平安强基战略"];
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

/** The headline figures of a dashboard: status and why, completion / time elapsed, how many lag. */
/** The weighted completion of the dashboard's headline ("34%"), without the time elapsed beside it. */
async function completion(page: Page) {
  const text = await page.getByRole("region", { name: /概况$/ }).locator("p.text-2xl").first().textContent();
  return text?.split("/")[0].trim();
}

async function chartsDrawn(page: Page) {
  await expect(page.locator(".recharts-surface").first()).toBeVisible({ timeout: 20_000 }); // drawn in the browser after hydration
}

async function noSeriousA11yProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include("#main").analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

test.describe("a leader", () => {
  test("opens each strategy's dashboard, sees it as of the end of 2019, and drills down to a measure", async ({ page }, info) => {
    test.setTimeout(120_000);
    await logInAndWait(page, "leader");
    await page.goto("/console/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: /规划实施总览/ })).toBeVisible();
    await expect(page.getByText("数据截至 2021年12月31日")).toBeVisible();
    await chartsDrawn(page);
    await noSeriousA11yProblems(page);

    for (const name of STRATEGIES) {
      await page.goto("/console/dashboard");
      await page.getByRole("table", { name: "各战略完成度与时间进度" }).getByRole("link", { name }).click();
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
      for (const section of ["各重点任务完成度与时间进度", "状态分布", "趋势", "滞后事项及原因", "未来 90 天到期事项", "部门情况"]) {
        await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
      }
      await expect(page.getByRole("table", { name: /各牵头单位情况/ })).toBeVisible();
      const atEnd = await completion(page);
      expect(atEnd).toMatch(/^\d+%$/);

      // 2019年末: the state at the end of 2019, with other numbers.
      await page.getByRole("navigation", { name: "快速选择日期" }).getByRole("link", { name: "2019年末" }).click();
      await expect(page).toHaveURL(/asOf=2019-12-31/);
      await expect(page.getByText("数据截至 2019年12月31日")).toBeVisible({ timeout: 15_000 });
      expect(await completion(page)).not.toBe(atEnd);
    }

    // The date form takes any day, and the day stays on the links down to a measure.
    await page.getByLabel("查看截至某日的情况").fill("2019-06-30");
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page.getByText("数据截至 2019年6月30日")).toBeVisible();
    await page.getByRole("table", { name: "各重点任务完成度与时间进度" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/console\/dashboard\/C\/C1\?asOf=2019-06-30$/);
    const measures = page.getByRole("table", { name: /本重点任务的举措和项目/ });
    await expect(measures).toBeVisible();
    await measures.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/console\/dashboard\/C\/C1\/C1-\d+\?asOf=2019-06-30$/);
    await expect(page.getByRole("heading", { level: 2, name: "趋势" })).toBeVisible();
    await expect(page.getByRole("link", { name: "查看全部填报记录" })).toBeVisible();
    await page.screenshot({ path: info.outputPath("measure-desktop.png"), fullPage: true });
  });

  test("reads why a measure lags: indicator against the plan's path", async ({ page }) => {
    await logInAndWait(page, "leader");
    await page.goto("/console/dashboard/A/A1/A1-02?asOf=2019-12-31");
    const indicators = page.getByRole("table", { name: "指标" });
    await expect(indicators.getByRole("row", { name: /基础设施和社会事业项目完成数/ })).toContainText("110 个");
    await noSeriousA11yProblems(page);
  });

  for (const [name, viewport] of [["phone", phone], ["desktop", desktop]] as const) {
    test(`dashboards fit a ${name}`, async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await logInAndWait(page, "leader");
      for (const [file, path] of [["overview", "/console/dashboard"], ["strategy", "/console/dashboard/A"], ["task-area", "/console/dashboard/A/A1"], ["project", "/console/dashboard/A/A1/A1-01-P01?asOf=2019-12-31"]]) {
        await page.goto(path);
        await chartsDrawn(page);
        // Nothing wider than the screen but the tables, which scroll inside their box.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(1);
        await page.screenshot({ path: info.outputPath(`${file}-${name}.png`), fullPage: true });
      }
    });
  }
});

test.describe("an officer", () => {
  test("cannot open the dashboards or the settings", async ({ page }) => {
    await logInAndWait(page, "jiaoyu");
    for (const path of ["/console/dashboard", "/console/dashboard/A", "/console/dashboard/A/A1/A1-02", "/console/settings"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText("页面不存在或您无权访问")).toBeVisible();
    }
  });
});

test.describe("an admin", () => {
  test("sees the thresholds and weights and saves them", async ({ page }, info) => {
    await logIn(page, "admin");
    await expect(page).toHaveURL(/\/console/);
    await page.goto("/console/settings");
    await expect(page.getByLabel("“存在风险”阈值（%）")).toHaveValue("10");
    await page.getByLabel("“滞后”阈值（%）").fill("5");
    await page.getByRole("button", { name: "保存阈值" }).click();
    await expect(page.getByText("“滞后”阈值不能小于“存在风险”阈值")).toBeVisible();
    await page.getByLabel("“滞后”阈值（%）").fill("25");
    await page.getByRole("button", { name: "保存阈值" }).click();
    await expect(page.getByText("阈值已保存，所有状态已按新阈值重新计算。")).toBeVisible();
    await page.getByRole("button", { name: "保存权重" }).click();
    await expect(page.getByText("权重已保存。")).toBeVisible();
    await page.screenshot({ path: info.outputPath("settings-desktop.png"), fullPage: true });
  });
});
