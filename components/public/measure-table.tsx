import { ScrollArea } from "@/components/ui/scroll-area";
import { getTranslations } from "next-intl/server";
import type { PublicMeasureRow } from "@/lib/dal/public/measure-list";
import { StatusBadge } from "./status-badge";
import { ProgressBar } from "./progress-bar";
import { PublicLink } from "@/components/public/public-link";

/** Measures with status, progress bar, lead department and deadline; a real table for screen readers. */
export async function MeasureTable({ rows, caption, base = "" }: { rows: PublicMeasureRow[]; caption: string; /** A past plan's /plans/<code>. */ base?: string }) {
  const t = await getTranslations("strategy");
  return (
    <ScrollArea label={caption}>
      <table className="data-table cards">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("measure")}</th>
            <th scope="col" className="w-28">{t("status")}</th>
            <th scope="col" className="w-36">{t("progress")}</th>
            <th scope="col" className="w-32">{t("lead")}</th>
            <th scope="col" className="w-24">{t("deadline")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <td className={r.depth ? "sub" : undefined}>
                <PublicLink href={`${base}/measures/${r.code}`}>{r.title}</PublicLink>
                <small>{r.code}</small>
              </td>
              <td data-label={t("status")}><StatusBadge status={r.status} title={r.reason} /></td>
              <td data-label={t("progress")}><ProgressBar value={r.progress} status={r.status} label={`${r.code} ${t("progress")}`} /></td>
              <td data-label={t("lead")}>{r.leadDepartment}</td>
              <td data-label={t("deadline")} className="whitespace-nowrap">{r.deadline ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
