export function SiteHeader({
  children,
  title = "柳市镇规划实施监测平台",
  homeHref = "/",
  navLabel = "主导航",
}: { children?: React.ReactNode; title?: string; homeHref?: string; navLabel?: string }) {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <a href={homeHref} className="text-lg font-semibold tracking-wide">
          {title}
        </a>
        <nav aria-label={navLabel} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          {children}
        </nav>
      </div>
    </header>
  );
}
