/**
 * 「1週間スヌーズ」: leaves one item out of one recipient's next digest. "Next" is the first slot after the click,
 * whichever digest the button was in, so the button always means "not in the next reminder" and never mutes a
 * week that has already gone out.
 */
import type { Plan } from "../plan/model.ts";
import type { StateStore } from "../state/store.ts";
import { parseJsonObject } from "../text/json-object.ts";
import { formatSlotJa, nextSlots, type WeeklySchedule } from "./calendar.ts";
import { recipientFromKey } from "./digests.ts";

/**
 * What 「1週間スヌーズ」 carries back (the button's value; this module owns its format): which item, whose digest and
 * which week's digest it was clicked in.
 */
export interface SnoozeButtonValue {
  item: number;
  recipient: string;
  week: string;
}

export function encodeSnoozeValue(value: SnoozeButtonValue): string {
  return JSON.stringify(value);
}

/** Parses a 「1週間スヌーズ」 value; null for anything that is not one (a forged or stale payload). */
export function parseSnoozeValue(value: string): SnoozeButtonValue | null {
  const parsed = parseJsonObject(value);
  if (!parsed) return null;
  const { item, recipient, week } = parsed;
  if (!Number.isInteger(item) || (item as number) < 1) return null;
  if (typeof recipient !== "string" || recipient === "" || recipient.length > 320) return null;
  if (typeof week !== "string" || !/^\d{4}-W\d{2}$/.test(week)) return null;
  return { item: item as number, recipient, week };
}

export type SnoozeResult =
  | { ok: true; item: number; title: string; recipient: string; week: string; at: Date; already: boolean }
  | { ok: false; reason: "invalid_value" | "not_recipient" | "unknown_item" | "no_next_slot" };

export interface SnoozeInput {
  /** The button's value, as Slack sends it back. */
  value: string;
  /** Who clicked. */
  userId: string;
  plan: Plan;
  store: StateStore;
  schedule: WeeklySchedule;
  now: Date;
}

export function snoozeFromButton(input: SnoozeInput): SnoozeResult {
  const value = parseSnoozeValue(input.value);
  if (!value) return { ok: false, reason: "invalid_value" };
  const recipient = recipientFromKey(value.recipient);
  // A DM digest's buttons can only be clicked by its recipient; refuse a mismatch rather than mute someone else.
  // In a channel, any member may mute an item for the channel.
  if (recipient.kind === "user" && recipient.id !== input.userId)
    return { ok: false, reason: "not_recipient" };
  // Digests are keyed by user ID, and so are snoozes. A button keyed by e-mail (a digest sent by an older
  // version of the bot) was in the DM of the person clicking it: their user ID is the key.
  const key = recipient.kind === "email" ? input.userId : value.recipient;
  const item = input.plan.items.find((i) => i.number === value.item);
  if (!item) return { ok: false, reason: "unknown_item" };
  const next = nextSlots(input.now, input.schedule, 1)[0];
  if (!next?.at) return { ok: false, reason: "no_next_slot" };
  const added = input.store.addSnooze({ recipient: key, item: item.number, week: next.week });
  return {
    ok: true,
    item: item.number,
    title: item.title,
    recipient: key,
    week: next.week,
    at: next.at,
    already: !added,
  };
}

/** The ephemeral confirmation for the person who clicked, in Japanese. */
export function snoozeReply(result: SnoozeResult, schedule: WeeklySchedule): string {
  if (!result.ok) {
    switch (result.reason) {
      case "not_recipient":
        return "このお知らせの受け取り手だけがスヌーズできます。";
      case "unknown_item":
        return "この項目は現在のデータにありません。スヌーズは設定していません。";
      case "no_next_slot":
        return "次回のお知らせの予定が見つからないため、スヌーズは設定していません。";
      default:
        return "このボタンは使えません（古いお知らせの可能性があります）。スヌーズは設定していません。";
    }
  }
  const when = formatSlotJa(result.at, schedule.timeZone);
  const head = `No.${result.item} ${result.title}`;
  return result.already
    ? `${head} は、すでに次回（${when}）のお知らせから外してあります。`
    : `${head} を次回（${when}）のお知らせから外しました。その次の回からはまた届きます。`;
}
