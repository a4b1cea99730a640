import type { Metadata } from "next";
import { SiteHeader } from "@/components/ui/site-header";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "工作人员登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-sm px-4 py-10">
        <h1 className="mb-6 text-2xl font-bold">工作人员登录</h1>
        <LoginForm callbackUrl={callbackUrl ?? "/console"} />
      </main>
    </>
  );
}
