import { ScrollArea } from "@/components/ui/scroll-area";
import { getTranslations } from "next-intl/server";
import { DISPLAY_ORDER, type Status } from "@/lib/domain";

type Row = { name: string; rollup?: { counts: Record<Status, number>; progress: number } };

/** The numbers behind the strategy cards' bars, as a table. */
export async function StatusTable({ strategies }: { strategies: Row[] }) {
  const [t, ts] = await Promise.all([getTranslations("home"), getTranslations("status")]);
  return (
    <ScrollArea label={t("statusTable")} className="mt-6">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="text-left font-medium">{t("statusTable")}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="py-1 pr-2">{t("strategy")}</th>
            {DISPLAY_ORDER.map((s) => <th key={s} scope="col" className="py-1 pr-2">{ts(s)}</th>)}
            <th scope="col" className="py-1 pr-2">{t("overall")}</th>
          </tr>
        </thead>
        <tbody>
          {strategies.map((s) => (
            <tr key={s.name} className="border-b border-stone-100">
              <th scope="row" className="py-1 pr-2 text-left font-normal">{s.name}</th>
              {DISPLAY_ORDER.map((st) => <td key={st} className="py-1 pr-2 tabular-nums">{s.rollup?.counts[st] ?? 0}</td>)}
              <td className="py-1 pr-2 tabular-nums">{s.rollup ? `${Math.round(s.rollup.progress * 100)}%` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
