import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { listPlans, type AdminPlan } from "@/lib/dal/plans";
import { createPlan } from "@/lib/actions/create-plan";
import { publishPlan } from "@/lib/actions/publish-plan";
import { importPlanStructure } from "@/lib/actions/import-plan-structure";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/form-fields";
import { ImportForm } from "@/components/import/import-form";

export const metadata: Metadata = { title: "规划管理" };

const STATE_LABEL: Record<AdminPlan["state"], string> = { DRAFT: "草稿（不公开）", CURRENT: "现行规划", PAST: "往期规划（只读）" };

function PlanCard({ plan, current }: { plan: AdminPlan; current: AdminPlan | undefined }) {
  const template = `/api/import-templates/plan-structure`;
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{plan.name}</h2>
      <p className="text-sm text-stone-600">
        {plan.code} · {plan.startDate} 至 {plan.endDate} · <strong>{STATE_LABEL[plan.state]}</strong> · 战略 {plan.strategies} 个、举措和项目 {plan.measures} 项
      </p>
      {plan.state === "PAST" && <p className="mt-1 text-sm text-stone-700">已结束：不能再填报、审核、导入或修改；最终结果继续在公开网站 /plans/{plan.code} 展示。</p>}
      {plan.state === "DRAFT" && (
        <>
          <section aria-labelledby={`import-${plan.id}`} className="mt-3">
            <h3 id={`import-${plan.id}`} className="font-medium">导入规划结构</h3>
            <p className="mt-1 text-sm text-stone-700">
              表格每行一项举措（或一个指标）：填写战略编号和名称、重点任务编号和名称、举措编号和内容、牵头单位等；编号不能与其他规划重复。“延续自”填写上一期规划中被延续的举措编号。
            </p>
            <p className="mt-2 text-sm">
              下载模板：
              <a href={`${template}.xlsx?plan=${plan.id}`} download className="text-blue-800 underline">规划结构模板（Excel）</a>
              {" · "}
              <a href={`${template}.csv?plan=${plan.id}`} download className="text-blue-800 underline">CSV</a>
            </p>
            <ImportForm action={importPlanStructure} id={`structure-${plan.id}`} fields={{ planId: String(plan.id) }} />
          </section>
          <section aria-labelledby={`publish-${plan.id}`} className="mt-4 border-t border-stone-200 pt-3">
            <h3 id={`publish-${plan.id}`} className="font-medium">发布</h3>
            <p className="mt-1 text-sm text-stone-700">
              发布后它成为现行规划：填报任务、通知中心、仪表盘、月报季报和公开网站首页都改为这一规划
              {current ? `；“${current.name}”转为往期规划，只读，结果继续公开` : ""}。此操作记入审计日志，不能撤销。
            </p>
            <ActionForm action={publishPlan} submitLabel="发布为现行规划" danger>
              <input type="hidden" name="planId" value={plan.id} />
              <Field name="confirmCode" label={`输入规划代码 ${plan.code} 以确认`} autoComplete="off" />
            </ActionForm>
          </section>
        </>
      )}
    </li>
  );
}

/** 规划管理: the current plan, the past ones, and drafts of the next one (create, import, publish). */
export default async function PlansPage() {
  const admin = await requireUser({ roles: ["ADMIN"] });
  const plans = await listPlans(admin);
  const current = plans.find((p) => p.state === "CURRENT");
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">规划管理</h1>
      <p className="mt-1 text-sm text-stone-600">
        新一期规划先建为草稿（公众看不到），导入结构并核对后发布。部门和账号沿用，无需重建。
      </p>
      <ul className="mt-4 space-y-4">
        {plans.map((p) => <PlanCard key={p.id} plan={p} current={current} />)}
      </ul>
      <section aria-labelledby="new-plan" className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="new-plan" className="text-lg font-semibold">新建规划（草稿）</h2>
        <ActionForm action={createPlan} submitLabel="新建草稿">
          <Field name="code" label="规划代码" hint="2–32 位小写字母、数字或 -，用于公开网址 /plans/代码，如 2026-2030" />
          <Field name="name" label="规划名称" hint="如：柳市镇国民经济和社会发展第十五个五年规划（2026—2030年）" />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field name="startDate" label="开始日期" type="date" />
            <Field name="endDate" label="结束日期" type="date" />
          </div>
        </ActionForm>
      </section>
    </main>
  );
}
