import "server-only";
import { Prisma } from "@/generated/prisma/client.ts";
import { removeStoredFiles } from "@/lib/evidence/storage";
import { ActionRefusal, type Tx } from "./action";

// At most one report per measure and period awaits review (issue 12). The database holds the rule
// (the partial unique index progress_report_one_pending_key); these helpers keep to it and turn
// a write that still collides (a concurrent import) into a clear refusal.

const ONE_PENDING_INDEX = "progress_report_one_pending_key";

export const PENDING_CONFLICT = "该举措同一填报期刚刚有另一份填报提交审核。为免互相覆盖，本次未保存：请刷新页面核对后重新提交。";

/** Withdraws the report awaiting review for this measure and period, if any, and returns it. */
export async function replacePendingReport(tx: Tx, args: { measureId: number; periodEnd: Date }) {
  const pending = await tx.progressReport.findFirst({
    where: { measureId: args.measureId, periodEnd: args.periodEnd, reviewState: "SUBMITTED" },
    select: { id: true },
  });
  if (!pending) return null;
  const moved = await tx.progressReport.updateMany({ where: { id: pending.id, reviewState: "SUBMITTED" }, data: { reviewState: "WITHDRAWN" } });
  // A leader's verdict got there first: that report is reviewed, not replaced.
  if (moved.count !== 1) throw new ActionRefusal("该填报期待审核的填报刚刚已被审核，请刷新页面查看后再提交。", "conflict");
  return pending;
}

/** Moves reports from draft to submitted; a second pending report for a period is a conflict. */
export async function markSubmitted(tx: Tx, ids: number | number[]) {
  try {
    await tx.progressReport.updateMany({
      where: { id: { in: Array.isArray(ids) ? ids : [ids] } },
      data: { reviewState: "SUBMITTED", submittedAt: new Date() },
    });
  } catch (error) {
    if (isOnePendingViolation(error)) throw new ActionRefusal(PENDING_CONFLICT, "conflict");
    throw error;
  }
}

function isOnePendingViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  return error instanceof Error && error.message.includes(ONE_PENDING_INDEX);
}

/** Removes the files an officer took off their own draft (its rows now, its files once committed). */
export async function dropDraftEvidence(tx: Tx, args: { reportId: number; ids: number[]; afterCommit: (work: () => Promise<void>) => void }) {
  const files = await tx.attachment.findMany({ where: { reportId: args.reportId, id: { in: args.ids } }, select: { id: true, storageKey: true } });
  if (files.length === 0) return;
  await tx.attachment.deleteMany({ where: { id: { in: files.map((f) => f.id) } } });
  args.afterCommit(() => removeStoredFiles(files.map((f) => f.storageKey)));
}

/** Refuses to approve a report when a newer one for the same period is already approved. */
export async function assertNoNewerApproval(tx: Tx, report: { id: number; measureId: number; periodEnd: Date }) {
  const newer = await tx.progressReport.findFirst({
    where: { measureId: report.measureId, periodEnd: report.periodEnd, reviewState: "APPROVED", id: { gt: report.id } },
    select: { id: true },
  });
  if (newer) {
    throw new ActionRefusal(
      `${report.periodEnd.toISOString().slice(0, 7)} 已有更新的填报审核通过，这份较早的填报不能再通过（否则会用旧数据覆盖新数据）。请退回，如需更正请填报人重新填报。`,
      "conflict",
    );
  }
}
