import { STATUS_LABEL_ZH, statusBadgeClass, type Status } from "@/lib/domain";

/** A status in words and colour (the public badge's); `explanation` shows on hover (and is read by screen readers). */
export function StatusBadge({ status, explanation }: { status: Status; explanation?: string }) {
  return (
    <span title={explanation} className={statusBadgeClass(status)}>
      {STATUS_LABEL_ZH[status]}
      {explanation ? <span className="sr-only">：{explanation}</span> : null}
    </span>
  );
}
