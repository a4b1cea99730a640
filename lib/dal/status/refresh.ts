import "server-only";
import { getDb } from "@/lib/db";
import type { Tx } from "@/lib/actions/action";

/**
 * Rebuilds the status snapshot rows that approvals, edits or a threshold change marked stale
 * (status_refresh(); a no-op when none are). Nobody needs to call it: a deferred trigger runs it
 * at the commit of the transaction that marked them (migration 20261130120000_status_engine_v2),
 * and reads never write. A writer may call it to rebuild before it reads in the same transaction.
 */
export async function refreshStatusSnapshot(tx?: Tx): Promise<number> {
  const [row] = await (tx ?? getDb()).$queryRaw<{ n: number }[]>`SELECT status_refresh() AS n`;
  return row?.n ?? 0;
}
