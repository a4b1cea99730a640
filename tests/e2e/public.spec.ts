import { STATUS_LABEL_ZH } from "@/lib/domain";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";

const strategies = ["实施民生共享战略", "实施文化引领战略", "实施平安强基战略"];
const viewports = [{ name: "phone", width: 390, height: 844 }, { name: "desktop", width: 1280, height: 900 }];

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
}

test.describe("a visitor", () => {
  for (const viewport of viewports) {
    test(`goes home → strategy → measure (${viewport.name})`, async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      for (const name of strategies) await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
      await expect(page.getByRole("note")).toContainText("演示数据");
      await expect(page.getByText(/数据更新于/)).toBeVisible();
      await page.screenshot({ path: info.outputPath(`home-${viewport.name}.png`), fullPage: true });
      await expectAccessible(page);

      await page.getByRole("link", { name: "实施民生共享战略" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "实施民生共享战略" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: "全面提升教育工作水平" })).toBeVisible();
      await page.screenshot({ path: info.outputPath(`strategy-${viewport.name}.png`), fullPage: true });
      await expectAccessible(page);

      await page.getByRole("link", { name: "新办合格的民工子弟学校6所" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("新办合格的民工子弟学校6所");
      await expect(page.getByRole("table", { name: "指标" })).toContainText("新办合格民工子弟学校数");
      await expect(page.getByRole("heading", { name: "进展记录（审核通过）" })).toBeVisible();
      // The trend chart: labelled axes, the expected path, the target line with its value, a legend; the table beside it.
      const trend = page.locator("figure[data-trend]").first();
      const chart = trend.getByRole("img");
      await expect(chart).toHaveAttribute("aria-label", /审核通过的数值从 .+；目标值 6 所.+按计划 .+ 应达/);
      await expect(chart.locator('[data-axis="x"]')).toHaveText("日期");
      await expect(chart.locator('[data-axis="y"]')).toHaveText("数值（所）");
      await expect(chart.locator('[data-label="target"]')).toHaveText("目标值 6 所");
      await expect(chart.locator('[data-line="expected"]')).toHaveAttribute("stroke-dasharray", /\d/);
      await expect(trend.locator("[data-legend] li")).toHaveText(["审核通过的数值", "计划进度线", "目标值"]);
      await expect(trend.getByRole("table")).toBeVisible();
      const box = (await chart.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await trend.screenshot({ path: info.outputPath(`measure-trend-${viewport.name}.png`) });
      await page.screenshot({ path: info.outputPath(`measure-${viewport.name}.png`), fullPage: true });
      await expectAccessible(page);
    });
  }

  test("filters measures by status, task area and deadline year", async ({ page }) => {
    await page.goto("/measures");
    const all = Number((await page.getByRole("status").textContent())!.match(/\d+/)![0]);
    // The plan has ended (the public page is as of its last day): what is unfinished is overdue.
    await page.getByLabel("状态").selectOption("OVERDUE");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/status=OVERDUE/);
    const overdue = Number((await page.getByRole("status").textContent())!.match(/\d+/)![0]);
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(all);
    const badges = page.locator("tbody tr td:nth-child(2)");
    await expect(badges).toHaveCount(overdue);
    for (const text of await badges.allTextContents()) expect(text).toBe(STATUS_LABEL_ZH.OVERDUE);
    await page.getByLabel("重点任务").selectOption({ label: "全面提升教育工作水平" });
    await page.getByLabel("期限年份").selectOption("2021");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.locator("tbody tr").first()).toBeVisible();
    for (const row of await page.locator("tbody tr td:nth-child(5)").allTextContents()) expect(row).toMatch(/^2021-/);
    await expectAccessible(page);
  });

  test("downloads CSV and XLSX whose numbers match the page", async ({ page, request }) => {
    await page.goto("/");
    const figure = page.locator('[data-indicator="A1-02-I1"]');
    const shown = Number((await figure.textContent())!.replace(/[^\d.]/g, ""));
    expect(shown).toBeGreaterThan(100);

    await page.goto("/data");
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.locator('a[href="/api/v1/indicators.csv"]').click()]);
    const csv = (await (await csvDownload.createReadStream()).toArray()).join("");
    const row = csv.split("\r\n").find((l) => l.startsWith("A1-02-I1,"))!;
    expect(row.split(",")[10]).toBe(String(shown));

    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.locator('a[href="/api/v1/indicators.xlsx"]').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(await xlsxDownload.createReadStream());
    const sheet = workbook.worksheets[0];
    const xlsxRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === "A1-02-I1")!;
    expect(xlsxRow.getCell(11).value).toBe(shown);

    const json = await (await request.get("/api/v1/indicators")).json();
    expect(json.version).toBe(1);
    expect(json.data.find((r: { code: string }) => r.code === "A1-02-I1").current).toBe(shown);
  });

  test("switches to English and back; the language is in the address", async ({ page }, info) => {
    await page.goto("/strategies/A");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/strategies\/A$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Task areas" })).toBeVisible();
    await page.goto("/en/measures/A2-04");
    const chart = page.locator("figure[data-trend]").first();
    await expect(chart.locator('[data-axis="x"]')).toHaveText("Date");
    await expect(chart.locator('[data-label="target"]')).toHaveText(/^Target \d/);
    await expect(chart.locator("[data-legend] li")).toHaveText(["Approved values", "Expected path", "Target"]);
    await chart.screenshot({ path: info.outputPath("measure-trend-en.png") });
    await page.goto("/en/strategies/A");
    // Links stay in English, and the English page is a shareable address of its own.
    await page.getByRole("link", { name: "Find measures" }).click();
    await expect(page).toHaveURL(/\/en\/measures$/);
    // The titles are Chinese: the box says so (a helper searched "school" and found nothing).
    await expect(page.getByRole("searchbox", { name: "Keywords" })).toHaveAccessibleDescription(/search with Chinese words/);
    await page.getByLabel("Status").selectOption("LAGGING");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/en\/measures\?.*status=LAGGING/);
    await page.getByRole("link", { name: "中文" }).click();
    await expect(page).toHaveURL(/\/measures\?.*status=LAGGING/);
    await expect(page).not.toHaveURL(/\/en\//);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByLabel("状态")).toHaveValue("LAGGING");
    await page.goto("/zh-CN/strategies/A");
    await expect(page).toHaveURL(/:\d+\/strategies\/A$/);
    await expect(page.getByRole("heading", { name: "重点任务" })).toBeVisible();
  });

  test("is rendered on its first visit, then served from Next.js's cache; private and queried pages never are", async ({ request }) => {
    for (const path of ["/", "/en/strategies/B"]) {
      await request.get(path);
      const again = await request.get(path, { headers: { "accept-encoding": "gzip" } });
      expect(again.status(), path).toBe(200);
      expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
    }
    const queried = await request.get("/measures?status=LAGGING");
    expect(queried.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(queried.headers()["cache-control"]).toContain("no-store");
    expect((await request.get("/login")).headers()["cache-control"]).toContain("no-store");
    expect((await request.get("/api/v1/measures")).headers()["x-nextjs-cache"]).toBeUndefined();
  });

  test("loads at most 150 KB of JavaScript (gzipped) on the home page", async ({ page }) => {
    const scripts: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.goto("/", { waitUntil: "networkidle" });
    const sizes = await Promise.all(scripts);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`[e2e] home page first-load JavaScript: ${sizes.length} files, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(150 * 1024);
  });

  test("works by keyboard: the skip link reaches the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到正文" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest("main") !== null);
    expect(focused).toBe(true);
  });

  test("prints without the navigation", async ({ page }) => {
    await page.goto("/strategies/B");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "实施文化引领战略" })).toBeVisible();
  });

  test("is sent to the login page when opening the console", async ({ page }) => {
    await page.goto("/console");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fconsole/);
    await expect(page.getByRole("heading", { name: "工作人员登录" })).toBeVisible();
  });
});
