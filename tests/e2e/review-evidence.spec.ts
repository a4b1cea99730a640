import { expect, test, type Page } from "@playwright/test";
import { logInAndWait, logOut } from "./helpers";
import { saveScreenshot, SCREEN_WIDTHS } from "./screenshot";

// Issue 14, item 4: the review page shows image and PDF evidence inline. The file route is the one
// response the site lets its own pages frame (frame-ancestors 'self', SAMEORIGIN), and only for a
// PDF or an image asked inline; every page keeps frame-ancestors 'none'.

const MEASURE = "健全完善慈善体系"; // A3-10, 民政办 (minzheng): no other spec reports on it

/** A one-page PDF with a drawn box and a line of text, its cross-reference table computed. */
function samplePdf(): Buffer {
  const content = "0.85 0.9 0.95 rg 40 600 515 200 re f 0.1 0.2 0.4 rg BT /F1 28 Tf 60 700 Td (Liushi evidence: work ledger) Tj ET";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** A photo-like PNG drawn by the browser (with the system's CJK font). */
async function samplePng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 640;
    canvas.height = 360;
    const g = canvas.getContext("2d")!;
    g.fillStyle = "#cfe3d4";
    g.fillRect(0, 0, 640, 360);
    g.fillStyle = "#2f6b3f";
    g.fillRect(0, 250, 640, 110);
    g.fillStyle = "#1c1917";
    g.font = "36px sans-serif";
    g.fillText("慈善超市 · 现场照片（示例）", 60, 160);
    return canvas.toDataURL("image/png").split(",")[1];
  });
  return Buffer.from(base64, "base64");
}

/** Chromium's PDF viewer runs in a frame of its extension inside the framed file. */
function pdfViewerLoaded(page: Page, src: string): boolean {
  return page.frames().some((f) => f.url().startsWith("chrome-extension://") && (f.parentFrame()?.url().endsWith(src) ?? false));
}

test("a leader sees a report's image and PDF evidence on the review page; only the file route may be framed, by this site", async ({ page }, info) => {
  test.setTimeout(180_000);
  const refused: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to|blocked/i.test(m.text())) refused.push(m.text());
  });

  await logInAndWait(page, "minzheng");
  await page.getByRole("link", { name: new RegExp(MEASURE) }).first().click();
  await expect(page.getByRole("heading", { name: "填报进展" })).toBeVisible();
  await page.getByLabel("正常推进").check();
  await page.getByLabel("进展情况说明").fill("慈善超市本季度开放运营，附现场照片、工作台账和会议纪要。");
  await page.getByLabel("选择文件").setInputFiles([
    { name: "现场照片.png", mimeType: "image/png", buffer: await samplePng(page) },
    { name: "工作台账.pdf", mimeType: "application/pdf", buffer: samplePdf() },
    { name: "会议纪要.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]) },
  ]);
  await page.getByRole("button", { name: /提交审核/ }).click();
  await expect(page.getByRole("status").first()).toHaveText("填报已提交，等待分管领导审核。");
  await logOut(page);

  await logInAndWait(page, "leader");
  await page.goto("/console/review");
  await page.getByRole("row").filter({ hasText: MEASURE }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: MEASURE })).toBeVisible();
  const reviewUrl = page.url();

  const image = page.getByRole("img", { name: "证明材料：现场照片.png" });
  await image.scrollIntoViewIfNeeded();
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);

  const frame = page.locator('iframe[title="证明材料预览：工作台账.pdf"]');
  await expect(frame).toBeVisible();
  const pdfSrc = (await frame.getAttribute("src"))!;
  expect(pdfSrc).toMatch(/^\/api\/attachments\/\d+\?inline=1$/);
  // The frame holds the file in Chromium's PDF viewer (its extension's page inside the file's
  // document), not an error page for a refused frame.
  await expect.poll(() => pdfViewerLoaded(page, pdfSrc), { timeout: 15_000 }).toBe(true);
  // The Office file is only a link.
  await expect(page.getByRole("link", { name: "会议纪要.docx" })).toBeVisible();
  await expect(page.locator("main iframe, main img")).toHaveCount(2);

  // The file route: inline and framable by this site for a PDF or an image asked inline.
  const pdf = await page.request.get(pdfSrc);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
  expect(pdf.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(pdf.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(pdf.headers()["content-security-policy"]).not.toContain("frame-ancestors 'none'");
  expect(Buffer.from(await pdf.body()).equals(samplePdf())).toBe(true);
  const png = await page.request.get((await image.getAttribute("src"))!);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(png.headers()["content-disposition"]).toMatch(/^inline;/);
  // Anything else, or without ?inline=1: a download nothing may frame.
  const docxHref = (await page.getByRole("link", { name: "会议纪要.docx" }).getAttribute("href"))!;
  for (const url of [`${docxHref}?inline=1`, pdfSrc.replace("?inline=1", "")]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-disposition"], url).toMatch(/^attachment;/);
    expect(response.headers()["x-frame-options"], url).toBe("DENY");
    expect(response.headers()["content-security-policy"], url).toContain("frame-ancestors 'none'");
  }
  // Every page still forbids framing: this staff page and a public one.
  for (const url of [reviewUrl, "/", "/measures/A3-10"]) {
    const response = await page.request.get(url);
    expect(response.headers()["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], url).toBe("DENY");
  }

  for (const size of SCREEN_WIDTHS) {
    await page.setViewportSize(size);
    await page.goto(reviewUrl);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    await frame.scrollIntoViewIfNeeded();
    await expect.poll(() => pdfViewerLoaded(page, pdfSrc), { timeout: 15_000 }).toBe(true);
    // For the picture: the viewer draws a page once it is in view (the full-page shot keeps it).
    await page.waitForTimeout(2000);
    // The previews fit the window: nothing reaches past its right edge.
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("main iframe, main img")].filter((e) => e.getBoundingClientRect().right > width + 1);
      return { page: document.documentElement.scrollWidth - width, previews: wide.length };
    });
    expect(overflow, size.name).toEqual({ page: 0, previews: 0 });
    await saveScreenshot(page, info, "review-preview", size);
  }
  expect(refused).toEqual([]);

  // Signed out, the unpublished file is nobody's.
  await logOut(page);
  expect((await page.request.get(pdfSrc)).status()).toBe(404);
});
