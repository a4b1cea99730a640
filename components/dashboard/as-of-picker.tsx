// Plain links: see docs/decisions/003 (the client router mixed up dynamic pages).
import { formatChineseDate, type IsoDate } from "@/lib/domain";

/**
 * The as-of date of a dashboard: a plain GET form (works without JavaScript, by keyboard) and
 * quick links to the plan's year-ends.
 */
export function AsOfPicker(props: {
  path: string;
  asOf: IsoDate;
  isDefault: boolean;
  invalid: boolean;
  links: { label: string; asOf: IsoDate }[];
  defaultAsOf: IsoDate;
  planEnd: IsoDate;
}) {
  const { path, asOf, links } = props;
  return (
    <div className="mt-4 rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <form method="get" action={path} className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="asOf" className="block text-stone-600">查看截至某日的情况</label>
          <input id="asOf" name="asOf" type="date" defaultValue={asOf} min="1990-01-01" max="2100-12-31" required className="mt-1 rounded border border-stone-300 px-2 py-1" />
        </div>
        <button type="submit" className="rounded bg-brand-800 px-3 py-1.5 text-white hover:bg-brand-700">查看</button>
        <p className="basis-full text-stone-800 sm:basis-auto sm:pl-2" aria-live="polite">
          数据截至 <strong>{formatChineseDate(asOf)}</strong>
          {props.isDefault ? <span className="text-stone-500">{props.defaultAsOf === props.planEnd ? "（规划期已结束，默认显示期末）" : "（默认显示今天）"}</span> : null}
        </p>
      </form>
      {props.invalid ? <p role="alert" className="mt-2 text-red-700">日期无效，已显示默认日期。请按“年-月-日”选择日期。</p> : null}
      <nav aria-label="快速选择日期" className="mt-2 flex flex-wrap gap-2">
        {links.map((l) => (
          <a
            key={l.asOf}
            href={l.asOf === props.defaultAsOf ? path : `${path}?asOf=${l.asOf}`}
           
            aria-current={l.asOf === asOf ? "true" : undefined}
            className={`rounded-full border px-3 py-1 ${l.asOf === asOf ? "border-brand-800 bg-brand-800 text-white" : "border-stone-300 text-stone-800 hover:bg-stone-100"}`}
          >
            {l.label}
          </a>
        ))}
      </nav>
    </div>
  );
}
