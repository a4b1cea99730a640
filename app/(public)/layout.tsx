import Link from "next/link";
import { SiteHeader } from "@/components/ui/site-header";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader>
        <Link href="/" className="hover:underline">首页</Link>
        <Link href="/console" className="rounded border border-white/60 px-3 py-1 hover:bg-white/10">工作人员登录</Link>
      </SiteHeader>
      {children}
      <footer className="mx-auto max-w-5xl px-4 py-8 text-xs text-stone-600">柳市镇人民政府 · 规划实施监测平台 · 仅公开经审核的数据</footer>
    </>
  );
}
