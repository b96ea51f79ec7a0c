/**
 * Japanese fiscal years (年度) and their 和暦 labels. A fiscal year is stored as the Western year it starts in
 * (2023 = 令和5年度, 1 April 2023 – 31 March 2024); labels are always rendered from that number.
 */

const REIWA_FIRST_YEAR = 2019;

/** 2023 → "令和5年度". */
export function fiscalYearLabel(fiscalYear: number): string {
  const n = fiscalYear - REIWA_FIRST_YEAR + 1;
  return `令和${n === 1 ? "元" : n}年度`;
}

/** "令和5年度" / "令和５年度" / "R5" → 2023; null when the text is not a 令和 year. */
export function parseReiwaYear(text: string): number | null {
  const m = text.normalize("NFKC").match(/(?:令和|R)\s*(元|\d{1,2})/);
  if (!m?.[1]) return null;
  return (m[1] === "元" ? 1 : Number(m[1])) + REIWA_FIRST_YEAR - 1;
}

export const BASIS_LABELS = {
  actual: "実績",
  forecast: "見込み",
  plan: "計画",
} as const;
