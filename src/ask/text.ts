/**
 * Text folding for matching Japanese questions: what people type and what the report prints must meet
 * whatever the width (１８ / 18, ｼｽﾃﾑ / システム), the script (まいなんばー / マイナンバー) or the case (ai / AI).
 * Folded text is for comparison only; nothing folded is ever shown to anyone.
 */

const KANA_OFFSET = 0x60;

/**
 * NFKC, lower case, trimmed. The last input is remembered: answering one question normalizes the same text a
 * dozen times (number, department, status and topic checks each start from it), and NFKC copies the string.
 */
export function normalize(text: string): string {
  if (text === lastInput) return lastOutput;
  const out = text.normalize("NFKC").toLowerCase().trim();
  lastInput = text;
  lastOutput = out;
  return out;
}
let lastInput = "";
let lastOutput = "";

/** Katakana → hiragana (ナンバー → なんばー); the long-vowel mark ー stays as it is in both scripts. */
export function toHiragana(text: string): string {
  // One replacement over the text, not a string built a character at a time: fold runs over every phrase and
  // sentence of the plan when the indexes are built (issue 14).
  return KATAKANA.test(text)
    ? text.replace(KATAKANA_ALL, (ch) => String.fromCharCode(ch.charCodeAt(0) - KANA_OFFSET))
    : text;
}

const KATAKANA = /[\u30a1-\u30f6]/;
const KATAKANA_ALL = /[\u30a1-\u30f6]/g;

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
