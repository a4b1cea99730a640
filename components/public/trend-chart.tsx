/**
 * A small line chart rendered on the server as SVG: no chart library reaches the browser. The
 * numbers are in the table the page puts beside it; the SVG is a picture of them.
 */
export function TrendChart({ points, target, label }: { points: { date: string; value: number }[]; target: number; label: string }) {
  if (points.length < 2) return null;
  const width = 320;
  const height = 120;
  const pad = 8;
  const times = points.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const max = Math.max(target, ...points.map((p) => p.value)) || 1;
  const x = (t: number) => pad + ((t - t0) / (t1 - t0 || 1)) * (width - 2 * pad);
  const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
  const line = points.map((p, i) => `${x(times[i]).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="h-auto w-full max-w-sm">
      <line x1={pad} x2={width - pad} y1={y(target)} y2={y(target)} stroke="#57534e" strokeDasharray="4 3" strokeWidth="1" />
      <polyline points={line} fill="none" stroke="#9f1d1d" strokeWidth="2" />
      {points.map((p, i) => (
        <circle key={p.date} cx={x(times[i])} cy={y(p.value)} r="2.5" fill="#9f1d1d" />
      ))}
    </svg>
  );
}
