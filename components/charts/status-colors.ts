import type { Status } from "@/lib/domain";

/** One colour per status on every chart and badge: a colour means the same thing everywhere. */
export const STATUS_COLOR: Record<Status, string> = {
  DONE: "#1d4ed8",
  ON_TRACK: "#15803d",
  AT_RISK: "#ca8a04",
  LAGGING: "#dc2626",
  OVERDUE: "#7f1d1d",
  NOT_STARTED: "#a8a29e",
};
