import "server-only";
import { ActionRefusal, type Tx } from "./action";

/** Checks that every department and strategy named exists, so a bad id is a field error, not a 500. */
export async function checkAssignment(tx: Tx, input: { role: string; departmentIds: number[]; strategyIds: number[] }) {
  const [departments, strategies] = await Promise.all([
    tx.department.count({ where: { id: { in: input.departmentIds } } }),
    tx.strategy.count({ where: { id: { in: input.strategyIds } } }),
  ]);
  if (departments !== input.departmentIds.length) throw new ActionRefusal("所选部门不存在。", "invalid", { departmentIds: ["所选部门不存在"] });
  if (strategies !== input.strategyIds.length) throw new ActionRefusal("所选战略不存在。", "invalid", { strategyIds: ["所选战略不存在"] });
  if (input.role !== "LEADER" && input.strategyIds.length > 0) {
    throw new ActionRefusal("只有分管领导可以分管战略。", "invalid", { strategyIds: ["只有分管领导可以分管战略"] });
  }
}

export const assignmentData = (input: { departmentIds: number[]; strategyIds: number[] }) => ({
  departments: { create: input.departmentIds.map((departmentId) => ({ departmentId })) },
  strategies: { create: input.strategyIds.map((strategyId) => ({ strategyId })) },
});
