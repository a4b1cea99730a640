import type { Metadata } from "next";
import "./globals.css";

// Addresses that match no page at all (the app has two root layouts: public and staff).
export const metadata: Metadata = { title: "页面不存在 Page not found", robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-bold">页面不存在</h1>
          <p className="mt-2 text-stone-600">请检查地址是否正确。</p>
          <p lang="en" className="mt-4 text-stone-600">Page not found. Please check the address.</p>
          <a href="/" className="mt-6 inline-block text-blue-800 underline">返回首页 Home</a>
        </main>
      </body>
    </html>
  );
}
