import { expect, test } from "@playwright/test";
import { logIn, logInAndWait, logOut } from "./helpers";

// The whole path of a figure: an officer reports, a leader returns it, the officer revises, the
// leader approves, and the public page shows the new value on the next load — not before.
test("report → return → revise → approve → published", async ({ page }) => {
  await page.goto("/measures?q=省级卫生村");
  await page.getByRole("link", { name: /省级卫生村/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("省级卫生村");
  const publicUrl = page.url();
  expect(publicUrl).toMatch(/\/measures\/A3-04$/);
  await expect(page.getByRole("table", { name: "指标" })).not.toContainText("57个");

  // 1. The officer of 卫生和计划生育办公室 reports 57 villages.
  await logInAndWait(page, "weiji");
  await page.getByRole("link", { name: /省级卫生村/ }).first().click();
  await page.getByLabel(/省级卫生村/).first().fill("57");
  await page.getByLabel("已完成").check();
  await page.getByLabel("进展情况说明").fill("新增4个村通过省级卫生村验收，累计57个。");
  await page.getByRole("button", { name: /提交审核/ }).click();
  await expect(page.getByRole("status").first()).toHaveText("填报已提交，等待分管领导审核。");
  await logOut(page);

  // Not public while it waits for review.
  await page.goto(publicUrl);
  await expect(page.getByText("累计57个")).toHaveCount(0);

  // 2. The leader returns it with a comment.
  await logInAndWait(page, "leader");
  await page.getByRole("link", { name: "待审核" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "待审核" })).toBeVisible();
  await page.getByRole("row").filter({ hasText: "省级卫生村" }).filter({ hasText: "卫生和计划生育办公室" }).getByRole("link").first().click();
  await expect(page.getByText("新增4个村通过省级卫生村验收")).toBeVisible();
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByText("退回意见至少 5 个字")).toBeVisible();
  await page.getByLabel("退回意见（必填）").fill("请附上验收文件并核对累计数。");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByRole("status").filter({ hasText: "该填报已审核：已退回。" })).toBeVisible();
  await logOut(page);

  // 3. The officer sees the comment and resubmits a corrected figure with evidence.
  await logInAndWait(page, "weiji");
  await page.getByRole("link", { name: /省级卫生村/ }).first().click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("请附上验收文件并核对累计数。");
  await expect(page.getByLabel(/省级卫生村/).first()).toHaveValue("57");
  await page.getByLabel(/省级卫生村/).first().fill("56");
  await page.getByLabel("进展情况说明").fill("经核对台账，累计56个村通过省级卫生村验收。");
  await page.getByLabel("证明材料（可多选）").setInputFiles({ name: "验收文件.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n验收") });
  await page.getByLabel(/审核通过后可向社会公开/).check();
  await page.getByRole("button", { name: "修改后重新提交" }).click();
  await expect(page.getByRole("status").first()).toHaveText("填报已提交，等待分管领导审核。");
  await logOut(page);

  // 4. The leader approves.
  await logInAndWait(page, "leader");
  await page.goto("/console/review");
  await expect(page.getByRole("heading", { level: 1, name: "待审核" })).toBeVisible();
  await page.getByRole("row").filter({ hasText: "省级卫生村" }).filter({ hasText: "卫生和计划生育办公室" }).getByRole("link").first().click();
  await expect(page.getByText("经核对台账，累计56个村")).toBeVisible();
  await page.getByRole("button", { name: "审核通过并公开" }).click();
  await expect(page.getByRole("status").filter({ hasText: "该填报已审核：已通过。" })).toBeVisible();
  await logOut(page);

  // 5. The public page shows it on the next load, with the evidence; the returned text never.
  await page.goto(publicUrl);
  await expect(page.getByText("经核对台账，累计56个村通过省级卫生村验收。")).toBeVisible();
  await expect(page.getByRole("table", { name: "指标" })).toContainText("56个");
  await expect(page.getByRole("link", { name: "验收文件.pdf" })).toBeVisible();
  await expect(page.getByText("累计57个")).toHaveCount(0);
  await expect(page.getByText("请附上验收文件")).toHaveCount(0);
});

test("an account is locked after 5 wrong passwords", async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await logIn(page, "anjian", `Wrong#password${i}`);
    await expect(page.getByText("用户名或密码错误")).toBeVisible();
  }
  await logIn(page, "anjian", "Liushi@2017demo");
  await expect(page.getByText("用户名或密码错误")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
