/**
 * Reported results in a real SQLite file: append-only, one row per modal, a newer submission supersedes an older
 * one without deleting it, a review happens once and only on the newest, drafts are replaced and dropped on
 * submission, and everything survives reopening the file.
 */
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ReportValues } from "../../src/state/reports.ts";
import { StateStore } from "../../src/state/store.ts";
import { tempDir } from "../reminders/fixtures.ts";

let dir: ReturnType<typeof tempDir>;
let path: string;
let now: Date;
const stores: StateStore[] = [];
const open = () => {
  const store = StateStore.open(path, { clock: () => now });
  stores.push(store);
  return store;
};

const values = (value: string): ReportValues => ({
  figures: [{ label: "滞納額の縮減効果", unit: "千円", value }],
  activities: ["催告書を送付した。"],
  assessment: "on_track",
  comment: "",
  review: "",
});

beforeEach(() => {
  dir = tempDir();
  path = `${dir.path}/state.db`;
  now = new Date("2026-11-30T01:00:00Z");
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  dir.remove();
});

describe("report submissions", () => {
  it("stores a submission once per view, however often Slack delivers it", () => {
    const { reports } = open();
    const first = reports.submit({
      item: 16,
      fiscalYear: 2024,
      values: values("40,000"),
      submittedBy: "U1",
      viewId: "V1",
    });
    const again = reports.submit({
      item: 16,
      fiscalYear: 2024,
      values: values("40,000"),
      submittedBy: "U1",
      viewId: "V1",
    });
    expect(first).toEqual({ stored: true, id: 1 });
    expect(again).toEqual({ stored: false, duplicateOf: 1 });
    expect(reports.submissions()).toHaveLength(1);
    expect(reports.pending().map((s) => [s.id, s.item, s.values.figures[0]?.value, s.submittedBy])).toEqual([
      [1, 16, "40,000", "U1"],
    ]);
  });

  it("lets a newer submission supersede an older one without deleting it; only the newest can be reviewed", () => {
    const { reports } = open();
    reports.submit({ item: 16, fiscalYear: 2024, values: values("40,000"), submittedBy: "U1", viewId: "V1" });
    now = new Date("2026-11-30T02:00:00Z");
    reports.submit({ item: 16, fiscalYear: 2024, values: values("41,000"), submittedBy: "U2", viewId: "V2" });
    expect(reports.submissions().map((s) => s.state)).toEqual(["superseded", "pending"]);
    expect(reports.pending().map((s) => s.id)).toEqual([2]);
    expect(reports.review(1, "approved", "", "UADMIN")).toMatchObject({ ok: false, reason: "superseded" });
    // Read before the approval (answers ask on every item card): the approval must still show at once.
    expect(reports.approved(2024).size).toBe(0);
    const approved = reports.review(2, "approved", "確認しました", "UADMIN");
    expect(approved).toMatchObject({ ok: true, submission: { state: "approved" } });
    expect(reports.review(2, "returned", "", "UADMIN")).toMatchObject({
      ok: false,
      reason: "already_reviewed",
    });
    expect(reports.review(99, "approved", "", "UADMIN")).toEqual({ ok: false, reason: "not_found" });
    const shown = reports.approved(2024).get(16);
    expect(shown?.values.figures[0]?.value).toBe("41,000");
    expect(shown?.review).toEqual({
      decision: "approved",
      comment: "確認しました",
      reviewedBy: "UADMIN",
      reviewedAt: new Date("2026-11-30T02:00:00Z"),
    });
    expect(reports.approved(2025).size).toBe(0);
  });

  it("keeps the last approved report shown while a newer one waits for review, and a returned one is not shown", () => {
    const { reports } = open();
    reports.submit({ item: 16, fiscalYear: 2024, values: values("40,000"), submittedBy: "U1", viewId: "V1" });
    reports.review(1, "approved", "", "UADMIN");
    reports.submit({ item: 16, fiscalYear: 2024, values: values("41,000"), submittedBy: "U1", viewId: "V2" });
    expect(reports.approved(2024).get(16)?.id).toBe(1);
    reports.review(2, "returned", "数値を確認してください", "UADMIN");
    expect(reports.approved(2024).get(16)?.id).toBe(1);
    expect(reports.latest(16, 2024)?.state).toBe("returned");
  });

  it("refuses to change or delete a stored submission or review", () => {
    const store = open();
    store.reports.submit({
      item: 16,
      fiscalYear: 2024,
      values: values("40,000"),
      submittedBy: "U1",
      viewId: "V1",
    });
    store.reports.review(1, "approved", "", "UADMIN");
    store.close();
    const raw = new Database(path);
    try {
      expect(() => raw.prepare("UPDATE report_submissions SET report = '{}'").run()).toThrow(/append-only/);
      expect(() => raw.prepare("DELETE FROM report_submissions").run()).toThrow(/append-only/);
      expect(() => raw.prepare("UPDATE report_reviews SET decision = 'returned'").run()).toThrow(
        /append-only/,
      );
    } finally {
      raw.close();
    }
  });

  it("keeps one draft per item and year, replaced on each save, dropped when the report is submitted", () => {
    const first = open();
    first.reports.saveDraft(16, 2024, { "figure:0": "39,000" }, "U1");
    first.reports.saveDraft(16, 2024, { "figure:0": "40,000", activities: "催告" }, "U2");
    first.close();
    const { reports } = open();
    expect(reports.draft(16, 2024)).toEqual({
      input: { "figure:0": "40,000", activities: "催告" },
      savedBy: "U2",
      savedAt: now,
    });
    expect(reports.draft(17, 2024)).toBeUndefined();
    reports.submit({ item: 16, fiscalYear: 2024, values: values("40,000"), submittedBy: "U1", viewId: "V1" });
    expect(reports.draft(16, 2024)).toBeUndefined();
  });
});
