/**
 * The report form follows each item's own figures, and the check says in Japanese what to fix, field by field.
 * Labels, units and hints are checked against data/items (the report's figures for 令和6年度).
 */
import { describe, expect, it } from "vitest";
import { findItem } from "../../src/plan/model.ts";
import { checkReport, type ReportForm, reportForm } from "../../src/reports/form.ts";
import { plan } from "../reminders/fixtures.ts";

const item = (n: number) => {
  const found = findItem(plan, n);
  if (!found) throw new Error(`no item ${n}`);
  return found;
};

describe("reportForm", () => {
  it("asks No.16 for its one figure in the unit the plan uses for 令和6年度, with the forecast as hint", () => {
    const form = reportForm(item(16), 2024);
    expect(form.yearLabel).toBe("令和6年度");
    expect(form.figures).toEqual([
      { label: "滞納額の縮減効果", unit: "千円", expected: "見込み 44,400千円" },
    ]);
  });

  it("asks No.20 for all ten figures of its 令和6年度 row, in order", () => {
    const form = reportForm(item(20), 2024);
    expect(form.figures).toHaveLength(10);
    expect(form.figures[0]).toEqual({ label: "医業収支比率（本院）", unit: "％", expected: "見込み 95.7％" });
    expect(form.figures[9]).toEqual({
      label: "材料調達方法の改善による効果額",
      unit: "千円",
      expected: "見込み 71,460千円",
    });
  });

  it("falls back to the latest row with figures, without a hint, for a year the plan has no row for", () => {
    const form = reportForm(item(16), 2026);
    expect(form.figures).toEqual([{ label: "滞納額の縮減効果", unit: "千円", expected: null }]);
  });
});

describe("checkReport", () => {
  const form: ReportForm = reportForm(item(20), 2024);
  const good = () => ({
    figures: ["95.9", "６０.１％", "－", "80.0", "70", "65.5", "85.0", "84.0", "83.0", "72,000千円"],
    activities: "・第3期病院ビジョンを策定した。\n\n② 病院機能評価を受審した。",
    assessment: "on_track",
  });

  it("accepts figures as the report writes them, with the unit or in full width, and 「－」 for none", () => {
    const checked = checkReport(form, good());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.values.figures.map((f) => f.value)).toEqual([
      "95.9",
      "60.1",
      "－",
      "80.0",
      "70",
      "65.5",
      "85.0",
      "84.0",
      "83.0",
      "72,000",
    ]);
    expect(checked.values.figures[9]).toEqual({
      label: "材料調達方法の改善による効果額",
      unit: "千円",
      value: "72,000",
    });
    expect(checked.values.activities).toEqual(["第3期病院ビジョンを策定した。", "病院機能評価を受審した。"]);
  });

  it("names each wrong field, with what to write", () => {
    const checked = checkReport(form, {
      ...good(),
      figures: ["約96", "", "1,23", "80円", ...good().figures.slice(4)],
      activities: " \n ",
      assessment: undefined,
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect([...checked.errors.keys()].sort()).toEqual(
      ["activities", "assessment", "figure:0", "figure:1", "figure:2", "figure:3"].sort(),
    );
    expect(checked.errors.get("figure:0")).toContain("半角数字");
    expect(checked.errors.get("figure:1")).toContain("「－」");
    expect(checked.errors.get("assessment")).toContain("達成・順調・遅れ");
  });

  it("requires a comment when the owner says 遅れ, and only then", () => {
    const behind = checkReport(form, { ...good(), assessment: "behind" });
    expect(behind.ok).toBe(false);
    if (!behind.ok) expect(behind.errors.get("comment")).toContain("理由");
    expect(checkReport(form, { ...good(), assessment: "behind", comment: "医師不足のため。" }).ok).toBe(true);
  });

  it("refuses text longer than Slack's inputs allow, and an unknown assessment", () => {
    const checked = checkReport(form, { ...good(), review: "あ".repeat(3001), assessment: "great" });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect([...checked.errors.keys()].sort()).toEqual(["assessment", "review"]);
  });
});
