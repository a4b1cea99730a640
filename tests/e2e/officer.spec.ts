import { expect, test } from "@playwright/test";
import { logIn, logInAndWait, logOut } from "./helpers";

test.describe("an officer", () => {
  test("cannot log in with a wrong password", async ({ page }) => {
    await logIn(page, "jiaoyu", "wrong-password-1A");
    await expect(page.getByText("用户名或密码错误")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("logs in and submits a progress report", async ({ page }, info) => {
    await logInAndWait(page, "jiaoyu");
    await expect(page.getByRole("heading", { name: "我的任务" })).toBeVisible();
    await page.getByRole("link", { name: /民工子弟学校/ }).first().click();
    await expect(page.getByRole("heading", { name: "填报进展" })).toBeVisible();

    const value = page.getByLabel(/民工子弟学校/).first();
    await value.fill("6");
    await page.getByLabel("已完成").check();
    await page.getByLabel("进展情况说明").fill("6所民工子弟学校均已通过验收并招生，目标完成。");
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.getByRole("status")).toHaveText("填报已提交，等待分管领导审核。");
    await expect(page.getByRole("listitem").filter({ hasText: "6所民工子弟学校均已通过验收" })).toContainText("待审核");
    await page.screenshot({ path: info.outputPath("report-submitted.png"), fullPage: true });
  });

  test("sees the errors of an invalid report, and nothing is saved", async ({ page }) => {
    await logInAndWait(page, "jiaoyu");
    await page.getByRole("link", { name: /民工子弟学校/ }).first().click();
    const history = page.getByRole("region", { name: "填报记录" }).getByRole("listitem");
    const newestBefore = (await history.first().textContent()) ?? "";
    await page.getByLabel(/民工子弟学校/).first().fill("-2");
    await page.getByLabel("进展情况说明").fill("短");
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.getByRole("status")).toHaveText("填写内容有误，请按提示修改后再提交。");
    await expect(page.getByText("请填写不小于 0 的数字，最多两位小数")).toBeVisible();
    await expect(page.getByText("请选择进展状态")).toBeVisible();
    await expect(page.getByText("进展情况至少填写 5 个字")).toBeVisible();
    // What was typed stays in the form to be corrected.
    await expect(page.getByLabel("进展情况说明")).toHaveValue("短");
    await page.reload();
    // The newest report (this month's, when the form was valid) is still the one from before.
    await expect(history.first()).toHaveText(newestBefore);
  });

  test("cannot open another department's measure by typing its address", async ({ page }) => {
    await logInAndWait(page, "paichusuo");
    const foreign = await page.getByRole("link", { name: /天网工程|智慧防区|警灯工程/ }).first().getAttribute("href");
    expect(foreign).toMatch(/^\/console\/measures\/\d+$/);
    await logOut(page);
    await logInAndWait(page, "jiaoyu");
    // The proxy knows the refusal before rendering (lib/auth/console-access.ts): a true 404.
    const response = await page.goto(foreign!);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在或您无权访问" })).toBeVisible();
    await expect(page.locator('meta[name="robots"][content="noindex"]').first()).toBeAttached();
    await expect(page.getByRole("heading", { name: "填报进展" })).toHaveCount(0);
    await expect(page.getByText(/天网工程|智慧防区|警灯工程/)).toHaveCount(0);
  });
});
