import { getIndicatorRecords, getMeasureRecords, getProgressRecords } from "@/lib/dal/public/open-data";
import { getPublicPlan } from "@/lib/dal/public/plan";
import { toCsv, type Column } from "@/lib/open-data/csv";
import { toXlsx } from "@/lib/open-data/xlsx";
import { DATASET_TITLE, DATASETS, INDICATOR_COLUMNS, MEASURE_COLUMNS, PROGRESS_COLUMNS, type Dataset } from "@/lib/open-data/datasets";

// GET /api/v1/{measures|indicators|progress}[.json|.csv|.xlsx] — the read-only open-data API.
// Approved data only. docs/open-data.md documents the fields.

const FORMATS = ["json", "csv", "xlsx"] as const;

async function load(dataset: Dataset, planCode: string | undefined): Promise<{ rows: object[]; columns: Column<object>[] }> {
  const pick = {
    measures: async () => ({ rows: await getMeasureRecords(planCode), columns: MEASURE_COLUMNS }),
    indicators: async () => ({ rows: await getIndicatorRecords(planCode), columns: INDICATOR_COLUMNS }),
    progress: async () => ({ rows: await getProgressRecords(planCode), columns: PROGRESS_COLUMNS }),
  }[dataset];
  return (await pick()) as { rows: object[]; columns: Column<object>[] };
}

export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  // The whole name must be one dataset and at most one known extension ("measures.json.json" is not).
  const [name, extension = "json", ...rest] = (await params).dataset.split(".");
  const dataset = rest.length === 0 ? DATASETS.find((d) => d === name) : undefined;
  const format = FORMATS.find((f) => f === extension);
  if (!dataset || !format) {
    return Response.json({ error: "未知的数据集或格式。可用：measures、indicators、progress；格式 json、csv、xlsx。" }, { status: 404 });
  }
  // ?plan=<code>: a published plan's data; without it, the current plan's (the addresses' first meaning).
  const planCode = new URL(request.url).searchParams.get("plan") ?? undefined;
  const [{ rows, columns }, plan] = await Promise.all([load(dataset, planCode), getPublicPlan(planCode)]);
  if (planCode !== undefined && !plan) return Response.json({ error: "未知的规划。" }, { status: 404 });
  const headers = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };
  if (format === "json") {
    return Response.json({ version: 1, dataset, plan: plan?.name ?? null, planCode: plan?.code ?? null, asOf: plan?.asOf ?? null, count: rows.length, data: rows }, { headers });
  }
  const file = `liushi-${planCode ? `${planCode}-` : ""}${dataset}.${format}`;
  const disposition = `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(`柳市镇-${DATASET_TITLE[dataset]}.${format}`)}`;
  if (format === "csv") {
    return new Response(toCsv(rows, columns), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition } });
  }
  const bytes = await toXlsx(rows, columns, DATASET_TITLE[dataset]);
  return new Response(bytes, {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": disposition },
  });
}
