import Link from "next/link";

export function SiteHeader({ children, title = "柳市镇规划实施监测平台" }: { children?: React.ReactNode; title?: string }) {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-wide">
          {title}
        </Link>
        <nav aria-label="主导航" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          {children}
        </nav>
      </div>
    </header>
  );
}
