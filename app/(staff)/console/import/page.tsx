import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { importPlanStructure } from "@/lib/actions/import-plan-structure";
import { importProgress } from "@/lib/actions/import-progress";
import { LIMITS_TEXT } from "@/lib/import/limits";
import { ImportForm } from "@/components/import/import-form";

export const metadata: Metadata = { title: "批量导入" };

function Templates({ kind, label }: { kind: string; label: string }) {
  return (
    <p className="mt-2 text-sm">
      下载模板：
      <a href={`/api/import-templates/${kind}.xlsx`} download className="text-blue-800 underline">{label}（Excel）</a>
      {" · "}
      <a href={`/api/import-templates/${kind}.csv`} download className="text-blue-800 underline">CSV</a>
    </p>
  );
}

export default async function ImportPage() {
  const user = await requireUser({ roles: ["ADMIN", "OFFICER"] });
  const officer = user.role === "OFFICER";
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">批量导入</h1>
      <p className="mt-1 text-sm text-stone-600">
        从 Excel 或 CSV 台账导入，每个数字只需录入一次。先“检查”：逐行显示结果和错误，不写入任何数据；全部行无误后才能“导入”，导入在一个事务中完成，并记入审计日志。{LIMITS_TEXT}。
      </p>
      {officer ? (
        <section aria-labelledby="import-progress" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="import-progress" className="text-lg font-semibold">导入进展填报</h2>
          <p className="mt-1 text-sm text-stone-700">
            模板已列出本部门负责的举措和指标。填写要报的行（填报期、本期数值、进展状态、进展情况说明），同一举措同一期的各行合为一份填报，导入后提交分管领导审核；被退回的填报将作为修改稿重新提交。
          </p>
          <Templates kind="progress" label="进展填报模板" />
          <ImportForm action={importProgress} id="progress" />
        </section>
      ) : (
        <section aria-labelledby="import-structure" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="import-structure" className="text-lg font-semibold">导入规划结构（举措、项目、指标与目标）</h2>
          <p className="mt-1 text-sm text-stone-700">
            模板已填入现行规划的结构。已有编号的行更新该举措或指标，新编号的行新增；空白单元格表示不修改。导入不会删除或移动任何举措和指标。
            新一期规划请在<a href="/console/admin/plans" className="text-blue-800 underline">规划管理</a>中新建草稿后导入。
          </p>
          <Templates kind="plan-structure" label="规划结构模板" />
          <ImportForm action={importPlanStructure} id="structure" />
        </section>
      )}
    </main>
  );
}
