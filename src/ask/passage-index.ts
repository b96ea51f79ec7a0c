/**
 * The whole report, searchable down to the sentence.
 *
 * Every sentence of every item is a passage: the title, aliases and keywords, the objective, the measures and
 * schedule labels, each year's activities, each effect row and its figures' labels, the total, every 総評
 * paragraph (with its department) and No.17's table rows. Japanese has no spaces, so text is cut into character
 * bigrams (Latin words stay whole), which find a term inside a sentence, in kana or in full width alike.
 * A question's grams that the report never uses count against an item only when they hold a kanji, katakana or
 * Latin letter: unknown hiragana grams are the asker's own phrasing (ちょうだい, してほしい), not a topic.
 *
 * Items are scored with BM25 over all of their passages at once (a question may name one term from an activity
 * and another from the 総評), with titles, aliases and keywords weighing most. The same grams then pick the
 * sentences that answer the question within the chosen item. Everything is built once per plan and the cost of
 * a question is linear in its length: the grams of the question, each looked up in a map.
 *
 * Over 300 lines on purpose: building the index, scoring items and picking sentences share one data layout
 * (bigram postings per item); splitting them would spread that layout over several files.
 */
import { BASIS_LABELS, fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { Plan, PlanItem } from "../plan/model.ts";
import { escapeRegExp } from "../text/regexp.ts";
import { bucketStarts, Column, grown, int32Column } from "./columns.ts";
import { fold, normalize, normalizeOnce, toHiragana } from "./text.ts";

/** Where a passage comes from, as a person reading the report would name it. */
export type PassageKind =
  | "title"
  | "alias"
  | "keyword"
  | "objective"
  | "measure"
  | "schedule"
  | "activity"
  | "effect"
  | "total"
  | "review"
  | "receivable";

export interface Passage {
  item: number;
  kind: PassageKind;
  /** The sentence exactly as in the data (and so as in the report). */
  text: string;
  fiscalYear?: number;
  /** For activities and effect rows: whether the year's line is a result, a forecast or a plan. */
  basis?: "actual" | "forecast" | "plan";
  /** For a 総評 paragraph written by one department (＜政策課＞). */
  department?: string;
  /** A row an owner reported from Slack (exported, not yet in a published report): quoted as such, never as the report's. */
  ownerReport?: true;
}

/** How much a match in each kind of passage counts: what an item is called weighs more than what it did. */
const FIELD_WEIGHT: Record<PassageKind, number> = {
  title: 3,
  alias: 2.5,
  keyword: 2,
  objective: 1,
  measure: 1,
  schedule: 1,
  activity: 1,
  effect: 1,
  total: 1,
  review: 1,
  receivable: 1,
};

/** Kinds that are shown as 「質問に関係する記述」: sentences of the report, not our own labels for the item. */
const QUOTABLE: ReadonlySet<PassageKind> = new Set([
  "objective",
  "measure",
  "activity",
  "effect",
  "total",
  "review",
  "receivable",
]);

const K1 = 1.2;

/** How many of the best-scoring items get their matched terms measured (the rest score 0 there). */
export const TERM_RANKS = 8;

const HAS_HIRAGANA = /\p{Script=Hiragana}/u;

/**
 * The grams of a text: bigrams of each run of Japanese characters (katakana folded to hiragana so that
 * マイナンバー and まいなんばー meet), and each Latin word whole. Digits are left out: in a question they are
 * years and counts, not topics.
 */
export function gramsOf(text: string, forQuery = false): string[] {
  // The same grams as gramRuns' flattened, without an object and an array per run: this runs for every sentence
  // of the plan when the index is built, and the garbage made the build grow faster than the plan (issue 14).
  const out: string[] = [];
  for (const m of normalize(text).matchAll(RUN)) {
    const run = m[0];
    const first = run.charCodeAt(0);
    if (first <= 0x7a) {
      // A Latin word (kept whole) or digits (left out): the only runs that start with an ASCII character.
      if (first >= 0x61) out.push(run);
      const name = forQuery ? null : latinName(run);
      if (name) out.push(name);
      continue;
    }
    let prev = "";
    let count = 0;
    for (const typed of run) {
      const code = typed.codePointAt(0) ?? 0;
      if (code === MIDDLE_DOT || code === AMPERSAND) continue;
      const ch =
        code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCharCode(code - KANA_OFFSET) : typed;
      if (count > 0) out.push(prev + ch);
      prev = ch;
      count++;
    }
    // A lone character is a word of its own (課, 税) only in the report's index; in a question it is noise.
    if (count === 1 && !forQuery) out.push(prev);
  }
  return out;
}

/** Katakana words of the asking itself, not of a topic (the bot, the title, a keyword, 「ホント？」). */
const ASKERS_KATAKANA =
  /^(?:タイトル|ボット|キーワード|ワード|リスト|ホント|マジ|ヤツ|チャット|メッセージ|スラック)$/u;

/** The bigrams (folded, as gramsOf gives them) of the words typed in katakana in a text. */
function katakanaGrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of normalize(text).matchAll(/[\p{Script=Katakana}ー]{2,}/gu)) {
    // Words about the asking, not its topic: 「…ってタイトルの項目」「ホントに？」.
    if (ASKERS_KATAKANA.test(m[0])) continue;
    const folded = [...toHiragana(m[0])];
    for (let i = 0; i + 1 < folded.length; i++) out.add(`${folded[i]}${folded[i + 1]}`);
  }
  return out;
}

/**
 * The letters of a Latin word with digits after them (ｉｓｏ15189): a standard's or a model's name, under which the
 * report's text is found too (「ISO」 finds ＩＳＯ15189). Null for a word of letters only, of one letter (r5), or
 * for № (NFKC: No), which marks an item's number (№14 再掲) and would make every 「No.3 の…」 quote such a line.
 */
function latinName(run: string): string | null {
  const letters = /^([a-z]{2,})[0-9]/.exec(run)?.[1] ?? null;
  return letters === "no" ? null : letters;
}

/**
 * Dense numbers for the characters of the report, in the order first met, so that a Japanese gram's key is a small
 * integer. Keyed by the code points themselves (first × 0x110000 + second), nearly every bigram's key was above
 * V8's small integers: each of the millions of grams met while building a large plan's index allocated a heap
 * number, and the Map hashed it (issue 14).
 */
class CharNumbers {
  /** Number + 1 of each character of the Basic Multilingual Plane met (0: never met); the others in `astral`. */
  private readonly bmp = new Int32Array(0x10000);
  private readonly astral = new Map<number, number>();
  private count = 0;

  /** The character's number, given one when first met. */
  of(code: number): number {
    if (code < 0x10000) {
      const known = this.bmp[code] as number;
      if (known !== 0) return known - 1;
      this.bmp[code] = this.count + 1;
      return this.count++;
    }
    const known = this.astral.get(code);
    if (known !== undefined) return known;
    this.astral.set(code, this.count);
    return this.count++;
  }

  /** The character's number; undefined for a character the report never writes. */
  known(code: number): number | undefined {
    if (code >= 0x10000) return this.astral.get(code);
    const known = this.bmp[code] as number;
    return known === 0 ? undefined : known - 1;
  }
}

/** Items read before the index's columns are given room for the whole plan (see PassageIndex). */
const FORESEEN_AFTER = 64;

/** Characters numbered below it make a bigram key below 2^30, V8's small integers (a report has a few thousand). */
const SMALL = 1 << 15;

/**
 * A Japanese gram's key from its characters' numbers: a lone character's is negative, a bigram's a small integer
 * while both numbers are below SMALL, and past it still a distinct (exact) number above every small one.
 */
function gramKey(first: number, second?: number): number {
  if (second === undefined) return -1 - first;
  return first < SMALL && second < SMALL ? first * SMALL + second : 2 ** 30 + first * 2 ** 21 + second;
}

/**
 * The grams of a report text as gramsOf gives them, in the same order, with each Japanese gram as a number (see
 * gramKey) and a Latin word as itself: no string per gram.
 */
function forEachGramKey(text: string, chars: CharNumbers, visit: (key: number | string) => void): void {
  for (const m of normalizeOnce(text).matchAll(RUN)) {
    const run = m[0];
    const first = run.charCodeAt(0);
    if (first <= 0x7a) {
      if (first >= 0x61) visit(run);
      const name = latinName(run);
      if (name) visit(name);
      continue;
    }
    let prev = 0;
    let count = 0;
    for (let i = 0; i < run.length; i++) {
      let code = run.codePointAt(i) as number;
      if (code > 0xffff) i++;
      if (code === MIDDLE_DOT || code === AMPERSAND) continue;
      if (code >= KATAKANA_START && code <= KATAKANA_END) code -= KANA_OFFSET;
      const char = chars.of(code);
      if (count > 0) visit(gramKey(prev, char));
      prev = char;
      count++;
    }
    if (count === 1) visit(gramKey(prev));
  }
}

/**
 * A figure in `unit` a few characters at most after one of `terms` (folded): 「会議開催 1,243 件」 counts 会議 in 件.
 * Null when there is no term to look for. The last pattern is kept: one question asks for the same one for
 * several items and sentences, and compiling it was as costly as running it. (No /g flag: `test` keeps no state.)
 */
function countPattern(terms: readonly string[], unit: string, closely: boolean): RegExp | null {
  if (terms.length === 0) return null;
  // Closely: the figure right after the term (「公の施設 38 施設」), not a few words on (「施設に対し 1 施設」).
  const gap = closely ? "\\s?" : "[^0-9。、，,]{0,4}";
  const source = `(?:${terms.map(escapeRegExp).join("|")})${gap}[0-9][0-9,.]*${escapeRegExp(unit)}`;
  if (source !== lastCountSource) {
    lastCountSource = source;
    lastCountPattern = new RegExp(source);
  }
  return lastCountPattern;
}
let lastCountSource = "";
let lastCountPattern = /$^/;

/**
 * A count labelled by one of `terms` and the unit asked (「対象施設数 51 件」 for 対象 and 施設): the figure the report
 * gives for 「対象の施設はいくつ」, whatever unit it is written in. Units that are counted nouns only (施設, 団体, 校).
 */
function labelPattern(terms: readonly string[], unit: string): RegExp | null {
  if (terms.length === 0 || !/^(?:施設|団体|校)$/.test(unit)) return null;
  return new RegExp(`(?:${terms.map(escapeRegExp).join("|")})[^0-9。、，,]{0,2}${escapeRegExp(unit)}数[0-9]`);
}

/** Whether a sentence states a figure in `unit` (「614 件」, 「49％」 for %). */
export function statesFigureIn(text: string, unit: string): boolean {
  return figureInForm(countingForm(text), unit);
}

/**
 * Whether a sentence states a figure in `unit` or in a unit the report counts the same things in (SAME_COUNT: 「対象
 * 施設数 51 件」 for 何施設).
 */
export function statesCountIn(text: string, unit: string): boolean {
  return countsInForm(countingForm(text), sameCountForms(unit));
}

/** Whether a sentence in its countingForm states a figure in one of `units` (in their countingForm). */
function countsInForm(form: string, units: readonly string[]): boolean {
  return units.some((u) => figureInForm(form, u));
}

/** The units that count what `unit` counts (SAME_COUNT), in their countingForm. */
function sameCountForms(unit: string): string[] {
  return (SAME_COUNT[unit] ?? [unit]).map(countingForm);
}

/** statesFigureIn of a sentence already in its countingForm (an item's are kept: see countingForms). */
function figureInForm(form: string, unit: string): boolean {
  let pattern = FIGURE_IN.get(unit);
  if (!pattern) {
    pattern = new RegExp(`[0-9]${escapeRegExp(unit)}`);
    // Units are the few that askedUnit reads (件, 人, %, 施設 …): a pattern each, never many.
    if (FIGURE_IN.size < 64) FIGURE_IN.set(unit, pattern);
  }
  return pattern.test(form);
}
/** The most items anyContainsBut1 reads for each place of a typo (see there). */
const NEAR_READ = 256;
const FIGURE_IN = new Map<string, RegExp>();

/**
 * Units that count the same things, as people ask (「何か所」「何名」「何回」) and the report writes (「譲渡 3 件」
 * 「11 人」「Web 会議 481 件」): the figure asked in one is the figure written in another. Not 件 for 回: what is
 * counted in 件 (posts, cases) is no meeting held so many times.
 */
const PLACES = ["か所", "カ所", "ヶ所", "箇所", "件", "施設"];
const SAME_COUNT: Readonly<Record<string, readonly string[]>> = {
  円: ["円", "千円", "万円", "億円"],
  m2: ["m2", "ha"],
  人: ["人", "名"],
  名: ["人", "名"],
  回: ["回", "件"],
  団体: ["団体", "件"],
  施設: PLACES,
  か所: PLACES,
  カ所: PLACES,
  ヶ所: PLACES,
  箇所: PLACES,
};

/**
 * Whether a sentence (in its countingForm) states a figure in the unit a question asks for; people are counted in
 * 人 or 名.
 */
function inUnitAsked(form: string, counting: { unit: string } | undefined): boolean {
  if (!counting) return false;
  return figureInForm(form, counting.unit) || (counting.unit === "人" && figureInForm(form, "名"));
}

/**
 * How much a sentence of one fiscal year counts for a question about `year`: that year's lines before the others,
 * the more so when the question names the year outright (「R5は」「令和7年度に」) than when it means the latest year
 * with results. Sentences of no year (objective, measures) are neither.
 */
function yearWeight(passageYear: number | undefined, year: number, named: boolean): number {
  if (passageYear === undefined) return 1;
  if (passageYear === year) return named ? 1.5 : 1.2;
  return named ? 0.8 : 1;
}

/** A facility or a site named in a sentence (鹿島台深谷創作館, 旧消防庁舎跡地, 古川西小中学校, 三本木総合支所). */
const NAMED_PLACE =
  /[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:館|跡地|学校|庁舎|支所|センター|診療所|分院)/u;
/** A date in a sentence of the report: 令和 5 年 10 月, 4 月 1 日. */
const STATES_DATE = /令和\s*[0-9元]+\s*年|[0-9]+\s*月/u;

/** A sentence as countPattern reads it: in hiragana, without white space. */
function countingForm(text: string): string {
  return toHiragana(normalize(text)).replace(/[\s・&]+/g, "");
}

/** Runs of one script: a Latin word, a number, or Japanese characters. */
// A 中黒 or ＆ between two words of kanji or katakana joins them (事業統合・連携, 接遇＆マナー研修): the report and the
// question write it or leave it out as they please, and either way it is one term.
const RUN =
  /[a-z][a-z0-9]*|[0-9]+(?:[.,][0-9]+)*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+(?:[・&](?=[\p{Script=Han}\p{Script=Katakana}])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+)*/gu;
/** ・ (NFKC makes the half-width ･ this one too) and & (＆ after NFKC), skipped inside a run. */
const MIDDLE_DOT = 0x30fb;
const AMPERSAND = 0x26;
/** As toHiragana folds katakana (see text.ts). */
const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

/**
 * The grams a folded phrase must have for an item to hold it, as the index keeps them: each Latin word whole
 * (LINE is the gram line, not li, in, ne) and the bigrams of each run of Japanese characters. Digits and marks
 * are not indexed; the item's text itself decides about them.
 */
function phraseGrams(foldedPhrase: string): readonly string[] {
  // The same phrases are looked up over and over (each question's words, in several items): their grams are kept,
  // a bounded number of them, oldest out first.
  const known = recentPhraseGrams.get(foldedPhrase);
  if (known) return known;
  const grams: string[] = [];
  for (const m of foldedPhrase.matchAll(RUN)) {
    const run = m[0];
    if (/^[a-z]/.test(run)) grams.push(run);
    else if (!/^[0-9]/.test(run)) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) grams.push(`${chars[i]}${chars[i + 1]}`);
    }
  }
  if (recentPhraseGrams.size >= RECENT_PHRASES)
    recentPhraseGrams.delete(recentPhraseGrams.keys().next().value as string);
  recentPhraseGrams.set(foldedPhrase, grams);
  return grams;
}

/** How many phrases' grams phraseGrams keeps (a few questions' worth of words is enough to help). */
const RECENT_PHRASES = 4096;
const recentPhraseGrams = new Map<string, readonly string[]>();

interface GramRun {
  /** The run as typed (normalized, not folded): its scripts tell a katakana term from a hiragana ending. */
  text: string;
  /** Bigram i covers characters i and i + 1 of `text`. */
  grams: string[];
}

/** The grams of each run of the text separately, in order: adjacent grams of a run overlap by one character. */
export function gramRuns(text: string, forQuery = false): GramRun[] {
  const runs: GramRun[] = [];
  const t = normalize(text);
  for (const m of t.matchAll(RUN)) {
    const run = m[0].replace(/・/g, "");
    if (/^[a-z0-9]/.test(run)) {
      // Digits in a question are years and counts, not topics; in the report they are never searched for.
      if (!/^[0-9]/.test(run)) runs.push({ text: run, grams: [run] });
      const name = forQuery ? null : latinName(run);
      if (name) runs.push({ text: name, grams: [name] });
      continue;
    }
    const chars = [...toHiragana(run)];
    if (chars.length === 1) {
      // A lone character is a word of its own (課, 税) only in the report's index; in a question it is noise.
      if (!forQuery) runs.push({ text: run, grams: chars });
      continue;
    }
    const grams: string[] = [];
    for (let i = 0; i + 1 < chars.length; i++) grams.push(`${chars[i]}${chars[i + 1]}`);
    runs.push({ text: run, grams });
  }
  return runs;
}

/**
 * How much of a term a matched stretch of the question is: its kanji, katakana and Latin letters (UTF-16 units).
 * Hiragana are endings and particles (なる, つながらない) and do not make a coincidence into a term.
 * Kept per run as running sums over its characters: entry k is the weight of its first k characters, so that the
 * weight of characters a … b is entry b + 1 minus entry a, with no substring made (see PassageIndex.terms).
 */
function termWeights(run: GramRun): Int32Array {
  const chars = [...run.text];
  const sums = new Int32Array(chars.length + 1);
  chars.forEach((ch, k) => {
    sums[k + 1] = (sums[k] as number) + (HAS_HIRAGANA.test(ch) ? 0 : ch.length);
  });
  return sums;
}

export interface ItemScore {
  item: number;
  score: number;
  /** Share of the question's weight (IDF mass of its grams) found anywhere in this item. */
  coverage: number;
  /** Share of the question's weight found in this item's title, aliases or keywords. */
  nameCoverage: number;
  /**
   * The longest term of the question found in this item, in characters (a Latin word counts its length).
   * One shared bigram (市長, 予定) is a coincidence; a term of three characters or more (移動市長室) is evidence.
   */
  longestTerm: number;
  /** The longest such term that holds a gram no other item has (see `terms`). */
  distinctiveTerm: number;
}

export interface ScoredPassage extends Passage {
  score: number;
}

/**
 * The items that have each gram, in one compact layout for the whole plan: gram `g`'s postings are positions
 * `start[g]` to `start[g + 1]` of the parallel arrays, in item order. A large plan has millions of postings, and
 * an array per gram and a map per item made the garbage collector's work, and with it the build and each
 * question, grow faster than the plan (issue 14).
 */
interface Postings {
  start: Int32Array;
  /** Dense item indexes (see `itemNumbers`), ascending within a gram. */
  items: Int32Array;
  /** Field-weighted count of the gram in each item. */
  weightedTfs: Float64Array;
  /** 1 when the gram is in the item's title, aliases or keywords. */
  inName: Uint8Array;
}

export class PassageIndex {
  /**
   * Each distinct gram of the report, numbered in the order first met: Japanese grams by a number made from their
   * characters' numbers (`chars`, see `gramKey`), Latin words by themselves. Making a string for each of the
   * millions of grams of a large plan was a third of its build (issue 14).
   */
  private readonly kanaIds = new Map<number, number>();
  private readonly chars = new CharNumbers();
  private readonly wordIds = new Map<string, number>();
  private gramCount = 0;
  private readonly postings: Postings;
  /** Item numbers by dense index, in the order of the passages. */
  private readonly itemNumbers: number[];
  /** Dense index by item number: looked up for every item a question weighs, so no scan of `itemNumbers`. */
  private readonly denseOf = new Map<number, number>();
  /**
   * Each item's passages. Their gram sets are not kept: they are needed only for the few items an answer quotes
   * (`passagesFor`), and keeping one Set per passage made the build's garbage collection grow faster than the
   * plan (issue 14).
   */
  private readonly passagesOf: (item: number) => readonly Passage[];
  private readonly itemCount: number;
  /** IDF of a gram no item contains: the most a gram can weigh. */
  private readonly unseenIdf: number;
  /**
   * A question's sums per item (by dense index) and the items it touched, reused and reset after each search:
   * an object per matching item (all of them, for a question with a common gram) grew with the plan.
   */
  private readonly sumScore: Float64Array;
  private readonly sumCoverage: Float64Array;
  private readonly sumNameCoverage: Float64Array;
  private readonly touched: Int32Array;
  private readonly seen: Uint8Array;

  /**
   * From the passages themselves, or from the items and a way to make each item's passages: then the passages
   * are made again when an answer quotes them rather than kept, as a large plan has millions (issue 14).
   */
  constructor(source: readonly Passage[] | PassageSource) {
    if (Array.isArray(source)) {
      const byItem = new Map<number, Passage[]>();
      for (const passage of source as readonly Passage[]) {
        const list = byItem.get(passage.item);
        if (list) list.push(passage);
        else byItem.set(passage.item, [passage]);
      }
      this.itemNumbers = [...byItem.keys()];
      this.passagesOf = (item) => byItem.get(item) ?? [];
    } else {
      const { items, passagesOf } = source as PassageSource;
      this.itemNumbers = [...items];
      this.passagesOf = passagesOf;
    }
    const rowGram = int32Column();
    const rowTf = new Column(new Float64Array(1024), (n) => new Float64Array(n));
    const rowName = new Column(new Uint8Array(1024), (n) => new Uint8Array(n));
    /** Where each item's rows end: rows are made item by item, so no column says whose each row is. */
    const rowsEnd = new Int32Array(this.itemNumbers.length);
    const itemCount = this.itemNumbers.length;
    let tf = new Float64Array(1024);
    let named = new Uint8Array(1024);
    const itemGrams: number[] = [];
    this.itemNumbers.forEach((itemNumber, item) => {
      for (const passage of this.passagesOf(itemNumber)) {
        const isName = passage.kind === "title" || passage.kind === "alias" || passage.kind === "keyword";
        const weight = FIELD_WEIGHT[passage.kind];
        forEachGramKey(passage.text, this.chars, (key) => {
          const ids = typeof key === "number" ? this.kanaIds : this.wordIds;
          let id = (ids as Map<number | string, number>).get(key);
          if (id === undefined) {
            id = this.gramCount++;
            (ids as Map<number | string, number>).set(key, id);
            tf = grown(tf, (n) => new Float64Array(n), id + 1);
            named = grown(named, (n) => new Uint8Array(n), id + 1);
          }
          // Weights are positive, so 0 means the gram is new to this item.
          if (tf[id] === 0) itemGrams.push(id);
          tf[id] = (tf[id] as number) + weight;
          if (isName) named[id] = 1;
        });
      }
      for (const id of itemGrams) {
        rowGram.push(id);
        rowTf.push(tf[id] as number);
        rowName.push(named[id] as number);
        tf[id] = 0;
        named[id] = 0;
      }
      itemGrams.length = 0;
      rowsEnd[item] = rowGram.length;
      // Items have about as many distinct grams each: once the first ones are in, the columns get room for the
      // whole plan (and a tenth more) at once, and double only if that was not enough.
      if (item + 1 === Math.min(FORESEEN_AFTER, itemCount)) {
        const foreseen = Math.ceil((rowGram.length / (item + 1)) * itemCount * 1.1);
        rowGram.reserve(foreseen);
        rowTf.reserve(foreseen);
        rowName.reserve(foreseen);
      }
    });
    const rows = rowGram.length;
    // Postings bucketed by gram (a counting sort), filled item by item so that each gram's items stay in order.
    const start = bucketStarts(rowGram.data, rows, this.gramCount);
    const next = start.slice(0, this.gramCount);
    const items = new Int32Array(rows);
    const weightedTfs = new Float64Array(rows);
    const inName = new Uint8Array(rows);
    for (let item = 0, row = 0; item < itemCount; item++) {
      for (const end = rowsEnd[item] as number; row < end; row++) {
        const gram = rowGram.data[row] as number;
        const at = next[gram] as number;
        next[gram] = at + 1;
        items[at] = item;
        weightedTfs[at] = rowTf.data[row] as number;
        inName[at] = rowName.data[row] as number;
      }
    }
    this.postings = { start, items, weightedTfs, inName };
    this.itemCount = itemCount;
    for (const [dense, n] of this.itemNumbers.entries()) this.denseOf.set(n, dense);
    this.unseenIdf = this.idf(0);
    this.sumScore = new Float64Array(this.itemCount);
    this.sumCoverage = new Float64Array(this.itemCount);
    this.sumNameCoverage = new Float64Array(this.itemCount);
    this.touched = new Int32Array(this.itemCount);
    this.seen = new Uint8Array(this.itemCount);
  }

  /** A gram's number, for a gram as gramsOf gives it. */
  private gramId(gram: string): number | undefined {
    if (gram.charCodeAt(0) < 0x80) return this.wordIds.get(gram);
    const firstCode = gram.codePointAt(0) as number;
    const secondCode = gram.codePointAt(firstCode > 0xffff ? 2 : 1);
    const first = this.chars.known(firstCode);
    if (first === undefined) return undefined;
    if (secondCode === undefined) return this.kanaIds.get(gramKey(first));
    const second = this.chars.known(secondCode);
    return second === undefined ? undefined : this.kanaIds.get(gramKey(first, second));
  }

  private idf(df: number): number {
    return Math.log(1 + (this.itemCount - df + 0.5) / (df + 0.5));
  }

  /** How many items have the gram (0 when none has it). */
  private documentFrequency(gram: string): number {
    const id = this.gramId(gram);
    return id === undefined
      ? 0
      : (this.postings.start[id + 1] as number) - (this.postings.start[id] as number);
  }

  /** Whether the item (dense index) has the gram: a binary search, as postings are in item order. */
  private itemHas(item: number, gram: string): boolean {
    const id = this.gramId(gram);
    return id !== undefined && this.postingHas(id, item);
  }

  /** Whether gram `id`'s postings hold the item (dense index). */
  private postingHas(id: number, item: number): boolean {
    const items = this.postings.items;
    let lo = this.postings.start[id] as number;
    let hi = this.postings.start[id + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = items[mid] as number;
      if (at === item) return true;
      if (at < item) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /**
   * The items whose sentences contain a phrase (folded as `fold` folds), e.g. to see that a term matched in one
   * item's keywords also stands in another item's body. Bigram postings narrow the items; their text decides.
   */
  itemsContaining(foldedPhrase: string): number[] {
    return this.holders(foldedPhrase, Number.POSITIVE_INFINITY);
  }

  /**
   * The first `limit` items holding a phrase, in item order: enough to tell whether few items write it (a rule's
   * 「uncommon word」) without reading the text of the thousands that write a common one in a large plan.
   */
  itemsContainingUpTo(foldedPhrase: string, limit: number): number[] {
    return this.holders(foldedPhrase, limit);
  }

  /**
   * Whether any item's sentences contain a phrase, as `itemsContaining(…).length > 0` would say, stopping at the
   * first: a common word (人口, 施設) is in thousands of items of a large plan, and reading each one's text to list
   * them all costs milliseconds.
   */
  anyContains(foldedPhrase: string): boolean {
    return this.holders(foldedPhrase, 1).length > 0;
  }

  /**
   * The items holding a phrase, in item order; only the first `limit`. The items of the first gram that every
   * other gram's postings hold (a binary search each): the same items, in the same order, as intersecting a Set per
   * gram, without making them. Then their text decides.
   */
  private holders(foldedPhrase: string, limit: number): number[] {
    const grams = phraseGrams(foldedPhrase);
    if ([...foldedPhrase].length < 2 || grams.length === 0) return [];
    const ids: number[] = [];
    for (const gram of grams) {
      const id = this.gramId(gram);
      if (id === undefined) return [];
      ids.push(id);
    }
    const { start, items } = this.postings;
    const lead = ids[0] as number;
    const out: number[] = [];
    for (let k = start[lead] as number; k < (start[lead + 1] as number); k++) {
      const item = items[k] as number;
      let all = true;
      for (let j = 1; j < ids.length && all; j++) all = this.postingHas(ids[j] as number, item);
      if (!all) continue;
      const number = this.itemNumbers[item] as number;
      if (!this.foldedText(number).includes(foldedPhrase)) continue;
      out.push(number);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Whether the report may write a phrase: every bigram of it occurs somewhere (a phrase with a bigram the report
   * never has, 新採 of 新採研修, is surely not in it). Costs a look-up per bigram, not a pass over the text.
   */
  mayContain(foldedPhrase: string): boolean {
    return phraseGrams(foldedPhrase).every((gram) => this.gramId(gram) !== undefined);
  }

  /**
   * Whether any item's sentences contain a phrase with one of its characters other than typed, past its first two
   * (定員菅理 for 定員管理, 暫定再人用 for 暫定再任用): a typo of a word the report writes. The items holding what comes
   * before the changed character are read, not every item, and at most NEAR_READ of them: in a plan of thousands of
   * items a common head (定員) would have the question read megabytes of text.
   */
  anyContainsBut1(foldedPhrase: string): boolean {
    const chars = [...foldedPhrase];
    for (let i = 2; i < chars.length; i++) {
      const left = chars.slice(0, i).join("");
      const near = new RegExp(`${escapeRegExp(left)}.${escapeRegExp(chars.slice(i + 1).join(""))}`, "u");
      for (const item of this.holders(left, NEAR_READ)) if (near.test(this.foldedText(item))) return true;
    }
    return false;
  }

  /** Whether the item's sentences contain a phrase (folded as `fold` folds), as itemsContaining would say. */
  itemContains(item: number, foldedPhrase: string): boolean {
    const grams = phraseGrams(foldedPhrase);
    const dense = this.denseOf.get(item) ?? -1;
    if ([...foldedPhrase].length < 2 || grams.length === 0 || dense < 0) return false;
    for (const gram of grams) if (!this.itemHas(dense, gram)) return false;
    return this.foldedText(item).includes(foldedPhrase);
  }

  /** The numbers of the items whose text has a Latin word (indexed whole: rpa, kintone), in item order. */
  itemsWithWord(word: string): number[] {
    return /^[a-z][a-z0-9]*$/.test(word) ? this.itemsWith(word) : [];
  }

  /** The numbers of the items that have a gram, in item order. */
  private itemsWith(gram: string): number[] {
    const id = this.gramId(gram);
    if (id === undefined) return [];
    const out: number[] = [];
    for (let k = this.postings.start[id] as number; k < (this.postings.start[id + 1] as number); k++) {
      out.push(this.itemNumbers[this.postings.items[k] as number] as number);
    }
    return out;
  }

  /**
   * The most of `words` (folded) that one passage of the item holds. Words written in one sentence tell of one
   * thing (職員定数条例…休職や休業の職員を定数外の扱い); the same words scattered over an item tell of nothing.
   */
  mostInOnePassage(item: number, words: readonly string[]): number {
    let most = 0;
    for (const passage of this.foldedPassages(item)) {
      let held = 0;
      for (const word of words) if (passage.includes(word)) held++;
      if (held > most) most = held;
    }
    return most;
  }

  /**
   * Whether one passage of the item holds `word` and one of `others` (all folded), as `mostInOnePassage(item, [o,
   * word]) === 2` for some o would say, in one pass over the item's passages.
   */
  onePassageHolds(item: number, word: string, others: readonly string[]): boolean {
    return this.foldedPassages(item).some((p) => p.includes(word) && others.some((o) => p.includes(o)));
  }

  /**
   * Whether a sentence of the item writes the word (folded), its names (title, aliases, keywords) apart: 集会所 is
   * an alias of No.15, written in none of its sentences.
   */
  sentencesHold(item: number, word: string): boolean {
    return this.passagesWith(item, [word], { sentencesOnly: true }).length > 0;
  }

  /**
   * The item's passages that hold one of `words` (folded), or all of them with `every`; with `sentencesOnly`, not its
   * names (title, aliases, keywords). Read from the folded passages kept for mostInOnePassage: none is folded again.
   */
  passagesWith(
    item: number,
    words: readonly string[],
    opts: { every?: boolean; sentencesOnly?: boolean } = {},
  ): Passage[] {
    const folded = this.foldedPassages(item);
    return this.passagesOf(item).filter((p, i) => {
      if (opts.sentencesOnly && (p.kind === "title" || p.kind === "alias" || p.kind === "keyword"))
        return false;
      const text = folded[i] as string;
      return opts.every ? words.every((w) => text.includes(w)) : words.some((w) => text.includes(w));
    });
  }

  /**
   * Whether the word (folded) is written only in rows of a table of receivables (市営住宅 in No.17's 市営住宅使用料)
   * and the item's names: the thing itself (the housing) is no matter of the report's, only the debts owed for it.
   */
  onlyInReceivables(word: string): boolean {
    // A word that four items write is a common one, whatever the first of them hold.
    const items = this.itemsContainingUpTo(word, 4);
    if (items.length === 4) return false;
    let inRow = false;
    for (const item of items) {
      for (const p of this.passagesOf(item)) {
        if (!fold(p.text).includes(word)) continue;
        if (p.kind === "receivable") inRow = true;
        else if (p.kind !== "keyword" && p.kind !== "alias") return false;
      }
    }
    return inRow;
  }

  private readonly folded = new Map<number, string>();

  private readonly foldedSplit = new Map<number, string[]>();

  /** The item's passages, folded (foldedText line by line), kept: mostInOnePassage runs for every question. */
  private foldedPassages(item: number): string[] {
    let passages = this.foldedSplit.get(item);
    if (passages === undefined) {
      passages = this.foldedText(item).split("\n");
      this.foldedSplit.set(item, passages);
    }
    return passages;
  }

  /** All of an item's text, folded, computed when first needed: only items that share a phrase's grams. */
  private foldedText(item: number): string {
    let text = this.folded.get(item);
    if (text === undefined) {
      text = this.passagesOf(item)
        .map((passage) => fold(passage.text))
        .join("\n");
      this.folded.set(item, text);
    }
    return text;
  }

  /**
   * Items ranked by how well they explain the question, best first: the best `limit` of the `allowed` items
   * (by default all items that share a gram with the question). Only the leaders are ranked and measured, so a
   * question whose common grams every item has costs no more than a pass over those grams' postings.
   */
  search(question: string, opts: { allowed?: ReadonlySet<number> | null; limit?: number } = {}): ItemScore[] {
    const grams = [...new Set(gramsOf(question, true))];
    if (grams.length === 0) return [];
    const { start, items, weightedTfs, inName } = this.postings;
    const score = this.sumScore;
    const coverage = this.sumCoverage;
    const nameCoverage = this.sumNameCoverage;
    const touched = this.touched;
    const seen = this.seen;
    let n = 0;
    let total = 0;
    // Katakana is folded to hiragana in the grams: a word typed in katakana that the report never writes
    // (テレワーク, チャットgpt) is an unknown topic, and counts against every item, as unknown kanji do.
    const katakana = katakanaGrams(question);
    for (const g of grams) {
      const id = this.gramId(g);
      // An unknown gram typed in hiragana is the asker's phrasing (の土, 達成で), not an unknown topic.
      if (id === undefined && HAS_HIRAGANA.test(g) && !katakana.has(g)) continue;
      const from = id === undefined ? 0 : (start[id] as number);
      const to = id === undefined ? 0 : (start[id + 1] as number);
      const idf = id === undefined ? this.unseenIdf : this.idf(to - from);
      total += idf;
      for (let k = from; k < to; k++) {
        const item = items[k] as number;
        const weightedTf = weightedTfs[k] as number;
        if (seen[item] === 0) {
          seen[item] = 1;
          touched[n++] = item;
        }
        // Saturating term frequency without length normalisation: a long item is not penalised for having
        // reported more, and repetition counts only a little.
        score[item] = (score[item] as number) + (idf * (weightedTf * (K1 + 1))) / (weightedTf + K1);
        coverage[item] = (coverage[item] as number) + idf;
        if (inName[k] === 1) nameCoverage[item] = (nameCoverage[item] as number) + idf;
      }
    }
    const numbers = this.itemNumbers;
    const before = (a: number, b: number) =>
      (score[a] as number) > (score[b] as number) ||
      (score[a] === score[b] && (numbers[a] as number) < (numbers[b] as number));
    // Terms decide only among the leaders; measuring them for every item that shares a particle would make a
    // question's cost grow with the plan.
    const leaders = topOf(touched, n, TERM_RANKS, before, () => true);
    const allowed = opts.allowed ?? null;
    const wanted = (item: number) => !allowed || allowed.has(numbers[item] as number);
    const ranked =
      opts.limit === undefined
        ? Array.from(touched.subarray(0, n))
            .filter(wanted)
            .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
        : topOf(touched, n, opts.limit, before, wanted);
    const questionGrams = new Set(grams);
    const runs = gramRuns(question, true);
    // Made once for the leaders' terms, not once per leader.
    const weights = runs.map(termWeights);
    const result = ranked.map((item): ItemScore => {
      const measured = leaders.includes(item)
        ? this.terms((g) => questionGrams.has(g) && this.itemHas(item, g), runs, weights)
        : { longest: 0, distinctive: 0 };
      return {
        item: numbers[item] as number,
        score: score[item] as number,
        coverage: (coverage[item] as number) / total,
        nameCoverage: (nameCoverage[item] as number) / total,
        longestTerm: measured.longest,
        distinctiveTerm: measured.distinctive,
      };
    });
    for (let k = 0; k < n; k++) {
      const item = touched[k] as number;
      score[item] = 0;
      coverage[item] = 0;
      nameCoverage[item] = 0;
      seen[item] = 0;
    }
    return result;
  }

  /**
   * The longest stretch of the question found in the item (see termWeights), and the longest such stretch that
   * holds a gram no other item has: a term only this item uses (kintone, 移動市長室) is strong evidence.
   */
  private terms(
    has: (gram: string) => boolean,
    runs: readonly GramRun[],
    weights: readonly Int32Array[],
  ): { longest: number; distinctive: number } {
    let longest = 0;
    let distinctive = 0;
    runs.forEach((run, r) => {
      // The weight of characters start … end of the run, from its running sums (see termWeights).
      const w = weights[r] as Int32Array;
      const whole = run.grams.length === 1 && run.grams[0] === run.text;
      let start = -1;
      let unique = false;
      const close = (end: number) => {
        if (start >= 0) {
          // Gram i covers characters i and i + 1; a Latin word is one gram covering all of it.
          const weight = whole
            ? (w[w.length - 1] as number)
            : (w[Math.min(end + 1, w.length - 1)] as number) - (w[start] as number);
          longest = Math.max(longest, weight);
          if (unique) distinctive = Math.max(distinctive, weight);
        }
        start = -1;
        unique = false;
      };
      run.grams.forEach((g, i) => {
        const found = has(g);
        if (!found) {
          close(i);
          return;
        }
        if (start < 0) start = i;
        if (this.documentFrequency(g) === 1) unique = true;
      });
      close(run.grams.length);
    });
    return { longest, distinctive };
  }

  /** Whether one of the item's sentences counts one of `terms` (folded) in `unit` (see countPattern). */
  countsIn(item: number, terms: readonly string[], unit: string, closely = false): boolean {
    const pattern = countPattern(terms, unit, closely);
    return pattern !== null && this.countingForms(item).some((form) => pattern.test(form));
  }

  /**
   * Whether one of the item's sentences states a figure in `unit` or in a unit the report counts the same things in
   * (SAME_COUNT: people in 人 or 名, meetings asked in 回 written in 件, places in か所 or 件 …).
   */
  statesCountIn(item: number, unit: string): boolean {
    const units = sameCountForms(unit);
    return this.countingForms(item).some((form) => countsInForm(form, units));
  }

  /** The item's 総計 row (its effects over the plan's years), if the report gives one. */
  totalRows(item: number): ScoredPassage[] {
    return this.recentItem(item)
      .passages.filter((p) => p.kind === "total" && /[0-9]/.test(p.text))
      .map((p) => ({ ...p, score: 1 }));
  }

  /**
   * The item's quotable sentences that hold one of these fragments of the report (an assessment's or a target's
   * quote), in the fragments' order, each once.
   */
  holding(item: number, fragments: readonly string[]): ScoredPassage[] {
    const passages = this.recentItem(item).passages.filter((p) => QUOTABLE.has(p.kind));
    const found: Passage[] = [];
    for (const fragment of fragments) {
      const p = passages.find((candidate) => candidate.text.includes(fragment));
      if (p && !found.includes(p)) found.push(p);
    }
    return found.map((p) => ({ ...p, score: 1 }));
  }

  /** The item's 取組による効果 rows of one year, whatever their basis (results, forecasts, plans). */
  yearRows(item: number, year: number): ScoredPassage[] {
    return this.recentItem(item)
      .passages.filter((p) => p.kind === "effect" && p.fiscalYear === year)
      .map((p) => ({ ...p, score: 1 }));
  }

  /** The item's 取組による効果 rows of one year with results (basis: actual), as the index holds them. */
  resultRows(item: number, year: number): ScoredPassage[] {
    return this.yearRows(item, year).filter((p) => p.basis === "actual");
  }

  /**
   * The items answered lately: their passages, and what answering a question about them needs of each passage,
   * made when first needed and not again for every question. Passages are made on demand (a plan of 20,000
   * items keeps none), so this holds a few dozen items at most, the oldest dropped first.
   */
  private readonly recentItems = new Map<number, RecentItem>();

  private recentItem(item: number): RecentItem {
    let known = this.recentItems.get(item);
    if (!known) {
      known = { passages: this.passagesOf(item) };
      if (this.recentItems.size >= RECENT_ITEMS)
        this.recentItems.delete(this.recentItems.keys().next().value as number);
      this.recentItems.set(item, known);
    }
    return known;
  }

  /**
   * Which of the item's quotable passages hold each gram (positions in its passages, ascending). Postings
   * rather than one gram Set per passage: a question costs a look-up per gram of its own, not one per gram per
   * passage of the item (issue 14).
   */
  private passagesByGram(known: RecentItem): Map<string, number[]> {
    if (!known.byGram) {
      const byGram = new Map<string, number[]>();
      known.passages.forEach((p, i) => {
        if (!QUOTABLE.has(p.kind)) return;
        for (const g of gramsOf(p.text)) {
          const list = byGram.get(g);
          if (!list) byGram.set(g, [i]);
          // A gram twice in one passage is noted once: the passage's grams were a set.
          else if (list[list.length - 1] !== i) list.push(i);
        }
      });
      known.byGram = byGram;
    }
    return known.byGram;
  }

  /** The item's passages as countPattern reads them (see countingForm), in its passages' order. */
  private countingForms(item: number): string[] {
    const known = this.recentItem(item);
    known.countingForms ??= known.passages.map((p) => countingForm(p.text));
    return known.countingForms;
  }

  /**
   * The item's sentences that best answer the question: those sharing the most weight with it, and when a
   * figure is asked for, those that state one first.
   */
  passagesFor(
    item: number,
    question: string,
    opts: {
      wantsFigure: boolean;
      max: number;
      year: number;
      /** Whether the question names `year` (「R5の」) rather than meaning the latest year with results. */
      yearNamed?: boolean;
      /** 「いつ」「何年度の予定」: when something was or will be done. */
      whenAsked?: boolean;
      /** 「どこ」「どの施設」: which place or thing; a sentence naming a facility or a site answers it. */
      whichAsked?: boolean;
      /** 「目標としては何を」「何を目指す」, no figure asked: what the item aims at. */
      aimAsked?: boolean;
      /** 「今後どうする」「これから」, no figure asked: what is to be done, which the 総評 tells. */
      futureAsked?: boolean;
      /** 「なぜ」「何のため」, no figure asked: a sentence giving a reason or a purpose. */
      whyAsked?: boolean;
      /** 「会議は何件」: the sentences that count one of these terms in this unit may come first. */
      counting?: { terms: readonly string[]; unit: string };
    },
  ): ScoredPassage[] {
    const grams = [...new Set(gramsOf(question, true))];
    const known = this.recentItem(item);
    const passages = known.passages;
    const byGram = this.passagesByGram(known);
    // Each passage's score adds the weights of the question's grams it holds in the question's order, as a walk
    // of every passage's grams did, so that the sums (floating point) are the same to the last bit.
    const scores = new Float64Array(passages.length);
    for (const g of grams) {
      const holders = byGram.get(g);
      if (!holders) continue;
      const df = this.documentFrequency(g);
      const weight = df > 0 ? this.idf(df) : 0;
      for (const i of holders) scores[i] = (scores[i] as number) + weight;
    }
    // Ranked by position, and an object made only for the few sentences returned: an item has dozens of
    // sentences sharing a particle with the question, and a copy of each was most of this function's garbage.
    const ranked: number[] = [];
    // Read in their countingForm, kept with the item: made once, not for every question that asks a figure.
    const unitForms = opts.wantsFigure && opts.counting ? this.countingForms(item) : [];
    passages.forEach((passage, i) => {
      const score = scores[i] as number;
      if (score === 0) return;
      const hasFigure = /[0-9０-９]/.test(passage.text);
      // A figure question is answered by a sentence with a figure, and a question is about the year it names
      // (or the latest year with results): that year's line comes before the plan for later years.
      // One that states a figure in the unit asked (「市内 8 校 42 名」 for 何校・何人) counts more than any figure.
      const figureBonus =
        !opts.wantsFigure || !hasFigure ? 1 : inUnitAsked(unitForms[i] ?? "", opts.counting) ? 2 : 1.5;
      const yearBonus = yearWeight(passage.fiscalYear, opts.year, opts.yearNamed === true);
      // 「いつ」 is answered by a year's line of activities (its year says when: 「病院機能評価（鹿島台分院）を受審
      // する。」 of 令和7年度) or a sentence that states a date, before a 総評 that only mentions the matter.
      const whenBonus =
        opts.whenAsked && (passage.kind === "activity" || STATES_DATE.test(passage.text)) ? 1.5 : 1;
      // Which one (「R5に譲与できた集会施設ってどこ」): the sentence that names it (鹿島台深谷創作館, 旧消防庁舎跡地),
      // before those that only tell of the matter.
      const whichBonus = opts.whichAsked && NAMED_PLACE.test(passage.text) ? 2 : 1;
      // The item's aim asked (「目標としては何を」): its 改善・推進目標 says it (No.14's 「施設総量の縮減目標は，令和 38 年
      // 時点で，32.3％減」), before the lines that work towards it.
      const aimBonus = opts.aimAsked && passage.kind === "objective" ? 2 : 1;
      // What is to be done from now on (「今後どうする」): the 総評 says it, most plainly where it writes 今後.
      const futureBonus =
        opts.futureAsked && passage.kind === "review" ? (/今後/u.test(passage.text) ? 2 : 1.3) : 1;
      // Why (「なぜ」「どうして」「何のため」): a sentence that gives a reason or a purpose (…ため, …ことから, …により).
      const whyBonus =
        opts.whyAsked && /ため|ので|ことから|により|によって|影響/u.test(passage.text) ? 1.5 : 1;
      scores[i] =
        score * figureBonus * yearBonus * whenBonus * whichBonus * aimBonus * futureBonus * whyBonus;
      ranked.push(i);
    });
    const year = (i: number) => (passages[i] as Passage).fiscalYear ?? 0;
    // A stable sort of positions in passage order: the order a sort of the sentences themselves gave.
    ranked.sort((a, b) => (scores[b] as number) - (scores[a] as number) || year(a) - year(b));
    const scoredPassage = (i: number): ScoredPassage => ({
      ...(passages[i] as Passage),
      score: scores[i] as number,
    });
    const top = ranked[0];
    const best = top === undefined ? 0 : (scores[top] as number);
    // Sentences much weaker than the best one are noise, not context.
    const strong = ranked.filter((i) => (scores[i] as number) >= best * 0.6);
    const counting = opts.counting;
    // 「集会施設の譲与、対象は全部で何施設？」: a sentence that labels the count with a word of the question and the
    // unit asked (「対象施設数 51 件」) is the answer, before the best sentence's 「目標 4 施設に対し 1 施設」.
    const labelled = counting ? labelPattern(counting.terms, counting.unit) : null;
    if (labelled) {
      const forms = this.countingForms(item);
      const first = ranked.filter((i) => labelled.test(forms[i] as string));
      if (first.length > 0)
        return [...first, ...strong.filter((i) => !first.includes(i))].slice(0, opts.max).map(scoredPassage);
    }
    // 「会議は何件」 when the best sentence states no figure in 件: the sentences that count a word of the
    // question in it (「会議開催 1,243 件」) are the answer, however few of the question's words they share.
    if (
      !counting ||
      top === undefined ||
      figureInForm(this.countingForms(item)[top] as string, counting.unit)
    ) {
      return strong.slice(0, opts.max).map(scoredPassage);
    }
    const pattern = countPattern(counting.terms, counting.unit, false);
    const forms = pattern ? this.countingForms(item) : [];
    const countingAt = (i: number) => pattern?.test(forms[i] as string) === true;
    // Also a sentence that shares no other word with the question (「ペーパーレス会議って何件開かれた」: the words
    // beyond the item's name, 開かれた, are in none of its counts), in the item's order.
    const unranked = passages.flatMap((_, i) => (scores[i] === 0 && countingAt(i) ? [i] : []));
    const first = [...ranked.filter(countingAt), ...unranked];
    return [...first, ...strong.filter((i) => !first.includes(i))].slice(0, opts.max).map(scoredPassage);
  }
}

/** Every sentence of an item as passages. */
export function passagesOf(item: PlanItem): Passage[] {
  const n = item.number;
  const out: Passage[] = [{ item: n, kind: "title", text: item.title }];
  for (const text of item.aliases) out.push({ item: n, kind: "alias", text });
  for (const text of item.keywords) out.push({ item: n, kind: "keyword", text });
  out.push({ item: n, kind: "objective", text: item.objective });
  for (const text of item.measures) out.push({ item: n, kind: "measure", text });
  for (const row of item.schedule) out.push({ item: n, kind: "schedule", text: row.label });
  for (const year of item.activities)
    for (const text of year.entries)
      out.push({
        item: n,
        kind: "activity",
        text,
        fiscalYear: year.fiscal_year,
        ...(year.origin === "owner_report" ? { ownerReport: true as const } : {}),
      });
  for (const row of item.effects) {
    if (row.text !== "－")
      out.push({
        item: n,
        kind: "effect",
        text: row.text,
        fiscalYear: row.fiscal_year,
        ...(row.basis ? { basis: row.basis } : {}),
        ...(row.origin === "owner_report" ? { ownerReport: true as const } : {}),
      });
  }
  if (item.total) out.push({ item: n, kind: "total", text: item.total.text });
  for (const review of item.reviews)
    for (const section of review.sections)
      for (const text of section.entries)
        out.push({
          item: n,
          kind: "review",
          text,
          fiscalYear: review.fiscal_year,
          ...(section.department ? { department: section.department } : {}),
          ...(review.origin === "owner_report" ? { ownerReport: true as const } : {}),
        });
  if (item.receivables) {
    const r = item.receivables;
    for (const row of r.rows)
      out.push({
        item: n,
        kind: "receivable",
        text: `${row.department} ${row.name}: ${row.value} ${row.unit}`,
        fiscalYear: r.fiscal_year,
      });
  }
  return out;
}

/** How many items' passages are kept (see PassageIndex.recentItem). */
const RECENT_ITEMS = 64;

/** An item answered lately (see PassageIndex.recentItem). */
interface RecentItem {
  passages: readonly Passage[];
  byGram?: Map<string, number[]>;
  countingForms?: string[];
}

/** Items and a way to make an item's passages (see the PassageIndex constructor). */
export interface PassageSource {
  items: readonly number[];
  passagesOf: (item: number) => readonly Passage[];
}

export function createPassageIndex(plan: Plan): PassageIndex {
  return new PassageIndex({
    items: plan.items.map((i) => i.number),
    passagesOf: (n) => {
      const item = plan.byNumber.get(n);
      return item ? passagesOf(item) : [];
    },
  });
}

/**
 * Where a quoted sentence comes from, as the report's headings name it: 令和5年度の取組, 総評 ＜政策課＞ …; a row an
 * owner reported from Slack says so (「令和6年度の取組（担当課からの報告）」).
 */
export function passageSourceLabel(p: Passage): string {
  return p.ownerReport ? `${reportLabel(p)}（担当課からの報告）` : reportLabel(p);
}

function reportLabel(p: Passage): string {
  const year = p.fiscalYear !== undefined ? fiscalYearLabel(p.fiscalYear) : "";
  switch (p.kind) {
    case "activity":
      return p.basis === "actual" || p.basis === undefined
        ? `${year}の取組`
        : `${year}の取組（${BASIS_LABELS[p.basis]}）`;
    case "effect":
      return `取組による効果（${year}）`;
    case "total":
      return "取組による効果（総計）";
    case "review":
      return `${year}総評${p.department ? ` ＜${p.department}＞` : ""}`;
    case "receivable":
      return `債権別の実績（${year}）`;
    case "objective":
      return "改善・推進目標";
    case "measure":
      return "主な取組内容";
    default:
      return "項目";
  }
}

/** The best `k` of the first `n` entries that `keep` accepts, best first, without sorting them all. */
function topOf(
  entries: Int32Array,
  n: number,
  k: number,
  before: (a: number, b: number) => boolean,
  keep: (entry: number) => boolean,
): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < n; i++) {
    const x = entries[i] as number;
    if (!keep(x)) continue;
    if (top.length === k) {
      if (!before(x, top[k - 1] as number)) continue;
      top[k - 1] = x;
    } else top.push(x);
    for (let at = top.length - 1; at > 0 && before(x, top[at - 1] as number); at--) {
      top[at] = top[at - 1] as number;
      top[at - 1] = x;
    }
  }
  return top;
}
