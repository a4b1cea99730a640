// How each status is shown: its words and its colours, the one home for both. The public pages,
// dashboards, 月报/季报 (page and xlsx), the audit log, the open data and the i18n messages
// (lib/i18n/request.ts) read them from here; status-display.test.ts fails on a second definition.
//
// Colours: a badge is dark text on a light background (OVERDUE: white on dark red, the one status
// that must stand out), each pair at least WCAG AA 4.5:1; `solid` fills bars, chart marks and dots
// and is at least 3:1 against white (WCAG 1.4.11). The status word is always shown beside the
// colour, never colour alone. The CSS classes `.s-<STATUS>` (badge) and `.s-bar-<STATUS>`
// (progress bar) are generated from these values by components/ui/status-tailwind-plugin.ts.
//
// Relative imports only: the Tailwind plugin loads this file outside the app's path aliases.

import type { Status } from "./format";

export type StatusDisplay = {
  /** The full Chinese label, as on a badge: 逾期未完成. */
  zh: string;
  /** The English label. */
  en: string;
  /** The Chinese label in a compact count line or a narrow table header: 逾期. */
  shortZh: string;
  /** Badge: text, background and border colours. */
  text: string;
  background: string;
  border: string;
  /** Bars, chart marks, dots. */
  solid: string;
};

export const STATUS_DISPLAY: Readonly<Record<Status, StatusDisplay>> = {
  DONE: { zh: "已完成", en: "Done", shortZh: "完成", text: "#1e3a8a", background: "#dbeafe", border: "#93c5fd", solid: "#1d4ed8" },
  ON_TRACK: { zh: "正常推进", en: "On track", shortZh: "正常", text: "#14532d", background: "#dcfce7", border: "#86efac", solid: "#15803d" },
  AT_RISK: { zh: "存在风险", en: "At risk", shortZh: "风险", text: "#78350f", background: "#fef3c7", border: "#fcd34d", solid: "#b45309" },
  LAGGING: { zh: "滞后", en: "Lagging", shortZh: "滞后", text: "#7f1d1d", background: "#fee2e2", border: "#fca5a5", solid: "#dc2626" },
  OVERDUE: { zh: "逾期未完成", en: "Overdue", shortZh: "逾期", text: "#ffffff", background: "#7f1d1d", border: "#7f1d1d", solid: "#7f1d1d" },
  NOT_STARTED: { zh: "未启动", en: "Not started", shortZh: "未启动", text: "#44403c", background: "#f5f5f4", border: "#d6d3d1", solid: "#78716c" },
};

const pick = <K extends keyof StatusDisplay>(key: K) =>
  Object.fromEntries(Object.entries(STATUS_DISPLAY).map(([s, d]) => [s, d[key]])) as Record<Status, StatusDisplay[K]>;

/** Full Chinese labels, as on a status badge. */
export const STATUS_LABEL_ZH: Record<Status, string> = pick("zh");
/** English labels. */
export const STATUS_LABEL_EN: Record<Status, string> = pick("en");
/** Short Chinese labels, for counts in one line ("完成 5、正常 4、风险 2"). */
export const STATUS_SHORT_ZH: Record<Status, string> = pick("shortZh");
/** The solid colour of each status, for charts (Recharts takes colours, not classes). */
export const STATUS_COLOR: Record<Status, string> = pick("solid");

/** The label in a page's language. */
export function statusLabel(status: Status, locale: string = "zh-CN"): string {
  return locale === "en" ? STATUS_LABEL_EN[status] : STATUS_LABEL_ZH[status];
}

/** The class of a status's badge colours (text, background, border), for a badge of another shape. */
export function statusColorClass(status: Status): string {
  return `s-${status}`;
}

/** Class names of a status badge: its colours and the `.badge` shape (app/globals.css). */
export function statusBadgeClass(status: Status): string {
  return `badge ${statusColorClass(status)}`;
}

/** Class name of a native <progress> coloured by status. */
export function statusBarClass(status: Status): string {
  return `s-bar-${status}`;
}
