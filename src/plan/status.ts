/**
 * An item's status for a fiscal year: achieved, on track, behind or unrated.
 *
 * Figures come first: where the report states a target and an actual for the year, the status follows from
 * them (every measured figure at 100% or more: achieved; any below: behind), and the gap is kept so the bot can
 * say by how much. Where there are no such figures, the status is the one the data records with the 総評
 * sentence that justifies it. With neither, the item is unrated: the bot never guesses.
 */
import { achievementRatio, formatPercent } from "./figures.ts";
import type { Assessment, Figure, ItemFile, Status } from "./schema.ts";

/** A figure of the year that has a target: what the bot says "X against a target of Y (Z%)" about. */
export interface Measurement {
  label: string;
  actual: { value: string; unit: string };
  target: { value: string; unit: string; quote: string };
  /** actual ÷ target; null when the units do not compare (validation refuses that). */
  ratio: number | null;
  /** The ratio as the bot prints it, "69.6". */
  percent: string | null;
}

export interface ItemStatus {
  fiscalYear: number;
  status: Status;
  /** Where the status comes from: the figures, the report's words, or nothing. */
  basis: "figures" | "report" | "none";
  /** The 総評 sentence behind a status recorded in words. */
  quote: string | null;
  measurements: Measurement[];
}

/** The figures of a fiscal year's actual (実績) row that carry a target. */
export function measurementsFor(item: ItemFile, fiscalYear: number): Measurement[] {
  const rows = item.effects.filter((row) => row.fiscal_year === fiscalYear && row.basis === "actual");
  return rows.flatMap((row) =>
    row.figures
      .filter((f): f is Figure & { target: NonNullable<Figure["target"]> } => !!f.target)
      .map(toMeasurement),
  );
}

function toMeasurement(f: Figure & { target: NonNullable<Figure["target"]> }): Measurement {
  const ratio = achievementRatio(f, f.target);
  return {
    label: f.label,
    actual: { value: f.value, unit: f.unit },
    target: { value: f.target.value, unit: f.target.unit, quote: f.target.quote },
    ratio,
    percent: ratio === null ? null : formatPercent(ratio),
  };
}

/** What the figures alone say, or null when there is no figure with a target. */
export function statusFromFigures(measurements: Measurement[]): "achieved" | "behind" | null {
  const rated = measurements.filter((m) => m.ratio !== null);
  if (rated.length === 0) return null;
  return rated.every((m) => (m.ratio as number) >= 1) ? "achieved" : "behind";
}

export function assessmentFor(item: ItemFile, fiscalYear: number): Assessment | undefined {
  return item.assessments.find((a) => a.fiscal_year === fiscalYear);
}

export function itemStatus(item: ItemFile, fiscalYear: number): ItemStatus {
  const measurements = measurementsFor(item, fiscalYear);
  const fromFigures = statusFromFigures(measurements);
  const assessment = assessmentFor(item, fiscalYear);
  if (fromFigures && !assessment?.overrides_figures) {
    return {
      fiscalYear,
      status: fromFigures,
      basis: "figures",
      quote: assessment?.quote ?? null,
      measurements,
    };
  }
  if (assessment) {
    return { fiscalYear, status: assessment.status, basis: "report", quote: assessment.quote, measurements };
  }
  return { fiscalYear, status: "unrated", basis: "none", quote: null, measurements };
}

/**
 * Behind because a target was missed: a figure below its target, or a 総評 sentence that compares the year with
 * its target (「目標を下回った」「目標には達しなかった」). An item behind for another reason (a step planned for the
 * year not done, No.14's 「策定することはできなかった」) is behind but missed no target: asked for the items that
 * fell short of their targets, people do not count it.
 */
export function missedTarget(status: ItemStatus): boolean {
  if (status.status !== "behind") return false;
  if (status.basis === "figures") return true;
  return status.quote !== null && /目標/.test(status.quote);
}

/**
 * What a 総評 says was not done as the year planned: a step it could not take (No.14's 「策定することはできなかった」,
 * No.2's 「反映させることはできなかった」) or one it put off (No.5's 「見送りとした」). These are the report's words, not a
 * status: an item can be 順調 and still say a step could not be done. People ask for them by those words
 * (「予定していたのにできなかった項目」), so the bot lists them by the sentences that say so.
 */
export type Unfinished = "not_done" | "deferred";

/** How each kind of step not done is named to staff: the report's own word for it. */
const UNFINISHED_LABELS: Readonly<Record<Unfinished, string>> = {
  not_done: "できなかった",
  deferred: "見送り",
};

/** The kinds of steps not done, as staff read them in a heading or a note: 「できなかった」「見送り」. */
export function unfinishedWords(says: readonly Unfinished[]): string {
  return says.map((k) => `「${UNFINISHED_LABELS[k]}」`).join("");
}

const UNFINISHED_SENTENCE: Readonly<Record<Unfinished, RegExp>> = {
  not_done: /できなかった|できず|至らなかった/,
  deferred: /見送/,
};

/** The 総評 sentences of a fiscal year that say a step was not done or put off, in the report's order. */
export function unfinishedSentences(
  item: ItemFile,
  fiscalYear: number,
  kinds: readonly Unfinished[],
): string[] {
  return item.reviews
    .filter((r) => r.fiscal_year === fiscalYear)
    .flatMap((r) => r.sections.flatMap((s) => s.entries))
    .flatMap((e) => e.split(/(?<=。)/))
    .filter((e) => kinds.some((k) => UNFINISHED_SENTENCE[k].test(e)));
}

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  achieved: "達成",
  on_track: "順調",
  behind: "遅れ",
  unrated: "評価なし",
};
