import { BUILD_PLACEHOLDER } from "@/lib/i18n/config";

// A published plan's pages at /plans/<code>/… (issue 15): the same pages as the current plan's at
// the site's root, of that plan. The build reads no data: a plan's pages render on their first
// request and stay cached until a change expires them; this listed param answers 404.
export function generateStaticParams() {
  return [{ plan: BUILD_PLACEHOLDER }];
}

export default function PlanLayout({ children }: { children: React.ReactNode }) {
  return children;
}
