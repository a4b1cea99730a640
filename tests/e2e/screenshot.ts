import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";

// The README's screenshots (docs/screenshots/*.png), taken from the real app at 1366 and 390 px.
// Every run takes them; LIUSHI_SCREENSHOTS=docs writes them into docs/screenshots, else into the
// test's output.

export const SCREEN_WIDTHS = [
  { name: "1366", width: 1366, height: 900 },
  { name: "390", width: 390, height: 844 },
];

export type ScreenSize = (typeof SCREEN_WIDTHS)[number];

/** The whole page on a desk; on a phone its first two screens (a long strip says no more). */
export async function saveScreenshot(page: Page, info: TestInfo, name: string, size: ScreenSize): Promise<void> {
  const file = `${name}-${size.name}.png`;
  const out = process.env.LIUSHI_SCREENSHOTS === "docs" ? path.resolve("docs/screenshots", file) : info.outputPath(file);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const clip = size.width > 600 ? undefined : { x: 0, y: 0, width: size.width, height: Math.min(height, 2 * size.height) };
  await page.screenshot({ path: out, fullPage: true, clip, animations: "disabled" });
}
