import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getMeasureForReport } from "@/lib/dal/measures";
import { ProgressReportForm } from "@/components/reports/progress-report-form";
import { ReportHistory } from "@/components/reports/report-history";
import { MeasureFacts } from "@/components/reports/measure-facts";

export const metadata: Metadata = { title: "进展填报" };

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = Number((await params).id);
  // Outside the user's departments looks exactly like a missing measure.
  const measure = Number.isInteger(id) && id > 0 ? await getMeasureForReport(user, id) : null;
  if (!measure) notFound();
  const thisMonth = new Date().toISOString().slice(0, 7);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <Link href="/console" className="text-sm text-blue-800 hover:underline">← 返回我的任务</Link>
      <MeasureFacts measure={measure} />
      {user.role === "OFFICER" ? (
        <section aria-labelledby="report-heading" className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="report-heading" className="text-lg font-semibold">填报进展</h2>
          <ProgressReportForm
            measureId={measure.id}
            version={measure.version}
            defaultPeriod={thisMonth}
            indicators={measure.indicators.filter((i) => !i.derivedFromChildren)}
          />
        </section>
      ) : null}
      <ReportHistory reports={measure.reports} />
    </main>
  );
}
