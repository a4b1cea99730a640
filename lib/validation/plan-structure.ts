import { z } from "zod";
import { zDecimal, zId, zIdList, zIsoDay, zText } from "./common";

const zVersion = z.coerce.number({ message: "缺少版本号，请刷新页面" }).int().min(1, "版本号无效");

export const ZCreateDepartment = z.object({ code: z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9-]{1,31}$/, "部门代码须为 2–32 位小写字母、数字或 -"), name: zText("部门名称", 50) });
export const ZUpdateDepartment = z.object({ departmentId: zId("部门编号"), name: zText("部门名称", 50) });

export const ZUpdateMeasure = z.object({
  measureId: zId("举措编号"),
  version: zVersion,
  title: zText("举措内容", 500),
  leadDepartmentId: zId("牵头单位"),
  departmentIds: zIdList("责任单位"),
  weight: zDecimal("权重"),
  reportingCycle: z.enum(["MONTHLY", "QUARTERLY"], { message: "请选择填报周期" }),
  dueDay: z.coerce.number({ message: "截止日无效" }).int("截止日须为整数").min(1, "截止日须在 1–28 日之间").max(28, "截止日须在 1–28 日之间"),
});

export const ZUpdateIndicator = z
  .object({
    indicatorId: zId("指标编号"),
    version: zVersion,
    name: zText("指标名称", 100),
    unit: z.string().trim().max(10, "单位不超过 10 字"),
    baselineValue: zDecimal("基期值"),
    targetValue: zDecimal("目标值"),
    comparison: z.enum(["GTE", "GT", "EQ", "LTE"], { message: "请选择比较方式" }),
    deadline: zIsoDay("完成期限"),
  });

export const ZSaveMilestone = z.object({
  measureId: zId("举措编号"),
  version: zVersion,
  milestoneId: z.preprocess((v) => (v === "" ? undefined : v), zId("里程碑编号").optional()),
  name: zText("里程碑名称", 50),
  plannedDate: zIsoDay("计划完成日期"),
});
