import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import type { IsoDate } from "@/lib/domain";
import { reportingToday } from "@/lib/reporting/today";
import { dutiesOf, inCurrentPlan, measureDutySelect, ofCurrentPlan, type MeasureDuties } from "./duties";
import { measureScope, reviewScope } from "./scope";

// 通知中心: what needs the user's attention. An officer: reports overdue (per measure the latest
// overdue period and how many), reports due soon, reports returned for revision, leaders'
// reminders not yet answered by a report. A leader: reports awaiting their review. The header
// badge counts the same items with the same single statement.

export type DutyItem = {
  measureId: number;
  code: string;
  title: string;
  periodKey: string;
  periodLabel: string;
  due: IsoDate;
  /** How many periods of the measure are overdue (the item names the latest). */
  overdueCount: number;
};

export type ReturnedItem = { reportId: number; measureId: number; code: string; title: string; periodEnd: IsoDate; comment: string; reviewedAt: string };

export type ReminderItem = { id: number; measureId: number; code: string; title: string; message: string; sender: string; createdAt: string };

export type OfficerInbox = {
  today: IsoDate;
  overdue: DutyItem[];
  dueSoon: DutyItem[];
  returned: ReturnedItem[];
  reminders: ReminderItem[];
  /** What the header badge shows: the number of items above. */
  count: number;
};

const officerSelect = {
  ...measureDutySelect,
  reminders: {
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, message: true, createdAt: true, sender: { select: { displayName: true } } },
  },
} as const;

/** The officer's inbox on `today` (default: the reference day): one SQL statement. */
export async function getOfficerInbox(actor: Actor, today: IsoDate = reportingToday()): Promise<OfficerInbox> {
  const rows = ofCurrentPlan(await getDb().measure.findMany({ where: { AND: [measureScope(actor), inCurrentPlan] }, orderBy: { code: "asc" }, select: officerSelect }));
  const inbox: OfficerInbox = { today, overdue: [], dueSoon: [], returned: [], reminders: [], count: 0 };
  for (const row of rows) {
    const d = dutiesOf(row, today);
    const latest = d.duty.overdue[0];
    if (latest) inbox.overdue.push(item(d, latest.period, d.duty.overdue.length));
    if (d.duty.dueSoon) inbox.dueSoon.push(item(d, d.duty.dueSoon.period, d.duty.overdue.length));
    for (const r of d.returned) inbox.returned.push({ ...r, measureId: d.measureId, code: d.code, title: d.title });
    // A reminder stays until a report of the measure is submitted after it.
    for (const r of row.reminders) {
      if (d.lastSubmittedAt && d.lastSubmittedAt > r.createdAt.toISOString()) continue;
      inbox.reminders.push({ id: r.id, measureId: d.measureId, code: d.code, title: d.title, message: r.message, sender: r.sender.displayName, createdAt: r.createdAt.toISOString() });
    }
  }
  inbox.overdue.sort((a, b) => b.overdueCount - a.overdueCount || a.code.localeCompare(b.code));
  inbox.dueSoon.sort((a, b) => a.due.localeCompare(b.due) || a.code.localeCompare(b.code));
  inbox.reminders.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  inbox.count = inbox.overdue.length + inbox.dueSoon.length + inbox.returned.length + inbox.reminders.length;
  return inbox;
}

function item(d: MeasureDuties, period: { key: string; label: string; due: IsoDate }, overdueCount: number): DutyItem {
  return { measureId: d.measureId, code: d.code, title: d.title, periodKey: period.key, periodLabel: period.label, due: period.due, overdueCount };
}

/** The header badge: the number of inbox items, one SQL statement. */
export async function getInboxCount(actor: Actor): Promise<number> {
  if (actor.mustChangePassword) return 0;
  if (actor.role === "OFFICER") return (await getOfficerInbox(actor)).count;
  if (actor.role === "LEADER") return getDb().progressReport.count({ where: { reviewState: "SUBMITTED", measure: { AND: [reviewScope(actor), inCurrentPlan] } } });
  return 0;
}
