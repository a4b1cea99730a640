import Link from "next/link";
import type { Role } from "@/generated/prisma/enums.ts";
import { InboxBadge } from "@/components/inbox/inbox-badge";

type Item = { href: string; label: string; roles: Role[] };

// A leader starts on the dashboard (/console redirects there) and finds every measure under 全部举措.
const ITEMS: Item[] = [
  { href: "/console", label: "我的任务", roles: ["OFFICER"] },
  { href: "/console", label: "全部举措", roles: ["ADMIN"] },
  { href: "/console/dashboard", label: "仪表盘", roles: ["LEADER"] },
  { href: "/console/inbox", label: "通知中心", roles: ["OFFICER", "LEADER", "ADMIN"] },
  { href: "/console/review", label: "待审核", roles: ["LEADER"] },
  { href: "/console/measures", label: "全部举措", roles: ["LEADER"] },
  { href: "/console/dashboard", label: "仪表盘", roles: ["ADMIN"] },
  { href: "/console/reports", label: "月报季报", roles: ["LEADER", "ADMIN"] },
  { href: "/console/import", label: "批量导入", roles: ["OFFICER", "ADMIN"] },
  { href: "/console/admin/users", label: "账号", roles: ["ADMIN"] },
  { href: "/console/admin/departments", label: "部门", roles: ["ADMIN"] },
  { href: "/console/admin/plans", label: "规划管理", roles: ["ADMIN"] },
  { href: "/console/admin/audit", label: "审计日志", roles: ["ADMIN"] },
  { href: "/console/settings", label: "设置", roles: ["ADMIN"] },
  { href: "/console/account/password", label: "修改密码", roles: ["OFFICER", "LEADER", "ADMIN"] },
];

/** `inboxCount`: the number of inbox items, shown as a badge beside 通知中心. */
export function ConsoleNav({ role, inboxCount = 0 }: { role: Role; inboxCount?: number }) {
  return (
    <nav aria-label="工作台导航" className="no-print border-b border-stone-200 bg-white">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
        {ITEMS.filter((i) => i.roles.includes(role)).map((i) => (
          <li key={`${i.href} ${i.label}`}>
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
