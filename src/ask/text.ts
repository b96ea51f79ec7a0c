/**
 * Text folding for matching Japanese questions: what people type and what the report prints must meet
 * whatever the width (１８ / 18, ｼｽﾃﾑ / システム), the script (まいなんばー / マイナンバー) or the case (ai / AI).
 * Folded text is for comparison only; nothing folded is ever shown to anyone.
 */

const KANA_OFFSET = 0x60;

/**
 * NFKC, lower case, trimmed. Results are remembered: answering one question normalizes the same text a dozen
 * times (number, department, status and topic checks each start from it), every question folds the same names
 * of the plan again (titles, aliases, 令和5), and NFKC copies the string. Short texts only, and a bounded number.
 */
export function normalize(text: string): string {
  if (text === lastInput) return lastOutput;
  const known = text.length <= NORMALIZED_MAX_LENGTH ? normalized.get(text) : undefined;
  if (known !== undefined) return known;
  const out = normalizeOnce(text);
  lastInput = text;
  lastOutput = out;
  if (text.length <= NORMALIZED_MAX_LENGTH) {
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}
let lastInput = "";
let lastOutput = "";
const normalized = new Map<string, string>();
/** About what a few questions normalize, names of the plan included; past it the memory starts again. */
const NORMALIZED_MAX = 2048;
/** A question is read to 500 characters, a sentence of the report is shorter: longer texts are not kept. */
const NORMALIZED_MAX_LENGTH = 256;

/**
 * As normalize, without remembering: for text met once, as each sentence of the plan is when the indexes are built.
 * Remembered, a large plan's millions of sentences only stayed alive long enough for garbage collection to copy
 * them out of the young generation, and the build's collections grew faster than the plan (issue 14).
 */
export function normalizeOnce(text: string): string {
  return text.normalize("NFKC").toLowerCase().trim();
}

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
  return toHiragana(normalize(text)).replace(UNFOLDED, "");
}

/** As fold, without remembering the normalized text: for text met once, as the plan's sentences are (see normalizeOnce). */
export function foldOnce(text: string): string {
  return toHiragana(normalizeOnce(text)).replace(UNFOLDED, "");
}

const UNFOLDED = /[\s・･&「」『』()（）【】［］[\]、，,。.．:：;；!?！？~〜～―‐\-－"'“”’]+/g;

/**
 * `read` with the results for the last `size` texts kept: one question is read whole, by clauses, without its
 * greeting and without its reasons, and each reading passes the same few texts through the same pure steps again
 * (withoutTrailingReason is asked of about 1.1 distinct texts 7 times per question). Only for pure functions of the
 * text whose results are never changed by their callers (strings, or arrays treated as read-only).
 */
export function remembered<T>(read: (text: string) => T, size = 16): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    const known = recent.get(text);
    if (known !== undefined || recent.has(text)) return known as T;
    const result = read(text);
    if (recent.size >= size) recent.delete(recent.keys().next().value as string);
    recent.set(text, result);
    return result;
  };
}
