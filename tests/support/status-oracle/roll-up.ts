// Roll-up rules, brute force, for the tests only (status_rollups() in SQL is the engine):
//   1. nothing to count (no items, or all of weight 0)          → NOT_STARTED
//   2. every item DONE                                          → DONE
//   3. LAGGING + OVERDUE items carry ≥ laggingShare of the weight → LAGGING
//   4. AT_RISK + LAGGING + OVERDUE items carry ≥ riskShare        → AT_RISK
//   5. every item NOT_STARTED                                   → NOT_STARTED
//   6. otherwise                                                → ON_TRACK
// The items are the measures and projects under the group, each weighing measure weight × task-area
// weight × strategy weight.

import { describeRollUp, describeRollUpEn, type RollUpNumbers } from "@/lib/domain/roll-up";
import { countStatuses } from "@/lib/domain/status";
import type { Status } from "@/lib/domain/format";

export type RollUpItem = { status: Status; progress: number; weight?: number };
export type RollUp = RollUpNumbers & { progress: number; explanation: string; explanationEn: string };

const EPS = 1e-9;

export function rollUp(items: readonly RollUpItem[], options: { laggingShare?: number; riskShare?: number } = {}): RollUp {
  const laggingShare = options.laggingShare ?? 0.2;
  const riskShare = options.riskShare ?? 0.1;
  const counts = countStatuses([]);
  let ignored = 0;
  let total = 0;
  let done = 0;
  let lagging = 0;
  let atRisk = 0;
  for (const item of items) {
    const w = item.weight ?? 1;
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`权重必须是非负有限数：${w}`);
    if (!Number.isFinite(item.progress) || item.progress < 0 || item.progress > 1) throw new RangeError(`完成度必须在 0 到 1 之间：${item.progress}`);
    if (w === 0) {
      ignored += 1;
      continue;
    }
    counts[item.status] += 1;
    total += w;
    done += w * item.progress;
    if (item.status === "LAGGING" || item.status === "OVERDUE") lagging += w;
    if (item.status === "AT_RISK") atRisk += w;
  }
  const n = total > 0 ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
  const status: Status =
    n === 0
      ? "NOT_STARTED"
      : counts.DONE === n
        ? "DONE"
        : lagging > 0 && lagging / total >= laggingShare - EPS
          ? "LAGGING"
          : lagging + atRisk > 0 && (lagging + atRisk) / total >= riskShare - EPS
            ? "AT_RISK"
            : counts.NOT_STARTED === n
              ? "NOT_STARTED"
              : "ON_TRACK";
  const numbers: RollUpNumbers = {
    counts, status, laggingShare, ignored,
    laggingWeightShare: n === 0 ? 0 : lagging / total,
    atRiskWeightShare: n === 0 ? 0 : atRisk / total,
  };
  return { ...numbers, progress: n === 0 ? 0 : done / total, explanation: describeRollUp(numbers), explanationEn: describeRollUpEn(numbers) };
}
