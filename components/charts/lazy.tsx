"use client";
// The charts are client-only (Recharts draws in the browser) and loaded on demand, after the
// page and its tables: the tables carry the same numbers for anyone without the chart.
import dynamic from "next/dynamic";

function Placeholder({ height }: { height: number }) {
  return <div style={{ height }} className="animate-pulse rounded bg-stone-100" aria-hidden="true" />;
}

export const LazyCompletionChart = dynamic(() => import("./completion-chart"), { ssr: false, loading: () => <Placeholder height={200} /> });
export const LazyStatusDistributionChart = dynamic(() => import("./status-distribution-chart"), { ssr: false, loading: () => <Placeholder height={220} /> });
export const LazyTrendChart = dynamic(() => import("./trend-chart"), { ssr: false, loading: () => <Placeholder height={460} /> });
