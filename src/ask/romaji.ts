/**
 * Questions typed in romaji (「furusato nouzei no kifu kensuu wa nanken?」), read as the kana they spell, so that the
 * matcher reads them as it reads a question typed in kana. Staff type romaji on a keyboard without a Japanese input
 * method, or mix it with English (「DX no KPI」).
 *
 * Only a question that is mostly romaji is read this way: two or more words that spell kana, and few Latin words
 * that do not. English words and acronyms stay as typed (DX, KPI, AI, Zoom), and so do words written in capitals,
 * since the report writes its Latin words (ICT, RPA, eLTAX) that way.
 */

const VOWELS: Readonly<Record<string, string>> = { a: "あ", i: "い", u: "う", e: "え", o: "お" };

/** Consonants and the kana each makes with a, i, u, e, o (null where Hepburn has no such syllable). */
const ROWS: Readonly<Record<string, readonly (string | null)[]>> = {
  k: ["か", "き", "く", "け", "こ"],
  g: ["が", "ぎ", "ぐ", "げ", "ご"],
  s: ["さ", "し", "す", "せ", "そ"],
  z: ["ざ", "じ", "ず", "ぜ", "ぞ"],
  t: ["た", "ち", "つ", "て", "と"],
  d: ["だ", "ぢ", "づ", "で", "ど"],
  n: ["な", "に", "ぬ", "ね", "の"],
  h: ["は", "ひ", "ふ", "へ", "ほ"],
  b: ["ば", "び", "ぶ", "べ", "ぼ"],
  p: ["ぱ", "ぴ", "ぷ", "ぺ", "ぽ"],
  m: ["ま", "み", "む", "め", "も"],
  y: ["や", null, "ゆ", null, "よ"],
  r: ["ら", "り", "る", "れ", "ろ"],
  w: ["わ", null, null, null, "を"],
  f: ["ふぁ", "ふぃ", "ふ", "ふぇ", "ふぉ"],
  j: ["じゃ", "じ", "じゅ", "じぇ", "じょ"],
  ch: ["ちゃ", "ち", "ちゅ", "ちぇ", "ちょ"],
  sh: ["しゃ", "し", "しゅ", "しぇ", "しょ"],
  ts: [null, null, "つ", null, null],
};
/** Contracted sounds: kya, sho (and Kunrei sya, tyo), with a, u, o. */
const CONTRACTED: Readonly<Record<string, string>> = {
  ky: "き",
  gy: "ぎ",
  sy: "し",
  zy: "じ",
  jy: "じ",
  ty: "ち",
  cy: "ち",
  dy: "ぢ",
  ny: "に",
  hy: "ひ",
  by: "び",
  py: "ぴ",
  my: "み",
  ry: "り",
};
const SMALL: Readonly<Record<string, string>> = { a: "ゃ", u: "ゅ", o: "ょ" };

/** The kana a lowercase romaji word spells, or null when it is not romaji (plan, status, zoom, item). */
export function romajiToKana(word: string): string | null {
  let out = "";
  let i = 0;
  while (i < word.length) {
    const c = word[i] as string;
    const next = word[i + 1];
    // A hyphen inside a word is the long-vowel mark, as romaji typists write ナンバー (nanba-) or データ (de-ta).
    if (c === "-" && i > 0) {
      out += "ー";
      i++;
      continue;
    }
    if (c in VOWELS) {
      out += VOWELS[c];
      i++;
      continue;
    }
    // ん: n before a consonant other than y, at the end, or doubled (nn) / marked (n').
    if (c === "n" && (next === undefined || next === "'" || (!(next in VOWELS) && next !== "y"))) {
      out += "ん";
      const after = word[i + 2];
      i += next === "'" || (next === "n" && !(after !== undefined && after in VOWELS)) ? 2 : 1;
      continue;
    }
    // っ: a doubled consonant (kk, tt, pp) or t before ch (matcha).
    if (next === c && c !== "n" && /[bcdfghjkmprstwyz]/.test(c)) {
      out += "っ";
      i++;
      continue;
    }
    if (c === "t" && word.startsWith("ch", i + 1)) {
      out += "っ";
      i++;
      continue;
    }
    const pair = word.slice(i, i + 2);
    const vowelAfterPair = word[i + 2];
    if (pair in CONTRACTED && vowelAfterPair !== undefined && vowelAfterPair in SMALL) {
      out += (CONTRACTED[pair] as string) + SMALL[vowelAfterPair];
      i += 3;
      continue;
    }
    const head = pair in ROWS ? pair : c;
    const row = ROWS[head];
    const vowel = word[i + head.length];
    if (!row || vowel === undefined || !(vowel in VOWELS)) return null;
    const kana = row["aiueo".indexOf(vowel)];
    if (!kana) return null;
    out += kana;
    i += head.length + 1;
  }
  return out === "" ? null : out;
}

/** Latin words that spell kana but are English or names as typed here. */
const LATIN_WORDS = new Set([
  "ai",
  "it",
  "line",
  "data",
  "ok",
  "so",
  "to",
  "do",
  "go",
  "me",
  "be",
  "we",
  "he",
  "a",
  "i",
  "pdf",
  "web",
  "zoom",
]);
/** Particles as romaji writes them and as kana writes them (wa: は, o: を, e: へ). */
const PARTICLES: Readonly<Record<string, string>> = { wa: "は", wo: "を", o: "を", e: "へ", no: "の" };

/**
 * The question with its romaji words in kana: 「furusato nouzei no kifu kensuu R5 wa nanken?」 →
 * 「ふるさとのうぜいのきふけんすう R5 はなんけん?」. The question as it was when it is not mostly romaji.
 */
export function romajiAsKana(question: string): string {
  if (!/[a-z]{2}/i.test(question)) return question;
  const words = [...question.matchAll(/[A-Za-z][A-Za-z'-]*/g)];
  const kana = new Map<number, string>();
  let foreign = 0;
  for (const m of words) {
    const word = m[0];
    const lower = word.toLowerCase();
    // Capitals (DX, KPI, ICT) and a number after no (no.18, no 5) are not romaji.
    const capitals = word.length > 1 && word === word.toUpperCase();
    const numbered = lower === "no" && /^\s*\.?\s*\d/.test(question.slice((m.index ?? 0) + word.length));
    const asKana =
      capitals || numbered
        ? null
        : (PARTICLES[lower] ?? (LATIN_WORDS.has(lower) ? null : romajiToKana(lower)));
    if (asKana === null) foreign++;
    else kana.set(m.index ?? 0, asKana);
  }
  const spelled = [...kana.values()].filter((k) => k.length >= 2).length;
  if (spelled < 2 || foreign > kana.size) return question;
  // Words read as kana join as Japanese writes them, without spaces between them.
  let out = "";
  let last = 0;
  let previousKana = false;
  for (const m of words) {
    const at = m.index ?? 0;
    const between = question.slice(last, at);
    const asKana = kana.get(at);
    out += asKana !== undefined && previousKana && /^\s+$/.test(between) ? "" : between;
    out += asKana ?? m[0];
    previousKana = asKana !== undefined;
    last = at + m[0].length;
  }
  return out + question.slice(last);
}
