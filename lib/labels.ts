// Chinese labels of the enums, one place for every page.
import { STATUS_LABEL_ZH } from "@/lib/domain/status-display";
import type { ProgressStatus, ReviewState, Role, MeasureKind, Comparison } from "@/generated/prisma/enums.ts";

/** The status an officer reports: the same words as the engine's statuses (lib/domain/status-display.ts). */
export const STATUS_LABEL: Record<ProgressStatus, string> = {
  NOT_STARTED: STATUS_LABEL_ZH.NOT_STARTED,
  ON_TRACK: STATUS_LABEL_ZH.ON_TRACK,
  AT_RISK: STATUS_LABEL_ZH.AT_RISK,
  LAGGING: STATUS_LABEL_ZH.LAGGING,
  DONE: STATUS_LABEL_ZH.DONE,
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
