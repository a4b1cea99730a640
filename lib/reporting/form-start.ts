// Where an officer's report form starts (pure; the console measure page passes in the measure's
// recent reports, newest first): their own draft, else a returned report to revise, else a report
// they withdrew (not yet replaced by a later one of its period), else a blank form. The files of
// the report it revises (or of the draft) go with it unless removed, and the form says so.

/** The parts of a report summary (lib/dal/measures.ts) the form starts from. */
import type { ReportSummary } from "@/lib/dal/measures";

export type FormStartReport = Pick<
  ReportSummary,
  "id" | "period" | "status" | "reviewState" | "narrative" | "percentComplete" | "authorId" | "reviewComment" | "revised" | "revisesId" | "values" | "milestones" | "attachments"
>;

export type FormStart = {
  draftId?: number;
  revisesId?: number;
  period: string;
  status?: string;
  narrative?: string;
  percentComplete?: number | null;
  values: Record<string, string>;
  milestones: Record<string, string>;
  evidence: { id: number; fileName: string; isPublic: boolean }[];
  evidenceNote: string;
};

export type FormStartResult = { start: FormStart; from: "draft" | "returned" | "withdrawn" | "blank"; returnedComment: string | null };

export function reportFormStart(reports: FormStartReport[], userId: number, defaultPeriod: string): FormStartResult {
  const draft = reports.find((r) => r.reviewState === "DRAFT" && r.authorId === userId);
  if (draft) {
    return {
      from: "draft",
      returnedComment: null,
      start: { ...contentOf(draft), draftId: draft.id, revisesId: draft.revisesId ?? undefined, evidenceNote: "草稿中已上传的材料，将随本次填报提交。" },
    };
  }
  const returned = reports.find((r) => r.reviewState === "RETURNED" && !r.revised);
  if (returned) {
    return {
      from: "returned",
      returnedComment: returned.reviewComment,
      start: { ...contentOf(returned), revisesId: returned.id, evidenceNote: "被退回的填报所附材料，将随修改后的填报一并提交；不需要的可移除。" },
    };
  }
  const withdrawn = reports.find(
    (r) => r.reviewState === "WITHDRAWN" && !r.revised && !reports.some((x) => x.period === r.period && x.id > r.id && x.reviewState !== "DRAFT"),
  );
  if (withdrawn) {
    return {
      from: "withdrawn",
      returnedComment: null,
      start: { ...contentOf(withdrawn), revisesId: withdrawn.id, evidenceNote: "撤回的填报所附材料，将随修改后的填报一并提交；不需要的可移除。" },
    };
  }
  return { from: "blank", returnedComment: null, start: { period: defaultPeriod, values: {}, milestones: {}, evidence: [], evidenceNote: "" } };
}

function contentOf(r: FormStartReport) {
  return { period: r.period, status: r.status, narrative: r.narrative, percentComplete: r.percentComplete, values: r.values, milestones: r.milestones, evidence: r.attachments };
}
