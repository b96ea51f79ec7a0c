/**
 * 「1週間スヌーズ」 in a reminder digest: the reminder service is asked to mute the item for the person who
 * clicked, and its confirmation shown to that person only.
 */
import { describe, expect, it } from "vitest";
import { snoozeCallback } from "../../../src/listeners/actions/snooze.ts";
import type { ReminderActions } from "../../../src/listeners/deps.ts";
import { type Args, makeDeps, recorder, recordingLogger } from "../support.ts";

function reminders(reply: (value: string, userId: string) => Promise<string>) {
  const calls: [string, string][] = [];
  const actions: ReminderActions = {
    dryRunMessage: async () => ({ text: "", blocks: [] }),
    snooze: (value, userId) => {
      calls.push([value, userId]);
      return reply(value, userId);
    },
  };
  return { calls, actions };
}

async function click(value: string | undefined, actions?: ReminderActions) {
  const order: string[] = [];
  const ack = recorder("ack", order);
  const respond = recorder("respond", order);
  await snoozeCallback(makeDeps(actions ? { reminders: actions } : {}))({
    ack,
    action: { type: "button", action_id: "snooze_item:16", value },
    body: { user: { id: "UNOZEI01" } },
    respond,
    logger: recordingLogger(),
  } as Args);
  return { order, respond };
}

describe("snoozeCallback", () => {
  it("passes the button's value and the clicker to the service and shows its line privately", async () => {
    const value = JSON.stringify({ item: 16, recipient: "UNOZEI01", week: "2026-W49" });
    const r = reminders(async () => "No.16 を来週のお知らせから外しました。");
    const { order, respond } = await click(value, r.actions);
    expect(r.calls).toEqual([[value, "UNOZEI01"]]);
    expect(order).toEqual(["ack", "respond"]);
    expect(respond.calls).toEqual([
      { response_type: "ephemeral", replace_original: false, text: "No.16 を来週のお知らせから外しました。" },
    ]);
  });

  it("a missing value reaches the service as an empty string, which explains it (a forged or old button)", async () => {
    const r = reminders(async (v) => (v === "" ? "このボタンの内容を読み取れませんでした。" : "ok"));
    const { respond } = await click(undefined, r.actions);
    expect(r.calls).toEqual([["", "UNOZEI01"]]);
    expect((respond.calls[0] as { text: string }).text).toBe("このボタンの内容を読み取れませんでした。");
  });

  it("without reminders configured the click is still acked", async () => {
    const { order } = await click("{}");
    expect(order).toEqual(["ack"]);
  });
});
