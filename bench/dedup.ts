/**
 * Blocked event-loop time per Slack event spent remembering its event_id (de-duplication), on the disk the state
 * file lives on: the old way (every insert at `synchronous = FULL`, an fsync each) against the store's way
 * (relaxed per statement, see src/state/durability.ts). Interleaved batches, so both see the same machine load.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
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
      for (let i = 0; i < events / batches; i++) {
        const id = `Ev${n++}`;
        let t = performance.now();
        oldInsert.run(id, new Date().toISOString());
        before.push(performance.now() - t);
        t = performance.now();
        store.markEventProcessed(id);
        after.push(performance.now() - t);
      }
    }
    store.close();
    old.close();
    return { fullFlush: summarize(before), relaxed: summarize(after), dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
