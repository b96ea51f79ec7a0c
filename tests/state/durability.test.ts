/**
 * De-duplication and the question log are written with `synchronous = NORMAL`, everything else with FULL: the
 * setting is relaxed around those writes only, and restored even when the write throws.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { withRelaxedSync } from "../../src/state/durability.ts";
import { StateStore } from "../../src/state/store.ts";
import { tempDir } from "../reminders/fixtures.ts";

const FULL = 2;
const NORMAL = 1;

let dir: ReturnType<typeof tempDir>;
let store: StateStore;
beforeEach(() => {
  dir = tempDir("durability-");
  store = StateStore.open(join(dir.path, "state.db"));
});
afterEach(() => {
  vi.restoreAllMocks();
  store.close();
  dir.remove();
});

function level(db: Database.Database): number {
  return db.pragma("synchronous", { simple: true }) as number;
}

describe("withRelaxedSync", () => {
  it("writes with NORMAL and goes back to FULL, also after a failed write", () => {
    const db = new Database(join(dir.path, "plain.db"));
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    expect(withRelaxedSync(db, () => level(db))).toBe(NORMAL);
    expect(level(db)).toBe(FULL);
    expect(() =>
      withRelaxedSync(db, () => {
        throw new Error("disk full");
      }),
    ).toThrow("disk full");
    expect(level(db)).toBe(FULL);
    db.close();
  });

  it("leaves a transaction at FULL: the setting would cover the ledger's writes in it", () => {
    const db = new Database(join(dir.path, "plain.db"));
    db.pragma("synchronous = FULL");
    const inside = db.transaction(() => withRelaxedSync(db, () => level(db)))();
    expect(inside).toBe(FULL);
    db.close();
  });
});

describe("the state store", () => {
  it("relaxes the flush for de-duplication, the question log and settlements, never for claims", () => {
    const pragma = vi.spyOn(Database.prototype, "pragma");
    store.markEventsProcessed([{ id: "Ev0001", at: Date.parse("2026-11-24T00:00:00Z") }]);
    store.questions.record({
      kind: "none",
      question: "除雪は？",
      items: [],
      channelType: "im",
      userId: "U1",
    });
    expect(pragma.mock.calls.map((c) => c[0])).toEqual([
      "synchronous = NORMAL",
      "synchronous = FULL",
      "synchronous = NORMAL",
      "synchronous = FULL",
    ]);
    pragma.mockClear();
    // The claim, which never-twice rests on, and snoozes are flushed (FULL, nothing changed).
    store.claimDelivery("2026-W48", "U1", [1], 3);
    store.addSnooze({ recipient: "U1", item: 1, week: "2026-W48" });
    store.recordFailedAttempt("2026-W48", "U2", [1], "users_not_found", 3);
    expect(pragma).not.toHaveBeenCalled();
    // A settlement lost in a power cut leaves the row pending, never resent: relaxed.
    store.markSent("2026-W48", "U1", { channel: "DU1", ts: "1.2" });
    expect(pragma.mock.calls.map((c) => c[0])).toEqual(["synchronous = NORMAL", "synchronous = FULL"]);
  });
});
