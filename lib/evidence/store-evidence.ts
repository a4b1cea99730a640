import "server-only";
import type { Tx } from "@/lib/actions/action";
import { cleanFileName } from "@/lib/validation/file-name";
import { removeStoredFiles, storeFile } from "./storage";

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
