/**
 * A button this version does not know (an old message): acked and explained, in place or in the person's DM.
 * Buttons with their own listener are left alone. Errors: a DM that cannot be sent is logged, never thrown.
 */
import { describe, expect, it } from "vitest";
import { isKnownActionId } from "../../../src/listeners/actions/routes.ts";
import { STALE_BUTTON_TEXT, staleButtonCallback } from "../../../src/listeners/actions/stale-button.ts";
import { type Args, platformError, recorder, recordingClient, recordingLogger } from "../support.ts";

function press(actionId: string, body: Record<string, unknown>) {
  const order: string[] = [];
  const ack = recorder("ack", order);
  const respond = recorder("respond", order);
  const api = recordingClient();
  const logger = recordingLogger();
  const run = () =>
    staleButtonCallback()({
      ack,
      action: { type: "button", action_id: actionId, value: "x" },
      body: { user: { id: "U1" }, ...body },
      respond,
      client: api.client,
      logger,
    } as Args);
  return { order, respond, api, logger, run };
}

describe("isKnownActionId", () => {
  it.each([
    "show_item_detail",
    "show_item_detail:18",
    "pick_candidate:16",
    "share_to_channel",
    "snooze_item:3",
    "feedback_helpful",
    "feedback_wrong",
  ])("%s is known", (id) => expect(isKnownActionId(id)).toBe(true));
  it.each(["show_item_detail:x", "old_button", "xshow_item_detail", "show_item_detail:18:1"])(
    "%s is not",
    (id) => expect(isKnownActionId(id)).toBe(false),
  );
  // share_to_channel and the feedback buttons are registered by their exact id (listeners/actions/routes.ts), so
  // `<id>:<n>` reaches no listener and must be answered as stale, not left unacknowledged.
  it.each(["share_to_channel:18", "feedback_helpful:18", "feedback_wrong:18"])(
    "%s (an id no listener matches) is not known",
    (id) => expect(isKnownActionId(id)).toBe(false),
  );
});

describe("staleButtonCallback", () => {
  it("leaves a known button to its own listener: no ack, no reply", async () => {
    const t = press("show_item_detail:18", { response_url: "https://hooks.slack.com/actions/T/1/x" });
    await t.run();
    expect(t.order).toEqual([]);
    expect(t.api.calls).toEqual([]);
  });

  it("an unknown button under a message: acked and explained there, privately", async () => {
    const t = press("old_button", { response_url: "https://hooks.slack.com/actions/T/1/x" });
    await t.run();
    expect(t.order).toEqual(["ack", "respond"]);
    expect(t.respond.calls).toEqual([
      { response_type: "ephemeral", replace_original: false, text: STALE_BUTTON_TEXT },
    ]);
    expect(t.logger.at("info")).toBe("知らないボタン（old_button）が押されました");
  });

  it("an unknown button on the Home tab (no response_url): explained in the person's DM", async () => {
    const t = press("old_home_button", { container: { type: "view" } });
    await t.run();
    expect(t.order).toEqual(["ack"]);
    expect(t.api.calls).toEqual([
      { method: "chat.postMessage", args: { channel: "U1", text: STALE_BUTTON_TEXT } },
    ]);
  });

  it("a DM that cannot be sent: logged in Japanese, not thrown", async () => {
    const t = press("old_home_button", { container: { type: "view" } });
    t.api.failWith("chat.postMessage", platformError("missing_scope"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.logger.at("warn")).toBe(
      "古いボタンの案内（U1） に失敗しました: ボットの権限（スコープ）が足りません",
    );
  });
});
