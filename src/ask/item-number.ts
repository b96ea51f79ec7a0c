/**
 * Recognises a question that is only a reference to an item number: "18", "１８", "十八", "No.18", "№18",
 * "#18", "項目18", "第18", "18番", "No.18の状況は?". A number inside a longer question ("2024年度のふるさと納税")
 * is not a reference: the whole question must be the number with its prefix, suffix and question ending.
 */
import { normalize } from "./text.ts";

const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Well-formed kanji numerals up to 999: 十八, 二十一, 百二, or positional 一〇. */
const KANJI_NUMERAL =
  /^(?:(?:[二三四五六七八九]?百)?(?:[二三四五六七八九]?十)?[一二三四五六七八九]?|[〇零一二三四五六七八九]{2,3})$/;

/** "十八" → 18, "二十一" → 21, "百" → 100, "一〇" → 10; null when not a well-formed kanji numeral ("十十"). */
export function parseKanjiNumber(text: string): number | null {
  if (text === "" || !KANJI_NUMERAL.test(text)) return null;
  if (!/[十百]/.test(text)) {
    // Positional form: 一〇 = 10.
    return Number([...text].map((c) => KANJI_DIGITS[c]).join(""));
  }
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c === "百" || c === "十") {
      total += (digit || 1) * (c === "百" ? 100 : 10);
      digit = 0;
    } else {
      digit = KANJI_DIGITS[c] ?? 0;
    }
  }
  return total + digit;
}

/** The marks written before an item's number alone (No.18, №5, #12), as normalize leaves them. */
const NUMBER_MARK = String.raw`(?:no[.,]?|№\.?|#)`;
const PREFIX = `(?:${NUMBER_MARK}|ナンバー|(?:項目|取組|取り組み)(?:番号)?|第)`;
/**
 * Every 「No.19」「#15」「№5」 of a normalized text: an item named by its number, wherever it stands. Not 第 or 項目,
 * which other words begin with (第6次集中改革プラン).
 */
export const MARKED_NUMBERS = new RegExp(String.raw`${NUMBER_MARK}\s*[0-9]+`, "gu");
const SUFFIX = "(?:番目|番|ばんめ|ばん|号|項目|項)";
/** What may follow the number: "の状況は", "どうなった", "を見せて", "は?" and similar question endings. */
const ENDING =
  "(?:の?(?:状況|進捗|進み具合|実績|詳細|内容|中身|結果|評価))?(?:は|を|って|とは|について|に関して)?(?:どう(?:なった|なってる|なっている|なっていますか|ですか)?|教えて(?:ください)?|見せて(?:ください)?|見たい|お願いします|ですか|だっけ)?";
const PREFIX_SPACE = new RegExp(String.raw`^(${PREFIX})\s+`, "i");
const NUMBER_REFERENCE = new RegExp(
  String.raw`^(?:${PREFIX}\s*)?([0-9]+|[〇零一二三四五六七八九十百]+)\s*(${SUFFIX})?\s*${ENDING}$`,
  "i",
);

/**
 * 「一番最初の項目」「最後の取組」: the first or the last item of the plan, by place rather than by number; null
 * when the question names none.
 */
export function ordinalItem(question: string): "first" | "last" | null {
  const m = normalize(question).match(
    /(?:一番|いちばん)?(最初|はじめ|初め|1つ目|最後|おわり|終わり|ラスト)の(?:項目|取組|取り組み)/u,
  );
  if (!m) return null;
  return /最後|おわり|終わり|ラスト/.test(m[1] as string) ? "last" : "first";
}

/**
 * The item number a question refers to as a whole, or null. The number may be out of range: the caller says
 * so rather than guessing.
 */
export function itemNumberReference(question: string): number | null {
  const q = normalize(question)
    .replace(/[\s?!。、.…]+$/u, "")
    // Spaces may separate a prefix from its number (「No. 18」), never two numbers (「18 19」).
    .replace(PREFIX_SPACE, "$1")
    .replace(/\s+(?=\D)|(?<=\D)\s+/g, "");
  const m = q.match(NUMBER_REFERENCE);
  if (!m?.[1]) return null;
  const digits = m[1];
  if (/^[0-9]+$/.test(digits)) return Number(digits);
  // A lone one-character kanji numeral (一, 三) is a word more often than an item number; with a prefix or
  // suffix (第三, 三番) it is a number.
  const marked = m[0] !== digits;
  if ([...digits].length === 1 && !marked && !/^[十百]$/.test(digits)) return null;
  return parseKanjiNumber(digits);
}

/**
 * An explicit item reference anywhere in a question: 「No.18の達成率は」, 「なぜ#12は達成なの」, 「18番の担当課」,
 * 「項目3の担当課」, a circled number (⑱), or a number of one or two digits that opens the question or one of its
 * sentences (「18の評価はどうして達成なの」「お疲れ様です。18の状況は」).
 * Null when there is none, or more than one distinct number (that question is not about one item). 第 is left
 * out here: 「第6次集中改革プラン」 is not item 6. `asTyped`: the question before normalizing, for circled numbers.
 */
export function explicitItemNumber(question: string, asTyped: string = question): number | null {
  const q = normalize(question);
  // 「2番の実績みせて、いやごめん3番だった」「2番じゃなくて3番」: the asker corrected themselves, and the number after
  // the correction is the one meant.
  const parts = q.split(SELF_CORRECTION);
  if (parts.length > 1) {
    const after = numbersIn(parts.at(-1) as string, "");
    if (after.size === 1) return [...after][0] as number;
  }
  const found = numbersIn(q, asTyped);
  return found.size === 1 ? ([...found][0] as number) : null;
}

const KANA_DIGIT = "いち|に|さん|よん|し|ご|ろく|なな|しち|はち|きゅう|く";
/** A kana numeral up to 99 (じゅうはち, にじゅういち, きゅう) followed by 番: not inside a longer hiragana word. */
const KANA_NUMBERED = new RegExp(
  `(?:(?<=^|[^\\p{Script=Hiragana}]|[のはがもとで])((?:(?:に|さん|よん|ご|ろく|なな|はち|きゅう)?じゅう)(?:${KANA_DIGIT})?|(?:${KANA_DIGIT})))(?:番|ばん)(?:目|め)?`,
  "gu",
);
const KANA_DIGITS: Readonly<Record<string, string>> = {
  いち: "一",
  に: "二",
  さん: "三",
  よん: "四",
  し: "四",
  ご: "五",
  ろく: "六",
  なな: "七",
  しち: "七",
  はち: "八",
  きゅう: "九",
  く: "九",
  じゅう: "十",
};

/** 「じゅうはち」 → 18, 「にじゅういち」 → 21; null when the kana are not a numeral. */
function kanaNumber(kana: string): number | null {
  const kanji = kana.replace(
    /じゅう|きゅう|いち|さん|よん|ろく|なな|しち|はち|に|し|ご|く/g,
    (d) => KANA_DIGITS[d] ?? d,
  );
  return /^[一二三四五六七八九十]+$/.test(kanji) ? parseKanjiNumber(kanji) : null;
}

/** What says that the words before it were a slip: じゃなくて, いや、, ごめん, 間違えた, 訂正. */
const SELF_CORRECTION =
  /じゃなくて|じゃなく|ではなくて|ではなく|いや(?=[、,\s]|ごめん)|ごめん|間違え(?:た|ました)|訂正/;

/** The item numbers a question names, in any form. */
function numbersIn(q: string, asTyped: string): Set<number> {
  const found = new Set<number>();
  // Every question passes here, most with no number at all: each reading below needs a digit, a kanji numeral or
  // 番, and is skipped when the question has none (the readings scan the whole question, several from each place).
  const digits = /[0-9]/.test(q);
  const kanjiDigits = /[〇零一二三四五六七八九十百]/.test(q);
  const ban = /番|ばん/.test(q);
  // 「ナンバー5」「第9項目」 as well: 第 with digits only before 番/項目/項, since 「第6次」 names the plan.
  const marked =
    /(?:no[.,]?|n0[.,]|№\.?|#|item|項目(?:番号)?|項番|整理番号|(?:取組|取り組み)番号|(?<![\p{Script=Han}\p{Script=Katakana}])番号|ナンバー|なんばー)\s*([0-9]{1,3})(?![0-9.,])|(?<![0-9.,])([0-9]{1,3})\s*(?:番|ばん|項目め|項目目|(?:個|こ|つ)目(?=の?(?:項目|取組|取り組み)))(?!号)|第\s*([0-9]{1,3})\s*(?:番目?|項目|項|(?=の(?:項目|取組|取り組み)))(?![0-9])|(?:^|[。、\s])[(（]([0-9]{1,2})[)）](?=の|は|って|[、\s]|$)/giu;
  if (digits) for (const m of q.matchAll(marked)) found.add(Number(m[1] ?? m[2] ?? m[3] ?? m[4]));
  // Kanji numerals inside a sentence count only with a mark that makes them a number (第十四項目, 十五番の,
  // 二十一番目, 九番の項目); 「一番」 alone means "most" (一番遅れている) unless 項目 follows.
  const kanji =
    /第([〇一二三四五六七八九十百]+)(?:番目?|項目|項|(?=の(?:項目|取組|取り組み)))|(?<![〇一二三四五六七八九十百第])([〇一二三四五六七八九十百]+)番(目)?(?!号|地|線)/g;
  for (const m of kanjiDigits ? q.matchAll(kanji) : []) {
    const digits = m[1] ?? m[2] ?? "";
    const n = parseKanjiNumber(digits);
    if (n === null) continue;
    // 「集中改革プランの一番」 is No.1 too: the plan's own name before it, and nothing after it that 一番 would be
    // the most of (プランの一番遅れている取組).
    const after = q.slice((m.index ?? 0) + m[0].length);
    const ofPlan =
      /(?:プラン|ぷらん)の$/u.test(q.slice(0, m.index)) &&
      /^(?:目)?(?:[」』、。,.？?\s]|について|って|は|の|$)/u.test(after);
    if (digits === "一" && !m[1] && !/^(?:目)?の?項目/.test(after) && !ofPlan) continue;
    found.add(n);
  }
  // 「項目二十の概要」「No.十八」: a kanji numeral right after a mark, not a word that begins with one (項目一覧,
  // 項目三つ).
  for (const m of kanjiDigits
    ? q.matchAll(
        /(?:項目(?:番号)?|no\.?|№\.?|#|ナンバー)([〇一二三四五六七八九十百]+)(?![\p{Script=Han}つ個件])/giu,
      )
    : []) {
    const n = parseKanjiNumber(m[1] as string);
    if (n !== null) found.add(n);
  }
  // 「じゅうはち番の項目」「にじゅういちばん」: a numeral typed in kana, as voice input and phones write it. 「いちばん」
  // alone means "most", as 一番 does.
  for (const m of ban ? q.matchAll(KANA_NUMBERED) : []) {
    const n = kanaNumber(m[1] as string);
    if (n === null || (n === 1 && !/^(?:目)?の?項目/.test(q.slice((m.index ?? 0) + m[0].length)))) continue;
    found.add(n);
  }
  // A circled number (⑱, ㉑) is a list marker, never a quantity: wherever it stands it names an item. Read from
  // the question as typed: normalizing (NFKC) makes ⑱ a plain 18.
  for (const c of asTyped.matchAll(/[\u2460-\u2473\u3251-\u325f]/gu)) {
    const code = (c[0] as string).codePointAt(0) as number;
    found.add(code <= 0x2473 ? code - 0x2460 + 1 : code - 0x3251 + 21);
  }
  // 「集中改革の11」「ｼｭｳﾁｭｳ改革の11」: a number right after the plan's name is one of its items.
  if (!digits) return found;
  for (const m of q.matchAll(
    /(?:プラン|ぷらん|改革)(?:の)?\s*([0-9]{1,2})(?![0-9.,]|\s*(?:つ|個|年|月|日|件|円|人|%|億|万|千|次))/gu,
  ))
    found.add(Number(m[1]));
  // A number that opens the question, or a sentence of it after a greeting (「お疲れ様です。18の状況は」).
  for (const sentence of q.split(/[。！？!?\n]+/)) {
    const leading = sentence.match(/^\s*([0-9]{1,2})\s*(?:の|は|って|番の)(?![0-9])/);
    if (leading?.[1] && !/^\s*[0-9]{1,2}\s*の?(?:年|月|日|件|円|人|%|％|億|万|千)/.test(sentence))
      found.add(Number(leading[1]));
  }
  return found;
}
