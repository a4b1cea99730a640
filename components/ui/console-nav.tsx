import Link from "next/link";
import type { Role } from "@/generated/prisma/enums.ts";

type Item = { href: string; label: string; roles: Role[] };

const ITEMS: Item[] = [
  { href: "/console", label: "我的任务", roles: ["OFFICER", "LEADER", "ADMIN"] },
  { href: "/console/review", label: "待审核", roles: ["LEADER"] },
  { href: "/console/dashboard", label: "仪表盘", roles: ["LEADER", "ADMIN"] },
  { href: "/console/admin/users", label: "账号", roles: ["ADMIN"] },
  { href: "/console/admin/departments", label: "部门", roles: ["ADMIN"] },
  { href: "/console/admin/audit", label: "审计日志", roles: ["ADMIN"] },
  { href: "/console/settings", label: "设置", roles: ["ADMIN"] },
  { href: "/console/account/password", label: "修改密码", roles: ["OFFICER", "LEADER", "ADMIN"] },
];

export function ConsoleNav({ role }: { role: Role }) {
  return (
    <nav aria-label="工作台导航" className="border-b border-stone-200 bg-white">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
        {ITEMS.filter((i) => i.roles.includes(role)).map((i) => (
          <li key={i.href}>
            <Link href={i.href} className="text-blue-800 hover:underline">{i.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
