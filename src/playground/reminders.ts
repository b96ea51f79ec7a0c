/**
 * The reminders panel: this week's digests from the bot's dry run, each rendered as its recipient would see
 * it. The dry run belongs to the reminders module; this file only reads its result, leniently, so the panel
 * keeps working while that result grows fields:
 *
 *   { period?: string, reminders | digests: [{ recipient, text?, blocks?, items? }] }   (or the bare array)
 *
 * where `recipient` is a string or an object with a `label`, `name` or `id`.
 */
import { renderMessage } from "./render/blocks.ts";

export interface DigestPreview {
  recipient: string;
  /** Rendered with inert buttons: a preview must not snooze anything for anyone. */
  html: string;
  itemCount: number | null;
}

export interface RemindersPreview {
  period: string | null;
  digests: DigestPreview[];
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function recipientLabel(value: unknown): string {
  if (typeof value === "string") return value;
  if (isObj(value)) {
    for (const key of ["label", "name", "id", "channel", "user"]) {
      if (typeof value[key] === "string") return value[key];
    }
  }
  return "（宛先不明）";
}

export function previewReminders(result: unknown): RemindersPreview {
  const entries = Array.isArray(result)
    ? result
    : isObj(result)
      ? ((Array.isArray(result.reminders) ? result.reminders : result.digests) ?? [])
      : [];
  const period = isObj(result) && typeof result.period === "string" ? result.period : null;
  const digests = (Array.isArray(entries) ? entries : []).filter(isObj).map((entry) => {
    const items = Array.isArray(entry.items) ? entry.items : null;
    const hasContent = entry.blocks !== undefined || entry.text !== undefined;
    const fallback = items ? `対象の項目: ${items.map((n) => `No.${String(n)}`).join("、")}` : "";
    return {
      recipient: recipientLabel(entry.recipient),
      html: renderMessage(hasContent ? entry : { text: fallback }, { inert: true }).value,
      itemCount: items ? items.length : null,
    };
  });
  return { period, digests };
}
