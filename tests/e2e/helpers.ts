import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Liushi@2017demo";

export async function logIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
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
