import "server-only";
import type { Tx } from "@/lib/actions/action";
import { cleanFileName } from "@/lib/validation/file-name";
import { ActionRefusal } from "@/lib/actions/action";
import { duplicateStoredFile, removeStoredFiles, storeFile } from "./storage";

type Accepted = { name: string; mime: string; bytes: Uint8Array };

/** Writes checked evidence files to disk and their rows to the report; files go if the transaction rolls back. */
export async function storeEvidence(
  tx: Tx,
  args: { files: Accepted[]; reportId: number; uploadedById: number; isPublic: boolean; onRollback: (undo: () => Promise<void>) => void },
) {
  const stored: { fileName: string; sha256: string; sizeBytes: number }[] = [];
  for (const file of args.files) {
    const { storageKey, sha256 } = await storeFile(file.bytes);
    args.onRollback(() => removeStoredFiles([storageKey]));
    const fileName = cleanFileName(file.name);
    await tx.attachment.create({
      data: { reportId: args.reportId, fileName, mimeType: file.mime, sizeBytes: file.bytes.byteLength, storageKey, sha256, isPublic: args.isPublic, uploadedById: args.uploadedById },
    });
    stored.push({ fileName, sha256, sizeBytes: file.bytes.byteLength });
  }
  return stored;
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
