/**
 * What the bot could not answer, and what people said of its answers: questions answered with nothing
 * (「該当なし」) or only with guesses (「もしかして」), and clicks on 「役に立った」「違う」. The secretariat reads them
 * to learn which words to add to an item's aliases and keywords.
 *
 * The log is append-only and keeps no user ID: a person is a keyed hash (HMAC-SHA256 with a random key made once
 * per database and kept in it), enough to tell "five people asked this" from "one person asked five times"
 * without saying who. Nothing here knows of Slack; listeners record through the `QuestionLog` interface.
 */
import { createHmac } from "node:crypto";
import type Database from "better-sqlite3";
import { withRelaxedSync } from "./durability.ts";

export type QuestionKind = "none" | "candidates" | "feedback_helpful" | "feedback_wrong";
/** Where the question was asked: a DM with the bot, a channel (mention or listened channel), or /plan. */
export type ChannelType = "im" | "channel" | "command";

export const QUESTION_KINDS: readonly QuestionKind[] = [
  "none",
  "candidates",
  "feedback_helpful",
  "feedback_wrong",
];
export const UNANSWERED_KINDS: readonly QuestionKind[] = ["none", "candidates"];

/** Questions are kept to this many characters: the answerer reads no more than 500 either. */
export const MAX_LOGGED_QUESTION_CHARS = 500;

export interface QuestionEntry {
  kind: QuestionKind;
  /** As the person typed it (Slack's escaping undone). */
  question: string;
  /** The items involved: the candidates offered, or the item of the card the feedback is about. */
  items: readonly number[];
  channelType: ChannelType;
  /** Only hashed, never stored. */
  userId: string;
}

export interface LoggedQuestion {
  askedAt: Date;
  kind: QuestionKind;
  question: string;
  items: number[];
  channelType: ChannelType;
  /** HMAC-SHA256 of the user ID, hex. */
  userHash: string;
}

export interface FeedbackCount {
  item: number;
  helpful: number;
  wrong: number;
}

export interface QuestionQuery {
  /** Only entries at or after this time. */
  since: Date;
  /** Only these kinds; all when omitted. */
  kinds?: readonly QuestionKind[];
  /** At most this many, newest first; all (oldest first) when omitted. */
  limit?: number;
}

/** What listeners need: record an entry, and for admins read the recent ones. */
export interface QuestionLog {
  record(entry: QuestionEntry): void;
  entries(query: QuestionQuery): LoggedQuestion[];
  feedbackCounts(since: Date): FeedbackCount[];
}

export function hashUser(key: string, userId: string): string {
  return createHmac("sha256", key).update(userId).digest("hex");
}

/** The question as it is kept: at most MAX_LOGGED_QUESTION_CHARS characters, never a split surrogate pair. */
export function capQuestion(question: string): string {
  const chars = [...question];
  return chars.length <= MAX_LOGGED_QUESTION_CHARS
    ? question
    : chars.slice(0, MAX_LOGGED_QUESTION_CHARS).join("");
}

interface QuestionRow {
  asked_at: string;
  kind: QuestionKind;
  question: string;
  items: string;
  channel_type: ChannelType;
  user_hash: string;
}

/** The `question_log` table of the state database (created by its migrations in `store.ts`). */
export class SqliteQuestionLog implements QuestionLog {
  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date,
  ) {}

  /** Prepared once: every unanswered question is recorded, and preparing costs as much as the insert. */
  private insertStatement: Database.Statement | undefined;

  /** Not flushed to disk per entry (see durability.ts): a power cut may lose the last few questions. */
  record(entry: QuestionEntry): void {
    this.insertStatement ??= this.db.prepare(
      `INSERT INTO question_log (asked_at, kind, question, items, channel_type, user_hash)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insert = this.insertStatement;
    const values = [
      this.clock().toISOString(),
      entry.kind,
      capQuestion(entry.question),
      JSON.stringify([...entry.items]),
      entry.channelType,
      hashUser(this.key(), entry.userId),
    ];
    withRelaxedSync(this.db, () => insert.run(...values));
  }

  entries(query: QuestionQuery): LoggedQuestion[] {
    const kinds = query.kinds ?? QUESTION_KINDS;
    const placeholders = kinds.map(() => "?").join(", ");
    const order = query.limit === undefined ? "ASC" : "DESC";
    const rows = this.db
      .prepare<unknown[], QuestionRow>(
        `SELECT asked_at, kind, question, items, channel_type, user_hash FROM question_log
         WHERE asked_at >= ? AND kind IN (${placeholders})
         ORDER BY asked_at ${order}, id ${order}
         ${query.limit === undefined ? "" : "LIMIT ?"}`,
      )
      .all(query.since.toISOString(), ...kinds, ...(query.limit === undefined ? [] : [query.limit]));
    return rows.map(toLoggedQuestion);
  }

  feedbackCounts(since: Date): FeedbackCount[] {
    return feedbackCounts(this.entries({ since, kinds: ["feedback_helpful", "feedback_wrong"] }));
  }

  /** Forgets entries logged before `before`. Returns how many. */
  prune(before: Date): number {
    return this.db.prepare("DELETE FROM question_log WHERE asked_at < ?").run(before.toISOString()).changes;
  }

  /**
   * The key is made once per database by the migration that created the table (SQLite's randomblob) and never
   * changed, so it is read once per connection: preparing and running the SELECT for every entry was 40% of
   * recording one (issue 14).
   */
  private hashKey: string | undefined;

  private key(): string {
    if (this.hashKey === undefined) {
      const row = this.db
        .prepare<[], { value: string }>("SELECT value FROM secrets WHERE name = 'user_hash_key'")
        .get();
      if (!row) throw new Error("state database has no user_hash_key");
      this.hashKey = row.value;
    }
    return this.hashKey;
  }
}

/** For tests and for running without a state database. Keeps at most `capacity` entries, oldest dropped. */
export class MemoryQuestionLog implements QuestionLog {
  private readonly logged: LoggedQuestion[] = [];

  constructor(
    private readonly clock: () => Date = () => new Date(),
    private readonly key = "memory-question-log",
    private readonly capacity = 10_000,
  ) {}

  record(entry: QuestionEntry): void {
    this.logged.push({
      askedAt: this.clock(),
      kind: entry.kind,
      question: capQuestion(entry.question),
      items: [...entry.items],
      channelType: entry.channelType,
      userHash: hashUser(this.key, entry.userId),
    });
    if (this.logged.length > this.capacity) this.logged.shift();
  }

  entries(query: QuestionQuery): LoggedQuestion[] {
    const kinds = query.kinds ?? QUESTION_KINDS;
    const found = this.logged.filter((e) => e.askedAt >= query.since && kinds.includes(e.kind));
    return query.limit === undefined ? found : found.reverse().slice(0, query.limit);
  }

  feedbackCounts(since: Date): FeedbackCount[] {
    return feedbackCounts(this.entries({ since, kinds: ["feedback_helpful", "feedback_wrong"] }));
  }
}

/** Per item, by item number. */
function feedbackCounts(entries: readonly LoggedQuestion[]): FeedbackCount[] {
  const byItem = new Map<number, FeedbackCount>();
  for (const e of entries) {
    for (const item of e.items) {
      const count = byItem.get(item) ?? { item, helpful: 0, wrong: 0 };
      if (e.kind === "feedback_helpful") count.helpful++;
      else if (e.kind === "feedback_wrong") count.wrong++;
      byItem.set(item, count);
    }
  }
  return [...byItem.values()].sort((a, b) => a.item - b.item);
}

function toLoggedQuestion(row: QuestionRow): LoggedQuestion {
  return {
    askedAt: new Date(row.asked_at),
    kind: row.kind,
    question: row.question,
    items: JSON.parse(row.items) as number[],
    channelType: row.channel_type,
    userHash: row.user_hash,
  };
}
