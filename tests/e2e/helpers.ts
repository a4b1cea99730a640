import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Liushi@2017demo";

/**
 * Signs in as a person would. Every test signs in from 127.0.0.1, and the login action slows an
 * account name signing in more than 10 times a minute from one address, and an address more than
 * 120 times (“登录尝试过于频繁，请 N 秒后再试。”): this waits the seconds it is told and tries again.
 */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD, loginPath = "/login") {
  for (let attempt = 0; ; attempt++) {
    await page.goto(loginPath);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(password);
    await page.getByRole("button", { name: "登录" }).click();
    // The answer: another page (signed in), or the form's message (refused, or slowed).
    const message = page.locator('form p[aria-live="polite"]').filter({ hasText: /\S/ });
    await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 }),
      message.waitFor({ timeout: 15_000 }),
    ]).catch(() => undefined);
    const text = page.url().includes("/login") && (await message.count()) > 0 ? await message.textContent() : null;
    const wait = text?.match(/登录尝试过于频繁，请 (\d+) 秒后再试/);
    if (!wait || attempt >= 5) return;
    await page.waitForTimeout((Number(wait[1]) + 1) * 1000);
  }
}

/** Logs in and waits for the first page: the console's (a leader's is the dashboard). */
export async function logInAndWait(page: Page, username: string) {
  await logIn(page, username);
  await expect(page).toHaveURL(/\/console(\/dashboard)?$/, { timeout: 15_000 });
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page).toHaveURL(/\/login/);
}
