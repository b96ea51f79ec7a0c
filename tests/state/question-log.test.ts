/**
 * The log of unanswered questions and feedback: what goes in comes out (newest first for the admin's list,
 * oldest first for the export), no user ID is kept anywhere in the file, the table cannot be edited, old rows are
 * pruned, and a database made before the table existed gains it. Real SQLite files in a temporary directory; the
 * in-memory log used without a database must behave the same.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startEventPruning } from "../../src/state/prune.ts";
import {
  hashUser,
  MemoryQuestionLog,
  type QuestionEntry,
  type QuestionLog,
} from "../../src/state/question-log.ts";
import { SCHEMA_VERSION, StateStore } from "../../src/state/store.ts";
import { recordingLogger, tempDir } from "../reminders/fixtures.ts";

let dir: ReturnType<typeof tempDir>;
let path: string;
let now: Date;
const clock = () => now;
const stores: StateStore[] = [];
const openStore = (p = path) => {
  const store = StateStore.open(p, { clock });
  stores.push(store);
  return store;
};

beforeEach(() => {
  dir = tempDir("question-log-");
  path = join(dir.path, "state.db");
  now = new Date("2026-11-24T00:00:00Z");
});
afterEach(() => {
  vi.useRealTimers();
  for (const s of stores.splice(0)) s.close();
  dir.remove();
});

const ALICE = "U0ALICE123";
const BOB = "U0BOB45678";
const entry = (over: Partial<QuestionEntry> = {}): QuestionEntry => ({
  kind: "none",
  question: "公用車の台数は?",
  items: [],
  channelType: "im",
  userId: ALICE,
  ...over,
});

describe.each([
  ["SQLite", () => openStore().questions as QuestionLog],
  ["memory", () => new MemoryQuestionLog(clock) as QuestionLog],
])("the question log (%s)", (_name, make) => {
  it("returns entries newest first with a limit, oldest first without, filtered by kind and time", () => {
    const log = make();
    log.record(entry({ question: "古い質問" }));
    now = new Date("2026-11-25T09:00:00Z");
    log.record(
      entry({ kind: "candidates", question: "ごみの減量は?", items: [3, 7], channelType: "command" }),
    );
    now = new Date("2026-11-26T09:00:00Z");
    log.record(entry({ kind: "feedback_wrong", question: "No.16", items: [16], channelType: "channel" }));

    const since = new Date("2026-11-25T00:00:00Z");
    expect(log.entries({ since, kinds: ["none", "candidates"], limit: 20 }).map((e) => e.question)).toEqual([
      "ごみの減量は?",
    ]);
    const all = log.entries({ since: new Date(0) });
    expect(all.map((e) => e.question)).toEqual(["古い質問", "ごみの減量は?", "No.16"]);
    expect(all[1]).toMatchObject({
      askedAt: new Date("2026-11-25T09:00:00Z"),
      kind: "candidates",
      items: [3, 7],
      channelType: "command",
    });
    expect(log.entries({ since: new Date(0), limit: 2 }).map((e) => e.question)).toEqual([
      "No.16",
      "ごみの減量は?",
    ]);
  });

  it("counts feedback per item", () => {
    const log = make();
    log.record(entry({ kind: "feedback_helpful", items: [16] }));
    log.record(entry({ kind: "feedback_helpful", items: [16], userId: BOB }));
    log.record(entry({ kind: "feedback_wrong", items: [16] }));
    log.record(entry({ kind: "feedback_wrong", items: [3] }));
    log.record(entry({ kind: "none" }));
    expect(log.feedbackCounts(new Date(0))).toEqual([
      { item: 3, helpful: 0, wrong: 1 },
      { item: 16, helpful: 2, wrong: 1 },
    ]);
  });

  it("keeps the first 500 characters of a question without splitting a character", () => {
    const log = make();
    log.record(entry({ question: `${"あ".repeat(499)}😀😀` }));
    const [kept] = log.entries({ since: new Date(0) });
    expect([...(kept?.question ?? "")]).toHaveLength(500);
    expect(kept?.question.endsWith("あ😀")).toBe(true);
  });

  it("tells people apart by a hash, never by their user ID", () => {
    const log = make();
    log.record(entry({ userId: ALICE }));
    log.record(entry({ userId: ALICE }));
    log.record(entry({ userId: BOB }));
    const hashes = log.entries({ since: new Date(0) }).map((e) => e.userHash);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes[0]).toBe(hashes[1]);
    expect(hashes[2]).not.toBe(hashes[0]);
    expect(JSON.stringify(log.entries({ since: new Date(0) }))).not.toContain(ALICE);
  });
});

describe("the question log in the state file", () => {
  it("keeps no user ID anywhere in the database file", () => {
    const store = openStore();
    store.questions.record(entry({ userId: ALICE }));
    store.questions.record(entry({ kind: "feedback_helpful", items: [16], userId: BOB }));
    store.close();
    const raw = new Database(path, { readonly: true });
    try {
      const rows = raw.prepare("SELECT * FROM question_log").all();
      expect(rows).toHaveLength(2);
      expect(JSON.stringify(rows)).not.toMatch(/U0ALICE|U0BOB/);
    } finally {
      raw.close();
    }
    // The WAL was checkpointed on close; the bytes of the file itself hold no ID either.
    expect(readFileSync(path).toString("latin1")).not.toMatch(/U0ALICE|U0BOB/);
  });

  it("hashes with a random key kept in the database: the same ID hashes the same way across reopening, not across databases", () => {
    const first = openStore();
    first.questions.record(entry());
    first.close();
    const reopened = openStore();
    reopened.questions.record(entry());
    const [a, b] = reopened.questions.entries({ since: new Date(0) }).map((e) => e.userHash);
    expect(a).toBe(b);

    const other = openStore(join(dir.path, "other.db"));
    other.questions.record(entry());
    const [c] = other.questions.entries({ since: new Date(0) }).map((e) => e.userHash);
    expect(c).not.toBe(a);

    // It is HMAC-SHA256 keyed with the stored key (so a plain SHA-256 of an ID, easy to look up, is not it).
    const raw = new Database(path, { readonly: true });
    try {
      const key = raw
        .prepare("SELECT value FROM secrets WHERE name = 'user_hash_key'")
        .pluck()
        .get() as string;
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(a).toBe(hashUser(key, ALICE));
    } finally {
      raw.close();
    }
  });

  it("is append-only: a row cannot be changed", () => {
    const store = openStore();
    store.questions.record(entry());
    store.close();
    const raw = new Database(path);
    try {
      expect(() => raw.prepare("UPDATE question_log SET question = 'x'").run()).toThrow(/append-only/);
    } finally {
      raw.close();
    }
  });

  it("refuses a kind or channel type it does not know", () => {
    const store = openStore();
    expect(() => store.questions.record(entry({ kind: "other" as never }))).toThrow(/CHECK/);
    expect(() => store.questions.record(entry({ channelType: "mpim" as never }))).toThrow(/CHECK/);
  });

  it("adds the table to a database made before it existed, keeping what was there", () => {
    const raw = new Database(path);
    raw.exec(`
      CREATE TABLE schema_version (version INTEGER NOT NULL);
      INSERT INTO schema_version (version) VALUES (2);
      CREATE TABLE deliveries (week TEXT NOT NULL, recipient TEXT NOT NULL, status TEXT NOT NULL, error TEXT,
        ts TEXT, channel TEXT, attempts INTEGER NOT NULL DEFAULT 1, items TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (week, recipient));
      CREATE TABLE snoozes (recipient TEXT NOT NULL, item INTEGER NOT NULL, week TEXT NOT NULL,
        created_at TEXT NOT NULL, PRIMARY KEY (week, recipient, item));
      CREATE TABLE processed_events (event_id TEXT PRIMARY KEY, received_at TEXT NOT NULL);
      INSERT INTO snoozes VALUES ('U1', 3, '2026-W48', '2026-11-24T00:00:00Z');
    `);
    raw.close();
    const store = openStore();
    expect(store.snoozesForWeek("2026-W48")).toEqual([{ recipient: "U1", item: 3, week: "2026-W48" }]);
    store.questions.record(entry());
    expect(store.questions.entries({ since: new Date(0) })).toHaveLength(1);
    // Version 4 (the Slack look-up cache) and 5 (reported results) came after the question log.
    expect(SCHEMA_VERSION).toBe(5);
  });

  it("is pruned by the hourly job: rows older than the kept days go, newer ones stay", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const store = openStore();
    now = new Date("2026-01-01T00:00:00Z");
    store.questions.record(entry({ question: "去年の質問" }));
    now = new Date("2026-11-20T00:00:00Z");
    store.questions.record(entry({ question: "今月の質問" }));
    const logger = recordingLogger();
    const pruning = startEventPruning(store, logger, {
      everyMs: 1_000,
      keepQuestionDays: 30,
      now: () => new Date("2026-11-24T00:00:00Z").getTime(),
    });
    vi.advanceTimersByTime(1_000);
    pruning.stop();
    expect(store.questions.entries({ since: new Date(0) }).map((e) => e.question)).toEqual(["今月の質問"]);
    expect(logger.lines.map((l) => l.text)).toContain("古い未回答の質問の記録を 1 件削除しました");
  });

  it("keeps a year by default", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const store = openStore();
    now = new Date("2025-11-25T00:00:00Z");
    store.questions.record(entry({ question: "364日前" }));
    now = new Date("2025-11-23T00:00:00Z");
    store.questions.record(entry({ question: "366日前" }));
    const pruning = startEventPruning(store, recordingLogger(), {
      everyMs: 1_000,
      now: () => new Date("2026-11-24T00:00:00Z").getTime(),
    });
    vi.advanceTimersByTime(1_000);
    pruning.stop();
    expect(store.questions.entries({ since: new Date(0) }).map((e) => e.question)).toEqual(["364日前"]);
  });
});
