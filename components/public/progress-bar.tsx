import type { Status } from "@/lib/domain";

/**
 * A progress bar drawn on the server (no chart library): a native <progress> coloured by status,
 * with the percentage written out. `marker` draws a line at the share of time elapsed.
 */
export function ProgressBar({ value, status, label, marker }: { value: number; status: Status; label: string; marker?: number }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  const bar = <progress className={`s-${status}`} value={percent} max={100} aria-label={label} />;
  return (
    <div className="pbar">
      {marker === undefined ? bar : (
        <div className="relative w-full">
          {bar}
          <div aria-hidden className="absolute top-0 h-2.5 w-0.5 bg-stone-900" style={{ left: `${Math.round(Math.min(1, marker) * 100)}%` }} />
        </div>
      )}
      <span>{`${percent}%`}</span>
    </div>
  );
}
