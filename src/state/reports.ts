/**
 * Results reported by item owners from Slack, and the secretariat's review of them (issue 11). Tables are made
 * by migration 5 in `store.ts`.
 *
 * Submissions and reviews are append-only (the database refuses UPDATE and DELETE): a newer submission for the
 * same item and year supersedes an older one, and a review is a row of its own. So nothing an owner sent is ever
 * lost, and the CSV export can show the whole history. Slack may deliver one modal's submission twice (a double
 * click, a retry); the view's id is unique, so the second is recognised and not stored.
 *
 * Writes here keep the connection's `synchronous = FULL`: a report someone typed for ten minutes must survive a
 * power cut, and there are a few a day, not one per event.
 */
import type Database from "better-sqlite3";

/** The owner's own verdict on the year (the modal's 達成・順調・遅れ). */
export type SelfAssessment = "achieved" | "on_track" | "behind";

/** A report as the owner submitted it, checked. Figures keep the owner's notation (「1,234」), like the data. */
export interface ReportValues {
  /** One per form figure, in order; 「－」 where the owner has no figure for it (as the report writes). */
  figures: { label: string; unit: string; value: string }[];
  /** The year's activities, one per line as written. */
  activities: string[];
  assessment: SelfAssessment;
  /** Why, in the owner's words. Required when 遅れ. */
  comment: string;
  /** A 総評 draft for the secretariat; may be empty. */
  review: string;
}

export type ReviewDecision = "approved" | "returned";

/** pending: waiting for review; superseded: a newer submission for the same item and year came in first. */
export type SubmissionState = "pending" | "approved" | "returned" | "superseded";

export interface Review {
  decision: ReviewDecision;
  comment: string;
  reviewedBy: string;
  reviewedAt: Date;
}

export interface Submission {
  id: number;
  item: number;
  fiscalYear: number;
  values: ReportValues;
  submittedBy: string;
  submittedAt: Date;
  review: Review | null;
  state: SubmissionState;
}

/** A draft: the form's input as typed, unchecked, so the owner can come back to it. */
export interface Draft {
  input: Record<string, string | undefined>;
  savedBy: string;
  savedAt: Date;
}

export type SubmitResult = { stored: true; id: number } | { stored: false; duplicateOf: number };

export type ReviewResult =
  | { ok: true; submission: Submission }
  | { ok: false; reason: "not_found" | "already_reviewed" | "superseded"; submission?: Submission };

export interface NewSubmission {
  item: number;
  fiscalYear: number;
  values: ReportValues;
  submittedBy: string;
  /** The modal's view id: one submission per view. */
  viewId: string;
}

/** What listeners, views and the export need. */
export interface ReportStore {
  submit(submission: NewSubmission): SubmitResult;
  review(id: number, decision: ReviewDecision, comment: string, reviewedBy: string): ReviewResult;
  submission(id: number): Submission | undefined;
  /** Every submission, oldest first (the CSV export), optionally of one fiscal year. */
  submissions(fiscalYear?: number): Submission[];
  /** The newest submission per item that is waiting for review. */
  pending(): Submission[];
  /** Per item, the newest approved submission of the year. The map is shared: do not change it. */
  approved(fiscalYear: number): ReadonlyMap<number, Submission>;
  /** The newest submission of an item and year, whatever its state. */
  latest(item: number, fiscalYear: number): Submission | undefined;
  saveDraft(
    item: number,
    fiscalYear: number,
    input: Record<string, string | undefined>,
    savedBy: string,
  ): void;
  draft(item: number, fiscalYear: number): Draft | undefined;
}

interface SubmissionRow {
  id: number;
  item: number;
  fiscal_year: number;
  report: string;
  submitted_by: string;
  submitted_at: string;
  decision: ReviewDecision | null;
  comment: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  newer: number;
}

const SELECT = `
  SELECT s.id, s.item, s.fiscal_year, s.report, s.submitted_by, s.submitted_at,
         r.decision, r.comment, r.reviewed_by, r.reviewed_at,
         EXISTS (SELECT 1 FROM report_submissions n
                 WHERE n.item = s.item AND n.fiscal_year = s.fiscal_year AND n.id > s.id) AS newer
  FROM report_submissions s LEFT JOIN report_reviews r ON r.submission_id = s.id`;

export class SqliteReportStore implements ReportStore {
  /**
   * `approved()` by fiscal year: every item answer asks for it, and it changes only when this process stores a
   * submission or a review (no other process writes reviews: the export CLI only reads). Cleared on each write.
   */
  private readonly approvedCache = new Map<number, Map<number, Submission>>();

  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date,
  ) {}

  submit(s: NewSubmission): SubmitResult {
    this.approvedCache.clear();
    return this.db.transaction((): SubmitResult => {
      const existing = this.db
        .prepare<[string], { id: number }>("SELECT id FROM report_submissions WHERE view_id = ?")
        .get(s.viewId);
      if (existing) return { stored: false, duplicateOf: existing.id };
      const id = this.db
        .prepare(
          `INSERT INTO report_submissions (item, fiscal_year, report, submitted_by, submitted_at, view_id)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          s.item,
          s.fiscalYear,
          JSON.stringify(s.values),
          s.submittedBy,
          this.now(),
          s.viewId,
        ).lastInsertRowid;
      // The draft has become the submission.
      this.db
        .prepare("DELETE FROM report_drafts WHERE item = ? AND fiscal_year = ?")
        .run(s.item, s.fiscalYear);
      return { stored: true, id: Number(id) };
    })();
  }

  review(id: number, decision: ReviewDecision, comment: string, reviewedBy: string): ReviewResult {
    this.approvedCache.clear();
    return this.db.transaction((): ReviewResult => {
      const submission = this.submission(id);
      if (!submission) return { ok: false, reason: "not_found" };
      if (submission.review) return { ok: false, reason: "already_reviewed", submission };
      if (submission.state === "superseded") return { ok: false, reason: "superseded", submission };
      this.db
        .prepare(
          `INSERT INTO report_reviews (submission_id, decision, comment, reviewed_by, reviewed_at)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(id, decision, comment, reviewedBy, this.now());
      return { ok: true, submission: this.submission(id) as Submission };
    })();
  }

  submission(id: number): Submission | undefined {
    const row = this.db.prepare<[number], SubmissionRow>(`${SELECT} WHERE s.id = ?`).get(id);
    return row && toSubmission(row);
  }

  submissions(fiscalYear?: number): Submission[] {
    const rows =
      fiscalYear === undefined
        ? this.db.prepare<[], SubmissionRow>(`${SELECT} ORDER BY s.id`).all()
        : this.db
            .prepare<[number], SubmissionRow>(`${SELECT} WHERE s.fiscal_year = ? ORDER BY s.id`)
            .all(fiscalYear);
    return rows.map(toSubmission);
  }

  pending(): Submission[] {
    return this.submissions().filter((s) => s.state === "pending");
  }

  approved(fiscalYear: number): Map<number, Submission> {
    const cached = this.approvedCache.get(fiscalYear);
    if (cached) return cached;
    const out = new Map<number, Submission>();
    // Oldest first, so a newer approval replaces an older one.
    for (const s of this.submissions(fiscalYear)) if (s.review?.decision === "approved") out.set(s.item, s);
    this.approvedCache.set(fiscalYear, out);
    return out;
  }

  latest(item: number, fiscalYear: number): Submission | undefined {
    const row = this.db
      .prepare<[number, number], SubmissionRow>(
        `${SELECT} WHERE s.item = ? AND s.fiscal_year = ? ORDER BY s.id DESC LIMIT 1`,
      )
      .get(item, fiscalYear);
    return row && toSubmission(row);
  }

  saveDraft(
    item: number,
    fiscalYear: number,
    input: Record<string, string | undefined>,
    savedBy: string,
  ): void {
    this.db
      .prepare(
        `INSERT INTO report_drafts (item, fiscal_year, report, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (item, fiscal_year) DO UPDATE
           SET report = excluded.report, saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
      )
      .run(item, fiscalYear, JSON.stringify(input), savedBy, this.now());
  }

  draft(item: number, fiscalYear: number): Draft | undefined {
    const row = this.db
      .prepare<[number, number], { report: string; saved_by: string; saved_at: string }>(
        "SELECT report, saved_by, saved_at FROM report_drafts WHERE item = ? AND fiscal_year = ?",
      )
      .get(item, fiscalYear);
    return row && { input: JSON.parse(row.report), savedBy: row.saved_by, savedAt: new Date(row.saved_at) };
  }

  private now(): string {
    return this.clock().toISOString();
  }
}

function toSubmission(row: SubmissionRow): Submission {
  const review: Review | null = row.decision
    ? {
        decision: row.decision,
        comment: row.comment ?? "",
        reviewedBy: row.reviewed_by ?? "",
        reviewedAt: new Date(row.reviewed_at ?? 0),
      }
    : null;
  return {
    id: row.id,
    item: row.item,
    fiscalYear: row.fiscal_year,
    values: JSON.parse(row.report) as ReportValues,
    submittedBy: row.submitted_by,
    submittedAt: new Date(row.submitted_at),
    review,
    state: review ? review.decision : row.newer ? "superseded" : "pending",
  };
}
