import Link from "next/link";

export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-wide">
          柳市镇规划实施监测平台
        </Link>
        <nav aria-label="主导航" className="flex items-center gap-4 text-sm">
          {children}
        </nav>
      </div>
    </header>
  );
}
