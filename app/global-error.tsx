"use client";
import "./globals.css";
import { ErrorScreen } from "@/components/ui/error-screen";

// An error in a root layout itself (public or staff): the same screen, in a document of its own.
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <ErrorScreen {...props} />
      </body>
    </html>
  );
}
