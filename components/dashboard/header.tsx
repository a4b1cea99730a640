// Plain links: see docs/decisions/003 (the client router mixed up dynamic pages).
import { DemoDataNotice } from "@/components/ui/demo-data-notice";

/** Breadcrumbs and title of a dashboard page. */
export function DashboardHeader({ crumbs, title, subtitle, demo }: { crumbs: { label: string; href: string }[]; title: string; subtitle?: string; demo: boolean }) {
  return (
    <>
      {demo ? <DemoDataNotice /> : null}
      <nav aria-label="位置" className="mt-4 text-sm text-stone-600">
        <ol className="flex flex-wrap gap-1">
          {crumbs.map((c) => (
            <li key={c.href} className="after:ml-1 after:content-['›'] last:after:content-none">
              <a href={c.href} className="text-blue-800 hover:underline">{c.label}</a>
            </li>
          ))}
        </ol>
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{title}</h1>
      {subtitle ? <p className="mt-1 text-sm text-stone-600">{subtitle}</p> : null}
    </>
  );
}
