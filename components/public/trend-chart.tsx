import { getTranslations } from "next-intl/server";
import { formatNumber, withUnit } from "@/lib/domain";
import { chartScale, type ChartPoint } from "./trend-chart-scale";

// An indicator's approved values against its expected path (计划进度线) and its target, drawn on
// the server as SVG: no chart library reaches the browser. The numbers are in the table the page
// puts beside it (the accessible alternative); the SVG is a picture of them, summarised in its
// aria-label. The viewBox is a phone's width, so on a 390 px screen the text is drawn at its size.

const W = 360;
const H = 240;
const BOX = { left: 44, right: 12, top: 30, bottom: 40 };
const COLOUR = { actual: "#9f1d1d", expected: "#57534e", target: "#1e3a8a", grid: "#e7e5e4", axis: "#78716c", text: "#44403c" };

type Props = {
  name: string;
  unit: string;
  /** Approved values, oldest first. */
  points: ChartPoint[];
  target: number;
  /** The plan's side, where the page has it: the expected path's corners and today's expected value. */
  plan?: { path: ChartPoint[]; deadline: string; asOf: string; expected: number };
};

/** Points of a polyline, in SVG coordinates. */
const polyline = (ps: { x: number; y: number }[]) => ps.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");

export async function TrendChart({ name, unit, points, target, plan }: Props) {
  if (points.length < 2) return null;
  const t = await getTranslations("measure");
  const path = plan?.path ?? [];
  const s = chartScale({ points, path, target, box: { x0: BOX.left, x1: W - BOX.right, y0: H - BOX.bottom, y1: BOX.top } });
  const value = (v: number) => withUnit(formatNumber(v, 2), unit);
  const first = points[0];
  const last = points[points.length - 1];
  const values = { name, first: value(first.value), firstDate: first.date, last: value(last.value), lastDate: last.date, target: value(target) };
  const summary = plan
    ? t("chartSummary", { ...values, deadline: plan.deadline, expected: value(plan.expected), asOf: plan.asOf })
    : t("chartSummaryNoPlan", values);
  const targetY = s.y(target);
  // The target's label sits at the start of its line, where the values are still far from it (the
  // plan moves towards the target), above the line, or below it when the line runs along the top.
  const targetLabelY = targetY - BOX.top < 12 ? targetY + 13 : targetY - 5;
  const actual = points.map((p) => ({ x: s.x(p.date), y: s.y(p.value) }));
  return (
    <div>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full max-w-md" fontSize="11" fill={COLOUR.text}>
        {s.yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={BOX.left} x2={W - BOX.right} y1={s.y(v)} y2={s.y(v)} stroke={COLOUR.grid} />
            <text x={BOX.left - 4} y={s.y(v) + 4} textAnchor="end">{formatNumber(v, 2)}</text>
          </g>
        ))}
        {s.xTicks.map((tick) => (
          <g key={`x${tick.date}`}>
            <line x1={s.x(tick.date)} x2={s.x(tick.date)} y1={H - BOX.bottom} y2={H - BOX.bottom + 4} stroke={COLOUR.axis} />
            <text x={s.x(tick.date)} y={H - BOX.bottom + 15} textAnchor="middle">{tick.label}</text>
          </g>
        ))}
        <line x1={BOX.left} x2={W - BOX.right} y1={H - BOX.bottom} y2={H - BOX.bottom} stroke={COLOUR.axis} />
        <line x1={BOX.left} x2={BOX.left} y1={BOX.top} y2={H - BOX.bottom} stroke={COLOUR.axis} />
        <text data-axis="y" x={4} y={14} fontSize="12">{unit ? t("chartValueUnit", { unit }) : t("chartValue")}</text>
        <text data-axis="x" x={(BOX.left + W - BOX.right) / 2} y={H - 6} textAnchor="middle" fontSize="12">{t("chartDate")}</text>

        <line data-line="target" x1={BOX.left} x2={W - BOX.right} y1={targetY} y2={targetY} stroke={COLOUR.target} strokeWidth="1.5" />
        <text data-label="target" x={BOX.left + 4} y={targetLabelY} fill={COLOUR.target} fontWeight="600"
          stroke="#ffffff" strokeWidth="3" paintOrder="stroke">
          {t("chartTarget", { target: value(target) })}
        </text>
        {plan && (
          <polyline data-line="expected" points={polyline(path.map((p) => ({ x: s.x(p.date), y: s.y(p.value) })))} fill="none"
            stroke={COLOUR.expected} strokeWidth="1.5" strokeDasharray="5 4" />
        )}
        <polyline data-line="actual" points={polyline(actual)} fill="none" stroke={COLOUR.actual} strokeWidth="2" />
        {actual.map((p, i) => <circle key={points[i].date} cx={p.x} cy={p.y} r="3" fill={COLOUR.actual} />)}
      </svg>
      {/* The legend, in words beside each line's look; hidden from screen readers, who have the aria-label and the table. */}
      <ul aria-hidden="true" data-legend className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
        <li className="flex items-center gap-1.5">
          <svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5" stroke={COLOUR.actual} strokeWidth="2" /><circle cx="12" cy="5" r="3" fill={COLOUR.actual} /></svg>
          {t("chartActual")}
        </li>
        {plan && (
          <li className="flex items-center gap-1.5">
            <svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5" stroke={COLOUR.expected} strokeWidth="1.5" strokeDasharray="5 4" /></svg>
            {t("chartExpected")}
          </li>
        )}
        <li className="flex items-center gap-1.5">
          <svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5" stroke={COLOUR.target} strokeWidth="1.5" /></svg>
          {t("chartTargetLegend")}
        </li>
      </ul>
    </div>
  );
}
