import { describe, expect, it } from "vitest";
import { mostTroubled } from "./troubled";
import type { Status } from "./status";

const row = (id: number, status: Status, progress: number) => ({ id, status, progress });

describe("mostTroubled", () => {
  it("keeps every row, in its order, when there are no more than the limit", () => {
    const rows = [row(1, "DONE", 1), row(2, "OVERDUE", 0.2), row(3, "ON_TRACK", 0.5)];
    expect(mostTroubled(rows, 3)).toEqual({ rows, total: 3 });
  });

  it("shows the most troubled first beyond the limit: status, then the least advanced, then their order", () => {
    const rows = [
      row(1, "DONE", 1), row(2, "ON_TRACK", 0.4), row(3, "LAGGING", 0.6), row(4, "OVERDUE", 0.9), row(5, "LAGGING", 0.3),
      row(6, "NOT_STARTED", 0), row(7, "AT_RISK", 0.5), row(8, "LAGGING", 0.3),
    ];
    const shown = mostTroubled(rows, 5);
    expect(shown.total).toBe(8);
    expect(shown.rows.map((r) => r.id)).toEqual([4, 5, 8, 3, 7]);
    expect(mostTroubled(rows, 7).rows.map((r) => r.id)).toEqual([4, 5, 8, 3, 7, 2, 6]);
  });
});
