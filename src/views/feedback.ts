/**
 * 「役に立った」「違う」 under an answer: the buttons and what they carry. The value holds the item and the question
 * it answered, so the click can be logged without the bot remembering anything of the answer it sent.
 */
import type { types } from "@slack/bolt";
import { parseJsonObject } from "../text/json-object.ts";
import { ACTION } from "./action-ids.ts";
import { button, LIMITS } from "./blocks.ts";

export interface FeedbackValue {
  item: number;
  question: string;
}

/** How much of the question a button carries; the log keeps no more. */
const MAX_QUESTION_CHARS = 500;

/**
 * JSON within Slack's limit for a button value. A question of escaped characters (quotes, control characters)
 * grows in JSON, so it is shortened until the whole value fits, never cut mid-JSON.
 */
export function encodeFeedbackValue(item: number, question: string): string {
  // A question of at most 500 UTF-16 units is not cut, and a value of at most the limit in UTF-16 units is within
  // it in code points: the same value, without an array of characters per answer (issue 14).
  if (question.length <= MAX_QUESTION_CHARS) {
    const whole = JSON.stringify({ item, q: question });
    if (whole.length <= LIMITS.buttonValue) return whole;
  }
  let chars = [...question].slice(0, MAX_QUESTION_CHARS);
  let value = JSON.stringify({ item, q: chars.join("") });
  while ([...value].length > LIMITS.buttonValue) {
    chars = chars.slice(0, Math.max(0, chars.length - 50));
    value = JSON.stringify({ item, q: chars.join("") });
  }
  return value;
}

/** The value of a click, or null for anything malformed (an old button, a forged payload). */
export function parseFeedbackValue(value: string | undefined): FeedbackValue | null {
  const parsed = parseJsonObject(value);
  if (!parsed) return null;
  const { item, q } = parsed;
  if (typeof item !== "number" || !Number.isSafeInteger(item) || item < 1) return null;
  if (typeof q !== "string") return null;
  return { item, question: [...q].slice(0, MAX_QUESTION_CHARS).join("") };
}

export function feedbackButtons(item: number, question: string): types.Button[] {
  const value = encodeFeedbackValue(item, question);
  return [
    button({ text: "役に立った", actionId: ACTION.feedbackHelpful, value }),
    button({ text: "違う", actionId: ACTION.feedbackWrong, value }),
  ];
}
