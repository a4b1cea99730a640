import { DISPLAY_ORDER, STATUS_LABEL_ZH, statusColorClass, type Status } from "@/lib/domain";
import type { PeriodicReport } from "@/lib/dal/periodic-report";
import { deltaText, percentText, pointsText, rateOf } from "@/lib/periodic-report/figures";
import { formatShanghaiTime } from "@/lib/format-time";

// The 月报 / 季报 as a document: on screen, and printed on A4 (app/globals.css, @media print).

const th = "border border-stone-300 bg-stone-100 px-2 py-1 text-left font-medium";
const td = "border border-stone-300 px-2 py-1 align-top";
const num = `${td} text-right tabular-nums`;

function Badge({ status }: { status: Status }) {
  return <span className={`inline-block whitespace-nowrap rounded border px-1 text-xs ${statusColorClass(status)}`}>{STATUS_LABEL_ZH[status]}</span>;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export function ReportDocument({ report, canRemind }: { report: PeriodicReport; canRemind: boolean }) {
  const { now, before } = report.summary;
  const total = (c: Record<Status, number>) => DISPLAY_ORDER.reduce((a, s) => a + c[s], 0);
  const t = report.departmentTotal;
  const worse = report.changes.filter((c) => !c.better).length;
  return (
    <article className="print-doc mt-6 rounded-lg border border-stone-200 bg-white p-4 sm:p-8" aria-labelledby="report-title">
      <header className="border-b-2 border-brand-800 pb-3 text-center">
        <p className="text-sm text-stone-600">{report.planName}</p>
        <h1 id="report-title" className="mt-1 text-2xl font-bold">{report.scopeName}实施情况{report.title}</h1>
        <p className="mt-1 text-sm text-stone-700">
          报告期 {report.period.start} 至 {report.period.end} · 对比 {report.previous.label}（截至 {report.previous.end}） · 生成于 {formatShanghaiTime(report.generatedAt)}
        </p>
        {report.hasDemoData && <p className="mt-2 text-sm font-medium text-amber-900">演示数据：进展记录为系统生成的演示数据，不代表官方统计数字。</p>}
      </header>

      <Section id="r-summary" title="一、总体情况">
        <p className="mt-2 leading-relaxed">
          {`截至 ${report.period.end}，${report.scopeName}共有举措和项目 ${total(now.counts)} 项，加权完成度 ${percentText(now.progress)}（上期 ${percentText(before.progress)}，` +
            `${pointsText(now.progress - before.progress)}），总体${STATUS_LABEL_ZH[now.status]}。其中${STATUS_LABEL_ZH.DONE} ${now.counts.DONE} 项，${STATUS_LABEL_ZH.LAGGING} ${now.counts.LAGGING} 项，${STATUS_LABEL_ZH.OVERDUE} ${now.counts.OVERDUE} 项；` +
            `本期状态变化 ${report.changes.length} 项（好转 ${report.changes.length - worse} 项，变差 ${worse} 项）；报告期内应报填报 ${t.due} 期，已报 ${t.submitted} 期，报送率 ${percentText(rateOf(t.submitted, t.due))}。`}
        </p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="summary-table">
            <caption className="sr-only">主要数字：本期、上期与变化</caption>
            <thead>
              <tr><th scope="col" className={th}>项目</th><th scope="col" className={th}>本期</th><th scope="col" className={th}>上期</th><th scope="col" className={th}>变化</th></tr>
            </thead>
            <tbody>
              <tr><th scope="row" className={th}>总体状态</th><td className={td}><Badge status={now.status} /></td><td className={td}><Badge status={before.status} /></td><td className={td}>{now.status === before.status ? "—" : "有变化"}</td></tr>
              <tr><th scope="row" className={th}>加权完成度</th><td className={num} data-figure="progress">{percentText(now.progress)}</td><td className={num}>{percentText(before.progress)}</td><td className={num}>{pointsText(now.progress - before.progress)}</td></tr>
              <tr><th scope="row" className={th}>举措和项目合计</th><td className={num}>{total(now.counts)}</td><td className={num}>{total(before.counts)}</td><td className={num}>{deltaText(total(now.counts) - total(before.counts))}</td></tr>
              {DISPLAY_ORDER.map((s) => (
                <tr key={s}>
                  <th scope="row" className={th}>{STATUS_LABEL_ZH[s]}</th>
                  <td className={num} data-figure={s}>{now.counts[s]}</td>
                  <td className={num}>{before.counts[s]}</td>
                  <td className={num}>{deltaText(now.counts[s] - before.counts[s])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="r-lines" title={report.lines.some((l) => l.level === "strategy") ? "二、各战略与重点任务" : "二、各重点任务"}>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">各战略与重点任务的状态和完成度</caption>
            <thead>
              <tr><th scope="col" className={th}>名称</th><th scope="col" className={th}>状态</th><th scope="col" className={th}>完成度</th><th scope="col" className={th}>上期</th><th scope="col" className={th}>举措状态分布</th></tr>
            </thead>
            <tbody>
              {report.lines.map((l) => (
                <tr key={`${l.level}-${l.id}`} className={l.level === "strategy" ? "bg-stone-50 font-medium" : ""}>
                  <th scope="row" className={`${td} text-left font-normal ${l.level === "taskArea" ? "pl-5" : "font-medium"}`}>{l.name}</th>
                  <td className={td}><Badge status={l.status} /></td>
                  <td className={num}>{percentText(l.progress)}</td>
                  <td className={num}>{l.before ? percentText(l.before.progress) : "—"}</td>
                  <td className={`${td} text-xs`}>{DISPLAY_ORDER.filter((s) => l.counts[s] > 0).map((s) => `${STATUS_LABEL_ZH[s]} ${l.counts[s]}`).join("、") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="r-changes" title="三、本期状态变化">
        {report.changes.length === 0 ? (
          <p className="mt-2 text-stone-700">与上期相比，没有举措的状态发生变化。</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">与上期相比状态有变化的举措（变差的在前）</caption>
              <thead>
                <tr><th scope="col" className={th}>举措 / 项目</th><th scope="col" className={th}>牵头单位</th><th scope="col" className={th}>上期</th><th scope="col" className={th}>本期</th><th scope="col" className={th}>变化</th></tr>
              </thead>
              <tbody>
                {report.changes.map((c) => (
                  <tr key={c.measureId}>
                    <td className={td}><span className="font-mono text-xs">{c.code}</span> {c.title}</td>
                    <td className={td}>{c.leadDepartment}</td>
                    <td className={td}><Badge status={c.from} /></td>
                    <td className={td}><Badge status={c.to} /></td>
                    <td className={`${td} whitespace-nowrap`}>{c.better ? "好转" : "变差"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section id="r-lagging" title={`四、滞后与逾期事项（${report.lagging.length} 项）`}>
        {report.lagging.length === 0 ? (
          <p className="mt-2 text-stone-700">本期没有滞后或逾期的举措。</p>
        ) : (
          <ol className="mt-2 space-y-3">
            {report.lagging.map((l) => (
              <li key={l.measureId} className="break-inside-avoid rounded border border-stone-200 p-3 text-sm">
                <p className="font-medium">
                  <Badge status={l.status} /> <span className="font-mono text-xs">{l.code}</span> {l.title}
                </p>
                <p className="mt-1 text-stone-700">牵头单位：{l.leadDepartment} · 完成度 {percentText(l.progress)}</p>
                <p className="mt-1"><span className="font-medium">原因：</span>{l.reason}</p>
                {l.narrative && <p className="mt-1 text-stone-700"><span className="font-medium">单位说明（{l.narrativePeriod}）：</span>{l.narrative}</p>}
                {canRemind && <p className="no-print mt-1"><a href={`/console/inbox#remind-${l.measureId}`} className="text-blue-800 underline underline-offset-2">去催办</a></p>}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="r-departments" title="五、各单位填报情况">
        <p className="mt-1 text-sm text-stone-600">按牵头单位统计报告期内到期的填报（月度举措每月一期，季度举措每季度一期）；按时指在截止日（次月 5 日等）北京时间当天结束前提交。</p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">各牵头单位的应报、已报和按时报送情况</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>牵头单位</th><th scope="col" className={th}>应报</th><th scope="col" className={th}>已报</th><th scope="col" className={th}>按时</th>
                <th scope="col" className={th}>审核通过</th><th scope="col" className={th}>逾期未报</th><th scope="col" className={th}>报送率</th><th scope="col" className={th}>按时率</th>
              </tr>
            </thead>
            <tbody>
              {[...report.departments.map((d) => ({ key: String(d.departmentId), ...d })), { key: "total", name: "合计", ...t }].map((d) => (
                <tr key={d.key} className={d.key === "total" ? "font-medium" : ""}>
                  <th scope="row" className={`${td} text-left font-normal`}>{d.name}</th>
                  <td className={num}>{d.due}</td><td className={num}>{d.submitted}</td><td className={num}>{d.onTime}</td>
                  <td className={num}>{d.approved}</td><td className={num}>{d.overdue}</td>
                  <td className={num}>{percentText(rateOf(d.submitted, d.due))}</td><td className={num}>{percentText(rateOf(d.onTime, d.due))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <p className="mt-6 text-xs text-stone-500">状态与完成度由系统按已审核通过的填报数据计算（规则见“红黄绿灯是怎么算的”），与仪表盘和公开页面口径一致。</p>
    </article>
  );
}
