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

/** "十八" → 18, "二十一" → 21, "百" → 100, "一〇" → 10; null when not a kanji numeral. */
export function parseKanjiNumber(text: string): number | null {
  if (!/^[〇零一二三四五六七八九十百]+$/.test(text)) return null;
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

const PREFIX = String.raw`(?:no\.?|№\.?|#|ナンバー|項目(?:番号)?|第)`;
const SUFFIX = "(?:番目|番|号|項目|項)";
/** What may follow the number: "の状況は", "どうなった", "を見せて", "は?" and similar question endings. */
const ENDING =
  "(?:の?(?:状況|進捗|進み具合|実績|詳細|内容|中身|結果|評価))?(?:は|を|って|とは|について|に関して)?(?:どう(?:なった|なってる|なっている|なっていますか|ですか)?|教えて(?:ください)?|見せて(?:ください)?|見たい|お願いします|ですか|だっけ)?";
const NUMBER_REFERENCE = new RegExp(
  String.raw`^(?:${PREFIX}\s*)?([0-9]+|[〇零一二三四五六七八九十百]+)\s*(${SUFFIX})?\s*${ENDING}$`,
  "i",
);

/**
 * The item number a question refers to as a whole, or null. The number may be out of range: the caller says
 * so rather than guessing.
 */
export function itemNumberReference(question: string): number | null {
  const q = normalize(question)
    .replace(/[\s?!。、.…]+$/u, "")
    .replace(/\s+/g, "");
  const m = q.match(NUMBER_REFERENCE);
  if (!m?.[1]) return null;
  const digits = m[1];
  // A bare kanji numeral with no prefix or suffix ("一") is too weak a signal to be an item reference... except
  // that people do type 十八 alone; allow it when it is at least two characters or has a prefix/suffix.
  const value = /^[0-9]+$/.test(digits) ? Number(digits) : parseKanjiNumber(digits);
  if (value === null) return null;
  return value;
}
