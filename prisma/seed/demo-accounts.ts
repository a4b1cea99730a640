// Demo accounts of the seeded database. The password is published in the README: these
// accounts exist for trying the product and for tests, never for a real deployment.
import type { Role } from "@/generated/prisma/enums.ts";
import { departments } from "./departments";

export { DEMO_PASSWORD } from "@/lib/demo-mode";

/** `strategies`: codes of the strategies a leader reviews (分管). */
export type DemoAccount = { username: string; displayName: string; role: Role; departments: string[]; strategies?: string[] };

export const demoAccounts: DemoAccount[] = [
  { username: "admin", displayName: "系统管理员（演示）", role: "ADMIN", departments: [] },
  { username: "leader", displayName: "分管领导（演示）", role: "LEADER", departments: [], strategies: ["A", "B", "C"] },
  { username: "leader-a", displayName: "民生共享战略分管领导（演示）", role: "LEADER", departments: [], strategies: ["A"] },
  { username: "officer2", displayName: "建设与交通填报员（演示）", role: "OFFICER", departments: ["jianshe", "jiaotong"] },
  // One officer per department, named by its code, e.g. "jianshe" for 建设管理办公室.
  ...departments.map((d) => ({
    username: d.code,
    displayName: `${d.name}填报员（演示）`,
    role: "OFFICER" as const,
    departments: [d.code],
  })),
];
