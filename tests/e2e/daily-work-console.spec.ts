import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { STATUS_LABEL_ZH, STATUSES } from "@/lib/domain";
import { logIn, logInAndWait, logOut } from "./helpers";

// Issue 14, the console on a desk and on a phone: 我的任务, a leader's first page, 待审核 and the
// review page's context, the audit log, the confirmation of a password change.

const PHONE = { width: 390, height: 844 };
/** A status badge's text: its label, then (screen readers only) its explanation. */
const STATUS_WORD = new RegExp(`^(${Object.values(STATUS_LABEL_ZH).join("|")})`);

/** Cells of the page's main table that reach past the right edge of the window. */
async function cutOffCells(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("main td, main th")]
      // A card table's header row is for screen readers only (1 px wide): not a cell one sees.
      .filter((c) => (c as HTMLElement).offsetParent !== null && (c.closest("thead")?.getBoundingClientRect().width ?? 2) > 1)
      .filter((c) => c.getBoundingClientRect().right > width + 1)
      .map((c) => c.textContent?.slice(0, 20));
  });
}

const column = (page: Page, label: string) => page.locator(`main tbody td[data-label="${label}"]`);

test.describe("issue 14 · console", () => {
  test("我的任务: due day, overdue mark and coloured status; filter by due and status, sort by status", async ({ page }) => {
    await logInAndWait(page, "dangzheng");
    await expect(page.getByRole("heading", { level: 1, name: "我的任务" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "截止日期" })).toBeAttached();
    // 便民服务中心 (A1-01-P02): its 2021 Q4 report is still a draft, due 2022-01-05.
    const line = page.locator('tr[data-code="A1-01-P02"]');
    await expect(line.locator('td[data-label="截止日期"]')).toContainText("2022-01-05");
    await expect(line.locator('td[data-label="截止日期"]')).toContainText("逾期");
    const badge = line.locator('td[data-label="状态"] span.badge');
    await expect(badge).toHaveText(STATUS_WORD);
    expect(await badge.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");

    await page.getByLabel("填报", { exact: true }).selectOption("overdue");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/due=overdue/);
    await expect(page.locator("main tbody tr")).toHaveCount(1);
    await expect(page.locator("main tbody tr")).toHaveAttribute("data-code", "A1-01-P02");

    await page.goto("/console?status=DONE");
    const statuses = await column(page, "状态").allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(s.split(/[：\n]/)[0].trim()).toBe(STATUS_LABEL_ZH.DONE);

    await page.goto("/console?sort=status");
    const severe = STATUSES.map((s) => STATUS_LABEL_ZH[s]); // worst first
    const order = (await column(page, "状态").allInnerTexts()).map((s) => severe.indexOf(s.split(/[：\n]/)[0].trim()));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    await page.setViewportSize(PHONE);
    await page.goto("/console");
    expect(await cutOffCells(page)).toEqual([]);
  });

  test("a leader starts on the dashboard; every measure is under 全部举措, filterable", async ({ page }) => {
    await logIn(page, "leader");
    await expect(page).toHaveURL(/\/console\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: /规划实施总览/ })).toBeVisible();
    await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "全部举措" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "全部举措" })).toBeVisible();
    const all = await page.locator("main tbody tr").count();
    expect(all).toBeGreaterThan(90);
    // As of the plan's last day what is unfinished is overdue.
    await page.getByLabel("状态", { exact: true }).selectOption("OVERDUE");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/status=OVERDUE/);
    await expect(page.getByRole("heading", { level: 1, name: "全部举措" })).toBeVisible();
    await expect(page.locator("main tbody tr").first()).toBeVisible();
    const lagging = await page.locator("main tbody tr").count();
    expect(lagging).toBeGreaterThan(0);
    expect(lagging).toBeLessThan(all);
  });

  test("待审核: filter by strategy and days waiting, sort by department; period and status on one line", async ({ page }) => {
    await logInAndWait(page, "leader");
    await page.goto("/console/review");
    const rows = page.locator("main tbody tr");
    const all = await rows.count();
    expect(all).toBeGreaterThanOrEqual(3);
    await page.getByLabel("战略").selectOption({ label: "实施平安强基战略" });
    await page.getByLabel("已等待").selectOption("30");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/strategy=C/);
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    for (const text of await rows.locator("td:first-child small").allInnerTexts()) expect(text).toContain("实施平安强基战略");
    for (const days of await column(page, "已等待").allInnerTexts()) expect(Number(days.replace(/\D/g, ""))).toBeGreaterThanOrEqual(30);

    await page.goto("/console/review?sort=department");
    const departments = (await rows.locator("td:first-child small").allInnerTexts()).map((t) => t.split(" · ").at(-1)!);
    expect(departments).toEqual([...departments].sort((a, b) => a.localeCompare(b, "zh-CN")));
    // Period and status never wrap: one line each.
    for (const label of ["填报期", "填报状态"]) {
      for (const cell of await column(page, label).all()) {
        const lines = await cell.evaluate((c) => {
          const range = document.createRange();
          range.selectNodeContents(c);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(lines, `${label}: ${await cell.textContent()}`).toBe(1);
      }
    }
  });

  test("the review page shows the measure's engine status, trend and previous values, and previews the evidence", async ({ page }) => {
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    await logInAndWait(page, "xuanchuan");
    await page.getByRole("link", { name: /全力打造“一网两微一刊”/ }).first().click();
    await page.getByLabel("正常推进").check();
    await page.getByLabel("进展情况说明").fill("“一网两微一刊”本季度发稿120篇，附现场照片和工作台账。");
    await page.getByLabel("选择文件").setInputFiles([
      { name: "现场照片.png", mimeType: "image/png", buffer: png },
      { name: "工作台账.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF") },
    ]);
    await page.getByRole("button", { name: /提交审核/ }).click();
    await expect(page.getByRole("status").first()).toHaveText("填报已提交，等待分管领导审核。");
    await logOut(page);

    await logInAndWait(page, "leader");
    await page.goto("/console/review");
    await page.getByRole("row").filter({ hasText: "一网两微一刊" }).getByRole("link").first().click();
    await expect(page.getByRole("region", { name: /举措当前状态/ }).locator("span.badge")).toHaveText(STATUS_WORD);
    const image = page.getByRole("img", { name: "证明材料：现场照片.png" });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1); // loading="lazy"
    // The PDF is framed inline (its headers: review-evidence.spec.ts).
    await expect(page.locator('iframe[title="证明材料预览：工作台账.pdf"]')).toHaveAttribute("src", /^\/api\/attachments\/\d+\?inline=1$/);

    // B1-02 (宣传统战办公室, two indicators): its 2021 Q4 report awaits review since the demo.
    await page.goto("/console/review");
    await page.getByRole("row").filter({ hasText: "争创温州市文明村" }).getByRole("link").first().click();
    const values = page.getByRole("table", { name: "指标数值" });
    await expect(values.locator('td[data-label="上次审核通过"]').first()).toContainText("2021-09");
    await expect(page.getByRole("heading", { name: "历次审核通过的数值" })).toBeVisible();
    await expect(page.getByRole("img", { name: /审核通过的数值从 .+；目标值/ }).first()).toBeVisible();
  });

  test("the audit log: Chinese action names, changes with names, filters, CSV (with BOM) and XLSX exports", async ({ page, request }) => {
    await logInAndWait(page, "admin");
    await page.goto("/console/admin/audit");
    await expect(page.getByRole("cell", { name: /登录成功/ }).first()).toBeVisible();
    await page.getByLabel("操作", { exact: true }).selectOption({ label: "登录成功" });
    await page.getByLabel("操作人").fill("leader");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/action=auth\.login&actor=leader|actor=leader&action=auth\.login/);
    for (const action of await column(page, "操作").allInnerTexts()) expect(action).toContain("登录成功");
    await expect(column(page, "对象").first()).toContainText("（leader）");

    // A submitted report (the previous test's): its change list names the state in words.
    await page.goto("/console/admin/audit?action=progress_report.save");
    await expect(column(page, "变更内容").first()).toContainText("审核状态");
    await expect(column(page, "变更内容").first()).toContainText("待审核");
    await expect(column(page, "变更内容").first()).not.toContainText("SUBMITTED");

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
    const csv = Buffer.concat(await (await csvDownload.createReadStream()).toArray());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString("utf8");
    expect(text).toContain("时间（北京时间）");
    expect(text).toContain("保存或提交填报");
    expect(text).not.toContain("登录成功");

    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel（XLSX）" }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(await xlsxDownload.createReadStream());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(3).value).toBe("操作");
    expect(sheet.rowCount).toBeGreaterThan(1);
    expect(sheet.getRow(2).getCell(3).value).toBe("保存或提交填报");

    const denied = await request.get("/api/audit?format=csv");
    expect(denied.status()).toBe(404);
  });

  test("a password change is confirmed on the login page", async ({ page }) => {
    await logInAndWait(page, "zhifa");
    await page.goto("/console/account/password");
    await page.getByLabel("当前密码").fill("Liushi@2017demo");
    await page.getByLabel("新密码", { exact: true }).fill("Zhifa#Changed2026");
    await page.getByLabel("再次输入新密码").fill("Zhifa#Changed2026");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("status")).toHaveText("密码已修改，请用新密码登录。");
    await logIn(page, "zhifa", "Zhifa#Changed2026");
    await expect(page).toHaveURL(/\/console$/, { timeout: 15_000 });
  });
});
