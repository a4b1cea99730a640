import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { measureScope } from "./scope";

export type AttachmentFile = { fileName: string; mimeType: string; storageKey: string; isPublished: boolean };

/**
 * An evidence file the viewer may download: published ones (approved report, marked public) to
 * anyone; others only to users who may see the measure in the console. Null otherwise.
 */
export async function getAttachmentForViewer(id: number, viewer: Actor | null): Promise<AttachmentFile | null> {
  const published = { isPublic: true, report: { reviewState: "APPROVED" as const } };
  const internal = viewer ? { report: { measure: measureScope(viewer) } } : null;
  const row = await getDb().attachment.findFirst({
    where: { id, OR: internal ? [published, internal] : [published] },
    select: { fileName: true, mimeType: true, storageKey: true, isPublic: true, report: { select: { reviewState: true } } },
  });
  if (!row) return null;
  return { fileName: row.fileName, mimeType: row.mimeType, storageKey: row.storageKey, isPublished: row.isPublic && row.report.reviewState === "APPROVED" };
}
