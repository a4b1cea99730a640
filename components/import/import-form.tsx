"use client";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/actions/action";
import type { ImportResult } from "@/lib/import/result";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { ImportResultTable } from "./import-result-table";

type ImportAction = (prev: ActionState<ImportResult> | null, data: FormData) => Promise<ActionState<ImportResult>>;

/**
 * Choose a file, check it (a dry run: nothing is written), then import it. The file stays in
 * this component between the two steps, so the import sends exactly the file that was checked.
 */
export function ImportForm({ action, id, fields }: { action: ImportAction; id: string; /** Sent with the file, e.g. the plan imported into. */ fields?: Record<string, string> }) {
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<ActionState<ImportResult> | null>(null);
  const [checked, setChecked] = useState<File | null>(null);
  const [pending, start] = useTransition();
  const tooLarge = file !== null && file.size > MAX_IMPORT_BYTES;

  const run = (dryRun: boolean) => {
    if (!file) return;
    const data = new FormData();
    data.set("file", file);
    data.set("dryRun", String(dryRun));
    for (const [k, v] of Object.entries(fields ?? {})) data.set(k, v);
    start(async () => {
      const result = await action(null, data);
      setState(result);
      setChecked(dryRun && result.ok && result.data && result.data.invalid === 0 ? file : null);
    });
  };
  const canImport = checked !== null && checked === file && !pending;
  const fileErrors = state && !state.ok ? state.fieldErrors?.file : undefined;

  return (
    <div className="mt-3 space-y-3">
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium">选择文件（.xlsx 或 .csv，不超过 2 MB、2000 行）</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={`${id}-file-error`}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setState(null);
            setChecked(null);
          }}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-stone-400 file:bg-white file:px-3 file:py-1.5"
        />
        <p id={`${id}-file-error`} className="mt-1 text-sm text-red-700" aria-live="polite">
          {tooLarge ? "文件超过 2 MB 的上限，请分成几个文件导入。" : fileErrors?.join("；")}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={() => run(true)} disabled={!file || tooLarge || pending}
          className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-red-50 disabled:opacity-50">
          {pending ? "正在处理…" : "检查（不写入）"}
        </button>
        <button type="button" onClick={() => run(false)} disabled={!canImport}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-50">
          导入
        </button>
      </div>
      <div role="status" aria-live="polite" className="space-y-2">
        {state && <p className={state.ok && (!state.data || state.data.invalid === 0) ? "text-green-800" : "text-red-700"}>{state.message}</p>}
        {state?.ok && state.data && <p className="text-sm text-stone-700">文件：{state.data.fileName}</p>}
      </div>
      {state?.ok && state.data && <ImportResultTable result={state.data} />}
      {state && !state.ok && state.fieldErrors && Object.keys(state.fieldErrors).some((k) => k.startsWith("rows.")) && (
        <ul className="list-disc pl-5 text-sm text-red-800">
          {Object.entries(state.fieldErrors).filter(([k]) => k.startsWith("rows.")).map(([k, messages]) => (
            <li key={k}>第 {k.slice(5)} 行：{messages.join("；")}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
