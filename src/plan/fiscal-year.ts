/**
 * Japanese fiscal years (年度) and their 和暦 labels. A fiscal year is stored as the Western year it starts in
 * (2023 = 令和5年度, 1 April 2023 – 31 March 2024); labels are always rendered from that number.
 */

const REIWA_FIRST_YEAR = 2019;

/** 2023 → "令和5年度". */
export function fiscalYearLabel(fiscalYear: number): string {
  // Years before 令和 are 平成's (a question about 平成30年度 is told it is before the plan, in its own words).
  if (fiscalYear < REIWA_FIRST_YEAR) return `平成${fiscalYear - HEISEI_FIRST_YEAR + 1}年度`;
  const n = fiscalYear - REIWA_FIRST_YEAR + 1;
  return `令和${n === 1 ? "元" : n}年度`;
}

/** 平成元年度 is fiscal 1989; fiscal 2019 is 令和元年度 (as city documents count them). */
const HEISEI_FIRST_YEAR = 1989;

/** "平成30年度" / "H30" → 2018; null when the text is not a 平成 year. */
export function parseHeiseiYear(text: string): number | null {
  const m = text.normalize("NFKC").match(/(?:平成|H)\s*(元|\d{1,2})/i);
  if (!m?.[1]) return null;
  const n = m[1] === "元" ? 1 : Number(m[1]);
  return n >= 1 && n <= 31 ? n + HEISEI_FIRST_YEAR - 1 : null;
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
