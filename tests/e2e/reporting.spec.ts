import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { departments } from "../../prisma/seed/departments";
import { DISPLAY_ORDER, STATUS_LABEL_ZH } from "@/lib/domain";
import { logInAndWait, logOut } from "./helpers";

// Reporting duties, reminders, generated reports and spreadsheet import, on the seeded demo plan
// (every measure reports quarterly; the last quarter of the history still has a draft, returned
// and submitted reports). The server runs on the real date, after the plan: the last quarter's
// unsubmitted report is overdue.

const STATUS_ROWS = DISPLAY_ORDER.map((s) => STATUS_LABEL_ZH[s]);
const badge = (page: Page) => page.getByTestId("inbox-badge");

/** No serious or critical WCAG 2.1 AA violation on the page. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
}

test("an officer sees an overdue report in the inbox, submits it, and the badge clears", async ({ page }, info) => {
  // 党政办公室 shares 便民服务中心 (A1-01-P02), whose 2021 Q4 report is still a draft.
  await logInAndWait(page, "dangzheng");
  await expect(badge(page)).toHaveText(/^1/);
  await page.getByRole("link", { name: /通知中心/ }).click();
  await expect(page.getByRole("heading", { name: "通知中心", level: 1 })).toBeVisible();
  const overdue = page.getByRole("table", { name: /逾期未报的举措/ });
  await expect(overdue.getByRole("row").filter({ hasText: "便民服务中心" })).toContainText("2021年第四季度");
  await page.screenshot({ path: info.outputPath("inbox-officer.png"), fullPage: true });
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 }); // a phone
  await page.screenshot({ path: info.outputPath("inbox-officer-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await overdue.getByRole("link", { name: /便民服务中心/ }).click();
  await expect(page.getByRole("heading", { name: "填报进展" })).toBeVisible();
  await expect(page.getByLabel("填报年份")).toHaveValue("2021");
  await expect(page.getByLabel("填报月份")).toHaveValue("12");
  await page.getByLabel("正常推进").check();
  await page.getByLabel("进展情况说明").fill("便民服务中心四季度装修完成，已投入试运行。");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByRole("status").first()).toHaveText("填报已提交，等待分管领导审核。");
  // The badge asks the server again on the next page; the inbox itself, loaded afresh, is empty.
  await page.getByRole("link", { name: "通知中心" }).click();
  await expect(page).toHaveURL(/\/console\/inbox$/);
  await expect(badge(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("没有逾期未报的填报。")).toBeVisible();
  await expect(badge(page)).toHaveCount(0);
});

test("a leader reminds the department of a lagging measure, and its officer sees the reminder", async ({ page }, info) => {
  await logInAndWait(page, "leader");
  await page.getByRole("link", { name: /通知中心/ }).click();
  const table = page.getByRole("table", { name: /可催办的举措/ });
  const row = table.getByRole("row").filter({ hasText: "滞后" }).first();
  const [code, leadDepartment] = ((await row.locator("td").first().locator("div").textContent()) ?? "").split(" · ");
  await row.getByText("催办…").click();
  await row.getByLabel(/催办内容/).fill("请于本周内说明滞后原因和整改措施。");
  await row.getByRole("button", { name: "发送催办" }).click();
  await expect(row.getByRole("status")).toHaveText(`已向 ${code} 的责任单位发出催办。`);
  await page.screenshot({ path: info.outputPath("inbox-leader.png"), fullPage: true });
  await expectAccessible(page);
  await logOut(page);

  const officer = departments.find((d) => d.name === leadDepartment)!.code;
  await logInAndWait(page, officer);
  await expect(badge(page)).toBeVisible();
  await page.getByRole("link", { name: /通知中心/ }).click();
  await expect(page.getByRole("region", { name: "领导催办" })).toContainText("请于本周内说明滞后原因和整改措施。");
  await page.screenshot({ path: info.outputPath("inbox-reminded.png"), fullPage: true });
});

test("a leader generates a 月报, prints it and downloads the XLSX; its numbers match the dashboard", async ({ page }, info) => {
  await logInAndWait(page, "leader");
  await page.getByRole("link", { name: "月报季报" }).click();
  await page.getByLabel("报告期（月报或季报）").selectOption("2021-12");
  await page.getByLabel("范围").selectOption("");
  await page.getByRole("button", { name: "生成报告" }).click();
  await expect(page.getByRole("heading", { name: "全部规划实施情况月报（2021年12月）" })).toBeVisible();
  await page.screenshot({ path: info.outputPath("report-screen.png"), fullPage: true });
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath("report-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  const summary = page.getByTestId("summary-table");
  const onPage = {
    progress: (await summary.locator('[data-figure="progress"]').textContent())!,
    counts: Object.fromEntries(await Promise.all(STATUS_ROWS.map(async (s) => [s, Number(await summary.getByRole("row", { name: new RegExp(`^${s}`) }).locator("td").first().textContent())]))),
  };

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Excel（XLSX）" }).click()]);
  expect(download.suggestedFilename()).toBe("柳市镇-月报-2021-12.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("概况")!;
  const fromXlsx = new Map<string, number>();
  sheet.eachRow((r) => {
    if (typeof r.getCell(2).value === "number") fromXlsx.set(String(r.getCell(1).value), r.getCell(2).value as number);
  });
  const progress = fromXlsx.get("加权完成度")!;
  expect(`${(Math.round(progress * 1000) / 10).toFixed(1)}%`).toBe(onPage.progress);
  for (const s of STATUS_ROWS) expect(fromXlsx.get(s), s).toBe(onPage.counts[s]);

  // The leaders' dashboard, on its default day (the plan's end = the report's last day).
  await page.getByRole("link", { name: "仪表盘" }).click();
  const distribution = page.getByRole("table", { name: "举措和项目状态分布" });
  for (const s of STATUS_ROWS) {
    await expect(distribution.getByRole("row", { name: new RegExp(`^${s}`) }).locator("td").first(), s).toHaveText(`${fromXlsx.get(s)} 项`);
  }
  await expect(page.getByText("加权完成度 / 时间进度").locator("..")).toContainText(`${Math.round(progress * 100)}% /`);

  // Printed (A4): only the document, no navigation or buttons.
  await page.goBack();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "工作台导航" })).toBeHidden();
  await expect(page.getByRole("button", { name: "生成报告" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "全部规划实施情况月报（2021年12月）" })).toBeVisible();
  await page.screenshot({ path: info.outputPath("report-print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test("an officer imports progress from a spreadsheet: a dry run first, then the import", async ({ page }, info) => {
  await logInAndWait(page, "jiaoyu");
  await page.getByRole("link", { name: "批量导入" }).click();
  const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "进展填报模板（Excel）" }).click()]);
  expect(template.suggestedFilename()).toBe("进展填报导入模板.xlsx");

  const csv = (value: string) =>
    Buffer.from(`举措编号,指标编号,填报期,本期数值,进展状态,进展情况说明\r\nA2-04,A2-04-I1,2020Q2,${value},正常推进,第4所学校已通过验收并招生。\r\n`);
  await page.getByLabel(/选择文件/).setInputFiles({ name: "台账.csv", mimeType: "text/csv", buffer: csv("-4") });
  await page.getByRole("button", { name: "检查（不写入）" }).click();
  await expect(page.getByRole("status")).toContainText("检查完成：1 行有误");
  await expect(page.getByRole("table", { name: /逐行检查结果/ })).toContainText("本期数值须为不小于 0 的数字");
  await expect(page.getByRole("button", { name: "导入", exact: true })).toBeDisabled();

  await page.getByLabel(/选择文件/).setInputFiles({ name: "台账.csv", mimeType: "text/csv", buffer: csv("4") });
  await page.getByRole("button", { name: "检查（不写入）" }).click();
  await expect(page.getByRole("status")).toContainText("检查通过");
  await page.screenshot({ path: info.outputPath("import-checked.png"), fullPage: true });
  await expectAccessible(page);
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("已导入 1 份填报，等待分管领导审核。");
  await expect(page.getByRole("table", { name: /逐行检查结果/ })).toContainText("已导入");
});
