/**
 * Reading what someone typed, before any matching: the Slack markup around it, the fiscal year it names, whether
 * it asks for a figure, small talk, several item numbers, and the words that carry its topic. Pure functions of
 * the text; the Answerer (answer.ts) decides with them.
 */
import { parseHeiseiYear, parseReiwaYear } from "../plan/fiscal-year.ts";
import type { Status } from "../plan/schema.ts";
import {
  APOLOGY,
  FILLER,
  FISCAL_YEAR,
  GREETING,
  PLAN_NAME,
  REASON_CLAUSE,
  STATUS_PATTERNS,
  STOP_TOKENS,
  TRAILING_REASON,
} from "./patterns.ts";
import { fold, normalize, remembered } from "./text.ts";

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });

/** The inflection a verb's stem is segmented before (入れ|てる, 見直し|た, 増え|ます). */
const VERB_ENDING =
  /^(?:て|てる|ている|てた|ては|ても|た|たら|たり|ます|まし|ません|ない|なかっ|たい|られ|させ|ず|ば)$/u;

/**
 * Slack markup that is not part of the question: mentions, channel pings, links' angle brackets, quote marks and
 * text styles. Read once, by `Answerer.answer`, before anything else; nested marks (「> > …」, *_…_*) come off
 * together.
 */
export function stripSlackMarkup(text: string): string {
  let rest = text
    .replace(/<[@#!][^>]*>/g, " ")
    // A link pasted after the question (「…ですか <https://…|資料>」「…です。<https://…>」), or on a last line that
    // only points at it (「参考: <https://…|議会資料>」), is what the question refers to, not what it asks: its label
    // would be read as a topic. A link inside a sentence reads as its label (「この<https://…|資料>の数字」), a bare
    // URL as nothing.
    .replace(/\n[^\n<]{0,8}<(?:https?|mailto):[^>]*>[^\n<]{0,4}$/u, "")
    .replace(/(?<=^|[\s。．.！!？?])\s*<(?:https?|mailto):[^>]*>\s*$/gu, "")
    .replace(/<(?:https?|mailto):[^>|]*>/g, " ")
    .replace(/<([^>|]+)\|([^>]+)>/g, "$2")
    // A quoted line (「> …」, a pasted message) is read as its text.
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, "");
  // Bold, italic, struck or code text as the composer writes it (*ふるさと納税*, `/plan 18`): the words.
  // Beside Japanese too (*ふるさと納税*の実績), and beside a figure when what is styled is Japanese (*項目*20,
  // 2019*年度*: part of a word made bold); not inside Latin words or figures (a_b, 2*3*4).
  for (let i = 0; i < 3; i++) {
    const plain = rest.replace(TEXT_STYLE, "$2");
    if (plain === rest) break;
    rest = plain;
  }
  return rest;
}

const TEXT_STYLE =
  /(?:(?<![A-Za-z0-9])|(?=[*_~`][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]))([*_~`])(?=\S)([^*_~`\n]+?)(?<=\S)\1(?:(?![A-Za-z0-9])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々][*_~`]))/gu;

/** The fiscal year a question names (令和6年度, 2024年度, R6, 来年度), or null. */
export function mentionedFiscalYear(text: string, current: number): number | null {
  const t = normalize(text);
  const reiwa = t.match(/令和\s*(?:\d+|元)|(?<![a-z])r\s*\d+/);
  // Upper case again: normalize lowers 「R5」, and parseReiwaYear reads 令和 or R.
  if (reiwa) return parseReiwaYear(reiwa[0].toUpperCase());
  const heisei = t.match(/平成\s*(?:\d+|元)/);
  if (heisei) return parseHeiseiYear(heisei[0]);
  const western = t.match(/(20\d{2})\s*年度/);
  if (western) return Number(western[1]);
  // 「2019年4月1日時点」: a date, in the fiscal year it falls in (April to March).
  const date = t.match(/(20\d{2})\s*年\s*(\d{1,2})\s*月/);
  if (date) return Number(date[1]) - (Number(date[2]) < 4 ? 1 : 0);
  // 「5年度」: staff drop 令和 for the plan's years.
  const short = t.match(/(?<![0-9])([1-9])\s*年度/);
  if (short) return parseReiwaYear(`令和${short[1]}`);
  if (/来年度/.test(t)) return current + 1;
  if (/昨年度|前年度/.test(t)) return current - 1;
  return null;
}

/**
 * Removes every match of a `/g` pattern and says whether there was one. The shared `/g` patterns are never used
 * with `.test()`, which keeps state between calls (`lastIndex`) and would have to be reset by hand.
 */
export function cut(text: string, pattern: RegExp): { rest: string; found: boolean } {
  let found = false;
  const rest = text.replace(pattern, () => {
    found = true;
    return " ";
  });
  return { rest, found };
}

/** The base a status word is measured against, left before the space where the status word was cut. */
const COMPARED_WITH = /(?:計画|予定|見込み?|目標)(?:値|額)?(?:より(?:も)?|を|に|と比べて|比で?)(?=\s)/gu;

/** The first status a text names (STATUS_PATTERNS' order), and the text without any status word. */
export function statusIn(text: string): { status: Status | undefined; rest: string } {
  let status: Status | undefined;
  // 「目標(見込み)超えた」「目標（R5）に届かなかった」: a note in brackets after what is compared is no part of it.
  let rest = text.replace(/(?<=目標|計画|予定)[（(][^（）()]{1,8}[）)]/gu, "");
  for (const [s, pattern] of STATUS_PATTERNS) {
    const found = cut(rest, pattern);
    if (found.found) status ??= s;
    rest = found.rest;
  }
  // 「計画より遅れている」「計画を上回った」: what the status is measured against is part of the status words, and
  // 計画 left alone would be a topic (No.7's 定員管理計画).
  if (status) rest = rest.replace(COMPARED_WITH, " ");
  return { status, rest };
}

/**
 * Thanks, alone (after punctuation is removed): one or several (「ありがとう、助かりました」 was read as a question
 * that found nothing, and recorded as one the bot could not answer).
 */
export const THANKS =
  /^(?:(?:本当に|ほんとうに|ほんとに|とても|大変|たいへん)?(?:ありがとう(?:ございます|ございました|ござい[まし]+た)?|ありがと|あざす|あざっす|どうも(?:ありがとう(?:ございます)?)?|助かりました|助かります|了解(?:です|しました)?|りょうかい|承知しました|わかりました|分かりました|ok|おk|thanks|thankyou|thx))+$/u;

/** A greeting or a courtesy, alone. */
export const GREETING_ONLY =
  /^(?:こんにちは|こんにちわ|こんばんは|おはよう(?:ございます)?|お疲れ(?:様|さま)(?:です)?|おつかれ(?:さま)?(?:です)?|よろしく(?:お願いします|おねがいします|お願いいたします)?|はじめまして|初めまして|hello|hi|hey)$/u;

/** A question written in another language: Latin words and no Japanese at all. */
export function readsAsOtherLanguage(text: string): boolean {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return false;
  return (text.match(/[a-z]{2,}/gi) ?? []).length >= 2;
}

const NUMBER_REF = String.raw`(?:no\.?\s*|№\s*|#\s*|項目\s*)?([0-9]{1,2})\s*(?:番)?`;
const SEVERAL_NUMBERS = new RegExp(
  String.raw`^\s*${NUMBER_REF}(?:\s*(?:と|、|,|・|や|及び|および|and)\s*${NUMBER_REF})+`,
  "i",
);

/** Item numbers joined by と, 、, ・, や or commas: 「18と19」, 「No.1と2」, 「#3、#4」. */
export function severalItemNumbers(text: string): number[] {
  const t = normalize(text);
  // Most questions hold no digit at all: no pattern to run.
  if (!/[0-9]/.test(t)) return [];
  // 「改革プランの4番と5番」: the plan's own name before the numbers says nothing more.
  // 「2023年度」 is a year, not items 20 and 23.
  const m = t
    .replace(/^\s*(?:第\s*6\s*次\s*)?(?:集中)?(?:改革)?プラン(?:の|で|って)?/u, "")
    .replace(/[0-9]{4}\s*年/gu, " ")
    .match(SEVERAL_NUMBERS);
  if (!m) {
    // 「18〜21番」「No.18-19」「18から20番まで」: a range of items, every one of them. Not months, days or counts
    // (「1〜3月」「2-3件」), and no more than the plan could hold.
    const range = t
      .replace(/^\s*(?:第\s*6\s*次\s*)?(?:集中)?(?:改革)?プラン(?:の|で|って)?/u, "")
      .match(ITEM_RANGE);
    if (!range) return [];
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (!(from < to) || to - from > 30) return [];
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return [...new Set([...m[0].matchAll(/[0-9]{1,2}/g)].map((x) => Number(x[0])))];
}

const ITEM_RANGE = new RegExp(
  String.raw`^\s*${NUMBER_REF}\s*(?:〜|~|-|ー|から)\s*${NUMBER_REF}(?!\s*(?:月|日|年|件|円|人|名|%|時|歳|回|つ|個|割))`,
  "i",
);

/** 何件, 何人, 何％, いくら, 何施設, 何ha …: the question asks for a figure. */
export const FIGURE_ASK =
  /何\s*(?:件|人|名|%|％|パーセント|円|千円|万円|億|施設|団体|ha|ヘクタール|回|か所|カ所|ヶ所|箇所|割|社|校|時間|本|台|部|課|種類|手続)|いくら|いくつ|どれ(?:くらい|ぐらい|だけ)|どの(?:くらい|ぐらい)|効果額|金額|件数|人数|者数|割合|[^a-z]率/u;

/**
 * The unit a question counts in (「何件」 -> 件, 「何％」 -> %), as the report writes it after a figure; null when it
 * asks for no counted figure.
 */
export function askedUnit(text: string): string | null {
  const t = normalize(text);
  const m =
    t.match(
      /何\s*(件|人|名|%|パーセント|施設|団体|回|か所|カ所|ヶ所|箇所|社|校|台|種類|m2|平方メートル|平米|m3|立方メートル|ha|ヘクタール|割)/u,
    ) ??
    // 「施設の数っていくつ」「施設数は」: what is counted is the unit the report counts it in.
    // Not 「公共施設の数を減らしていく取組」: there the number is what changes, not what is asked.
    t.match(
      /(施設|団体|校)(?:の数|数)(?![^。、？?]{0,8}?(?:減ら|増や|削減|縮減|見直|絞|増え|減っ|減り|増加|減少))(?:は|って|を|が)?/u,
    ) ??
    // 「…公の施設って、令和５年度時点でいくつ？」「公の施設、今いくつ？」: a year or a word of time between them (not 「全部で」: 「集会施設って全部で
    // いくつ」 counts them as the report does, in 件). Not 「義務教育学校って何年開校」「開校って何の取組」: 何 of a year or
    // of a kind counts nothing, and 開校 is no school.
    t.match(
      /(施設|団体|(?<![開閉休廃])校)(?:は|って|[、,]|\s)[、,\s]*(?:(?:令和\s*[0-9元]+\s*年度?|r\s*[0-9]+(?:\s*年度?)?|[0-9]{4}\s*年度?|今年度|今|現在)\s*(?:時点|現在)?\s*で?[、,\s]*)?(?:いくつ|何(?![年月日時のとてでをがにだ]|か(?!所)))/u,
    ) ??
    // 「開催件数はどれくらい」「参加人数は」「会議の件数（R5）」: a count named by its unit.
    t.match(
      /(件|人|回)数(?![^。、？?]{0,8}?(?:減ら|増や|削減|縮減|見直|絞|増え|減っ|減り|増加|減少))(?:は|って|を|が|も|の|、|\s|$|[(（?？。!！]|わか|分か|知り|教え)/u,
    );
  // 「売却した土地、面積どれくらい」: an area, which the report gives in ㎡ (or ha: see statesCountIn).
  if (!m) return AREA_ASKED.test(t) ? "m2" : null;
  const unit = m[1] as string;
  // As the report writes them once normalized: ㎡ is m2 after NFKC.
  // 何割: a share, which the report gives in per cent.
  return unit === "パーセント" || unit === "割"
    ? "%"
    : unit === "平方メートル" || unit === "平米"
      ? "m2"
      : unit === "立方メートル"
        ? "m3"
        : unit === "ヘクタール"
          ? "ha"
          : unit;
}

/** An area asked by how large it is (「面積どれくらい」「面積はどのくらい」). */
const AREA_ASKED = /面積(?:は|って|が)?[、,\s]*(?:どれ|どの)(?:くらい|ぐらい)/u;

/** The question without what says nothing about its topic: years, the plan's name, greetings, question words. */
export function topicText(text: string): string {
  return text.replace(FISCAL_YEAR, " ").replace(PLAN_NAME, " ").replace(GREETING, " ").replace(FILLER, " ");
}

/** The question's content words, folded, grouped into runs of adjacent words. */
export function contentRuns(text: string): string[] {
  return typedRuns(text).map((r) => r.folded);
}

/**
 * The content runs (as contentRuns gives them) that were typed in hiragana alone (あった, ですが, いきま): the
 * asker's phrasing unless a phrase of the plan holds them. Folding makes katakana hiragana too, so only the
 * typed form tells でじたる typed as デジタル from a verb's ending.
 */
export function hiraganaRuns(text: string): Set<string> {
  return new Set(
    typedRuns(text)
      .filter((r) => /^[\p{Script=Hiragana}ー]+$/u.test(r.typed))
      .map((r) => r.folded),
  );
}

/** A run that ends in an inflected verb or adjective: two kana or more after a kanji (らない, らす, しい). */
const INFLECTED_END = /\p{Script=Han}\p{Script=Hiragana}+(?:ない|[るすたうくい])$/u;

/**
 * The runs of a text, for its last few texts: one question is read as a whole, by clauses and without its
 * surroundings, and each reading asks for its content runs and then for its hiragana ones. Word segmentation
 * (Intl.Segmenter) is the costliest step of reading a question, so no text is segmented twice while it is being
 * answered.
 */
const typedRuns = remembered(segmentedRuns, 32);

function segmentedRuns(text: string): { folded: string; typed: string }[] {
  const runs: { folded: string; typed: string }[] = [];
  let current = "";
  const flush = () => {
    // Okurigana and verb endings (差押え, 試した, 進んだ) are not part of the topic: a run with kanji, katakana or
    // Latin letters loses its trailing hiragana.
    // The stripped run is made and folded once, and is the run's folded form when it is kept.
    // 「窓口向けの研修」: 向け says whom something is for; 窓口 is the word, not 窓口向.
    // 「滞納関係」「病院絡み」: what a word is about is the word (関係 would match No.10's 子育て・介護関係).
    const stripped = current
      .replace(/(?<=\p{Script=Han})向け$/u, "")
      .replace(/\p{Script=Hiragana}+$/u, "")
      .replace(/(?<=[\p{Script=Han}\p{Script=Katakana}ー]{2})(?:関係|関連|絡み)$/u, "");
    const strippedFolded = fold(stripped);
    const keep = /[^\p{Script=Hiragana}ー]/u.test(strippedFolded);
    const typed = keep ? stripped : current;
    const folded = keep ? strippedFolded : fold(current);
    // A single character names no topic (進 of 進んだ, 億 of 11億).
    if (folded.length >= 2) runs.push({ folded, typed });
    current = "";
  };
  const segments = [...segmenter.segment(text)];
  for (let i = 0; i < segments.length; i++) {
    const { segment, isWordLike } = segments[i] as Intl.SegmentData;
    const token = segment.trim();
    // 市 is the city (市の, 本市) unless a kanji follows it in the same word: 市税, 市有地 (segmented 市|税, 市|有|地)
    // are the report's words, and 税等 alone is no item's.
    const cityPrefix = token === "市" && /^\p{Script=Han}/u.test(segments[i + 1]?.segment ?? "");
    if (!isWordLike || token === "" || (STOP_TOKENS.has(token) && !cityPrefix) || /^[0-9.,%]+$/.test(token)) {
      if (current) flush();
      continue;
    }
    // Latin and Japanese words typed together (eLTAX導入) are separate words.
    if (current && /[a-z0-9]$/i.test(current) !== /^[a-z0-9]/i.test(token)) flush();
    // A verb or adjective that ends before a noun (要らない|事業, 減らす|取組) is no part of the noun's word; the
    // kana between the kanji of one word (取り組み, 申し込み) is a single character.
    else if (current && INFLECTED_END.test(current) && /^[\p{Script=Han}\p{Script=Katakana}]/u.test(token))
      flush();
    // A verb typed right after its object without を (「指定管理者制度入れてる」「補助金見直した」: 入れ|てる) is a word
    // of its own, not the noun's end (指定管理者制度入).
    else if (
      current &&
      /^\p{Script=Han}+\p{Script=Hiragana}+$/u.test(token) &&
      VERB_ENDING.test(segments[i + 1]?.segment ?? "")
    )
      flush();
    current += token;
  }
  if (current) flush();
  return runs;
}

/**
 * The message without the manners around its question: a tag that says what kind of message it is (【確認】【至急】),
 * the bot addressed by name (ボットさん、), an apology that opens it (すみません、/何度もすみません。), after a
 * greeting too, a filler (あの、/ちなみに、), a colleague who asked (「<@U…>さんから聞かれたんですが、」, the mention
 * already gone); and after the question, thanks (ありがとうございます！/助かります), よろしくです, 確認させてください,
 * お願いします, a word that it was perhaps asked before (前にも聞いたかもしれませんが、念のため。), （笑）, a face
 * ((^^), m(_ _)m), emoji (🙏, :pray:) and a signature on a line of its own (「\n財政課 佐藤（内線1234）」). Before
 * the question also a mail's Re:/Fw:, a memo's date (12/2), a tag written with a colon (至急：), a bullet (・), an
 * opener that says it checks something (ちょっと確認なんですが、), a busy apology (お忙しいところ恐れ入りますが、) and
 * an emoji; after it a mail's closing courtesies (ご教示いただけますと幸いです。取り急ぎ。以上です。お手すきの際に
 * お願いします。教えてください。), a reason in brackets (（課内で共有したいので）) and laughter typed as w. A greeting
 * that opens the message (お疲れ様です！) is taken last, when something is asked after it. Also a mail's signature under
 * its delimiter line, a cc line and a postscript, a list marker that opens the message (see withoutListMarker), a
 * subject that only names the plan, a date or a time copied with it, and ！？ read as ？.
 * None of it is ever the question, though its words are not all empty (何度も reads as an ask of 何, 確認 as a word
 * of the plan), and left there the question no longer ended where it ends (「…どこ？」 asks where to go only at the
 * end of the message). Each is taken only with something left; the rest is read as it was typed.
 */
export function withoutMessageManners(text: string): string {
  // 「本当？？」「お願いします！！」: a mark typed twice for emphasis is the mark once; 「本当！？」「払える?!」 ask, as ？ does.
  // 「\n※急ぎではありません」: a note mark before a closing line is the line.
  let rest = withoutListMarker(unquoted(text))
    .replace(/\n[ \t　]*※[ \t　]*/gu, "\n")
    .replace(/([？?！!])[？?！!]*\1/gu, "$1")
    .replace(/[！!][？?]+|[？?][！!]+/gu, "？");
  for (let i = 0; i < 4; i++) {
    // A greeting kept before the manner taken keeps a space after it: 「おつかれさまです😊 資料作成のためです。」 is not
    // 「おつかれさまです資料作成…」, which reads as a topic.
    const next = rest
      .replace(CLOSING_MANNERS, "")
      .trimEnd()
      .replace(OPENING_MANNERS, (_, greeting?: string) => (greeting ? `${greeting.trimEnd()} ` : ""));
    if (next === rest || next.trim() === "") break;
    rest = next;
  }
  // 「「…」\nよろしく」: one quotation once the manners after it are gone.
  rest = unquoted(rest);
  // 「R.5」「FY2023」: the year as documents abbreviate it is the year the rules read (R5, 2023年度).
  rest = rest
    .replace(/(?<![A-Za-zＡ-Ｚａ-ｚ])([RrＲｒ])[.．](?=\s*[0-9０-９])/gu, "$1")
    .replace(/(?<![A-Za-zＡ-Ｚａ-ｚ])(?:FY|ＦＹ)\s*((?:20|２０)[0-9０-９]{2})(?![0-9０-９年])/giu, "$1年度");
  // 「本当でしょうか？」「…をお教えください」: the politer form of an ending is the ending the rules read.
  rest = rest
    .replace(/でしょうか/gu, "ですか")
    .replace(/お教え(?:ください|下さい|いただけますか|願えますか)/gu, "教えてください");
  // 「職員の残業時間\nR5の平均はどのくらい？」: a line broken where no sentence ends is one sentence, broken where a comma
  // would be.
  rest = rest.replace(SOFT_LINE_BREAK, "、");
  // 「マイナ保険証の 利用率」: spaces after の or を are typing, not a break between words; the particle already marks
  // where the word ends. (Between two nouns a space may stand for a comma: kept.)
  rest = rest.replace(SPACE_AFTER_PARTICLE, "");
  // 「会計年度任用職員って、今何人？」「…って 何人？」: a comma or a space after the topic's って is how one types, and
  // reads as none (the rules read 「〇〇って何人」); read as a break, what follows was a clause of its own.
  rest = rest.replace(TOPIC_TTE_BREAK, "");
  // The greeting last, and only when something is asked after it: left there, it kept a question from starting the
  // message (「お疲れ様です！経営健全化の項目ぜんぶ」); 「お疲れ様です。資料作成のためです。」 is a greeting and a
  // reason, with nothing asked.
  const greetingless = rest.replace(OPENING_GREETING, "");
  // (A reason is told by what precedes it, hence the space.)
  // A list marker after the manners that came before it (「お疲れ様です！\n① …」) opens the question too.
  return withoutListMarker(
    greetingless !== rest && /[\p{L}\p{N}]/u.test(withoutSurroundings(` ${greetingless}`))
      ? greetingless
      : rest,
  );
}

/** A line break (and the spaces around it) after a word, not after the end of a sentence or a comma. */
const SOFT_LINE_BREAK = /(?<=[^\s。．.！!？?、，,:：」』）)])[ \t　]*\n[\s]*(?=\S)/gu;

/** The greetings that open a message (お疲れ様です, おはようございます, お世話になっております). */
const OPENING_GREETING_WORDS =
  "(?:いつも)?お世話になって(?:おり|い)ます|(?:いつも)?お世話になります|お疲れ(?:様|さま)?です|おつかれ(?:さま)?です|おつです|おはようございます|こんにちは|こんばんは|(?:おつ|お疲れ|おつかれ)(?:さま|様)?[〜～ー]+";

/** A greeting that opens a message, before what follows it. */
const OPENING_GREETING = new RegExp(
  `^(?:(?:${OPENING_GREETING_WORDS})[。、！!\\s]*|どうも[。、！!\\s]+)(?=\\S)`,
  "u",
);

/** Emoji as typed (🙏, 🙇‍♀️ with its joiners) and as Slack sends them (:pray:). */
const EMOJI = String.raw`(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|:[a-z0-9_+'-]*[a-z][a-z0-9_+'-]*:)+`;

/**
 * A greeting kept (taken last, see withoutMessageManners), then the manners that open a message. Tried in this
 * order: the first that leaves a question after it is taken.
 */
const OPENING_MANNERS = new RegExp(
  String.raw`^((?:${OPENING_GREETING_WORDS})[。、！!\s]*)?(?:${[
    // A bullet, a mail's Re:/Fw:, a memo's date (12/2), a tag written with a colon (至急：).
    String.raw`(?:[・●■◆◇□○]|[-－*][ \t　])\s*`,
    String.raw`(?:re|fw|fwd)\s*[:：]\s*`,
    String.raw`[0-9]{1,2}\/[0-9]{1,2}(?:[（(][月火水木金土日][）)])?\s+`,
    String.raw`(?:大至急|至急|急ぎ|お急ぎ|確認|ご?相談|依頼|お願い|照会|重要|共有|再送|緊急)\s*[:：]\s*`,
    // Fillers, and who asked the asker (the mention itself already gone).
    String.raw`(?:あの|あのー|あのう|えっと|えーっと|えーと|ええと|ちなみに|ところで|そういえば)[、,！!…\s]`,
    String.raw`(?:さん|様|くん|ちゃん|氏)?(?:に|から)(?:聞かれ|質問され|尋ねられ|頼まれ|言われ)(?:ました|まして|た|て)(?:のですが|んですが|んだけど|けど|が)?[、,\s]`,
    // Openers that ask nothing yet: Q., 今いいですか？, 聞きたいんですが、, 確認なんですが、.
    String.raw`(?:q|質問)\s*[.．:：]\s*`,
    "(?:今|ちょっと|少し|今ちょっと)(?:いい|よろしい|大丈夫)(?:ですか|でしょうか)[?？]",
    String.raw`(?:ちょっと|少し|ひとつ|一つ|1つ|一点|1点|これも|あと|もう一つ|もうひとつ)?(?:聞きたい|お聞きしたい|質問したい|教えてほしい|お尋ねしたい|伺いたい|お伺いしたい)(?:こと(?:が(?:ある|あります))?)?(?:んだけど|んですけど|んですが|のですが|けど)[、,\s]`,
    String.raw`(?:ちょっと|ひとつ|一つ|1つ|一点|1点|念のため|追加で|追加の)?(?:質問|確認|ご?相談)(?:なんですが|なんだけど|なのですが|なんですけど|なんですけれど|ですが|ですけど|です|があります|させてください)[、。,！!\s]`,
    // A thread's follow-up (あと、もう一つ、); a comma after it, unlike 「あと何件」.
    String.raw`(?:あと|それと|それから|あとは|もう一つ|もうひとつ|もう1つ|追加で|ついでに)[、,！!]\s*`,
    // A reason that says only what the answer is for (a meeting, a boss): no topic of its own.
    "(?:来週|今週|明日|今度|次回|午後|月曜|週明け)?の?(?:会議|部内会議|課内会議|庁議|打ち合わせ|打合せ)(?:で|に)(?:使う|使いたい|出す|出したい)(?:ので|から|ため)[、,]",
    "(?:課長|部長|係長|上司|室長|所長)(?:に|へ)(?:報告|説明)(?:する|します|したい)(?:ので|から|ため(?:に)?)[、,]",
    // A channel's openers: Slackで失礼します。はじめまして。初めて使います。さっきの続きですが、
    String.raw`(?:slack|スラック)(?:で|から)(?:失礼します|失礼いたします|すみません)[。、！!\s]`,
    String.raw`(?:はじめまして|初めまして)[。、！!\s]`,
    String.raw`(?:初めて|はじめて)(?:使います|使ってみます|質問します|質問させてください|利用します|投稿します)[。、！!\s]`,
    String.raw`(?:さっき|先ほど|先程|前)の(?:件の)?(?:続き|つづき)(?:です|なんです|なのです)?(?:が|けど)?[、,。\s]`,
    "(?:ひとつ|一つ|1つ|一点|1点|ちょっと)?(?:教えて(?:ください|下さい|ほしいです)|お尋ねします|お伺いします|助けて(?:ください|下さい))[。！!〜～]",
    // What the message is (確認の件です。) and when the answer is wanted for (明日の会議の前に確認させてください。).
    String.raw`(?:ご?確認|ご?質問|ご?相談|お?問い?合わ?せ)の件(?:です|で失礼します)[。！!\s]`,
    "(?:明日|今日|本日|来週|今週|午後|今度|次)?の?(?:会議|打ち合わせ|打合せ|説明|報告|議会)(?:の)?(?:前に|までに)(?:確認させてください|確認したいです|確認です|教えてください)[。！!]",
    // A mail's tag (【確認】【電話メモ】), a subject line that names nothing (its words kept when it does), 各位.
    "【(?:確認|ご?確認依頼|至急|大至急|急ぎ|お急ぎ|質問|ご?相談|依頼|お願い|照会|重要|共有|情報共有|再送|再質問|追加質問|追記|訂正|緊急|要返信|返信不要|お?問い?合わ?せ|ご?連絡|ご?報告|電話メモ|メモ)】",
    // A subject that names nothing, or only the plan (件名：改革プランについて): taken with its line.
    String.raw`件名\s*[:：]\s*(?:(?:ご?確認|ご?質問|お?問い?合わ?せ|お願い|ご?相談|照会|ご?依頼|(?:第\s*6\s*次\s*)?(?:集中)?改革プラン)(?:の件|について|です|のお願い|に関する(?:ご?質問|お?問い?合わ?せ|ご?確認))?[ \t　]*\n)?`,
    String.raw`(?:関係)?各位[、。\s]`,
    // A date or a time copied with the message (12月2日（水）, [10:32]).
    String.raw`[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[（(][月火水木金土日][）)])?[ \t　]*\n`,
    String.raw`[\[［]?[0-9０-９]{1,2}[:：][0-9０-９]{2}[\]］]?[ \t　]+`,
    // What the asker tried, and asking whether they may ask.
    String.raw`(?:自分で|ネットで|いろいろ|色々)?調べ(?:た|てみた)(?:んです|のです|んだ)?(?:が|けど)[、,]?(?:よく)?(?:分から|わから)(?:なくて|ないので|なかったので)[、,\s]`,
    "(?:ひとつ|一つ|1つ|一点|1点|ちょっと)?(?:聞いて|質問して|お聞きして|お尋ねして)(?:も)?(?:いい|よい|良い|大丈夫)(?:ですか|でしょうか)[?？]",
    // The bot addressed by name, or by @name typed as text (not a Slack mention).
    "(?:ボット|ぼっと|bot)(?:さん|くん|ちゃん)?[、,！!]",
    String.raw`@[^\s@]+\s+`,
    // Apologies (すみません、申し訳ないのですが、たびたび失礼します。お忙しいところ恐れ入りますが、), and an emoji.
    String.raw`${APOLOGY}[、。，,！!\s]`,
    String.raw`(?:たびたび|度々)?失礼(?:します|いたします)[、。，,！!\s]`,
    String.raw`(?:お忙しい(?:ところ|中))?恐れ入ります(?:が)?[、。，,！!\s]`,
    String.raw`お手数(?:ですが|をおかけしますが|をお掛けしますが|おかけしますが)[、。，,！!\s]`,
    String.raw`(?:ご多忙の(?:ところ|中)|お忙しい(?:ところ|中))?恐縮(?:です|でございます)が[、。，,！!\s]`,
    String.raw`(?:夜分|朝早く|遅く|休日|お休みのところ|急)に?(?:すみません|失礼します|申し訳ありません|申し訳ないのですが|恐れ入ります)[、。，,！!\s]`,
    String.raw`${EMOJI}\s`,
  ].join("|")})\s*(?=\S)`,
  "iu",
);

/**
 * A message that opens with a list marker (「① 」「(1) 」「1. 」「Q1. 」, one question of several pasted from a list)
 * without it, when what follows names a topic of its own: 「① ふるさと納税の実績は？」 asks of ふるさと納税, not of
 * No.1. Kept when the marker is what is asked of (「①の進捗は？」「(3) の実績」: a particle or nothing names a topic
 * after it), where a circled number names an item.
 */
function withoutListMarker(text: string): string {
  const m = LIST_MARKER.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  if (/^\s*(?:の|は|って|を|が|で|と|も|番)(?!\p{Script=Hiragana})/u.test(rest)) return text;
  // Only a courtesy after it, or thanks on a line of their own: 「⑪ よろしくお願いします。」「⑪\nありがとうございます！」
  // ask for No.11, courteously (「① ありがとう、助かりました」 thanks).
  if (
    (!THANKED.test(rest) || m[0].includes("\n")) &&
    // Read with the number before it (「⑪\n財政課 佐藤（内線1234）」「⑪。急ぎではないです」「⑪w」).
    text
      .replace(CLOSING_MANNERS, "")
      .replace(/[\s。、，,！!？?]+$/u, "")
      .trim() === m[0].trim()
  )
    return text;
  // A topic in kanji, katakana or Latin letters, a word of three kana (ふるさと, まいなんばー), a number of its own
  // (「① #21」「① ⑳の取組」), or a greeting or thanks, which ask nothing of an item either.
  const topic = topicText(normalize(rest));
  return /[\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9]|[\p{Script=Hiragana}ー]{3}/u.test(topic) ||
    /[\u2460-\u2473#＃]/u.test(rest) ||
    // (GREETING is global: search, unlike test, does not move its lastIndex.)
    normalize(rest).search(GREETING) >= 0 ||
    THANKED.test(rest)
    ? rest
    : text;
}

/** Thanks after a list marker (see withoutListMarker). */
const THANKED = /ありがと|助かり|感謝/u;

/** A list marker that opens a message: ①–⑳, (1), （1）, 1. (not 1.5), Q1., 問1:. */
const LIST_MARKER =
  /^\s*(?:[\u2460-\u2473]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．](?![0-9０-９])|(?:q|ｑ|問|質問)\s*[0-9０-９]{1,2}\s*[.．:：)）]?)\s*/iu;

/**
 * A message that is one quotation and nothing else (「「ふるさと納税の実績は」」, pasted as someone asked it): what is
 * quoted. Only when its first 「 closes at its last 」, not 「「…」と「…」」.
 */
function unquoted(text: string): string {
  const t = text.trim();
  const m = /^([「『])([\s\S]+)([」』])$/u.exec(t);
  if (!m || (m[1] === "「") !== (m[3] === "」")) return text;
  let depth = 0;
  for (const ch of m[2] as string) {
    if (ch === "「" || ch === "『") depth++;
    else if (ch === "」" || ch === "』") depth--;
    if (depth < 0) return text;
  }
  return depth === 0 ? (m[2] as string) : text;
}

/**
 * Spaces after の or を that follow a word, before more words: those particles join a phrase and never end a clause.
 * Not after が, で, って, から…: people who type spaces for punctuation end clauses with them (「…のですが 協働の…」
 * 「窓口で マイナンバーカードで…」).
 */
const SPACE_AFTER_PARTICLE =
  /(?<=[\p{Script=Han}\p{Script=Katakana}ー\p{L}\p{N}][のを])[ \t　]+(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}a-zA-Z0-9])/gu;

/**
 * A comma or spaces after the って that marks a topic: after a word of two kanji, katakana or Latin letters
 * (会計年度任用職員って、), after one kanji after の (の話って), after お (お米って、), after 話 told of with a verb
 * (活用する話って、), こと or のか, and after a verb's plain form that ends in る, た or い (なくなるって、). Not after a
 * verb's て form, which ends a clause (相談があって、, 目標を上回って、): those are the verbs whose て form follows
 * hiragana (あって, なって), or two kanji (上回って, 手伝って, 見積って).
 */
const TOPIC_TTE_BREAK =
  /(?<=(?:[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]{2}(?<![上下出]回|手伝|見積)|[^\s、。，,][るたい]|[のるた]話|の\p{Script=Han}|お\p{Script=Han}|こと|のか)って)[、，,\s]+(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}a-zA-Z0-9])/gu;

/** Where a closing sentence starts: after a space or a line break, or after the question's own punctuation. */
const AFTER_SENTENCE = String.raw`(?:\s+|(?<=[。！!？?]))`;

/**
 * The manners that close a message: what is written in brackets or as a mark anywhere before the end, and the
 * sentences that follow the question (AFTER_SENTENCE). Anchored at the end, so the order of the alternatives does not
 * matter.
 */
const CLOSING_MANNERS = new RegExp(
  `(?:${[
    // A mail's cc line, and a postscript that asks nothing (「\ncc: 課長」「\n追伸：来週までで大丈夫です。」).
    String.raw`\n[ \t　]*(?:cc|ｃｃ|CC|Cc)[ \t　]*[:：][^\n]*`,
    String.raw`\n[ \t　]*(?:追伸|P\.?S\.?)[ \t　]*[:：、]?[^\n?？]*`,
    // A mail's signature under its delimiter line (「\n--\n総務課 山田」): up to four short lines after it, each a name,
    // a section, a number (no question mark, no run of three kana). A memo may use the same line to set off the
    // question itself (「【電話メモ】\n----\n…って聞かれました」), with or without its question mark.
    String.raw`\n[ \t　]*(?:-{2,}|－{2,}|―{2,}|ー{2,}|━{2,}|={3,}|＝{3,}|_{3,}|＿{3,})[ \t　]*(?:\n(?![^\n]*\p{Script=Hiragana}{3})[^\n?？]{0,30}){0,4}`,
    // A signature on a line of its own (「\n財政課 佐藤（内線1234）」).
    String.raw`\n[ \t　]*[^\n。？?!！]{0,16}(?:課|室|係|局|支所|センター|部)[ \t　]+(?:[^\s。？?!！]{1,8}[ \t　]*[（(](?:内線|tel|TEL|℡)[^）)\n]{1,12}[）)]|(?!担当|項目|取組|一覧|関係|関連|全部|実績|状況|目標|予定|以外|資料)[一-龯々]{2,3}(?:さん)?)[ \t　]*`,
    // In brackets: （再送）（笑）（急ぎ）, an extension, a face (^^) m(_ _)m, 「スマホから失礼します」, a reason (…ので).
    "[（(](?:再送|再掲|再質問|追記|訂正|笑|汗|泣|涙|焦|苦笑|急ぎ|お急ぎ|至急|大至急|急ぎです|至急です|急ぎません|急ぎではありません)[）)]",
    String.raw`[（(](?:内線|tel|TEL|℡)[^）)\n]{1,20}[）)]`,
    // What the answer is for, in brackets (（議会用）（部長報告用）).
    String.raw`[（(][^（）()\n]{1,10}用[）)]`,
    String.raw`m?[（(][^\p{L}\p{N}（）()]{1,8}[）)]m?`,
    "[（(](?:スマホ|携帯|外出先|出先)(?:から|より)(?:失礼します|すみません|です|なので)?[）)]",
    String.raw`[（(][^（）()\n]{1,30}(?:ので|から|ため(?:です)?|たくて|ために)[）)]`,
    // Marks: 笑 after the question, …☆♪, laughter typed as w (not after a Latin word), emoji.
    "(?<=[。！!？?])笑",
    String.raw`(?<=\S)[…‥☆★♪♫]+`,
    String.raw`(?<=[^a-z0-9\s])[wｗ]{1,5}`,
    String.raw`\s*${EMOJI}\s*`,
    // Thanks, よろしくです, and a word that it was perhaps asked before (also after …).
    String.raw`(?:\s+|(?<=[。！!？?…]))(?:(?:いつも|本当に|ほんとに|先に)?(?:ありがとう(?:ございます|ございました)?|助かります|助かりました|感謝します|感謝です)|(?:どうぞ)?よろしく(?:です|ね|っす|どうぞ)|(?:前にも|以前も|先日も|前に)?(?:聞いた|質問した|お聞きした|聞いてた)(?:かもしれません|かも(?:しれない)?)(?:が|けど)?[、,]?(?:念のため(?:です|確認です)?)?)[。！!…\s]*`,
    `${AFTER_SENTENCE}(?:${[
      // How soon the answer is needed, and that it is not.
      "(?:今日中|本日中|明日まで|明日中|今週中|午前中|夕方まで|週明けまで)?に?(?:分かると|わかると|教えてもらえると|教えていただけると|ご?回答(?:いただけると|もらえると))(?:助かります|幸いです|ありがたいです)[。！!]*",
      "(?:後で|あとで|お時間(?:のある|ある)?(?:とき|時)|手(?:が)?空いたら|急ぎません(?:ので)?)(?:でいいので|で大丈夫です|でいいです|で構いません|で結構です)?[。！!]*",
      "(?:至急|急ぎ)(?:では|じゃ)(?:ありません|ないです)[。！!]*",
      // Courtesies: よろしくお願いします in its forms, お手数おかけします, ご教示…, 取り急ぎ, 以上です, お手すきの際に.
      "(?:恐れ入りますが|お手数(?:です|をおかけします|をお掛けします)が|すみませんが|申し訳ありませんが|以上)?[、,]?(?:どうぞ|何卒|なにとぞ|引き続き|ひきつづき|今後とも|今後共)?(?:ご対応|ご確認|ご回答|ご教示)?(?:よろしく|宜しく)?(?:お願い|おねがい)(?:します|いたします|致します|しますね|申し上げます)[。！!]*",
      // A request that repeats the question's ask (お願いできますか？教えていただけますか？), 以上、確認です。
      "(?:お願い(?:でき|出来)(?:ますか|ますでしょうか|ませんか)|教えて(?:いただけ|頂け|もらえ)(?:ますか|ませんか|ますでしょうか))[?？]*",
      "以上[、,]?(?:確認|質問|ご?相談|お願い|問い合わせ)(?:です|でした|まで)[。！!]*",
      "(?:お手数(?:を)?(?:おかけ|お掛け)(?:します|いたします|しますが|いたしますが)|お手数ですが)[、,。！!]*(?:(?:どうぞ)?よろしく(?:お願い|おねがい)(?:します|いたします|致します)[。！!]*)?",
      "(?:ご教示|お教え|教えて)(?:いただけますと|いただけると|いただければ|頂けますと|頂けると|頂ければ|もらえると|もらえれば)(?:幸いです|助かります|ありがたいです|うれしいです|嬉しいです)[。！!]*",
      "ご教示(?:ください|下さい|願います|お願いします|(?:の)?ほど(?:よろしく)?お願い(?:します|いたします|致します))[。！!]*",
      "(?:取り急ぎ|とりいそぎ)(?:ご連絡まで|お願いまで|確認まで|ご確認まで|質問まで|失礼します)?[。！!]*",
      "以上(?:です|となります|になります)?[。！!]*",
      "お手(?:すき|隙)の(?:際|とき|時)に?(?:で)?(?:(?:お願い|おねがい)(?:します|いたします)|で(?:大丈夫です|構いません|いいです))?[。！!]*",
      "ご?確認(?:させて|して)(?:ください|下さい|いただけますか|もらえますか)[。！!]*",
      "(?:教えて|おしえて)(?:ください|下さい|ほしいです|欲しいです|もらえますか|いただけますか)[。！!]*",
      // Where it is sent from, apologies, and what the answer is for (資料作成のためです).
      "(?:スマホ|携帯|外出先|出先)(?:から|より)(?:失礼します|すみません)[。！!]*",
      "(?:すみません|すいません|失礼しました|失礼いたしました)[。！!]*",
      "(?:会議|部内会議|課内会議|資料|会議資料|報告|報告書|説明|答弁|議会答弁|回答)(?:の)?(?:作成|作り|準備|用)?(?:の)?(?:ため|ために使います)(?:です)?[。！!]*",
      // Asked of the channel, and how to reply.
      "(?:(?:わかる|分かる|ご存じの|ご存知の)(?:人|方)(?:いますか|いませんか|いらっしゃいますか|いらっしゃいませんか)|どなたか(?:ご存じ|ご存知|分かり|わかり)(?:ですか|ませんか|ますか))[?？]*",
      "(?:返信|回答|お返事|ご回答)は(?:スレッド|スレ|dm|DM|こちら)(?:で|に)(?:お願いします|おねがいします|お願いいたします|ください|下さい)[。！!]*",
      "(?:dm|DM)(?:で|でも)(?:大丈夫です|構いません|いいです|ok|OK)[。！!]*",
      // Whatever is known will do (情報あればください。わかる範囲で大丈夫です。), why it is asked (念のため確認です。),
      // and how soon (急ぎです！).
      "(?:情報|資料|何か|なにか)(?:が)?(?:あれば|あったら)(?:ください|下さい|教えてください|お願いします|うれしいです|助かります)[。！!]*",
      "(?:わかる|分かる|わかっている|分かっている)(?:範囲|ところ|とこ)(?:で|だけで|だけでも)(?:大丈夫です|構いません|いいです|結構です|お願いします|ok|OK)[。！!]*",
      "念のため(?:の)?(?:確認|質問)(?:です|でした|させてください)[。！!]*",
      "(?:大至急|至急|急ぎ|お急ぎ)(?:です|でお願いします|でお願いいたします|で(?:す)?すみません)[。！!]*",
      // The bot asked by name to answer (「botさんお願い！」).
      "(?:ボット|ぼっと|bot)(?:さん|くん|ちゃん)?[、,]?(?:お願い|おねがい|頼みます|たのみます|頼む|たのむ)(?:します|しまーす|ね)?[。！!]*",
    ].join("|")})`,
  ].join("|")})$`,
  "u",
);

/** A courtesy that closes a message (よろしくお願いします), after the reason given for the question. */
const CLOSING_COURTESY =
  /[\s。！？!?]+(?:どうぞ)?(?:よろしく)?(?:お願い|おねがい)(?:します|いたします|致します)[。！!]*$/u;

/**
 * The question without the reason given after it (「…？ 資料作成のためです。」, 「…？財政課への回答に使います よろしく
 * お願いします。」). The question mark before the reason stays: 「払える？」 asks whether one can pay, 「払える」 alone
 * says it.
 */
export const withoutTrailingReason = remembered(trailingReasonCut);

function trailingReasonCut(text: string): string {
  const keepMark = (m: string) => (/^[\s。！!]*[?？]/u.test(m) ? "?" : "");
  // Two reasons may follow (「…に使います 資料作成のためです。」): each is dropped in turn, from the end.
  // 「…わかりますか、前年比を出したいので」: after a comma too, when what comes before it is the question.
  let rest = text;
  for (let i = 0; i < 4; i++) {
    const comma = rest.replace(REASON_AFTER_QUESTION, "");
    if (comma !== rest) {
      rest = comma;
      continue;
    }
    const direct = rest.replace(TRAILING_REASON, keepMark);
    const uncourteous = rest.replace(CLOSING_COURTESY, keepMark);
    let reasoned = direct !== rest ? direct : uncourteous.replace(TRAILING_REASON, keepMark);
    // 「…わかりますか、前年比を出したいので よろしくお願いします。」: the reason after the comma, then the courtesy.
    if (reasoned === uncourteous) reasoned = uncourteous.replace(REASON_AFTER_QUESTION, "");
    if (reasoned === rest || reasoned === uncourteous) break;
    rest = reasoned;
  }
  return rest;
}

/** A reason after a comma that closes a question (「…わかりますか、前年比を出したいので」「…教えて、会議で使うから」). */
const REASON_AFTER_QUESTION =
  /(?<=(?:か|かね|ください|下さい|教えて|[?？]))[、,]\s*[^、。，,!！?？\s]+(?:ので|から|ため)(?:です)?[。！!]*$/u;

/**
 * 「…取組について 新人向けの資料に…」: a space after a phrase's ending, typed where a comma goes, is one. Not between
 * nouns (「有休 申請 どこから」, 「ふるさと納税 実績」): those are words typed as keywords. Nor before a reason or a
 * courtesy that closes the message (「…ください 総務委員会で聞かれそう」「…でしたっけ よろしくお願いします」), which
 * are found by that space.
 */
export function spacesAsCommas(text: string): string {
  const end = TRAILING_REASON.exec(text)?.index ?? text.length;
  return (
    text
      .slice(0, end)
      .replace(
        /(?<=\p{Script=Hiragana})[ \u3000]+(?!(?:どうぞ)?(?:よろしく|お願い|おねがい))(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「『（])/gu,
        "、",
      ) + text.slice(end)
  );
}

/** What a letter says before 「つきましては、」「そこで、」: why it asks, never what (see REASON_CLAUSE). */
const LETTER_CONTEXT = /^[^?？\n]*?(?:つきましては|そこで)[、，,]\s*/u;

/**
 * The question without the reason given around it (「課長に報告するため、」「…。資料作成のためです」), for choosing what to
 * quote: the reason's words (報告, 資料) are in the report too, and would pick sentences about them. A leading clause
 * with an object (「受講者数を委員会の資料に入れたいので、」) holds what is asked, and stays.
 */
export function withoutReasons(text: string): string {
  const bare = withoutTrailingReason(
    text.replace(LETTER_CONTEXT, "").replace(REASON_CLAUSE, (clause) => (/を/.test(clause) ? clause : "")),
  ).trim();
  return bare === "" ? text : bare;
}

/**
 * The request without what surrounds it: a reason before (「来週の会議で使うので、」) or after (「資料作成のためです」),
 * greetings and courtesies, and the punctuation left at either end. 「お疲れ様です。16」 is 「16」.
 */
export const withoutSurroundings = remembered(surroundingsCut);

function surroundingsCut(text: string): string {
  return withoutTrailingReason(text.replace(REASON_CLAUSE, ""))
    .replace(GREETING, " ")
    .replace(/^[\s。、，,！!]+|[\s。、，,！!?？]+$/gu, "");
}

/**
 * Adverbs of manner or degree that name nothing (「公共施設をだんだん減らしていく話」): dropped before the question is
 * read in the report's words, so that the phrase around them reads as one (公共施設を減らし → 公共施設総量). None is
 * written in the report.
 */
const NAMELESS_ADVERB =
  /(?:だんだん|どんどん|すこしずつ|少しずつ|ちょっとずつ|じょじょに|徐々に|ちゃんと|きちんと|しっかり(?:と)?|やっぱり|いちおう|けっきょく|なんとなく|ざっくり(?:と)?|結局|やはり|一応)/gu;

export function withoutAdverbs(text: string): string {
  return text.replace(NAMELESS_ADVERB, "");
}

/**
 * 「NTT東日本と協定結んだのって、DXの項目だったっけ？」: the field the asker guesses is no question of its own (the DX
 * items); what they did is. Read as 「…ってどの項目？」, so that the matter decides. Only after a matter of some length:
 * 「DXの項目だったっけ？」 alone still asks for the field.
 */
const GUESSED_FIELD =
  /(?<=[^\s、。，,]{4,}(?:の|のって|って|は))[、,\s]*(?:(?!って|は|何|なん|なに|どの|どこ|どれ)[^、。，,？?\s]){1,12}の(?:項目|取組|取り組み)(?:だった(?:っけ|か)|でした(?:っけ|か)|だっけ|ですよね|だよね|じゃなかった(?:っけ)?)[?？]?$/u;

/** The ending GUESSED_FIELD needs, looked for first. */
const GUESSED_ENDING = /(?:項目|取組|取り組み)(?:だった|でした|だっけ|ですよね|だよね|じゃなかった)/u;

export function withoutGuessedField(text: string): string {
  // Every question passes here: most name no field after the fact, and need no reading of their reasons.
  if (!GUESSED_ENDING.test(text)) return text;
  // Read before a reason or a courtesy that follows it (「…DXの項目だったっけ？ よろしくお願いします。」).
  const core = withoutTrailingReason(text).replace(CLOSING_COURTESY, "");
  return text.startsWith(core)
    ? core.replace(GUESSED_FIELD, "どの項目?") + text.slice(core.length)
    : text.replace(GUESSED_FIELD, "どの項目?");
}
