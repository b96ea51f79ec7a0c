/**
 * What an owner reports for an item and a fiscal year, and the rules a report must meet. The form follows the
 * item's own structure: one figure per effect figure the plan has for that year (its label and unit, with the
 * year's target or forecast as the hint), the year's activities (取組内容・実績), a self-assessment, and an
 * optional 総評 draft. Nothing here knows of Slack: the modal (views/report-modal.ts) is drawn from `ReportForm`
 * and its input comes back as `ReportInput`.
 */
import { BASIS_LABELS, fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { PlanItem } from "../plan/model.ts";
import { type EffectRow, FIGURE_VALUE_PATTERN } from "../plan/schema.ts";
import type { ReportValues, SelfAssessment } from "../state/reports.ts";

export type { ReportValues, SelfAssessment };

export const SELF_ASSESSMENT_LABELS: Readonly<Record<SelfAssessment, string>> = {
  achieved: "達成",
  on_track: "順調",
  behind: "遅れ",
};

export interface FigureField {
  label: string;
  unit: string;
  /** What the plan expects for the year, as a hint: 「目標 5,000」 or 「見込み 95.7」; null when it says nothing. */
  expected: string | null;
}

export interface ReportForm {
  item: number;
  title: string;
  fiscalYear: number;
  /** 「令和6年度」. */
  yearLabel: string;
  figures: FigureField[];
}

/** 「滞納額の縮減効果: 40,000 千円」, or 「…: －」 where the owner had no figure: one reported figure, as lists show it. */
export function figureLine(f: { label: string; unit: string; value: string }): string {
  return `${f.label}: ${f.value === "－" ? "－" : `${f.value} ${f.unit}`}`;
}

/** What came back from the form, unchecked: every value as typed (undefined when the field was left empty). */
export interface ReportInput {
  figures: (string | undefined)[];
  activities?: string;
  assessment?: string;
  comment?: string;
  review?: string;
}

/** Field keys for errors and drafts: "figure:0" …, "activities", "assessment", "comment", "review". */
export type FieldKey = `figure:${number}` | "activities" | "assessment" | "comment" | "review";

export type CheckedReport = { ok: true; values: ReportValues } | { ok: false; errors: Map<FieldKey, string> };

/**
 * Lengths within Slack's limits for a plain_text_input (3,000 characters) and sensible for the report. The modal
 * sets the same `max_length`, so the check here only matters for a request that did not come from our modal.
 */
export const REPORT_LIMITS = {
  figure: 30,
  activities: 3000,
  comment: 1000,
  review: 3000,
} as const;

/** 「－」 and its look-alikes: the report's mark for "no figure". */
const NO_FIGURE = /^[－ー―‐\-−]$/;

/**
 * The reporting year's form. Figures come from the plan's effect row for that year (a forecast or plan row until
 * results are in); if the plan has none for the year, from the latest row that has figures, so the owner reports
 * the same measures the plan tracks.
 */
export function reportForm(item: PlanItem, fiscalYear: number): ReportForm {
  const rows = item.effects.filter((r) => r.figures.length > 0);
  const row: EffectRow | undefined =
    rows.find((r) => r.fiscal_year === fiscalYear) ??
    [...rows].sort((a, b) => b.fiscal_year - a.fiscal_year)[0];
  const sameYear = row?.fiscal_year === fiscalYear;
  return {
    item: item.number,
    title: item.title,
    fiscalYear,
    yearLabel: fiscalYearLabel(fiscalYear),
    figures: (row?.figures ?? []).map((f) => ({
      label: f.label,
      unit: f.unit,
      expected: f.target
        ? `目標 ${f.target.value}${f.target.unit}`
        : sameYear && row?.basis
          ? `${BASIS_LABELS[row.basis]} ${f.value}${f.unit}`
          : null,
    })),
  };
}

/**
 * Checks a report. Messages are Japanese and say what to write, for inline display under the field. A figure may
 * be written with its unit (「95.7％」 for ％) and in full-width digits; it is kept as the report would print it.
 */
export function checkReport(form: ReportForm, input: ReportInput): CheckedReport {
  const errors = new Map<FieldKey, string>();
  const figures = form.figures.map((field, i) => {
    const key: FieldKey = `figure:${i}`;
    const raw = (input.figures[i] ?? "").normalize("NFKC").trim();
    if (!raw) {
      errors.set(key, "数値を入れてください。まだ数値がないときは「－」と書きます。");
      return { label: field.label, unit: field.unit, value: "" };
    }
    if (NO_FIGURE.test(raw)) return { label: field.label, unit: field.unit, value: "－" };
    const value = withoutUnit(raw, field.unit);
    if (value.length > REPORT_LIMITS.figure || !FIGURE_VALUE_PATTERN.test(value)) {
      errors.set(
        key,
        `数値は半角数字で、桁区切りのカンマと小数点だけを使って書きます（例: 1,234 や 95.7）。単位（${field.unit}）は書かなくてかまいません。`,
      );
    }
    return { label: field.label, unit: field.unit, value };
  });
  const activities = lines(input.activities);
  if (activities.length === 0) errors.set("activities", "この年度の取組内容・実績を1行以上書いてください。");
  else if ((input.activities ?? "").length > REPORT_LIMITS.activities)
    errors.set("activities", `${REPORT_LIMITS.activities}文字以内で書いてください。`);
  const assessment = input.assessment as SelfAssessment | undefined;
  if (!assessment || !(assessment in SELF_ASSESSMENT_LABELS))
    errors.set("assessment", "達成・順調・遅れから1つ選んでください。");
  const comment = (input.comment ?? "").trim();
  if (assessment === "behind" && !comment)
    errors.set("comment", "「遅れ」のときは、理由と今後の見通しを書いてください。");
  else if (comment.length > REPORT_LIMITS.comment)
    errors.set("comment", `${REPORT_LIMITS.comment}文字以内で書いてください。`);
  const review = (input.review ?? "").trim();
  if (review.length > REPORT_LIMITS.review)
    errors.set("review", `${REPORT_LIMITS.review}文字以内で書いてください。`);
  if (errors.size > 0) return { ok: false, errors };
  return {
    ok: true,
    values: { figures, activities, assessment: assessment as SelfAssessment, comment, review },
  };
}

/** "95.7％" → "95.7" when the plan's unit is ％; "1,234件" → "1,234". Other trailing text is left to fail. */
function withoutUnit(value: string, unit: string): string {
  const u = unit.normalize("NFKC");
  return value.endsWith(u) ? value.slice(0, -u.length).trim() : value;
}

/** Non-empty lines, with a leading bullet or circled number the owner may have typed removed. */
function lines(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[・•\-*]|[①-⑳])\s*/, "").trim())
    .filter((l) => l.length > 0);
}
