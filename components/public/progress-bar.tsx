import { statusBarClass, type Status } from "@/lib/domain";

/**
 * A progress bar drawn on the server (no chart library): a native <progress> coloured by status,
 * with the percentage written out unless the caller shows it already (`showValue={false}`).
 * `marker` draws a line at the share of time elapsed, on the bar itself: the bar and the marker
 * share one box, so 100% of time is the bar's right end.
 */
export function ProgressBar({ value, status, label, marker, showValue = true }: { value: number; status: Status; label: string; marker?: number; showValue?: boolean }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="pbar">
      <div className="pbar-track">
        <progress className={statusBarClass(status)} value={percent} max={100} aria-label={label} />
        {marker !== undefined && <div aria-hidden data-marker style={{ left: `${Math.round(Math.max(0, Math.min(1, marker)) * 100)}%` }} />}
      </div>
      {showValue && <span>{`${percent}%`}</span>}
    </div>
  );
}
