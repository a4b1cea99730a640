import { STATUS_LABEL_ZH, type Status } from "@/lib/domain";

const STYLE: Record<Status, string> = {
  DONE: "bg-blue-100 text-blue-900 ring-blue-300",
  ON_TRACK: "bg-green-100 text-green-900 ring-green-300",
  AT_RISK: "bg-yellow-100 text-yellow-900 ring-yellow-400",
  LAGGING: "bg-red-100 text-red-900 ring-red-300",
  OVERDUE: "bg-red-900 text-white ring-red-900",
  NOT_STARTED: "bg-stone-100 text-stone-700 ring-stone-300",
};

const DOT: Record<Status, string> = {
  DONE: "bg-blue-700",
  ON_TRACK: "bg-green-700",
  AT_RISK: "bg-yellow-600",
  LAGGING: "bg-red-600",
  OVERDUE: "bg-white",
  NOT_STARTED: "bg-stone-400",
};

/** A status in words and colour; `explanation` shows on hover (and is read by screen readers). */
export function StatusBadge({ status, explanation }: { status: Status; explanation?: string }) {
  return (
    <span
      title={explanation}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLE[status]}`}
    >
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[status]}`} />
      {STATUS_LABEL_ZH[status]}
      {explanation ? <span className="sr-only">：{explanation}</span> : null}
    </span>
  );
}
