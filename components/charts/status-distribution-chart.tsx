"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { STATUS_COLOR, type Status } from "@/lib/domain";

export type DistributionDatum = { status: Status; label: string; short: string; count: number };

/** How many measures and projects are in each status. */
export default function StatusDistributionChart({ data }: { data: DistributionDatum[] }) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="short" tick={{ fontSize: 12 }} interval={0} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
        <Tooltip formatter={(value) => [`${value} 项`, "数量"]} />
        <Bar dataKey="count" name="数量" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.status} fill={STATUS_COLOR[d.status]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
