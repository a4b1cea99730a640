import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/prisma-client";
import { logIn, logInAndWait } from "./helpers";

// Issue 15, the public side of a second plan: an admin creates the 2026–2030 plan as a draft,
// imports its structure from tests/fixtures/plan-2026.csv and publishes it. The home page then
// shows it and links to the 2017–2021 plan, whose pages live on under /plans/<code>/… with their
// final results, in Chinese and English, at 390 px too; a measure's page links to the one it
// continues (延续). Afterwards the seed plan is made current again for the specs that follow.

const NEW = { code: "2026-2030", name: "柳市镇第十五个五年规划（2026—2030年）" };
const PAST = "liushi-2017-2021";
const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/plan-2026.csv");

test.describe.configure({ mode: "serial" });

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
}

test.afterAll(async ({ browser }) => {
  const db = createPrismaClient(process.env.E2E_DATABASE_URL);
  try {
    await db.$transaction([
      db.plan.updateMany({ where: { state: "CURRENT", code: { not: PAST } }, data: { state: "DRAFT" } }),
      db.plan.updateMany({ where: { code: PAST }, data: { state: "CURRENT" } }),
    ]);
  } finally {
    await db.$disconnect();
  }
  // The cached public pages still show the new plan: an audited save expires them, as any change does.
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`, locale: "zh-CN" });
  const page = await context.newPage();
  await logInAndWait(page, "admin");
  await page.goto("/console/settings");
  await page.getByRole("button", { name: "保存权重" }).click();
  await expect(page.getByText("权重已保存")).toBeVisible();
  await context.close();
});

test("an admin creates, imports and publishes the next plan; the public home page follows", async ({ page }) => {
  await logInAndWait(page, "admin");
  await page.goto("/console/admin/plans");
  await expect(page.getByRole("heading", { level: 1, name: "规划管理" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("规划代码").fill(NEW.code);
  await page.getByLabel("规划名称").fill(NEW.name);
  await page.getByLabel("开始日期").fill("2026-01-01");
  await page.getByLabel("结束日期").fill("2030-12-31");
  await page.getByRole("button", { name: "新建草稿" }).click();
  await expect(page.getByText(`已新建规划草稿“${NEW.name}”`)).toBeVisible();

  // A draft is invisible to the public.
  const draftPage = await page.context().newPage();
  await draftPage.goto(`/plans/${NEW.code}`);
  await expect(draftPage.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
  await draftPage.close();

  await page.reload();
  const draft = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: NEW.name }) });
  await draft.getByLabel(/选择文件/).setInputFiles(FIXTURE);
  await draft.getByRole("button", { name: "检查（不写入）" }).click();
  await expect(draft.getByText(/检查通过/)).toBeVisible();
  await draft.getByRole("button", { name: "导入" }).click();
  await expect(draft.getByText(/已导入：规划“.+”共 4 行：新增战略 3 个、重点任务 3 个；新增举措 4 项/)).toBeVisible();

  await draft.getByLabel(`输入规划代码 ${NEW.code} 以确认`).fill(NEW.code);
  await draft.getByRole("button", { name: "发布为现行规划" }).click();
  // The page re-renders with the plan as the current one (its publish form is gone, and its message with it).
  await expect(draft.locator("strong")).toHaveText("现行规划");
  await expect(page.getByRole("listitem").filter({ hasText: PAST }).locator("strong")).toHaveText("往期规划（只读）");

  // Public: the current plan on the home page, the past one linked, in both languages and at 390 px.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: NEW.name })).toBeVisible();
  const plans = page.getByRole("region", { name: "各期规划" });
  await expect(plans.getByRole("link", { name: NEW.name })).toHaveAttribute("aria-current", "page");
  const pastLink = plans.getByRole("link", { name: /柳市镇打造全面小康标杆镇/ });
  await expect(pastLink).toHaveAttribute("href", `/plans/${PAST}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);

  await page.goto("/en");
  await expect(page.getByRole("region", { name: "Plans" }).getByRole("link", { name: /柳市镇打造全面小康标杆镇/ })).toHaveAttribute("href", `/en/plans/${PAST}`);

  // The past plan: its home page with its final results, a strategy, a measure that a new one continues.
  await page.goto("/");
  await pastLink.click();
  await expect(page).toHaveURL(new RegExp(`/plans/${PAST}$`));
  await expect(page.getByRole("note").filter({ hasText: "往期规划" })).toContainText("截至 2021-12-31（规划期最后一天）的最终结果");
  await page.getByRole("link", { name: "实施民生共享战略" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${PAST}/strategies/A$`));
  await page.getByRole("link", { name: "新办合格的民工子弟学校6所" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${PAST}/measures/A2-04$`));
  await expect(page.getByRole("table", { name: "指标" })).toContainText("新办合格民工子弟学校数");
  await expectAccessible(page);
  await page.getByRole("link", { name: /S15-A1-01/ }).click();

  // The new measure names the one it continues.
  await expect(page).toHaveURL(/\/measures\/S15-A1-01$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("五年内新建和改扩建中小学、幼儿园10所");
  await expect(page.getByRole("link", { name: /A2-04/ })).toHaveAttribute("href", `/plans/${PAST}/measures/A2-04`);

  // An old address of a past plan's measure leads to its new one.
  await page.goto("/measures/A2-04");
  await expect(page).toHaveURL(new RegExp(`/plans/${PAST}/measures/A2-04$`));

  // Open data: the current plan by default, the past one by its code.
  const current = await (await page.request.get("/api/v1/measures")).json();
  expect(current).toMatchObject({ planCode: NEW.code, count: 4 });
  const past = await (await page.request.get(`/api/v1/measures?plan=${PAST}`)).json();
  expect(past.planCode).toBe(PAST);
  expect(past.count).toBeGreaterThan(90);
  expect((await page.request.get(`/api/v1/measures?plan=nope`)).status()).toBe(404);
});

test("an officer of the past plan has nothing to report on it", async ({ page }) => {
  await logIn(page, "jiaoyu");
  await expect(page).toHaveURL(/\/console$/);
  await page.goto("/console/inbox");
  await expect(page.getByRole("heading", { level: 1, name: "通知中心" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("A2-04");
});
