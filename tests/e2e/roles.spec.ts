import { expect, test } from "@playwright/test";
import { logIn, logInAndWait, logOut } from "./helpers";

const nav = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "工作台导航" });

test.describe("each demo account sees what its role should", () => {
  test("an officer: only the measures of the department, no review or admin", async ({ page }) => {
    await logInAndWait(page, "jiaotong");
    await expect(nav(page).getByRole("link", { name: "我的任务" })).toBeVisible();
    for (const hidden of ["待审核", "账号", "审计日志", "仪表盘"]) await expect(nav(page).getByRole("link", { name: hidden })).toHaveCount(0);
    const departments = await page.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(departments.length).toBeGreaterThan(0);
    // Lead or co-responsible: every row is a measure 交通运输管理站 answers for; other departments' own measures are absent.
    await expect(page.getByRole("link", { name: /民工子弟学校/ })).toHaveCount(0);
    for (const path of ["/console/review", "/console/admin/users", "/console/settings", "/console/dashboard/A"]) {
      // A real 404 status on every database (the embedded single process too), not only the page.
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在或您无权访问" })).toBeVisible();
    }
  });

  test("a leader: the dashboard first, review queue and all measures, no admin pages", async ({ page }) => {
    await logInAndWait(page, "leader");
    await expect(page).toHaveURL(/\/console\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: /规划实施总览/ })).toBeVisible();
    await nav(page).getByRole("link", { name: "全部举措" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "全部举措" })).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "待审核" })).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "账号" })).toHaveCount(0);
    expect((await page.goto("/console/admin/audit"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在或您无权访问" })).toBeVisible();
    // The address refused to the officer above opens for a role that may see it.
    expect((await page.goto("/console/dashboard/A"))?.status()).toBe(200);
  });

  test("an admin: accounts, departments and the audit log; a new account must change its password", async ({ page }) => {
    await logInAndWait(page, "admin");
    await expect(nav(page).getByRole("link", { name: "账号" })).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "待审核" })).toHaveCount(0);
    // Refused to the officer in the first test: a 404 there left nothing behind for the admin.
    expect((await page.goto("/console/settings"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "状态阈值与权重" })).toBeVisible();

    await page.goto("/console/admin/users");
    await page.getByLabel("用户名").fill("wang.e2e");
    await page.getByLabel("初始密码").fill("short");
    await page.getByLabel("姓名或称谓").fill("王测试");
    await page.getByRole("button", { name: "创建账号" }).click();
    await expect(page.getByText("密码至少 10 个字符")).toBeVisible();
    await page.getByLabel("初始密码").fill("Initial#Pass2026");
    await page.getByRole("checkbox", { name: "文化站" }).check();
    await page.getByRole("button", { name: "创建账号" }).click();
    await expect(page.getByText("已创建账号 wang.e2e。")).toBeVisible();

    await page.goto("/console/admin/audit?action=user.");
    await expect(page.getByRole("cell", { name: "user.create" }).first()).toBeVisible();
    await page.goto("/console/admin/audit?action=auth.login_failed");
    await expect(page.getByRole("status")).toContainText("共");
    await logOut(page);

    await logIn(page, "wang.e2e", "Initial#Pass2026");
    await expect(page).toHaveURL(/\/console\/account\/password$/);
    await expect(page.getByRole("alert").filter({ hasText: "请先设置新密码" })).toBeVisible();
    await page.goto("/console");
    await expect(page).toHaveURL(/\/console\/account\/password$/);
    await page.getByLabel("当前密码").fill("Initial#Pass2026");
    await page.getByLabel("新密码", { exact: true }).fill("Changed#Pass2026");
    await page.getByLabel("再次输入新密码").fill("Changed#Pass2026");
    await page.getByRole("button", { name: "修改密码" }).click();
    // The password change ends this session at once: the page refreshes into the login page.
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/console");
    await expect(page).toHaveURL(/\/login/);
    await logIn(page, "wang.e2e", "Changed#Pass2026");
    await expect(page).toHaveURL(/\/console$/, { timeout: 15_000 });
    await expect(page.getByRole("heading", { name: "我的任务" })).toBeVisible();
  });
});
