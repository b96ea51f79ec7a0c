/**
 * How hard a write insists on reaching the disk. The connection stays at `synchronous = FULL` (each commit waits
 * for fsync of the WAL) because the delivery ledger needs it: a "pending" claim must be on disk before the post it
 * guards goes out. De-duplication and the question log do not: losing their last rows in a power cut costs at
 * worst one duplicate answer to a Slack retry, or one logged question, while a flush per event blocked the event
 * loop for 6 ms at p50 and 63 ms at p99 on this machine's disk (issue 14).
 *
 * Why per statement and not a second connection: `synchronous` is a per-connection setting that may be changed
 * between transactions, the app is one thread (better-sqlite3 is synchronous, so no other statement can run while
 * the setting is relaxed), and one connection keeps `:memory:` stores (tests, the playground) working. In WAL
 * mode, NORMAL commits still keep the database consistent; the next FULL commit (a ledger write) flushes the WAL
 * and with it every relaxed commit before it, so ordering is never lost, only the newest relaxed rows can be.
 */
import type Database from "better-sqlite3";

/** Runs `write` with `synchronous = NORMAL`, then restores FULL, also when it throws. */
export function withRelaxedSync<T>(db: Database.Database, write: () => T): T {
  // Inside a transaction the setting would apply to the ledger's writes too: keep FULL.
  if (db.inTransaction) return write();
  db.pragma("synchronous = NORMAL");
  try {
    return write();
  } finally {
    db.pragma("synchronous = FULL");
  }
}
