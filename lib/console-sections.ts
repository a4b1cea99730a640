// Which roles may open each console section: the proxy answers 404 to anyone else
// (lib/auth/console-access.ts); each page still checks the session and the role itself. The
// navigation (components/ui/console-nav.tsx) lists, per role, labels for a subset of these.
import type { Role } from "@/generated/prisma/enums.ts";

export type ConsoleSection = { href: string; label: string; roles: readonly Role[] };

const ALL: readonly Role[] = ["OFFICER", "LEADER", "ADMIN"];

export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { href: "/console", label: "我的任务", roles: ALL },
  { href: "/console/inbox", label: "通知中心", roles: ALL },
  { href: "/console/review", label: "待审核", roles: ["LEADER"] },
  { href: "/console/dashboard", label: "仪表盘", roles: ["LEADER", "ADMIN"] },
  { href: "/console/reports", label: "月报季报", roles: ["LEADER", "ADMIN"] },
  { href: "/console/import", label: "批量导入", roles: ["OFFICER", "ADMIN"] },
  { href: "/console/admin/users", label: "账号", roles: ["ADMIN"] },
  { href: "/console/admin/departments", label: "部门", roles: ["ADMIN"] },
  { href: "/console/admin/plans", label: "规划管理", roles: ["ADMIN"] },
  { href: "/console/admin/audit", label: "审计日志", roles: ["ADMIN"] },
  { href: "/console/settings", label: "设置", roles: ["ADMIN"] },
  { href: "/console/account/password", label: "修改密码", roles: ALL },
  { href: "/console/measures", label: "举措", roles: ALL },
];

/** The section a console path belongs to (the longest matching prefix), or null for none. */
export function sectionOf(pathname: string): ConsoleSection | null {
  let best: ConsoleSection | null = null;
  for (const s of CONSOLE_SECTIONS) {
    const inside = pathname === s.href || pathname.startsWith(`${s.href}/`);
    if (inside && (!best || s.href.length > best.href.length)) best = s;
  }
  return best;
}
