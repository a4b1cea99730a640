"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * The number of inbox items beside 通知中心. Rendered with the layout's count, then kept fresh:
 * asked again on every page change (layouts do not re-render on client-side navigation) and
 * when the window regains focus.
 */
export function InboxBadge({ initial }: { initial: number }) {
  const [count, setCount] = useState(initial);
  const pathname = usePathname();
  const shownFor = useRef(pathname);

  // A server render with a new count (a full refresh) wins over what was fetched before.
  useEffect(() => setCount(initial), [initial]);

  useEffect(() => {
    if (shownFor.current === pathname) return;
    shownFor.current = pathname;
    void loadCount(setCount);
  }, [pathname]);

  useEffect(() => {
    const onFocus = () => void loadCount(setCount);
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, []);

  if (count <= 0) return null;
  return (
    <span data-testid="inbox-badge" className="ml-1 inline-block min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-bold text-white">
      {count}
      <span className="sr-only"> 项待办</span>
    </span>
  );
}

async function loadCount(set: (n: number) => void) {
  try {
    const response = await fetch("/api/inbox/count", { cache: "no-store" });
    const body = response.ok ? ((await response.json()) as { count?: number }) : null;
    if (typeof body?.count === "number") set(body.count);
  } catch {
    // Offline or signed out: keep showing the last count.
  }
}
