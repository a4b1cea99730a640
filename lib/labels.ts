// Chinese labels of the enums, one place for every page.
import type { ProgressStatus, ReviewState, Role, MeasureKind, Comparison } from "@/generated/prisma/enums.ts";

export const STATUS_LABEL: Record<ProgressStatus, string> = {
  NOT_STARTED: "未启动",
  ON_TRACK: "正常推进",
  AT_RISK: "存在风险",
  LAGGING: "滞后",
  DONE: "已完成",
};

export const REVIEW_LABEL: Record<ReviewState, string> = {
  DRAFT: "草稿",
  SUBMITTED: "待审核",
  APPROVED: "已通过",
  RETURNED: "已退回",
  WITHDRAWN: "已撤回",
};

export const ROLE_LABEL: Record<Role, string> = { ADMIN: "系统管理员", LEADER: "分管领导", OFFICER: "科室填报员" };

export const KIND_LABEL: Record<MeasureKind, string> = { MEASURE: "举措", PROJECT: "项目" };

export const COMPARISON_LABEL: Record<Comparison, string> = { GTE: "≥", GT: ">", EQ: "=", LTE: "≤" };
