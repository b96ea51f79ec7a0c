/**
 * What the bot says about an item, as structured pieces of Japanese text: the same pieces become a Block Kit
 * card in Slack and plain text in the CLI, so both always say the same thing. Figures are the report's own
 * strings; nothing here reformats a number.
 */

import { departmentBaseName } from "../plan/departments.ts";
import { BASIS_LABELS, fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { PlanItem } from "../plan/model.ts";
import { isOwnerReported, type PlanFile, type Status } from "../plan/schema.ts";
import { assessmentFor, type Measurement, STATUS_LABELS } from "../plan/status.ts";

/**
 * Where rows marked `origin: owner_report` come from (written by `npm run export-reports`): a department's own
 * result, approved by the secretariat, before the report is published. Said wherever such a row decides what the
 * bot shows, so that an owner's figures and self-assessment are never passed off as the report's.
 */
export const OWNER_REPORT_SOURCE = "担当課からの報告（承認済み・報告書は未公表）";

/**
 * 「（担当課からの報告）」 for a row an owner reported, "" for the report's own: for any view that labels rows by
 * year (the detail view's 取組内容, 取組による効果 and 総評 headings), so that none reads as the report's.
 */
export function ownerReportMark(row: { origin?: "report" | "owner_report" | undefined }): string {
  return isOwnerReported(row) ? "（担当課からの報告）" : "";
}

/**
 * Whether the current year's status rests on the owner's self-assessment rather than the report: a view that
 * heads the status's quote 「評価の根拠（報告書の総評）」 must say 「評価の根拠（担当課の自己評価）」 instead.
 */
export function statusFromOwner(item: PlanItem): boolean {
  const assessment = assessmentFor(item, item.current.fiscalYear);
  return item.current.basis === "report" && !!assessment && isOwnerReported(assessment);
}

/** Whether any of the current year's rows (activities, effects, 総評, assessment) is owner-reported. */
export function currentYearOwnerReported(item: PlanItem): boolean {
  const fy = item.current.fiscalYear;
  return [...item.activities, ...item.effects, ...item.reviews, ...item.assessments].some(
    (row) => row.fiscal_year === fy && isOwnerReported(row),
  );
}

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
  results: EffectLine[];
  /** Each measured figure: "滞納額の縮減効果: 30,885,000 円（目標 44,400 千円、達成率 69.6%）". */
  measurements: string[];
  /** The 総評, first entry only (the whole is in the detail view). */
  reviewExcerpt: string | null;
  /** Later years' rows (見込み/計画), one line each. */
  outlook: EffectLine[];
  /** "出典: … ／ データ更新日: 2026-11-24" */
  source: string;
  /** What the status rests on, in words: the report's figures, the report's words, or nothing to rate by. */
  statusBasis: string;
  /**
   * Sentences of the year's 総評 that qualify the status (見送り, 継続的に取り組む必要がある, 目標値は高めに設定):
   * shown beside a favourable status so that the card tells the whole truth, not only the good part.
   */
  caveats: string[];
}

/** Words with which the report qualifies or limits what it reports. */
const CAVEAT = /一方で|見送|必要がある|高めに設定|できなかった|及ばなかった|下回|至らな|時間を要|困難|注視/;

/** The year's 総評 sentences that qualify the status, other than the one the status already quotes. */
export function caveatsOf(item: PlanItem): string[] {
  // An owner's 総評 draft is not the report's 総評: its sentences are not shown as 「留意点（総評）」.
  const review = item.reviews.find((r) => r.fiscal_year === item.current.fiscalYear && !isOwnerReported(r));
  const quote = item.current.quote;
  return (review?.sections ?? [])
    .flatMap((section) => section.entries.flatMap((entry) => entry.split(/(?<=。)/)))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "" && CAVEAT.test(sentence) && !(quote && sentence.includes(quote)))
    .slice(0, 2);
}

/**
 * The one figure that tells most about an item in a list: the first measured figure with its achievement rate,
 * else the first figure of the year's results, else none. The figure is the report's own string.
 */
export function keyFigure(item: PlanItem): string | null {
  const measured = item.current.measurements;
  // Where the report's verdict prevails over its figures (No.12), a rate would contradict the status: the
  // figures alone, all of them.
  if (item.current.basis !== "figures" && measured.length > 0)
    return measured.map((x) => `${x.label} ${x.actual.value} ${x.actual.unit}`).join("、");
  const m = measured[0];
  if (m) return `${m.label} ${m.actual.value} ${m.actual.unit}${m.percent ? `（達成率 ${m.percent}%）` : ""}`;
  const row = item.effects.find((e) => e.fiscal_year === item.current.fiscalYear && e.basis === "actual");
  const f = row?.figures[0];
  return f ? `${f.label} ${f.value} ${f.unit}` : null;
}

/** The status's footing, said plainly (the same words in Slack, the CLI and --json). */
export function statusBasisText(item: PlanItem): string {
  const { current } = item;
  if (statusFromOwner(item)) {
    return `${OWNER_REPORT_SOURCE}の自己評価です。報告書の評価ではありません。`;
  }
  if (current.basis === "figures") return "報告書の目標と実績の数値から計算しています。";
  if (current.basis === "report" && current.measurements.length > 0) {
    return "数値だけ見ると目標に届いていないものがありますが、報告書の総評の評価に従っています（行政管理課の判断）。";
  }
  if (current.basis === "report") return "報告書の総評の文をもとにした行政管理課の判断です。";
  return "報告書に目標との比較や評価の記載がないため、評価していません。";
}

/** "令和5年度（実績）": the year and how the report labels the row. */
export function rowLabel(fiscalYear: number, basis: keyof typeof BASIS_LABELS | null): string {
  return basis ? `${fiscalYearLabel(fiscalYear)}（${BASIS_LABELS[basis]}）` : fiscalYearLabel(fiscalYear);
}

/**
 * A row of 取組による効果 with its label. The report's text usually ends with （実績）/（見込み）, so the label
 * then carries only the year: 「令和5年度: … （実績）」 rather than 「令和5年度（実績）: … （実績）」.
 */
function effectLine(e: {
  fiscal_year: number;
  basis: keyof typeof BASIS_LABELS | null;
  text: string;
  figures: { label: string; value: string; unit: string }[];
  origin?: "report" | "owner_report" | undefined;
}): EffectLine {
  const saysBasis = /[（【](?:実績|見込み|計画)[）】]\s*$/.test(e.text);
  const label = saysBasis ? fiscalYearLabel(e.fiscal_year) : rowLabel(e.fiscal_year, e.basis);
  return {
    // The row's own text reads like the report's (「… 40,000 千円（実績）」): the label says whose it is.
    label: `${label}${ownerReportMark(e)}`,
    text: e.text,
    // A row of many figures (No.20: ten rates and an amount) reads as one run-on line; one figure per line then.
    ...(e.figures.length >= MANY_FIGURES
      ? { figureLines: e.figures.map((f) => `${f.label}: ${f.value} ${f.unit}`) }
      : {}),
  };
}

/** From this many figures in one row, the row is shown one figure per line. */
const MANY_FIGURES = 5;

export interface EffectLine {
  /** "令和5年度" or "令和5年度（実績）". */
  label: string;
  /** The row as the report prints it. */
  text: string;
  /** For a row of many figures: "医業収支比率（本院）: 96.7 ％", one per figure, in the report's order. */
  figureLines?: string[];
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
  if (statusFromOwner(item) && current.quote) return `担当課の自己評価の理由: 「${current.quote}」`;
  if (current.basis === "figures") {
    return current.measurements.map((m) => `${m.label} ${againstTarget(m)}`).join("、");
  }
  if (current.basis === "report" && current.quote) return `報告書の総評: 「${current.quote}」`;
  return "報告書に目標との比較や評価の記載がありません。";
}

/**
 * Summaries already made, per item and plan file: an item answer asks for its summary several times (card, text,
 * list line), and both inputs are immutable once loaded (a reload makes new objects).
 */
const summaries = new WeakMap<PlanItem, { meta: PlanFile; summary: ItemSummary }>();

export function summarizeItem(item: PlanItem, meta: PlanFile): ItemSummary {
  const cached = summaries.get(item);
  if (cached?.meta === meta) return cached.summary;
  const summary = buildSummary(item, meta);
  summaries.set(item, { meta, summary });
  return summary;
}

function buildSummary(item: PlanItem, meta: PlanFile): ItemSummary {
  const fy = item.current.fiscalYear;
  const results = item.effects.filter((e) => e.fiscal_year === fy).map(effectLine);
  const outlook = item.effects.filter((e) => e.fiscal_year > fy).map(effectLine);
  const review = item.reviews.find((r) => r.fiscal_year === fy);
  const firstEntry = review?.sections[0]?.entries[0];
  const firstDept = review?.sections[0]?.department;
  // An owner's 総評 draft is shown as what it is, not as the report's 総評.
  const draftMark = review && isOwnerReported(review) ? "（担当課の総評案）" : "";
  // The status's own quote is usually the 総評's first sentence: shown once, not twice.
  const reviewExcerpt =
    firstEntry &&
    !(item.current.basis === "report" && item.current.quote && firstEntry.includes(item.current.quote))
      ? `${draftMark}${firstDept ? `＜${firstDept}＞` : ""}${firstEntry}`
      : null;
  return {
    heading: `No.${item.number} ${item.title}`,
    status: item.current.status,
    statusLabel: STATUS_LABELS[item.current.status],
    yearLabel: fiscalYearLabel(fy),
    statusReason: statusReason(item),
    departments: departmentsLine(item),
    results,
    measurements: item.current.measurements.map((m) => `${m.label}: ${againstTarget(m)}`),
    reviewExcerpt,
    outlook,
    source: currentYearOwnerReported(item)
      ? `出典: ${fiscalYearLabel(fy)}は${OWNER_REPORT_SOURCE}、それより前は${meta.source.title} ／ データ更新日: ${meta.data_as_of}`
      : sourceLine(meta),
    statusBasis: statusBasisText(item),
    caveats: caveatsOf(item).filter((c) => !reviewExcerpt?.includes(c)),
  };
}

export function sourceLine(meta: PlanFile): string {
  return `出典: ${meta.source.title} ／ データ更新日: ${meta.data_as_of}`;
}
