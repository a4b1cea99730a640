// The scales of the public trend chart (trend-chart.tsx): pure, so they are unit-tested.
import { fromDayNumber, toDayNumber } from "@/lib/domain";

export type ChartPoint = { date: string; value: number };
type Box = { x0: number; x1: number; y0: number; y1: number };

/** A "nice" tick step (1, 2, 2.5 or 5 × 10^k) giving about `count` steps over `span`. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
}

/**
 * Where dates and values fall in `box` (x0 → x1 left to right, y0 → y1 bottom to top), with year
 * ticks and value ticks. The dates run from the earliest to the latest of the values and the path;
 * the values cover the values, the path and the target, from 0 when that loses little room.
 */
export function chartScale({ points, path, target, box }: { points: ChartPoint[]; path: ChartPoint[]; target: number; box: Box }) {
  const days = [...points, ...path].map((p) => toDayNumber(p.date));
  const d0 = Math.min(...days);
  const d1 = Math.max(...days, d0 + 1);
  const values = [...points, ...path].map((p) => p.value).concat(target);
  let lo = Math.min(...values);
  const hi0 = Math.max(...values);
  if (lo >= 0 && lo <= hi0 / 2) lo = 0;
  const step = niceStep(hi0 - lo || Math.abs(hi0) || 1);
  const v0 = Math.floor(lo / step) * step;
  const v1 = Math.max(Math.ceil(hi0 / step) * step, v0 + step);
  const yTicks: number[] = [];
  for (let v = v0; v <= v1 + step / 1000; v += step) yTicks.push(Math.round(v * 1e6) / 1e6);

  const firstYear = Number(fromDayNumber(d0).slice(0, 4)) + 1;
  const lastYear = Number(fromDayNumber(d1).slice(0, 4));
  const years = Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, i) => firstYear + i);
  const every = Math.ceil(years.length / 6) || 1; // at most six year labels: they fit on a phone
  const xTicks = years.filter((_, i) => i % every === 0).map((y) => ({ date: `${y}-01-01`, label: String(y) }));

  return {
    x: (date: string) => box.x0 + ((toDayNumber(date) - d0) / (d1 - d0)) * (box.x1 - box.x0),
    y: (value: number) => box.y0 - ((value - v0) / (v1 - v0)) * (box.y0 - box.y1),
    xTicks,
    yTicks,
  };
}

