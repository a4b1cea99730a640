import { z } from "zod";
import { zId, zText } from "./common";

export const REMINDER_MAX = 500;

export const ZSendReminder = z.object({
  measureId: zId("举措编号"),
  // PostgreSQL text cannot hold NUL; other control characters are no one's intent either.
  message: zText("催办内容", REMINDER_MAX).refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), "催办内容含有无效字符"),
});
