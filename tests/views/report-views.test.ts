/**
 * The report views within Slack's Block Kit limits for the largest items: No.20 (ten figures a year, the plan's
 * most) and a made-up item with thirty, with long text in every field. Each figure keeps a line of its own on
 * answers, so No.20's ten stay readable.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { buildPlan, findItem, type PlanItem } from "../../src/plan/model.ts";
import type { ItemFile } from "../../src/plan/schema.ts";
import { reportForm } from "../../src/reports/form.ts";
import type { Submission } from "../../src/state/reports.ts";
import { answerMessage } from "../../src/views/answer-message.ts";
import { homeView } from "../../src/views/home.ts";
import { reportModal } from "../../src/views/report-modal.ts";
import {
  approvedReportBlock,
  pendingReportsMessage,
  reviewedDm,
  reviewModal,
  withApprovedReport,
} from "../../src/views/report-review.ts";
import { plan } from "../reminders/fixtures.ts";
import { blockKitProblems } from "../support/block-kit-limits.ts";

const no20 = findItem(plan, 20) as PlanItem;

/** No.20 with its 令和6年度 row tripled: thirty figures, as a plan with more outlets might have. */
function thirtyFigureItem(): PlanItem {
  const file = structuredClone(no20) as unknown as ItemFile;
  for (const row of file.effects) {
    row.figures = [0, 1, 2].flatMap((k) =>
      row.figures.map((f) => ({ ...f, label: `${f.label}（区分${k + 1}）` })),
    );
  }
  const built = buildPlan(plan.meta, [file]);
  return built.items[0] as PlanItem;
}

const long = (n: number) => "長い文章。".repeat(Math.ceil(n / 5)).slice(0, n);

function submissionOf(item: PlanItem, id = 1): Submission {
  const form = reportForm(item, 2024);
  return {
    id,
    item: item.number,
    fiscalYear: 2024,
    values: {
      figures: form.figures.map((f, i) => ({
        label: f.label,
        unit: f.unit,
        value: i === 2 ? "－" : "1,234,567.8",
      })),
      activities: Array.from({ length: 40 }, (_, i) => `${i + 1}件目の取組。${long(70)}`),
      assessment: "behind",
      comment: long(1000),
      review: long(3000),
    },
    submittedBy: "U0OWNER01",
    submittedAt: new Date("2026-12-01T01:00:00Z"),
    review: {
      decision: "approved",
      comment: long(1000),
      reviewedBy: "UADMIN01",
      reviewedAt: new Date("2026-12-02T01:00:00Z"),
    },
    state: "approved",
  };
}

describe.each([
  ["No.20", no20],
  ["thirty figures", thirtyFigureItem()],
])("report views for %s", (_, item) => {
  const form = reportForm(item, 2024);
  const s = submissionOf(item);

  it("the modal, empty and filled with the longest values, is within the limits", () => {
    expect(form.figures.length).toBeGreaterThanOrEqual(10);
    expect(blockKitProblems({ view: reportModal(form) })).toEqual([]);
    const values: Record<string, string> = {
      activities: long(3000),
      comment: long(1000),
      review: long(3000),
    };
    form.figures.forEach((_, i) => {
      values[`figure:${i}`] = "1,234,567,890.12";
    });
    const filled = reportModal(form, { values, note: long(500) });
    expect(blockKitProblems({ view: filled })).toEqual([]);
    expect(filled.blocks.filter((b) => b.type === "input")).toHaveLength(form.figures.length + 4);
  });

  it("the review modal, the pending list and the owner's DM are within the limits", () => {
    expect(
      blockKitProblems({ view: reviewModal(plan, { ...s, state: "pending", review: null }, "returned") }),
    ).toEqual([]);
    expect(
      blockKitProblems({
        ...pendingReportsMessage(
          plan,
          Array.from({ length: 30 }, (_, i) => submissionOf(item, i + 1)),
        ),
      }),
    ).toEqual([]);
    expect(blockKitProblems({ ...reviewedDm(plan, s, "returned", long(1000)) })).toEqual([]);
  });

  it("the approved report on an answer puts each figure on its own line, within the limits", () => {
    const block = approvedReportBlock(s) as { text: { text: string } };
    const lines = block.text.text.split("\n");
    expect(lines[0]).toBe("*:memo: 担当課からの報告（令和6年度・未公表、12月2日 承認）*");
    if (item === no20) {
      expect(lines.slice(1, 11)).toEqual(
        form.figures.map((f, i) => `• ${f.label}: ${i === 2 ? "－" : `1,234,567.8 ${f.unit}`}`),
      );
      expect(lines[1]).toBe("• 医業収支比率（本院）: 1,234,567.8 ％");
    }
    const card = answerMessage(createAnswerer(plan).answer("No.20"), plan.meta);
    const withReport = withApprovedReport(card, 20, s);
    expect(blockKitProblems({ ...withReport })).toEqual([]);
    // Just above the card's buttons, after the report's own figures.
    const at = withReport.blocks.findIndex((b) => JSON.stringify(b).includes("担当課からの報告"));
    expect(at).toBeGreaterThan(0);
    expect(withReport.blocks[at + 1]?.type).toBe("actions");
  });
});

describe("App Home with reports", () => {
  it("an admin's Home with every item and thirty pending reports stays within 100 blocks", () => {
    const pending = Array.from({ length: 30 }, (_, i) => ({
      ...submissionOf(no20, i + 1),
      state: "pending" as const,
      review: null,
    }));
    const view = homeView(plan, {
      fiscalYear: 2024,
      mine: plan.items.map((item) => ({ item, latest: undefined })),
      pending,
    });
    expect(blockKitProblems({ view })).toEqual([]);
    const text = JSON.stringify(view);
    expect(text).toContain("あなたの担当項目");
    expect(text).toContain("確認待ちの報告（30 件）");
    expect(text).toContain("ダッシュボード");
  });
});
