/**
 * The bot's durable state, in one SQLite file: which weekly digests went out, which items people snoozed, and which
 * Slack events were already handled. The file is created and migrated on first use, so a fresh checkout and an
 * upgraded one both just start.
 *
 * Deliveries are a ledger keyed by (week, recipient). A run *claims* a row ("pending") immediately before it posts,
 * once the DM is open and the pacing wait is over, and settles it ("sent" with the message ts, or "failed" with
 * Slack's reason) after. A row left "pending" means a run stopped between the two: the digest may or may not have
 * reached Slack, so nothing sends it again (see `src/reminders/send.ts` for why a possible miss is preferred to a
 * possible duplicate). Failures before the post are recorded with `recordFailedAttempt`, without a pending step.
 *
 * The questions the bot could not answer live here too, behind `questions` (see `question-log.ts`).
 *
 * Over 300 lines on purpose: the schema, its migrations and the statements of each table sit together so that a
 * change to the file format is made in one place; the question log has its own module (question-log.ts).
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StateStoreError } from "../errors.ts";
import { withRelaxedSync } from "./durability.ts";
import { SqliteQuestionLog } from "./question-log.ts";
import { SqliteReportStore } from "./reports.ts";

export type DeliveryStatus = "pending" | "sent" | "failed";

export interface Delivery {
  week: string;
  /**
   * The recipient's key: a user ID or a channel ID; an e-mail address only when it could not be looked up in
   * Slack (a person written by e-mail in `data/owners.yml` is keyed by the user ID it resolves to).
   */
  recipient: string;
  status: DeliveryStatus;
  /** Slack's error code (or a short description) of the last failed attempt. */
  error: string | null;
  /** The posted message's `ts`, once sent: lets a later change edit the digest in place. */
  ts: string | null;
  /** Where it was (or was being) posted: a DM or channel ID. */
  channel: string | null;
  /** How many runs have claimed this delivery. */
  attempts: number;
  /** The item numbers of the digest, as claimed. */
  items: number[];
  /** The e-mail addresses from owners.yml that resolved to this user and were merged into the digest. */
  aliases: string[];
  updatedAt: Date;
}

/** What a cached Slack look-up answers: an e-mail address's user ID, or a user's DM channel with the bot. */
export type LookupKind = "email" | "dm";

export type Claim = { claimed: true; attempt: number } | { claimed: false; existing: Delivery };

/** One delivery to claim with `claimDeliveries`. */
export interface ClaimRequest {
  recipient: string;
  items: readonly number[];
  aliases: readonly string[];
}

export interface Snooze {
  recipient: string;
  item: number;
  week: string;
}

export interface StoreOptions {
  /** The time written into rows; tests fix it. */
  clock?: () => Date;
}

/**
 * Each entry upgrades the schema by one version, in order; never edit a shipped entry, append a new one. The
 * version lives in `schema_version`, so a database made by an older bot is brought forward on open.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE deliveries (
    week       TEXT    NOT NULL,
    recipient  TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    error      TEXT,
    ts         TEXT,
    channel    TEXT,
    attempts   INTEGER NOT NULL DEFAULT 1,
    items      TEXT    NOT NULL DEFAULT '[]',
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (week, recipient)
  );
  CREATE TABLE snoozes (
    recipient  TEXT    NOT NULL,
    item       INTEGER NOT NULL,
    week       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (week, recipient, item)
  );
  CREATE TABLE processed_events (
    event_id    TEXT PRIMARY KEY,
    received_at TEXT NOT NULL
  );
  CREATE INDEX processed_events_received_at ON processed_events (received_at);
  `,
  // 2: e-mail recipients are keyed by their user ID; the addresses merged into a digest are kept beside it.
  `
  ALTER TABLE deliveries ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
  `,
  // 3: what the bot could not answer, and feedback on its answers (see question-log.ts). Append-only: rows are
  // only ever inserted or pruned by age. The key that hashes user IDs is made here, once per database.
  `
  CREATE TABLE question_log (
    id           INTEGER PRIMARY KEY,
    asked_at     TEXT    NOT NULL,
    kind         TEXT    NOT NULL
                 CHECK (kind IN ('none', 'candidates', 'feedback_helpful', 'feedback_wrong')),
    question     TEXT    NOT NULL,
    items        TEXT    NOT NULL DEFAULT '[]',
    channel_type TEXT    NOT NULL CHECK (channel_type IN ('im', 'channel', 'command')),
    user_hash    TEXT    NOT NULL
  );
  CREATE INDEX question_log_asked_at ON question_log (asked_at);
  CREATE TRIGGER question_log_append_only BEFORE UPDATE ON question_log
    BEGIN SELECT RAISE(ABORT, 'question_log is append-only'); END;
  CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  INSERT INTO secrets (name, value) VALUES ('user_hash_key', lower(hex(randomblob(32))));
  `,
  // 4: what Slack's directory answered (e-mail → user ID, user → DM channel), with an expiry, so that each run of
  // the remind CLI does not look everyone up again (users.lookupByEmail allows about 50 a minute).
  `
  CREATE TABLE slack_lookups (
    kind       TEXT    NOT NULL CHECK (kind IN ('email', 'dm')),
    key        TEXT    NOT NULL,
    value      TEXT,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
  );
  `,
  // 5: results the owners report from Slack (see reports.ts). Submissions and reviews are append-only: a newer
  // submission supersedes an older one, a review is a new row, nothing is changed or deleted. Slack may deliver the
  // same view_submission twice (a double click, a retry), so a view's id is stored once. Drafts are the one
  // mutable thing: the latest unsent input per item and year, replaced on each save and dropped on submission.
  `
  CREATE TABLE report_submissions (
    id           INTEGER PRIMARY KEY,
    item         INTEGER NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    report       TEXT    NOT NULL,
    submitted_by TEXT    NOT NULL,
    submitted_at TEXT    NOT NULL,
    view_id      TEXT    NOT NULL UNIQUE
  );
  CREATE INDEX report_submissions_item ON report_submissions (item, fiscal_year, id);
  CREATE TRIGGER report_submissions_append_only BEFORE UPDATE ON report_submissions
    BEGIN SELECT RAISE(ABORT, 'report_submissions is append-only'); END;
  CREATE TRIGGER report_submissions_no_delete BEFORE DELETE ON report_submissions
    BEGIN SELECT RAISE(ABORT, 'report_submissions is append-only'); END;
  CREATE TABLE report_reviews (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES report_submissions (id),
    decision      TEXT    NOT NULL CHECK (decision IN ('approved', 'returned')),
    comment       TEXT    NOT NULL DEFAULT '',
    reviewed_by   TEXT    NOT NULL,
    reviewed_at   TEXT    NOT NULL
  );
  CREATE UNIQUE INDEX report_reviews_once ON report_reviews (submission_id);
  CREATE TRIGGER report_reviews_append_only BEFORE UPDATE ON report_reviews
    BEGIN SELECT RAISE(ABORT, 'report_reviews is append-only'); END;
  CREATE TABLE report_drafts (
    item        INTEGER NOT NULL,
    fiscal_year INTEGER NOT NULL,
    report      TEXT    NOT NULL,
    saved_by    TEXT    NOT NULL,
    saved_at    TEXT    NOT NULL,
    PRIMARY KEY (item, fiscal_year)
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

interface DeliveryRow {
  week: string;
  recipient: string;
  status: DeliveryStatus;
  error: string | null;
  ts: string | null;
  channel: string | null;
  attempts: number;
  items: string;
  aliases: string;
  updated_at: string;
}

export class StateStore {
  private readonly clock: () => Date;
  /** Unanswered questions and feedback on answers. */
  readonly questions: SqliteQuestionLog;
  /** Results reported by owners from Slack, and their review. */
  readonly reports: SqliteReportStore;

  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
    options: StoreOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.questions = new SqliteQuestionLog(db, this.clock);
    this.reports = new SqliteReportStore(db, this.clock);
  }

  /** Opens (creating the file and its directory if needed) and migrates the database at `path`. */
  static open(path: string, options: StoreOptions = {}): StateStore {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    try {
      // WAL lets the CLI read while the app writes; the busy timeout makes a second writer wait instead of fail.
      db.pragma("journal_mode = WAL");
      db.pragma("busy_timeout = 5000");
      // FULL, not WAL's usual NORMAL: a "pending" row must be on disk before the post it guards goes out, or a
      // power cut could forget the claim and a restart would send the digest again. De-duplication and the
      // question log relax it per statement (durability.ts).
      db.pragma("synchronous = FULL");
      migrate(db, path);
    } catch (err) {
      db.close();
      throw err;
    }
    return new StateStore(db, path, options);
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // --- deliveries -------------------------------------------------------------------------------------------

  /**
   * Claims the delivery of `recipient`'s digest for `week`: atomically marks it "pending" if it has no row yet, or
   * if its row is "failed" with fewer than `maxAttempts` attempts. A "sent" or "pending" row is never claimed
   * again. Two processes racing for the same row: exactly one wins. `aliases`: the e-mail addresses merged into
   * the digest, so that a dry run, which cannot look them up, still finds what was sent to them.
   */
  claimDelivery(
    week: string,
    recipient: string,
    items: readonly number[],
    maxAttempts: number,
    aliases: readonly string[] = [],
  ): Claim {
    if (this.settlingTogether)
      throw new StateStoreError("a delivery cannot be claimed inside settleTogether");
    this.claimStatement ??= this.db.prepare(
      `INSERT INTO deliveries (week, recipient, status, attempts, items, aliases, updated_at)
       VALUES (?, ?, 'pending', 1, ?, ?, ?)
       ON CONFLICT (week, recipient) DO UPDATE
         SET status = 'pending', attempts = attempts + 1, error = NULL, items = excluded.items,
             aliases = excluded.aliases, updated_at = excluded.updated_at
         WHERE deliveries.status = 'failed' AND deliveries.attempts < ?`,
    );
    const now = this.clock().toISOString();
    const changes = this.claimStatement.run(
      week,
      recipient,
      JSON.stringify(items),
      JSON.stringify(aliases),
      now,
      maxAttempts,
    ).changes;
    const row = this.delivery(week, recipient);
    if (!row) throw new StateStoreError(`delivery ${week}/${recipient} vanished after claim`);
    return changes === 1 ? { claimed: true, attempt: row.attempts } : { claimed: false, existing: row };
  }

  /**
   * Claims several deliveries of `week` in one transaction, so one flush to disk covers them all (a flush per
   * claim was half of a 1,000-recipient run, issue 14). Each is claimed as `claimDelivery` would, in order. The
   * caller must post every claimed one at once: a row claimed here and never posted stays "pending" (maybe
   * delivered) and is never sent again, so claiming ahead of posting would turn a crash into missed digests.
   */
  claimDeliveries(week: string, requests: readonly ClaimRequest[], maxAttempts: number): Claim[] {
    return this.db.transaction(() =>
      requests.map((r) => this.claimDelivery(week, r.recipient, r.items, maxAttempts, r.aliases)),
    )();
  }

  private claimStatement: Database.Statement | undefined;

  /**
   * Records an attempt that failed before anything was posted (the e-mail lookup or opening the DM failed): like a
   * claim settled at once as "failed", in one transaction, so no "pending" row is ever left for it. Not claimable
   * rows (sent, pending, out of attempts) are left alone and returned as `existing`.
   */
  recordFailedAttempt(
    week: string,
    recipient: string,
    items: readonly number[],
    error: string,
    maxAttempts: number,
    aliases: readonly string[] = [],
  ): Claim {
    return this.db.transaction(() => {
      const claim = this.claimDelivery(week, recipient, items, maxAttempts, aliases);
      if (claim.claimed) this.markFailed(week, recipient, error);
      return claim;
    })();
  }

  /**
   * Gives a claim back when Slack refused the post with a 429: nothing was posted, so while the run waits for
   * Retry-After the row is "failed" (not "pending", which would strand it if the process died now) and the attempt
   * does not count. The run claims it again before it retries.
   */
  releaseClaim(week: string, recipient: string, error: string): void {
    const changes = this.db
      .prepare(
        `UPDATE deliveries SET status = 'failed', error = ?, attempts = attempts - 1, updated_at = ?
         WHERE week = ? AND recipient = ? AND status = 'pending'`,
      )
      .run(error, this.clock().toISOString(), week, recipient).changes;
    if (changes !== 1) throw new StateStoreError(`no claimed delivery ${week}/${recipient} to release`);
  }

  /**
   * Runs `settle` (settlements and look-up cache writes of posts that have been answered) as one transaction that is
   * not flushed on its own, like each settlement (see `settle`): a batch of posts settles with one commit instead
   * of one per post. No claim may be made inside: it would be committed unflushed, and a claim must be on disk
   * before its post.
   */
  settleTogether<T>(settle: () => T): T {
    const outer = this.settlingTogether;
    this.settlingTogether = true;
    try {
      return withRelaxedSync(this.db, () => this.db.transaction(settle)());
    } finally {
      this.settlingTogether = outer;
    }
  }

  private settlingTogether = false;

  markSent(week: string, recipient: string, result: { channel: string; ts: string }): void {
    this.settle(week, recipient, "sent", null, result.channel, result.ts);
  }

  markFailed(week: string, recipient: string, error: string, channel: string | null = null): void {
    this.settle(week, recipient, "failed", error, channel, null);
  }

  /**
   * Keeps a delivery "pending" with what went wrong: the post may have reached Slack, so it must not be claimed
   * again, and whoever checks needs the reason and the channel to look in.
   */
  notePending(week: string, recipient: string, error: string, channel: string | null = null): void {
    this.settle(week, recipient, "pending", error, channel, null);
  }

  delivery(week: string, recipient: string): Delivery | undefined {
    // Prepared once: a run reads each recipient's row twice, and preparing was most of the read.
    this.deliveryStatement ??= this.db.prepare<[string, string], DeliveryRow>(
      "SELECT * FROM deliveries WHERE week = ? AND recipient = ?",
    );
    const row = this.deliveryStatement.get(week, recipient);
    return row ? toDelivery(row) : undefined;
  }

  private deliveryStatement: Database.Statement<[string, string], DeliveryRow> | undefined;

  deliveriesForWeek(week: string): Delivery[] {
    return this.db
      .prepare<[string], DeliveryRow>("SELECT * FROM deliveries WHERE week = ? ORDER BY recipient")
      .all(week)
      .map(toDelivery);
  }

  /**
   * Settles a claimed row. Not flushed to disk on its own (durability.ts): a settlement lost in a power cut
   * leaves the row "pending", which is never sent again, so never-twice does not depend on it; and the next
   * claim's flush (FULL) writes it out with that claim, which saved an fsync per digest (issue 14).
   */
  private settle(
    week: string,
    recipient: string,
    status: DeliveryStatus,
    error: string | null,
    channel: string | null,
    ts: string | null,
  ): void {
    this.settleStatement ??= this.db.prepare(
      `UPDATE deliveries SET status = ?, error = ?, channel = COALESCE(?, channel), ts = ?, updated_at = ?
       WHERE week = ? AND recipient = ?`,
    );
    const update = this.settleStatement;
    const changes = withRelaxedSync(
      this.db,
      () => update.run(status, error, channel, ts, this.clock().toISOString(), week, recipient).changes,
    );
    if (changes !== 1) throw new StateStoreError(`no claimed delivery ${week}/${recipient} to settle`);
  }

  private settleStatement: Database.Statement | undefined;

  // --- snoozes ----------------------------------------------------------------------------------------------

  /** Records that `recipient` does not want `item` in the digest of `week`. False when it already was. */
  addSnooze(snooze: Snooze): boolean {
    return (
      this.db
        .prepare("INSERT OR IGNORE INTO snoozes (recipient, item, week, created_at) VALUES (?, ?, ?, ?)")
        .run(snooze.recipient, snooze.item, snooze.week, this.clock().toISOString()).changes === 1
    );
  }

  snoozesForWeek(week: string): Snooze[] {
    return this.db
      .prepare<[string], Snooze>(
        "SELECT recipient, item, week FROM snoozes WHERE week = ? ORDER BY recipient, item",
      )
      .all(week);
  }

  // --- Slack look-ups ----------------------------------------------------------------------------------------

  /**
   * A cached answer of Slack's directory, if it has not expired at `nowMs`: `value` null is a cached "not found".
   * Lost rows only cost a look-up again, so writes are not flushed per row (durability.ts).
   */
  // Prepared once: a first-week run asks once per recipient (issue 14).
  cachedLookup(kind: LookupKind, key: string, nowMs: number): { value: string | null } | undefined {
    this.lookupStatement ??= this.db.prepare<[string, string, number], { value: string | null }>(
      "SELECT value FROM slack_lookups WHERE kind = ? AND key = ? AND expires_at > ?",
    );
    const row = this.lookupStatement.get(kind, key, nowMs);
    return row ? { value: row.value } : undefined;
  }
  private lookupStatement: Database.Statement<[string, string, number], { value: string | null }> | undefined;

  cacheLookup(kind: LookupKind, key: string, value: string | null, expiresAtMs: number): void {
    this.upsertLookup ??= this.db.prepare(
      `INSERT INTO slack_lookups (kind, key, value, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
    );
    const upsert = this.upsertLookup;
    withRelaxedSync(this.db, () => upsert.run(kind, key, value, Math.round(expiresAtMs)));
  }
  private upsertLookup: Database.Statement | undefined;

  /** Forgets look-ups that expired before `nowMs`. Returns how many. */
  pruneLookups(nowMs: number): number {
    return this.db.prepare("DELETE FROM slack_lookups WHERE expires_at <= ?").run(nowMs).changes;
  }

  // --- processed events -------------------------------------------------------------------------------------

  /**
   * Records processed Slack deliveries (event_id, trigger_id) in one commit: the app's EventLedger answers retries
   * from memory and writes behind (event-ledger.ts). Not flushed to disk (durability.ts): losing the newest costs at
   * worst one duplicate answer to a retry after a power cut.
   */
  markEventsProcessed(events: readonly { id: string; at: number }[]): void {
    if (events.length === 0) return;
    this.insertEventAt ??= this.db.prepare(
      "INSERT OR IGNORE INTO processed_events (event_id, received_at) VALUES (?, ?)",
    );
    const insert = this.insertEventAt;
    const insertAll = this.db.transaction(() => {
      for (const e of events) insert.run(e.id, new Date(e.at).toISOString());
    });
    withRelaxedSync(this.db, () => insertAll());
  }
  private insertEventAt: Database.Statement | undefined;

  /** The deliveries processed since `since`, oldest first: what a restarted app must still recognise. */
  eventsSince(since: Date): { id: string; at: number }[] {
    return this.db
      .prepare<[string], { event_id: string; received_at: string }>(
        "SELECT event_id, received_at FROM processed_events WHERE received_at >= ? ORDER BY received_at",
      )
      .all(since.toISOString())
      .map((r) => ({ id: r.event_id, at: Date.parse(r.received_at) }));
  }

  /** Forgets events received before `before`; Slack stops retrying within the hour. Returns how many. */
  pruneProcessedEvents(before: Date): number {
    return this.db.prepare("DELETE FROM processed_events WHERE received_at < ?").run(before.toISOString())
      .changes;
  }
}

function migrate(db: Database.Database, path: string): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  // IMMEDIATE takes the write lock before reading the version, so two processes opening a new file at once do
  // not both run the same migration.
  db.transaction(() => {
    const row = db.prepare<[], { version: number }>("SELECT version FROM schema_version").get();
    const current = row?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new StateStoreError(
        `${path} はこのボットより新しい版で作られています（スキーマ ${current}、対応は ${MIGRATIONS.length} まで）`,
      );
    }
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v] as string);
    if (!row) db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(MIGRATIONS.length);
    else if (current !== MIGRATIONS.length) {
      db.prepare("UPDATE schema_version SET version = ?").run(MIGRATIONS.length);
    }
  }).immediate();
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    week: row.week,
    recipient: row.recipient,
    status: row.status,
    error: row.error,
    ts: row.ts,
    channel: row.channel,
    attempts: row.attempts,
    items: JSON.parse(row.items) as number[],
    aliases: JSON.parse(row.aliases) as string[],
    updatedAt: new Date(row.updated_at),
  };
}
