/**
 * Figures as the report prints them, and the one place where they are turned into numbers.
 *
 * Figures are shown exactly as written ("30,885,000 円", "44,400 千円"); units are never converted for display.
 * Only to compare an actual with its target do we need both in one unit, and that conversion is explicit here
 * and limited to the money units the report uses.
 */

/** "1,194,846,047" → 1194846047, "５" → 5. The schema guarantees the shape. */
export function parseFigureValue(value: string): number {
  return Number(value.normalize("NFKC").replaceAll(",", ""));
}

/** Money units by their size in 円. Any other unit compares only with itself. */
const MONEY_UNITS: Readonly<Record<string, number>> = {
  円: 1,
  千円: 1_000,
  百万円: 1_000_000,
  億円: 100_000_000,
};

export interface Quantity {
  value: string;
  unit: string;
}

/** The quantity in a base unit, or null where the unit is not one we know how to scale. */
function toBase(q: Quantity): { amount: number; base: string } {
  const factor = MONEY_UNITS[q.unit];
  if (factor !== undefined) return { amount: parseFigureValue(q.value) * factor, base: "円" };
  return { amount: parseFigureValue(q.value), base: q.unit.normalize("NFKC") };
}

/** Whether two units can be compared (the same unit, or two money units). */
export function comparableUnits(a: string, b: string): boolean {
  return toBase({ value: "0", unit: a }).base === toBase({ value: "0", unit: b }).base;
}

/**
 * actual ÷ target, as a fraction (0.6956… for 30,885,000 円 against 44,400 千円), or null when the units do not
 * compare or the target is zero.
 */
export function achievementRatio(actual: Quantity, target: Quantity): number | null {
  const a = toBase(actual);
  const t = toBase(target);
  if (a.base !== t.base || t.amount === 0) return null;
  return a.amount / t.amount;
}

/** A ratio as a percentage with one decimal, rounded half up: 0.695608… → "69.6". */
export function formatPercent(ratio: number): string {
  return (Math.round(ratio * 1000 + Number.EPSILON) / 10).toFixed(1);
}

/** "30,885,000" + "円" → "30,885,000 円": the report's own spacing between value and unit. */
export function formatQuantity(q: Quantity): string {
  return `${q.value} ${q.unit}`;
}
