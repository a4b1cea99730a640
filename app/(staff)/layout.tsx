import type { Metadata, Viewport } from "next";
import "../globals.css";

// The root layout of the staff side (login and console). It is Chinese only; the public pages
// have their own root layout under app/[locale], with the language in the address.
export const metadata: Metadata = {
  title: { default: "柳市镇规划实施监测平台", template: "%s · 柳市镇规划实施监测平台" },
  robots: { index: false, follow: false },
};

// Every staff page reads the session and renders per request.
export const instant = false;

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function StaffRootLayout({ children }: { children: React.ReactNode }) {
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
