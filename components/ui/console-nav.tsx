import Link from "next/link";
import type { Role } from "@/generated/prisma/enums.ts";
import { CONSOLE_SECTIONS } from "@/lib/console-sections";
import { InboxBadge } from "@/components/inbox/inbox-badge";

/** `inboxCount`: the number of inbox items, shown as a badge beside 通知中心. */
export function ConsoleNav({ role, inboxCount = 0 }: { role: Role; inboxCount?: number }) {
  return (
    <nav aria-label="工作台导航" className="no-print border-b border-stone-200 bg-white">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
        {CONSOLE_SECTIONS.filter((i) => i.inNav !== false && i.roles.includes(role)).map((i) => (
          <li key={i.href}>
            {/* The inbox is never shown from a prefetch made before the user's last action. */}
            <Link href={i.href} prefetch={i.href === "/console/inbox" ? false : undefined} className="text-blue-800 hover:underline">
              {i.label}
              {i.href === "/console/inbox" && <InboxBadge initial={inboxCount} />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
