import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { listMeasuresForActor } from "@/lib/dal/measures";
import { KIND_LABEL, REVIEW_LABEL, STATUS_LABEL } from "@/lib/labels";

export const metadata: Metadata = { title: "我的任务" };

export default async function ConsoleHome() {
  const user = await requireUser();
  const measures = await listMeasuresForActor(user);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">{user.role === "OFFICER" ? "我的任务" : "全部举措"}</h1>
      <p className="mt-1 text-sm text-stone-600">共 {measures.length} 项{user.role === "OFFICER" ? "，为您所在部门牵头或参与的举措和项目" : ""}。</p>
      <div className="mt-4 overflow-x-auto">
        <table className="data-table min-w-[40rem]">
          <caption className="sr-only">举措列表</caption>
          <thead>
            <tr>
              <th scope="col">编号</th>
              <th scope="col">举措 / 项目</th>
              <th scope="col">牵头单位</th>
              <th scope="col">最近填报</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <td className="font-mono text-xs">{m.code}</td>
                <td>
                  <span className="mr-1 rounded bg-stone-200 px-1 text-xs">{KIND_LABEL[m.kind]}</span>
                  <a href={`/console/measures/${m.id}`} className="text-blue-800 underline-offset-2 hover:underline">{m.title}</a>
                  <div className="text-xs text-stone-500">{m.strategyName} › {m.taskAreaName}</div>
                </td>
                <td>{m.leadDepartment}</td>
                <td>
                  {m.lastReport ? `${m.lastReport.period} ${STATUS_LABEL[m.lastReport.status]}（${REVIEW_LABEL[m.lastReport.reviewState]}）` : "尚未填报"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
