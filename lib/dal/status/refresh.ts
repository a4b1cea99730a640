import "server-only";
import { getDb } from "@/lib/db";
import type { Tx } from "@/lib/actions/action";

/**
 * Rebuilds the status snapshot rows that approvals, edits or a threshold change marked stale
 * (status_refresh(); a no-op when none are). Reads need not call it: the reading SQL functions
 * refresh first, in the same statement. Writers call it to pay for the rebuild themselves.
 */
export async function refreshStatusSnapshot(tx?: Tx): Promise<number> {
  const [row] = await (tx ?? getDb()).$queryRaw<{ n: number }[]>`SELECT status_refresh() AS n`;
  return row?.n ?? 0;
}
