"use client";
import { useState } from "react";

// Files that go with the report without being chosen again: those of the returned or withdrawn
// report it revises, of the pending report it replaces, or already on the officer's draft. Each
// can be removed (posted as dropEvidence); what is not removed is submitted with the report. The
// choice lives in state and hidden fields, which a refused form's reset leaves as they were.

export type ExistingFile = { id: number; fileName: string; isPublic: boolean };

export function ExistingEvidence({ files, note }: { files: ExistingFile[]; note: string }) {
  const [dropped, setDropped] = useState<number[]>([]);
  if (files.length === 0) return null;
  const toggle = (id: number) => setDropped((d) => (d.includes(id) ? d.filter((x) => x !== id) : [...d, id]));
  const kept = files.length - dropped.length;
  return (
    <section aria-labelledby="existing-evidence" className="rounded border border-stone-200 bg-stone-50 p-3">
      <h3 id="existing-evidence" className="text-sm font-medium">已有的证明材料（{kept} 个将随本次填报提交）</h3>
      <p className="text-xs text-stone-700">{note}</p>
      <ul className="mt-1 space-y-1 text-sm">
        {files.map((f) => {
          const isDropped = dropped.includes(f.id);
          return (
            <li key={f.id} className="flex flex-wrap items-center gap-2">
              <a href={`/api/attachments/${f.id}`} className={`break-all text-blue-800 underline ${isDropped ? "line-through opacity-60" : ""}`}>{f.fileName}</a>
              <span className="text-xs text-stone-500">{isDropped ? "（已移除，不随本次填报提交）" : f.isPublic ? "（审核通过后公开）" : "（仅内部）"}</span>
              <button type="button" onClick={() => toggle(f.id)} aria-pressed={isDropped} aria-label={`移除“${f.fileName}”`}
                className="rounded border border-stone-300 px-2 text-xs hover:bg-stone-100">{isDropped ? "撤销移除" : "移除"}</button>
              {isDropped && <input type="hidden" name="dropEvidence" value={f.id} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
