import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";

// Issue 14, the public pages on a desk (1366 px) and on a phone (390 px): progress bars, phone
// tables, the demo-data banner, the open-data page, what a first visit costs, the icon.

const DESK = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Each progress bar with a time marker: the bar's box, the bar itself and the marker. */
async function barGeometry(page: Page) {
  return page.locator(".pbar").evaluateAll((bars) =>
    bars.map((bar) => {
      const box = bar.getBoundingClientRect();
      const progress = bar.querySelector("progress")!.getBoundingClientRect();
      const marker = bar.querySelector("[data-marker]")?.getBoundingClientRect() ?? null;
      return { box: box.width, left: progress.left, right: progress.right, width: progress.width, marker: marker && marker.left + marker.width / 2 };
    }),
  );
}

test.describe("issue 14 · public pages", () => {
  for (const viewport of [DESK, PHONE]) {
    test(`home: progress bars fill their box, the marker is on the bar, each percentage once (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of ["/", "/en"]) {
        await page.goto(path);
        const bars = await barGeometry(page);
        expect(bars.length, path).toBeGreaterThanOrEqual(4); // the plan and its three strategies
        for (const bar of bars) {
          // The bar takes the box but for its percentage (≤ 3.5 rem), never the browser's 160 px.
          expect(bar.width, path).toBeGreaterThan(bar.box - 60);
          expect(bar.marker, path).not.toBeNull();
          expect(bar.marker!, path).toBeGreaterThanOrEqual(bar.left - 1);
          expect(bar.marker!, path).toBeLessThanOrEqual(bar.right + 1);
        }
        const overall = page.locator("section").filter({ has: page.locator("#overall") });
        const percent = (await page.locator("#overall ~ p").first().textContent())!.trim();
        expect(percent).toMatch(/^\d+%$/);
        await expect(overall.getByText(percent, { exact: true })).toHaveCount(1);
        for (const card of await page.locator('section[aria-labelledby^="strategy-"]').all()) {
          expect(((await card.textContent()) ?? "").match(/\d+%/g), path).toHaveLength(1);
        }
      }
      await page.goto("/");
      await expect(page).toHaveScreenshot(`home-${viewport.width}.png`, { fullPage: true, maxDiffPixelRatio: 0.002 });
    });
  }

  test("phone: tables of strategies, the search and a measure fit the screen; dates never wrap", async ({ page }) => {
    await page.setViewportSize(PHONE);
    for (const path of ["/strategies/A", "/measures", "/measures/A1-02", "/measures/A1-01-P01", "/en/strategies/C"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Visible cells: a phone's card table hides its header row for screen readers only (1 px).
        const hidden = (c: Element) => (c as HTMLElement).offsetParent === null || c.closest(".sr-only") || (c.closest("thead")?.getBoundingClientRect().width ?? 2) <= 1;
        const cells = [...document.querySelectorAll("main td, main th")].filter((c) => !hidden(c));
        const cut = cells.filter((c) => c.getBoundingClientRect().right > width + 1).map((c) => c.textContent?.slice(0, 20));
        // A date's characters on one line: one client rect for the text.
        const wrapped: string[] = [];
        const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const match = /\d{4}-\d{2}-\d{2}/.exec(n.textContent ?? "");
          if (!match || (n.parentElement?.offsetParent ?? null) === null) continue;
          const range = document.createRange();
          range.setStart(n, match.index);
          range.setEnd(n, match.index + 10);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) wrapped.push(match[0]);
        }
        return { scroll: document.documentElement.scrollWidth - width, cells: cells.length, cut, wrapped };
      });
      expect(overflow.cells, path).toBeGreaterThan(0);
      expect(overflow.cut, path).toEqual([]);
      expect(overflow.wrapped, path).toEqual([]);
      expect(overflow.scroll, path).toBeLessThanOrEqual(0);
    }
  });

  test("the demo-data banner is on every public page that shows demo data", async ({ page }) => {
    for (const path of ["/", "/strategies/A", "/measures", "/measures/A1-02", "/data"]) {
      await page.goto(path);
      await expect(page.getByRole("note"), path).toContainText("演示数据");
      await page.goto(`/en${path === "/" ? "" : path}`);
      await expect(page.getByRole("note"), `/en${path}`).toContainText("Demo data");
    }
  });

  test("open data: licence, last update in Beijing time, row counts, field descriptions; times carry +08:00", async ({ page, request }) => {
    await page.goto("/data");
    await expect(page.getByText("CC BY 4.0").first()).toBeVisible();
    await expect(page.getByText(/数据更新于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/).first()).toBeVisible();
    for (const dataset of ["measures", "indicators", "progress"]) {
      const json = await (await request.get(`/api/v1/${dataset}`)).json();
      await expect(page.locator(`[data-dataset="${dataset}"]`)).toContainText(`共 ${json.count} 行`);
    }
    const fields = page.locator('[data-dataset="measures"] details');
    await fields.locator("summary").click();
    await expect(fields.getByRole("row").filter({ hasText: "lastApprovedAt" })).toContainText("北京时间");
    await expect(fields.getByRole("row").filter({ hasText: "progress" })).toContainText("0 到 1");

    const measures = await (await request.get("/api/v1/measures")).json();
    const stamped = measures.data.filter((m: { lastApprovedAt: string | null }) => m.lastApprovedAt);
    expect(stamped.length).toBeGreaterThan(0);
    for (const m of stamped) expect(m.lastApprovedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    const csv = await (await request.get("/api/v1/measures.csv")).text();
    expect(csv).not.toMatch(/T\d{2}:\d{2}:\d{2}(\.\d+)?Z/);
    const workbook = new ExcelJS.Workbook();
    const body = await (await request.get("/api/v1/measures.xlsx")).body();
    await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const column = headers.indexOf("最近审核通过时间");
    expect(column).toBeGreaterThan(0);
    const values = sheet.getColumn(column).values.slice(2).filter(Boolean).map(String);
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v).toMatch(/\+08:00$/);
  });

  test("a first visit of home, a strategy and a measure transfers at most 250 KB, no web font", async ({ browser }) => {
    for (const path of ["/", "/strategies/A", "/measures/A1-02"]) {
      // A new context: an empty cache, as a first visit.
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      const sizes: Promise<{ bytes: number; type: string }>[] = [];
      page.on("requestfinished", (r) => sizes.push(r.sizes().then((s) => ({ bytes: s.responseBodySize + s.responseHeadersSize, type: r.resourceType() }))));
      await page.goto(path, { waitUntil: "networkidle" });
      const all = await Promise.all(sizes);
      const total = all.reduce((a, r) => a + r.bytes, 0);
      console.log(`[e2e] first visit of ${path}: ${all.length} requests, ${(total / 1024).toFixed(0)} KB`);
      expect(all.filter((r) => r.type === "font"), path).toEqual([]);
      expect(total, path).toBeLessThanOrEqual(250 * 1024);
      await context.close();
    }
  });

  test("the history of a project with milestones only names what was reached, not a status word", async ({ page }) => {
    await page.goto("/measures/A1-01-P01");
    const history = page.getByRole("table", { name: "进展记录（审核通过）" });
    const values = await history.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v).not.toMatch(/^(未启动|正常推进|存在风险|滞后|已完成)$/);
    expect(values.join("")).toContain("主体工程完工");
  });

  test("every page has an icon; /favicon.ico answers", async ({ page, request }) => {
    const ico = await request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    expect(ico.headers()["content-type"]).toMatch(/^image\//);
    for (const path of ["/", "/en/measures", "/login"]) {
      await page.goto(path);
      const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
      expect(href, path).toBeTruthy();
      expect((await request.get(href!)).status(), path).toBe(200);
    }
  });
});
