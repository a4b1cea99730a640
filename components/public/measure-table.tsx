import { ScrollArea } from "@/components/ui/scroll-area";
import { getTranslations } from "next-intl/server";
import type { PublicMeasureRow } from "@/lib/dal/public/measure-list";
import { StatusBadge } from "./status-badge";
import { ProgressBar } from "./progress-bar";

/** Measures with status, progress bar, lead department and deadline; a real table for screen readers. */
export async function MeasureTable({ rows, caption }: { rows: PublicMeasureRow[]; caption: string }) {
  const t = await getTranslations("strategy");
  return (
    <ScrollArea label={caption}>
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="py-2 pr-2">{t("measure")}</th>
            <th scope="col" className="w-28 py-2 pr-2">{t("status")}</th>
            <th scope="col" className="w-36 py-2 pr-2">{t("progress")}</th>
            <th scope="col" className="w-32 py-2 pr-2">{t("lead")}</th>
            <th scope="col" className="w-24 py-2 pr-2">{t("deadline")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className="border-b border-stone-100 align-top">
              <td className={`py-2 pr-2 ${r.depth ? "pl-5" : ""}`}>
                <a href={`/measures/${r.code}`} className="text-blue-800 underline-offset-2 hover:underline">{r.title}</a>
                <div className="text-xs text-stone-500">{r.code}</div>
              </td>
              <td className="py-2 pr-2"><StatusBadge status={r.status} title={r.reason} /></td>
              <td className="py-2 pr-2"><ProgressBar value={r.progress} status={r.status} label={`${r.code} ${t("progress")}`} /></td>
              <td className="py-2 pr-2">{r.leadDepartment}</td>
              <td className="py-2 pr-2 whitespace-nowrap">{r.deadline ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
