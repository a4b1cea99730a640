"use server";
import { getRemindableMeasure } from "@/lib/dal/reminders";
import { sendMail } from "@/lib/notify/mail";
import { reportingToday } from "@/lib/reporting/today";
import { ZSendReminder } from "@/lib/validation/reminder";
import { ActionRefusal, defineAction } from "./action";
import { assertMeasurePlanWritable } from "./plan-guard";

/**
 * A leader reminds (催办) the departments of a lagging or overdue measure in their review scope.
 * The officers see it in their inbox until they submit a report; those with an e-mail address
 * get it by mail too when SMTP is configured (after the commit, never failing the action).
 */
export const sendReminder = defineAction({
  name: "reminder.send",
  roles: ["LEADER"],
  schema: ZSendReminder,
  run: async ({ tx, actor, input, afterCommit }) => {
    const measure = await getRemindableMeasure(tx, actor, input.measureId, reportingToday());
    if (!measure) throw new ActionRefusal("未找到该举措，或不在您分管的范围内。", "not_found");
    await assertMeasurePlanWritable(tx, measure.id, "report");
    if (!measure.remindable) {
      throw new ActionRefusal("该举措进展正常、填报及时，无需催办。只能对滞后、逾期或逾期未报的举措催办。", "invalid", {
        measureId: ["该举措无需催办"],
      });
    }
    const reminder = await tx.reminder.create({ data: { measureId: measure.id, senderId: actor.id, message: input.message }, select: { id: true } });
    afterCommit(async () => {
      await sendMail({
        to: measure.emails,
        subject: `【催办】${measure.code} ${measure.title.slice(0, 40)}`,
        text: `${actor.displayName}催办：${input.message}\n\n举措：${measure.code} ${measure.title}\n` +
          (measure.overdue.length ? `逾期未报：${measure.overdue.slice(0, 3).join("、")}${measure.overdue.length > 3 ? ` 等 ${measure.overdue.length} 期` : ""}\n` : "") +
          (measure.reason ? `状态：${measure.reason}\n` : "") +
          "\n请登录柳市镇规划实施监测平台，在“通知中心”查看并填报。",
      });
    });
    return {
      id: reminder.id,
      message: `已向 ${measure.code} 的责任单位发出催办。`,
      audit: {
        objectType: "reminder",
        objectId: reminder.id,
        after: { measure: measure.code, message: input.message, status: measure.status, overdue: measure.overdue.slice(0, 5), emailed: measure.emails.length },
      },
    };
  },
});
