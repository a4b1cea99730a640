import { z } from "zod";
import { passwordProblems, PASSWORD_MAX } from "@/lib/auth/password-policy";
import { zCheckbox, zId, zIdList, zText } from "./common";

export const ROLES = ["ADMIN", "LEADER", "OFFICER"] as const;

const zPassword = z.string({ message: "请填写密码" }).max(PASSWORD_MAX * 4, "密码过长");

function refinePassword(ctx: z.RefinementCtx, password: string, username?: string, path = "password") {
  for (const message of passwordProblems(password, username)) ctx.addIssue({ code: "custom", path: [path], message });
}

/** Where reminders are e-mailed: "" clears it, a missing field keeps what is stored. */
const zEmail = z
  .string({ message: "电子邮箱格式无效" })
  .trim()
  .max(254, "电子邮箱过长")
  .refine((s) => s === "" || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s), "请填写有效的电子邮箱，或留空")
  .transform((s) => s || null)
  .optional();

const assignment = {
  displayName: zText("姓名或称谓", 50),
  email: zEmail,
  role: z.enum(ROLES, { message: "请选择角色" }),
  departmentIds: zIdList("部门"),
  strategyIds: zIdList("分管战略"),
};

export const ZCreateUser = z
  .object({
    username: z.string({ message: "请填写用户名" }).trim().toLowerCase().regex(/^[a-z0-9_.-]{3,64}$/, "用户名须为 3–64 位小写字母、数字或 _ . -"),
    password: zPassword,
    ...assignment,
  })
  .superRefine((u, ctx) => {
    refinePassword(ctx, u.password, u.username);
    if (u.role === "OFFICER" && u.departmentIds.length === 0) ctx.addIssue({ code: "custom", path: ["departmentIds"], message: "填报员至少属于一个部门" });
  });

export const ZUpdateUser = z
  .object({ userId: zId("用户编号"), isActive: zCheckbox, ...assignment })
  .superRefine((u, ctx) => {
    if (u.role === "OFFICER" && u.departmentIds.length === 0) ctx.addIssue({ code: "custom", path: ["departmentIds"], message: "填报员至少属于一个部门" });
  });

export const ZResetPassword = z
  .object({ userId: zId("用户编号"), password: zPassword })
  .superRefine((u, ctx) => refinePassword(ctx, u.password));

export const ZChangeOwnPassword = z
  .object({ currentPassword: z.string({ message: "请填写当前密码" }).min(1, "请填写当前密码").max(512), newPassword: zPassword, confirmPassword: z.string() })
  .superRefine((u, ctx) => {
    refinePassword(ctx, u.newPassword, undefined, "newPassword");
    if (u.newPassword !== u.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "两次输入的新密码不一致" });
    if (u.newPassword === u.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "新密码不能与当前密码相同" });
  });
