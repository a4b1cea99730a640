import type { Metadata, Viewport } from "next";
import "@fontsource-variable/noto-sans-sc";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "柳市镇规划实施监测平台", template: "%s · 柳市镇规划实施监测平台" },
  description: "柳市镇五年规划三大战略、重点任务与举措的实施进展公开平台",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          跳到正文
        </a>
        {children}
      </body>
    </html>
  );
}
