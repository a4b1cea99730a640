import type { Metadata } from "next";
import { headers } from "next/headers";
import { SiteHeader } from "@/components/ui/site-header";
import { LoginForm } from "@/components/auth/login-form";
import { LOGIN_NOTICES } from "@/lib/auth/notices";
import { otherSiteAddress } from "@/lib/auth/site-address";

export const metadata: Metadata = { title: "工作人员登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  const { callbackUrl, notice } = await searchParams;
  const text = notice && Object.hasOwn(LOGIN_NOTICES, notice) ? LOGIN_NOTICES[notice] : undefined;
  const site = otherSiteAddress((await headers()).get("host"), process.env.AUTH_URL);
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-sm px-4 py-10">
        <h1 className="mb-6 text-2xl font-bold">工作人员登录</h1>
        {site && (
          <p className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
            本系统的访问地址是 <a href={`${site}/login${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`} className="font-medium text-blue-800 underline">{site}</a>。从当前地址登录后，登录状态无法保持，请改用该地址登录。
          </p>
        )}
        {text && <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">{text}</p>}
        <LoginForm callbackUrl={callbackUrl ?? "/console"} />
      </main>
    </>
  );
}
