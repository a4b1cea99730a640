import type { Status } from "@/lib/domain";
import { STATUS_BAR } from "./status-badge";

/** A progress bar drawn on the server (no chart library); the percentage is also written out. */
export function ProgressBar({ value, status, label, marker }: { value: number; status: Status; label: string; marker?: number }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="flex items-center gap-2">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}
        className="relative h-2.5 w-full min-w-16 overflow-hidden rounded bg-stone-200">
        <div className={`h-full ${STATUS_BAR[status]}`} style={{ width: `${percent}%` }} />
        {marker !== undefined && (
          <div aria-hidden className="absolute top-0 h-full w-0.5 bg-stone-900" style={{ left: `${Math.round(Math.min(1, marker) * 100)}%` }} />
        )}
      </div>
      <span className="w-10 shrink-0 text-right text-xs tabular-nums">{percent}%</span>
    </div>
  );
}
