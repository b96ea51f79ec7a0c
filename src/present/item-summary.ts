/**
 * What the bot says about an item, as structured pieces of Japanese text: the same pieces become a Block Kit
 * card in Slack and plain text in the CLI, so both always say the same thing. Figures are the report's own
 * strings; nothing here reformats a number.
 */
import { BASIS_LABELS, fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { PlanItem } from "../plan/model.ts";
import type { PlanFile, Status } from "../plan/schema.ts";
import { type Measurement, STATUS_LABELS } from "../plan/status.ts";
import { departmentBaseName } from "../plan/validate.ts";

export const STATUS_EMOJI: Readonly<Record<Status, string>> = {
  achieved: ":white_check_mark:",
  on_track: ":large_blue_circle:",
  behind: ":warning:",
  unrated: ":white_circle:",
};

export interface ItemSummary {
  /** "No.18 ふるさと納税制度の活用" */
  heading: string;
  status: Status;
  /** "達成", "遅れ", … */
  statusLabel: string;
  /** "令和5年度" */
  yearLabel: string;
  /** Why the status is what it is: the figures against the target, or the report's sentence. */
  statusReason: string | null;
  /** Lead departments first, then related ones; generic ones (関係各課) last. */
  departments: string;
  /** The current year's actual rows as the report prints them, "令和5年度（実績）" first. */
  results: { label: string; text: string }[];
  /** Each measured figure: "滞納額の縮減効果: 30,885,000 円（目標 44,400 千円、達成率 69.6%）". */
  measurements: string[];
  /** The 総評, first entry only (the whole is in the detail view). */
  reviewExcerpt: string | null;
  /** Later years' rows (見込み/計画), one line each. */
  outlook: { label: string; text: string }[];
  /** "出典: … ／ データ更新日: 2026-11-24" */
  source: string;
}

/** "令和5年度（実績）": the year and how the report labels the row. */
export function rowLabel(fiscalYear: number, basis: keyof typeof BASIS_LABELS | null): string {
  return basis ? `${fiscalYearLabel(fiscalYear)}（${BASIS_LABELS[basis]}）` : fiscalYearLabel(fiscalYear);
}

/**
 * A row of 取組による効果 with its label. The report's text usually ends with （実績）/（見込み）, so the label
 * then carries only the year: 「令和5年度: … （実績）」 rather than 「令和5年度（実績）: … （実績）」.
 */
function effectLine(e: { fiscal_year: number; basis: keyof typeof BASIS_LABELS | null; text: string }): {
  label: string;
  text: string;
} {
  const saysBasis = /[（【](?:実績|見込み|計画)[）】]\s*$/.test(e.text);
  return {
    label: saysBasis ? fiscalYearLabel(e.fiscal_year) : rowLabel(e.fiscal_year, e.basis),
    text: e.text,
  };
}

export function departmentsLine(item: PlanItem): string {
  const leads = item.lead_departments.map((d) => `${d}（記入担当）`);
  const leadBases = new Set(item.lead_departments.map(departmentBaseName));
  const others = item.departments.filter((d) => !leadBases.has(departmentBaseName(d)));
  return [...leads, ...others].join("、");
}

/** 「30,885,000 円（目標 44,400 千円、達成率 69.6%）」: the figure as printed, with its target and rate. */
function againstTarget(m: Measurement): string {
  const rate = m.percent ? `、達成率 ${m.percent}%` : "";
  return `${m.actual.value} ${m.actual.unit}（目標 ${m.target.value} ${m.target.unit}${rate}）`;
}

export function statusReason(item: PlanItem): string | null {
  const { current } = item;
  if (current.basis === "figures") {
    return current.measurements.map((m) => `${m.label} ${againstTarget(m)}`).join("、");
  }
  if (current.basis === "report" && current.quote) return `報告書の総評: 「${current.quote}」`;
  return "報告書に目標との比較や評価の記載がありません。";
}

export function summarizeItem(item: PlanItem, meta: PlanFile): ItemSummary {
  const fy = item.current.fiscalYear;
  const results = item.effects.filter((e) => e.fiscal_year === fy).map(effectLine);
  const outlook = item.effects.filter((e) => e.fiscal_year > fy).map(effectLine);
  const review = item.reviews.find((r) => r.fiscal_year === fy);
  const firstEntry = review?.sections[0]?.entries[0];
  const firstDept = review?.sections[0]?.department;
  return {
    heading: `No.${item.number} ${item.title}`,
    status: item.current.status,
    statusLabel: STATUS_LABELS[item.current.status],
    yearLabel: fiscalYearLabel(fy),
    statusReason: statusReason(item),
    departments: departmentsLine(item),
    results,
    measurements: item.current.measurements.map((m) => `${m.label}: ${againstTarget(m)}`),
    // The status's own quote is usually the 総評's first sentence: shown once, not twice.
    reviewExcerpt:
      firstEntry &&
      !(item.current.basis === "report" && item.current.quote && firstEntry.includes(item.current.quote))
        ? `${firstDept ? `＜${firstDept}＞` : ""}${firstEntry}`
        : null,
    outlook,
    source: sourceLine(meta),
  };
}

export function sourceLine(meta: PlanFile): string {
  return `出典: ${meta.source.title} ／ データ更新日: ${meta.data_as_of}`;
}
