/**
 * Small builders for Block Kit that keep every message inside Slack's limits, so that no answer is ever
 * rejected: header 150 characters (plain text), section text 3,000, 10 fields of 2,000, button text 75,
 * 50 blocks per message (100 in the Home tab). Long text is cut with a pointer to 「詳細」 rather than dropped.
 */
import type { types } from "@slack/bolt";

export type Block = types.KnownBlock;

/** A message the bot posts: Block Kit, and the text Slack shows in notifications and to screen readers. */
export interface SlackMessage {
  /** The notification and screen-reader text (mrkdwn: escaped like the blocks). */
  text: string;
  blocks: Block[];
}

export const LIMITS = {
  header: 150,
  sectionText: 3000,
  field: 2000,
  fields: 10,
  buttonText: 75,
  buttonValue: 2000,
  messageBlocks: 50,
  homeBlocks: 100,
} as const;

const MRKDWN_CONTROL = /[&<>]/;

/** Escapes the three characters Slack's mrkdwn treats as control: user text must never ping anyone. */
export function escapeMrkdwn(text: string): string {
  // Most text has none of the three: returned as it is, without three passes that copy nothing (issue 14).
  if (!MRKDWN_CONTROL.test(text)) return text;
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * Slack delivers message and command text with `&`, `<`, `>` escaped: decodes them (once, in one pass, so
 * `&amp;lt;` stays `&lt;`) before the text is matched or echoed, where it is escaped again.
 */
export function unescapeSlackText(text: string): string {
  return stripBidiControls(
    text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === "amp" ? "&" : name === "lt" ? "<" : ">")),
  );
}

/**
 * Removes the Unicode bidirectional embedding, override and isolate controls (U+202A–202E, U+2066–2069). They
 * have no place in a Japanese question, and echoed back they can make a reply display reversed or spoofed text.
 */
export function stripBidiControls(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, "");
}

/** Cuts `text` to `max` characters, ending with `suffix` when cut. Counts code points, as Slack does. */
export function truncate(text: string, max: number, suffix = "…"): string {
  // A text of at most `max` UTF-16 units has at most `max` code points: no array of its characters is needed
  // for the common case, every block of every answer (issue 14).
  if (text.length <= max) return text;
  const chars = [...text];
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - [...suffix].length)).join("") + suffix;
}

export const MORE_IN_DETAIL = "…（続きは「詳細」で）";

export function header(text: string): Block {
  return { type: "header", text: { type: "plain_text", text: truncate(text, LIMITS.header), emoji: true } };
}

/** A mrkdwn section; `text` must already be escaped where it holds data or user text. */
export function section(text: string, suffix = MORE_IN_DETAIL): Block {
  return { type: "section", text: { type: "mrkdwn", text: truncate(text, LIMITS.sectionText, suffix) } };
}

export function fields(texts: string[]): Block {
  return {
    type: "section",
    fields: texts.slice(0, LIMITS.fields).map((t) => ({ type: "mrkdwn", text: truncate(t, LIMITS.field) })),
  };
}

export function context(text: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text: truncate(text, LIMITS.sectionText) }] };
}

export function divider(): Block {
  return { type: "divider" };
}

export interface ButtonSpec {
  text: string;
  actionId: string;
  value: string;
  style?: "primary" | "danger";
}

export function button(spec: ButtonSpec): types.Button {
  return {
    type: "button",
    text: { type: "plain_text", text: truncate(spec.text, LIMITS.buttonText), emoji: true },
    action_id: spec.actionId,
    value: truncate(spec.value, LIMITS.buttonValue, ""),
    ...(spec.style ? { style: spec.style } : {}),
  };
}

export function actions(buttons: types.Button[], blockId?: string): Block {
  return { type: "actions", ...(blockId ? { block_id: blockId } : {}), elements: buttons.slice(0, 25) };
}

/**
 * Splits long mrkdwn into as many sections as needed, breaking at line ends, so that a long record (the whole
 * 総評, a year's activities) is shown whole rather than cut.
 */
export function sections(text: string): Block[] {
  const out: Block[] = [];
  let current = "";
  // Only a single line longer than a whole section is cut, and it says so (not "see 詳細": this may be 詳細).
  const cut = "…（長いため省略）";
  for (const line of text.split("\n")) {
    const candidate = current ? `${current}\n${line}` : line;
    if ([...candidate].length > LIMITS.sectionText && current) {
      out.push(section(current, cut));
      current = line;
    } else {
      current = candidate;
    }
  }
  if (current) out.push(section(current, cut));
  return out;
}

/** Keeps a message within `max` blocks, ending with a note that something was left out. */
export function capBlocks(blocks: Block[], max: number = LIMITS.messageBlocks): Block[] {
  if (blocks.length <= max) return blocks;
  return [
    ...blocks.slice(0, max - 1),
    context("（長いため一部を省略しました。全文は報告書を参照してください）"),
  ];
}
