import type { MeasureForReport } from "@/lib/dal/measures";
import { COMPARISON_LABEL, KIND_LABEL } from "@/lib/labels";

export function MeasureFacts({ measure }: { measure: MeasureForReport }) {
  return (
    <>
      <p className="mt-4 text-sm text-stone-600">{measure.strategyName} › {measure.taskAreaName}{measure.parent ? ` › ${measure.parent.title}` : ""}</p>
      <h1 className="mt-1 text-xl font-bold">
        <span className="mr-2 rounded bg-stone-200 px-1 align-middle text-xs font-normal">{KIND_LABEL[measure.kind]} {measure.code}</span>
        {measure.title}
      </h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">牵头单位</dt><dd>{measure.leadDepartment}</dd>
        <dt className="text-stone-600">责任单位</dt><dd>{measure.departments.join("、")}</dd>
      </dl>
      {measure.indicators.length > 0 && (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="text-left font-medium">指标与目标</caption>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th scope="col" className="py-1 pr-2">指标</th><th scope="col" className="py-1 pr-2">基期值</th>
              <th scope="col" className="py-1 pr-2">目标</th><th scope="col" className="py-1 pr-2">期限</th>
              <th scope="col" className="py-1 pr-2">最新审核值</th>
            </tr>
          </thead>
          <tbody>
            {measure.indicators.map((i) => (
              <tr key={i.id} className="border-b border-stone-100">
                <td className="py-1 pr-2">{i.name}{i.derivedFromChildren ? "（由子项目汇总）" : ""}</td>
                <td className="py-1 pr-2">{i.baselineValue}{i.unit}</td>
                <td className="py-1 pr-2">{COMPARISON_LABEL[i.comparison]} {i.targetValue}{i.unit}</td>
                <td className="py-1 pr-2">{i.deadline}</td>
                <td className="py-1 pr-2">{i.lastApprovedValue ?? "—"}{i.lastApprovedValue !== null ? i.unit : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {measure.milestones.length > 0 && (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="text-left font-medium">里程碑</caption>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th scope="col" className="py-1 pr-2">节点</th><th scope="col" className="py-1 pr-2">计划日期</th><th scope="col" className="py-1 pr-2">实际日期</th>
            </tr>
          </thead>
          <tbody>
            {measure.milestones.map((m) => (
              <tr key={m.name} className="border-b border-stone-100">
                <td className="py-1 pr-2">{m.name}</td><td className="py-1 pr-2">{m.plannedDate}</td><td className="py-1 pr-2">{m.actualDate ?? "未完成"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
