"use client";
import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DISPLAY_ORDER, STATUS_COLOR, STATUS_LABEL_ZH, type Status } from "@/lib/domain";

export type TrendDatum = { label: string; progress: number; elapsed: number } & Partial<Record<Status, number>>;

/** Completion and time elapsed over time (percent); with `counts`, the status mix over time too. */
export default function TrendChart({ data, counts = true }: { data: TrendDatum[]; counts?: boolean }) {
  return (
    <div className="space-y-4">
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} width={44} />
          <Tooltip formatter={(value) => `${value}%`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="linear" dataKey="progress" name="加权完成度" stroke="#7f1616" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="linear" dataKey="elapsed" name="时间进度" stroke="#78716c" strokeDasharray="5 4" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      {counts ? (
        <ResponsiveContainer width="100%" height={220}>
          <AreaChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={44} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
            {DISPLAY_ORDER.map((s) => (
              <Area key={s} type="monotone" dataKey={s} name={STATUS_LABEL_ZH[s]} stackId="1" stroke={STATUS_COLOR[s]} fill={STATUS_COLOR[s]} isAnimationActive={false} />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}
