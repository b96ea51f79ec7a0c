/**
 * 「質問に関係する記述」: the report's own sentences that answer the question, quoted exactly, each with where it
 * stands in the report. Shared by the Slack card and the plain-text answer, so both quote the same lines.
 */
import type { ScoredPassage } from "../ask/passage-index.ts";
import { passageSourceLabel } from "../ask/passage-index.ts";

export const PASSAGES_HEADING = "質問に関係する記述";

export interface QuotedPassage {
  /** The sentence exactly as in the report. */
  text: string;
  /** 令和5年度の取組, 取組による効果（令和5年度）, 令和5年度総評 ＜政策課＞ … */
  source: string;
}

export function quotePassages(passages: readonly ScoredPassage[]): QuotedPassage[] {
  return passages.map((p) => ({ text: p.text, source: passageSourceLabel(p) }));
}

/**
 * The figures of a sentence: numbers with what they count (件, 人, 円, ％ …), not dates or ordinals (令和5年度,
 * 4月1日, 第6次). Used to set them in bold.
 */
export const FIGURE_IN_TEXT =
  /[0-9０-９][0-9０-９,，.．]*(?![0-9０-９,，.．]*\s*(?:年|月|日|次|号|期|時|分|歳))/g;

export function passageLines(passages: readonly QuotedPassage[]): string[] {
  return passages.map((p) => `「${p.text}」（${p.source}）`);
}
