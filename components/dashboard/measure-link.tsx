// Plain links: see docs/decisions/003 (the client router mixed up dynamic pages).
import type { MeasureStatusDetail } from "@/lib/dal/status";
import { KIND_LABEL } from "@/lib/labels";

/** A measure's title, linking to its drill-down page (keeping the as-of day). */
export function MeasureLink({ m, query }: { m: MeasureStatusDetail; query: string }) {
  return (
    <>
      <span className="mr-1 rounded bg-stone-200 px-1 text-xs text-stone-700">{KIND_LABEL[m.kind]}</span>
      {/* Lists hold up to a hundred of these: no prefetching of every measure page. */}
      <a href={`/console/dashboard/${m.strategyCode}/${m.taskAreaCode}/${m.code}${query}`} className="text-blue-800 underline underline-offset-2">
        {m.title}
      </a>
      <span className="ml-1 font-mono text-xs text-stone-500">{m.code}</span>
    </>
  );
}
