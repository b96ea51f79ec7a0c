/**
 * Which Slack deliveries the app has handled (an event's `event_id`, a command's or click's `trigger_id`), so that a
 * retry or a replay is answered once — answered from memory, written to the state database behind.
 *
 * Every event used to be one SQLite commit before the listener ran: about 0.06 ms of CPU per mention, 5% of what
 * the app spends on one (issue 14). Now the check is a Map look-up, and the new ids go to the database in one
 * commit a second later. On start the ids of the last hour are read back, so a retry that arrives after a restart
 * is still recognised (Slack retries within minutes; a replayed trigger_id is refused by its signature's timestamp
 * after five minutes).
 *
 * What this gives up, on purpose: a crash (not a stop: `close()` writes what is pending) loses at most the last
 * second of ids, which costs at worst one duplicate answer to a retry of those events; and the check is per
 * process, so two app processes sharing one database could both answer one retry. The app runs as one process
 * (README, 本番環境での運用); the delivery ledger of the reminders, which must never post twice, is not affected.
 */
import type { StateStore } from "./store.ts";

export interface EventLedgerOptions {
  /** How long after the first sighting an id is still recognised from memory. */
  rememberMs?: number;
  /** How long new ids may wait before they are written. */
  flushMs?: number;
  now?: () => number;
  /** Told when a write fails (the ids stay recognised in memory; only a restart would forget them). */
  onWriteError?: (err: unknown) => void;
}

export const REMEMBER_EVENTS_MS = 60 * 60 * 1000;
export const FLUSH_EVENTS_MS = 1000;

export class EventLedger {
  /** id → when first seen (ms), oldest first: a Map keeps insertion order, so old ids are dropped from the front. */
  private readonly seen = new Map<string, number>();
  private pending: { id: string; at: number }[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;
  private readonly rememberMs: number;

  constructor(
    private readonly store: Pick<StateStore, "markEventsProcessed" | "eventsSince">,
    private readonly options: EventLedgerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.rememberMs = options.rememberMs ?? REMEMBER_EVENTS_MS;
    for (const e of store.eventsSince(new Date(this.now() - this.rememberMs))) this.seen.set(e.id, e.at);
  }

  /** True the first time an id is seen; false for a retry or replay of it. */
  firstSeen(id: string): boolean {
    if (this.seen.has(id)) return false;
    const at = this.now();
    this.seen.set(id, at);
    this.pending.push({ id, at });
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.options.flushMs ?? FLUSH_EVENTS_MS);
      // Writing behind must not keep a stopping process alive; close() writes what is left.
      this.timer.unref?.();
    }
    return true;
  }

  /** Writes the ids not yet written, and forgets from memory those older than `rememberMs`. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    try {
      this.store.markEventsProcessed(batch);
    } catch (err) {
      this.options.onWriteError?.(err);
    }
    const cutoff = this.now() - this.rememberMs;
    for (const [id, at] of this.seen) {
      if (at >= cutoff) break;
      this.seen.delete(id);
    }
  }

  /** Before the store is closed: writes what is pending. */
  close(): void {
    this.flush();
  }
}
