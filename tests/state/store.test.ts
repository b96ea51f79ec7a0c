/**
 * The state file: created and migrated on first use, in WAL mode, and a ledger in which each (week, recipient) is
 * claimed by exactly one run. Real SQLite files in a temporary directory.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StateStoreError } from "../../src/errors.ts";
import { SCHEMA_VERSION, StateStore } from "../../src/state/store.ts";
import { tempDir } from "../reminders/fixtures.ts";

let dir: ReturnType<typeof tempDir>;
let path: string;
const open: StateStore[] = [];
const clock = () => new Date("2026-11-24T00:00:05Z");
const openStore = () => {
  const store = StateStore.open(path, { clock });
  open.push(store);
  return store;
};

beforeEach(() => {
  dir = tempDir("state-");
  path = join(dir.path, "nested", "var", "state.db");
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  dir.remove();
});

describe("opening", () => {
  it("creates the file and its directories, migrates to the current version and uses WAL", () => {
    openStore().close();
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.prepare("SELECT version FROM schema_version").all()).toEqual([{ version: SCHEMA_VERSION }]);
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
      const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
      expect(tables.map((t) => (t as { name: string }).name)).toEqual([
        "deliveries",
        "processed_events",
        "question_log",
        "report_drafts",
        "report_reviews",
        "report_submissions",
        "schema_version",
        "secrets",
        "slack_lookups",
        "snoozes",
      ]);
    } finally {
      raw.close();
    }
  });

  it("keeps data across reopening and does not migrate twice", () => {
    const first = openStore();
    first.addSnooze({ recipient: "UNOZEI01", item: 16, week: "2026-W49" });
    first.close();
    const second = openStore();
    expect(second.snoozesForWeek("2026-W49")).toEqual([
      { recipient: "UNOZEI01", item: 16, week: "2026-W49" },
    ]);
  });

  it("brings a file made by the first version forward, keeping its rows", () => {
    mkdirSync(join(dir.path, "nested", "var"), { recursive: true });
    const raw = new Database(path);
    raw.exec(`
      CREATE TABLE schema_version (version INTEGER NOT NULL);
      INSERT INTO schema_version (version) VALUES (1);
      CREATE TABLE deliveries (
        week TEXT NOT NULL, recipient TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        error TEXT, ts TEXT, channel TEXT, attempts INTEGER NOT NULL DEFAULT 1,
        items TEXT NOT NULL DEFAULT '[]', updated_at TEXT NOT NULL, PRIMARY KEY (week, recipient)
      );
      CREATE TABLE snoozes (recipient TEXT NOT NULL, item INTEGER NOT NULL, week TEXT NOT NULL,
        created_at TEXT NOT NULL, PRIMARY KEY (week, recipient, item));
      CREATE TABLE processed_events (event_id TEXT PRIMARY KEY, received_at TEXT NOT NULL);
      INSERT INTO deliveries (week, recipient, status, ts, channel, items, updated_at)
        VALUES ('2026-W48', 'machi@example.jp', 'sent', '1.1', 'DUMACHI001', '[2]', '2026-11-24T00:00:00Z');
    `);
    raw.close();
    const store = openStore();
    expect(store.delivery("2026-W48", "machi@example.jp")).toMatchObject({ status: "sent", aliases: [] });
    store.claimDelivery("2026-W48", "UNOZEI01", [16], 3, ["nozei@example.jp"]);
    expect(store.delivery("2026-W48", "UNOZEI01")?.aliases).toEqual(["nozei@example.jp"]);
    store.close();
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT version FROM schema_version").all()).toEqual([{ version: SCHEMA_VERSION }]);
    check.close();
  });

  it("refuses a file made by a newer version of the bot", () => {
    openStore().close();
    const raw = new Database(path);
    raw.prepare("UPDATE schema_version SET version = ?").run(SCHEMA_VERSION + 1);
    raw.close();
    expect(() => StateStore.open(path)).toThrow(StateStoreError);
  });

  it("closes cleanly, twice if need be", () => {
    const store = openStore();
    expect(store.isOpen).toBe(true);
    store.close();
    store.close();
    expect(store.isOpen).toBe(false);
  });
});

describe("deliveries", () => {
  const W = "2026-W48";

  it("is claimed once; a pending or sent row is never claimed again", () => {
    const store = openStore();
    expect(store.claimDelivery(W, "UNOZEI01", [14, 16], 3)).toEqual({ claimed: true, attempt: 1 });
    const again = store.claimDelivery(W, "UNOZEI01", [14, 16], 3);
    expect(again).toMatchObject({ claimed: false, existing: { status: "pending", items: [14, 16] } });
    store.markSent(W, "UNOZEI01", { channel: "DUNOZEI01", ts: "1700000001.000100" });
    expect(store.claimDelivery(W, "UNOZEI01", [14, 16], 3)).toMatchObject({
      claimed: false,
      existing: { status: "sent", ts: "1700000001.000100", channel: "DUNOZEI01", error: null },
    });
    // Another week is another delivery.
    expect(store.claimDelivery("2026-W49", "UNOZEI01", [14, 16], 3).claimed).toBe(true);
  });

  it("lets a failed row be claimed again until the attempts run out", () => {
    const store = openStore();
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(store.claimDelivery(W, "CGONE0001", [2], 3)).toEqual({ claimed: true, attempt });
      store.markFailed(W, "CGONE0001", "channel_not_found");
    }
    expect(store.claimDelivery(W, "CGONE0001", [2], 3)).toMatchObject({
      claimed: false,
      existing: { status: "failed", attempts: 3, error: "channel_not_found" },
    });
  });

  it("keeps a row pending with the reason when the outcome is unknown", () => {
    const store = openStore();
    store.claimDelivery(W, "UNOZEI01", [16], 3);
    store.notePending(W, "UNOZEI01", "request_error:ECONNRESET", "DUNOZEI01");
    expect(store.delivery(W, "UNOZEI01")).toMatchObject({
      status: "pending",
      error: "request_error:ECONNRESET",
      channel: "DUNOZEI01",
    });
    expect(store.claimDelivery(W, "UNOZEI01", [16], 3).claimed).toBe(false);
  });

  it("records a failure before the post without ever leaving the row pending", () => {
    const store = openStore();
    expect(store.recordFailedAttempt(W, "UGONE0001", [2], "user_not_found", 2)).toEqual({
      claimed: true,
      attempt: 1,
    });
    expect(store.delivery(W, "UGONE0001")).toMatchObject({ status: "failed", error: "user_not_found" });
    expect(store.recordFailedAttempt(W, "UGONE0001", [2], "user_not_found", 2)).toMatchObject({ attempt: 2 });
    expect(store.recordFailedAttempt(W, "UGONE0001", [2], "user_not_found", 2)).toMatchObject({
      claimed: false,
      existing: { status: "failed", attempts: 2 },
    });
    // A sent row is left alone.
    store.claimDelivery(W, "UNOZEI01", [16], 3);
    store.markSent(W, "UNOZEI01", { channel: "DUNOZEI01", ts: "1.1" });
    expect(store.recordFailedAttempt(W, "UNOZEI01", [16], "x", 3)).toMatchObject({
      claimed: false,
      existing: { status: "sent" },
    });
  });

  it("gives a claim back after a 429 without counting the attempt", () => {
    const store = openStore();
    store.claimDelivery(W, "UNOZEI01", [16], 1);
    store.releaseClaim(W, "UNOZEI01", "ratelimited");
    expect(store.delivery(W, "UNOZEI01")).toMatchObject({
      status: "failed",
      attempts: 0,
      error: "ratelimited",
    });
    // Even with one attempt allowed, it can be claimed again, as attempt 1.
    expect(store.claimDelivery(W, "UNOZEI01", [16], 1)).toEqual({ claimed: true, attempt: 1 });
    store.markSent(W, "UNOZEI01", { channel: "DUNOZEI01", ts: "1.1" });
    expect(() => store.releaseClaim(W, "UNOZEI01", "ratelimited")).toThrow(StateStoreError);
  });

  it("gives a row to exactly one of two processes racing for it", () => {
    const a = openStore();
    const b = openStore();
    const claims = [a.claimDelivery(W, "UNOZEI01", [16], 3), b.claimDelivery(W, "UNOZEI01", [16], 3)];
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
  });

  it("refuses to settle a delivery nobody claimed", () => {
    expect(() => openStore().markSent(W, "UNOBODY01", { channel: "D1", ts: "1.1" })).toThrow(StateStoreError);
  });

  it("lists the week's rows", () => {
    const store = openStore();
    store.claimDelivery(W, "UNOZEI01", [16], 3);
    store.claimDelivery(W, "CDIGITAL1", [10, 13], 3);
    store.markSent(W, "CDIGITAL1", { channel: "CDIGITAL1", ts: "1.2" });
    expect(store.deliveriesForWeek(W).map((d) => [d.recipient, d.status, d.updatedAt.toISOString()])).toEqual(
      [
        ["CDIGITAL1", "sent", "2026-11-24T00:00:05.000Z"],
        ["UNOZEI01", "pending", "2026-11-24T00:00:05.000Z"],
      ],
    );
  });
});

describe("snoozes", () => {
  it("records a snooze once and lists a week's", () => {
    const store = openStore();
    expect(store.addSnooze({ recipient: "UNOZEI01", item: 16, week: "2026-W49" })).toBe(true);
    expect(store.addSnooze({ recipient: "UNOZEI01", item: 16, week: "2026-W49" })).toBe(false);
    store.addSnooze({ recipient: "UNOZEI01", item: 14, week: "2026-W50" });
    expect(store.snoozesForWeek("2026-W49")).toEqual([{ recipient: "UNOZEI01", item: 16, week: "2026-W49" }]);
  });
});

describe("processed events", () => {
  const at = Date.parse("2026-11-24T09:00:00Z");

  it("keeps an event id once, however often it is written, across reopening", () => {
    const store = openStore();
    store.markEventsProcessed([{ id: "Ev0001", at }]);
    store.markEventsProcessed([
      { id: "Ev0001", at: at + 1 },
      { id: "Ev0002", at: at + 2 },
    ]);
    store.close();
    expect(openStore().eventsSince(new Date(0))).toEqual([
      { id: "Ev0001", at },
      { id: "Ev0002", at: at + 2 },
    ]);
  });

  it("forgets events older than a given time", () => {
    const store = openStore();
    store.markEventsProcessed([{ id: "Ev0001", at }]);
    expect(store.pruneProcessedEvents(new Date("2026-11-24T00:00:00Z"))).toBe(0);
    expect(store.pruneProcessedEvents(new Date("2026-11-25T00:00:00Z"))).toBe(1);
    expect(store.eventsSince(new Date(0))).toEqual([]);
  });
});

describe("Slack look-ups", () => {
  it("answers a cached look-up until it expires, a cached miss as null, and prunes expired ones", () => {
    const store = openStore();
    store.cacheLookup("email", "a@example.jp", "U1", 2_000);
    store.cacheLookup("dm", "U1", "DU1", 5_000);
    expect(store.cachedLookup("email", "a@example.jp", 1_999)).toEqual({ value: "U1" });
    expect(store.cachedLookup("email", "a@example.jp", 2_000)).toBeUndefined();
    expect(store.cachedLookup("dm", "a@example.jp", 0)).toBeUndefined();
    store.cacheLookup("email", "a@example.jp", null, 9_000);
    expect(store.cachedLookup("email", "a@example.jp", 3_000)).toEqual({ value: null });
    store.close();
    const reopened = openStore();
    expect(reopened.cachedLookup("dm", "U1", 4_000)).toEqual({ value: "DU1" });
    expect(reopened.pruneLookups(6_000)).toBe(1);
    expect(reopened.cachedLookup("email", "a@example.jp", 3_000)).toEqual({ value: null });
  });
});
