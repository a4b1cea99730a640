"use client";
import { useState } from "react";
import type { ImportResult } from "@/lib/import/result";

/** Each row's result: what it does, or what is wrong with it. */
export function ImportResultTable({ result }: { result: ImportResult }) {
  const [onlyErrors, setOnlyErrors] = useState(result.invalid > 0);
  const rows = onlyErrors ? result.rows.filter((r) => !r.ok) : result.rows;
  return (
    <div>
      {result.invalid > 0 && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} /> 只显示有误的行（{result.invalid} 行）
        </label>
      )}
      <div className="mt-2 max-h-[32rem] overflow-auto rounded border border-stone-200 bg-white">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <caption className="sr-only">逐行检查结果：{result.rows.length} 行，其中 {result.invalid} 行有误</caption>
          <thead className="sticky top-0 bg-stone-100">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">行号</th>
              <th scope="col" className="px-2 py-1 text-left">结果</th>
              <th scope="col" className="px-2 py-1 text-left">内容 / 错误</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.line} className={`border-t border-stone-100 align-top ${r.ok ? "" : "bg-red-50"}`}>
                <td className="px-2 py-1 tabular-nums">{r.line}</td>
                <td className={`whitespace-nowrap px-2 py-1 ${r.ok ? "text-green-800" : "font-medium text-red-800"}`}>
                  {r.ok ? (result.committed ? "已导入" : "可导入") : "有误"}
                </td>
                <td className="px-2 py-1">
                  {r.summary && <div>{r.summary}</div>}
                  {r.errors.length > 0 && <ul className="list-disc pl-4 text-red-800">{r.errors.map((e) => <li key={e}>{e}</li>)}</ul>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
