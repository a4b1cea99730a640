// What the report form does with chosen files, for integration tests: each file goes to the real
// POST /api/evidence route first (as the signed-in test user), and the report carries the keys.
import { POST as postEvidence } from "@/app/api/evidence/route";
import type { ActionState } from "@/lib/actions/action";

export type Uploaded = { ok: true; key: string } | { ok: false; status: number; message: string };

/** Streams one file to POST /api/evidence. */
export async function uploadEvidence(file: Blob, name = (file as Partial<File>).name ?? "证明材料"): Promise<Uploaded> {
  const request = new Request("http://localhost/api/evidence", {
    method: "POST",
    body: file.stream(),
    headers: { "x-file-name": encodeURIComponent(name) },
    duplex: "half",
  } as RequestInit);
  const response = await postEvidence(request);
  const body = (await response.json()) as { ok: boolean; key?: string; message?: string };
  return body.ok && body.key ? { ok: true, key: body.key } : { ok: false, status: response.status, message: body.message ?? "" };
}

/**
 * Replaces the files under "evidence" in `form` by their upload keys; a refused upload is
 * returned as the form shows it (beside the file picker), and the report is not submitted.
 */
export async function withUploadedEvidence(form: FormData): Promise<{ ok: true } | ActionState> {
  const parts = form.getAll("evidence");
  form.delete("evidence");
  for (const part of parts) {
    if (typeof part === "string") {
      form.append("evidence", part);
      continue;
    }
    if (part.size === 0) continue;
    const uploaded = await uploadEvidence(part);
    if (!uploaded.ok) return { ok: false, code: "invalid", message: uploaded.message, fieldErrors: { evidence: [uploaded.message] } };
    form.append("evidence", uploaded.key);
  }
  return { ok: true };
}
