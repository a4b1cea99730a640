// Keeps each connection's extended-protocol exchange (Parse … Sync) together on the embedded
// database's socket server. PGlite is one session for all connections; @electric-sql/pglite-socket
// 0.2.17 queues their messages and keeps an open *transaction* to its connection, but between a
// Parse and its Sync it lets another connection's message run, which destroys the unnamed
// statement and portal ("portal \"\" cannot be run") or commits the implicit transaction. Seen
// with two writers, and with a backup next to one writer. The queue already pins itself to the
// last connection while PGlite reports a transaction: this makes it report one while that
// connection is inside an exchange too. Uses the queue's internals (pinned version); see
// docs/decisions/007-backup-and-restore.md.
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type QueueInternals = {
  db: { isInTransaction(): boolean };
  lastHandlerId: number | null;
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  clearQueueForHandler(handlerId: number): void;
};

/** Message types that end an exchange (or stand alone): Sync, simple Query, Terminate. */
const BOUNDARY = new Set(["S", "Q", "X"].map((c) => c.charCodeAt(0)));

export function guardExtendedProtocol(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueueInternals }).queryQueue;
  if (!queue || typeof queue.enqueue !== "function" || !queue.db) throw new Error("pglite-socket's queue is not what this guard was written for: check the version");
  // A connection sends its next message only after the previous one was answered, so the last
  // one it queued is the one that ran last.
  const inExchange = new Set<number>();
  const enqueue = queue.enqueue.bind(queue);
  queue.enqueue = (handlerId, message, onData) => {
    // The start-up packet begins with its length (first byte 0), not with a type.
    if (message[0] === 0 || BOUNDARY.has(message[0])) inExchange.delete(handlerId);
    else inExchange.add(handlerId);
    return enqueue(handlerId, message, onData);
  };
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    inExchange.delete(handlerId); // disconnected mid-exchange: release the queue
    clear(handlerId);
  };
  const db = queue.db;
  queue.db = new Proxy(db, {
    get(target, property) {
      if (property === "isInTransaction") return () => target.isInTransaction() || (queue.lastHandlerId !== null && inExchange.has(queue.lastHandlerId));
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
