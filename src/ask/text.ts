/**
 * Text folding for matching Japanese questions: what people type and what the report prints must meet
 * whatever the width (１８ / 18, ｼｽﾃﾑ / システム), the script (まいなんばー / マイナンバー) or the case (ai / AI).
 * Folded text is for comparison only; nothing folded is ever shown to anyone.
 */

const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

/** NFKC, lower case, trimmed. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().trim();
}

/** Katakana → hiragana (ナンバー → なんばー); the long-vowel mark ー stays as it is in both scripts. */
export function toHiragana(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : ch;
  }
  return out;
}

/**
 * The comparison form: normalized, hiragana, and without white space and the punctuation that the report and
 * people use inconsistently (・「」（）, commas, full stops).
 */
export function fold(text: string): string {
  return toHiragana(normalize(text)).replace(
    /[\s・･「」『』()（）【】［］[\]、，,。.．:：;；!?！？~〜～―‐\-－"'“”’]+/g,
    "",
  );
}
