"use client";
import { useState } from "react";
import { ACCEPTED_EXTENSIONS, checkEvidenceFile, MAX_EVIDENCE_FILES } from "@/lib/evidence/file-type";

// Evidence files chosen for a report. The files live in the form's state, not in the file input:
// a refused form keeps them (React resets the input after every action), and the same checks as
// the server's (size, type by extension and first bytes) run here first, so a 30 MB file is never
// uploaded to be refused. The button and the list are Chinese whatever the browser's language.

async function checkFile(file: File) {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return checkEvidenceFile({ name: file.name, size: file.size, head });
}

type Uploaded = { ok: true; keys: string[] } | { ok: false; errors: string[] };

/**
 * Streams each file to POST /api/evidence (one request per file) and returns the keys it gives.
 * `sent`: the keys of files this form already sent (a refused report is sent again with them,
 * not with the files again); the new ones are added to it.
 */
export async function uploadEvidence(files: File[], sent: Map<File, string> = new Map()): Promise<Uploaded> {
  const keys: string[] = [];
  for (const file of files) {
    const known = sent.get(file);
    if (known) {
      keys.push(known);
      continue;
    }
    let answer: { ok: boolean; key?: string; message?: string } | null = null;
    try {
      const response = await fetch("/api/evidence", { method: "POST", body: file, headers: { "X-File-Name": encodeURIComponent(file.name) } });
      answer = await response.json().catch(() => ({ ok: false, message: `文件“${file.name}”上传失败（${response.status}）` }));
    } catch {
      answer = { ok: false, message: `文件“${file.name}”上传失败，请检查网络后重试` };
    }
    if (!answer?.ok || !answer.key) return { ok: false, errors: [answer?.message ?? `文件“${file.name}”上传失败`] };
    sent.set(file, answer.key);
    keys.push(answer.key);
  }
  return { ok: true, keys };
}

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

function size(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function EvidencePicker({ files, onChange, serverErrors }: { files: File[]; onChange: (files: File[]) => void; serverErrors?: string[] }) {
  const [errors, setErrors] = useState<string[]>([]);
  const choose = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = ""; // the same file may be chosen again after removing it
    const checks = await Promise.all(chosen.map(checkFile));
    const problems = checks.flatMap((c) => (c.ok ? [] : [c.message]));
    const next = [...files];
    chosen.forEach((file, i) => {
      if (checks[i].ok && !next.some((f) => sameFile(f, file))) next.push(file);
    });
    if (next.length > MAX_EVIDENCE_FILES) problems.push(`一次最多上传 ${MAX_EVIDENCE_FILES} 个文件，多出的未加入`);
    onChange(next.slice(0, MAX_EVIDENCE_FILES));
    setErrors(problems);
  };
  const shown = [...errors, ...(serverErrors ?? [])];
  return (
    <div>
      <p className="text-sm font-medium">证明材料（可多选）</p>
      <p id="evidence-hint" className="text-xs text-stone-600">PDF、图片（PNG/JPG/WebP）或 Office 文档，每个不超过 20 MB，最多 {MAX_EVIDENCE_FILES} 个。</p>
      <input id="evidence" type="file" multiple accept={ACCEPTED_EXTENSIONS} className="peer sr-only"
        aria-describedby="evidence-hint evidence-chosen evidence-error" onChange={(e) => void choose(e.currentTarget)} />
      <label htmlFor="evidence"
        className="mt-1 inline-block cursor-pointer rounded border border-stone-400 bg-white px-3 py-1.5 text-sm hover:bg-stone-100 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-blue-700">
        选择文件
      </label>
      <div id="evidence-chosen" aria-live="polite" className="mt-1 text-sm">
        {files.length === 0 ? (
          <p className="text-stone-600">未选择文件</p>
        ) : (
          <>
            <p>已选择 {files.length} 个文件：</p>
            <ul className="mt-1 space-y-1">
              {files.map((f) => (
                <li key={`${f.name}:${f.size}:${f.lastModified}`} className="flex flex-wrap items-center gap-2">
                  <span className="break-all">{f.name}</span>
                  <span className="text-xs text-stone-500">{size(f.size)}</span>
                  <button type="button" onClick={() => onChange(files.filter((x) => !sameFile(x, f)))} aria-label={`移除“${f.name}”`}
                    className="rounded border border-stone-300 px-2 text-xs hover:bg-stone-100">移除</button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p id="evidence-error" className="mt-1 text-sm text-red-700" aria-live="polite">{shown.join("；")}</p>
    </div>
  );
}
