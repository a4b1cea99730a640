import "server-only";
import type { Tx } from "@/lib/actions/action";
import { ActionRefusal } from "@/lib/actions/action";
import { claimStaged, type StagedEvidence } from "./staged-upload";
import { duplicateStoredFile, removeStoredFiles } from "./storage";

/**
 * Moves checked, staged evidence files (already on disk, named and typed at upload) into the
 * evidence folder and writes their rows to the report; files go if the transaction rolls back.
 */
export async function storeEvidence(
  tx: Tx,
  args: { files: StagedEvidence[]; reportId: number; uploadedById: number; isPublic: boolean; onRollback: (undo: () => Promise<void>) => void },
) {
  for (const file of args.files) {
    let storageKey: string;
    try {
      storageKey = await claimStaged(file);
    } catch (error) {
      console.error(`[evidence] staged file ${file.key} cannot be claimed`, error);
      throw new ActionRefusal("部分证明材料已失效，请重新选择文件后再提交。", "invalid", { evidence: [`文件“${file.fileName}”已失效，请重新选择`] });
    }
    args.onRollback(() => removeStoredFiles([storageKey]));
    await tx.attachment.create({
      data: { reportId: args.reportId, fileName: file.fileName, mimeType: file.mime, sizeBytes: file.sizeBytes, storageKey, sha256: file.sha256, isPublic: args.isPublic, uploadedById: args.uploadedById },
    });
  }
}

/**
 * The evidence of a returned, withdrawn or replaced report carried over to the report that takes
 * its place, except the files the officer removed: each file keeps its name, type, hash and
 * publication choice, under a new stored name (the old report keeps its own files: history).
 */
export async function carryEvidence(
  tx: Tx,
  args: { fromReportId: number; toReportId: number; drop: number[]; onRollback: (undo: () => Promise<void>) => void },
) {
  const files = await tx.attachment.findMany({ where: { reportId: args.fromReportId, id: { notIn: args.drop } }, orderBy: { id: "asc" } });
  for (const file of files) {
    let storageKey: string;
    try {
      storageKey = await duplicateStoredFile(file.storageKey);
    } catch (error) {
      console.error(`[evidence] attachment ${file.id} cannot be carried over`, error);
      throw new ActionRefusal(`证明材料“${file.fileName}”的文件已无法读取：请在表单中移除它后重新提交，并告知系统管理员。`, "failed", {
        evidence: [`文件“${file.fileName}”已无法读取`],
      });
    }
    args.onRollback(() => removeStoredFiles([storageKey]));
    const { id: _id, reportId: _r, createdAt: _c, storageKey: _k, ...kept } = file;
    await tx.attachment.create({ data: { ...kept, reportId: args.toReportId, storageKey } });
  }
}
