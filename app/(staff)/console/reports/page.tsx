import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { buildPeriodicReport } from "@/lib/dal/periodic-report";
import { getReportOptions } from "@/lib/dal/periodic-report-period";
import { reportingToday } from "@/lib/reporting/today";
import { parseReportRequest, type ReportRequest } from "@/lib/validation/periodic-report";
import { ReportChooser } from "@/components/periodic-report/report-chooser";
import { ReportDocument } from "@/components/periodic-report/report-document";
import { PrintButton } from "@/components/periodic-report/print-button";

export const metadata: Metadata = { title: "月报与季报" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  const user = await requireUser({ roles: ["LEADER", "ADMIN"] });
  const parsed = parseReportRequest(await searchParams);
  const request: ReportRequest = parsed.success ? parsed.data : { kind: "month", period: undefined, strategy: undefined };
  const [options, report] = await Promise.all([getReportOptions(reportingToday()), buildPeriodicReport(request)]);
  const query = report ? new URLSearchParams({ period: report.period.key, ...(request.strategy && { strategy: request.strategy }) }).toString() : "";
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <div className="no-print">
        <h1 className="text-2xl font-bold">月报与季报</h1>
        <p className="mt-1 text-sm text-stone-600">
          选择报告期和范围生成报告：汇总数字、与上期相比的状态变化、滞后事项及原因、各单位填报情况。数字与仪表盘一致；可打印或另存为 PDF（A4），也可下载 Excel。
        </p>
        {options && <ReportChooser options={options} period={report?.period.key} strategy={request.strategy} />}
        {!parsed.success && <p role="alert" className="mt-3 text-red-700">报告参数无效，已显示默认报告。</p>}
      </div>
      {report ? (
        <>
          <div className="no-print mt-4 flex flex-wrap gap-3">
            <PrintButton />
            <a href={`/api/reports?${query}`} download className="rounded border border-stone-400 bg-white px-4 py-2 hover:bg-stone-100">下载 Excel（XLSX）</a>
          </div>
          <ReportDocument report={report} canRemind={user.role === "LEADER"} />
        </>
      ) : (
        <p role="alert" className="mt-6 text-stone-700">没有可生成的报告：所选报告期不在规划期内或尚未结束，或范围不存在。</p>
      )}
    </main>
  );
}
