"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { labelLines } from "./label-lines";

export type CompletionDatum = { name: string; progress: number; elapsed: number };

/** Weighted completion against the share of the plan's time elapsed, per group (percent). */
export default function CompletionChart({ data }: { data: CompletionDatum[] }) {
  const height = Math.max(160, 56 * data.length + 60);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={120} tick={<NameTick />} interval={0} />
        <Tooltip formatter={(value) => `${value}%`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="progress" name="加权完成度" fill="#7f1616" isAnimationActive={false} />
        <Bar dataKey="elapsed" name="时间进度" fill="#a8a29e" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** A category's name in up to two lines of nine characters, right-aligned to the axis; the whole name as its title. */
function NameTick({ x = 0, y = 0, payload }: { x?: number; y?: number; payload?: { value?: unknown } }) {
  const name = String(payload?.value ?? "");
  const lines = labelLines(name, 9, 2);
  return (
    <text x={x - 4} y={y} textAnchor="end" fontSize={12} fill="#57534e">
      <title>{name}</title>
      <tspan x={x - 4} dy={`${0.35 - (lines.length - 1) * 0.6}em`}>{lines[0]}</tspan>
      {lines[1] !== undefined && <tspan x={x - 4} dy="1.2em">{lines[1]}</tspan>}
    </text>
  );
}
