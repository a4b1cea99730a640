import { z } from "zod";

/** What a 月报 / 季报 is asked for with (the page's query string, the download's too). */
export const ZReportRequest = z.object({
  kind: z.enum(["month", "quarter"], { message: "请选择月报或季报" }).default("month"),
  /** "2021-12" or "2021-Q4"; empty: the latest period that has ended. */
  period: z
    .string()
    .regex(/^(\d{4}-(0[1-9]|1[0-2])|\d{4}-Q[1-4])?$/, "报告期格式无效")
    .optional()
    .transform((v) => v || undefined),
  /** A strategy's code; empty: the whole plan. */
  strategy: z
    .string()
    .regex(/^[A-Za-z0-9-]{0,20}$/, "战略编号无效")
    .optional()
    .transform((v) => v || undefined),
})
  // A period key says whether it is a month or a quarter.
  .transform((r) => (r.period ? { ...r, kind: r.period.includes("Q") ? ("quarter" as const) : ("month" as const) } : r));

export type ReportRequest = z.output<typeof ZReportRequest>;

/** The query string of a request, first value of each key (Next's searchParams). */
export function parseReportRequest(params: Record<string, string | string[] | undefined>) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return ZReportRequest.safeParse({ kind: first(params.kind) || undefined, period: first(params.period), strategy: first(params.strategy) });
}
