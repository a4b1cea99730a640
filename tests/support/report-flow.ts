// Small steps of the report workflow for integration tests: an officer of a measure submits
// through the real upload route and action (as the form does, with the measure's current version), a leader
// reviews. Each step returns the action's state.
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { approveProgressReport } from "@/lib/actions/approve-progress-report";
import { returnProgressReport } from "@/lib/actions/return-progress-report";
import type { ActionState } from "@/lib/actions/action";
import type { Db } from "@/lib/prisma-client";
import { signInAs } from "../integration/session";
import { actorOf } from "./db-utils";
import { withUploadedEvidence } from "./evidence-upload";

export type ReportFields = Record<string, string | Blob | string[] | Blob[]>;

/**
 * The username of an officer who reports on the measure: one of its departments (the scope the
 * actions check; other tests may have moved its lead department), the seeded account first.
 */
export async function officerOf(db: Db, measureId: number): Promise<string> {
  const user = await db.user.findFirstOrThrow({
    where: { role: "OFFICER", isActive: true, departments: { some: { department: { responsibleFor: { some: { measureId } } } } } },
    orderBy: { id: "asc" },
    select: { username: true },
  });
  return user.username;
}

/** Submits (or saves, intent "draft") a report as `username`, based on the measure's current version. */
export async function submitAs(db: Db, username: string, measureId: number, fields: ReportFields): Promise<ActionState> {
  signInAs(await actorOf(db, username));
  const { version } = await db.measure.findUniqueOrThrow({ where: { id: measureId }, select: { version: true } });
  const form = new FormData();
  const all: ReportFields = { measureId: String(measureId), status: "ON_TRACK", narrative: "按计划推进，本期完成阶段任务。", basedOnVersion: String(version), ...fields };
  for (const [k, v] of Object.entries(all)) for (const part of Array.isArray(v) ? v : [v]) form.append(k, part);
  const uploaded = await withUploadedEvidence(form);
  return uploaded.ok ? submitProgressReport(null, form) : uploaded;
}

export async function approveAs(db: Db, username: string, reportId: number): Promise<ActionState> {
  signInAs(await actorOf(db, username));
  return approveProgressReport(null, { reportId: String(reportId) });
}

export async function returnAs(db: Db, username: string, reportId: number, comment = "请核对台账并补充说明。"): Promise<ActionState> {
  signInAs(await actorOf(db, username));
  return returnProgressReport(null, { reportId: String(reportId), comment });
}

/** The id of a successful action, or a failed test naming the refusal. */
export function idOf(state: ActionState): number {
  if (!state.ok || state.id === undefined) throw new Error(`expected success, got ${JSON.stringify(state)}`);
  return state.id;
}

export const pdf = (name: string, text = "验收") => new File([new TextEncoder().encode(`%PDF-1.7\n${text}`)], name, { type: "application/pdf" });
