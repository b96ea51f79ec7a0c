/**
 * Blocked event-loop time per Slack event spent remembering its event_id (de-duplication), on the disk the state
 * file lives on: the first round's way (every insert at `synchronous = FULL`, an fsync each) against the app's
 * (src/state/event-ledger.ts: a look-up in memory per event, the ids written behind in one relaxed commit, whose
 * blocked time is shared out over the events it writes). Interleaved batches, so both see the same machine load.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { EventLedger } from "../src/state/event-ledger.ts";
import { StateStore } from "../src/state/store.ts";
import { type Summary, summarize } from "./stats.ts";

export interface DedupResult {
  fullFlush: Summary;
  relaxed: Summary;
  dir: string;
}

export function benchDedup(events = 400, batches = 8): DedupResult {
  // Beside the repository, not in /tmp: /tmp may be a RAM disk, which has no flush to measure.
  const dir = mkdtempSync(join(resolve(import.meta.dirname, ".."), ".bench-dedup-"));
  try {
    const store = StateStore.open(join(dir, "after.db"));
    const ledger = new EventLedger(store);
    const old = new Database(join(dir, "before.db"));
    old.pragma("journal_mode = WAL");
    old.pragma("synchronous = FULL");
    old.exec("CREATE TABLE processed_events (event_id TEXT PRIMARY KEY, received_at TEXT NOT NULL)");
    const oldInsert = old.prepare(
      "INSERT OR IGNORE INTO processed_events (event_id, received_at) VALUES (?, ?)",
    );
    const before: number[] = [];
    const after: number[] = [];
    let n = 0;
    for (let b = 0; b < batches; b++) {
      const perEvent: number[] = [];
      for (let i = 0; i < events / batches; i++) {
        const id = `Ev${n++}`;
        let t = performance.now();
        oldInsert.run(id, new Date().toISOString());
        before.push(performance.now() - t);
        t = performance.now();
        ledger.firstSeen(id);
        perEvent.push(performance.now() - t);
      }
      // The write behind (once a second in the app), shared out over the events it wrote.
      const t = performance.now();
      ledger.flush();
      const share = (performance.now() - t) / perEvent.length;
      after.push(...perEvent.map((ms) => ms + share));
    }
    ledger.close();
    store.close();
    old.close();
    return { fullFlush: summarize(before), relaxed: summarize(after), dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
