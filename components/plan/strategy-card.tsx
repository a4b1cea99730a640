import type { StrategySummary } from "@/lib/dal/plan";

export function StrategyCard({ strategy }: { strategy: StrategySummary }) {
  const headingId = `strategy-${strategy.code}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id={headingId} className="text-xl font-semibold text-brand-700">{strategy.name}</h2>
      <p className="mt-1 text-sm text-stone-700">致力{strategy.aim} · {strategy.slogan}</p>
      <ul className="mt-4 space-y-3">
        {strategy.taskAreas.map((t) => (
          <li key={t.code} className="border-t border-stone-100 pt-3">
            <h3 className="font-medium">{t.name}</h3>
            <p className="mt-1 text-sm text-stone-600">
              举措 {t.measureCount} 项 · 项目 {t.projectCount} 个 · 指标 {t.indicatorCount} 个
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
