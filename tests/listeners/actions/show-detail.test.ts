/**
 * 「詳細」: the item's full record, ephemeral under a message, or in the person's DM from the Home tab.
 * Errors: an item no longer in the data is explained; a failed DM is logged in Japanese, never thrown.
 */
import { describe, expect, it } from "vitest";
import { ITEM_GONE, showDetailCallback } from "../../../src/listeners/actions/show-detail.ts";
import {
  type Args,
  contentOf,
  makeDeps,
  platformError,
  recorder,
  recordingClient,
  recordingLogger,
} from "../support.ts";

const FROM_MESSAGE = {
  response_url: "https://hooks.slack.com/actions/T/1/x",
  container: { type: "message" },
  user: { id: "U1" },
};
const FROM_HOME = { container: { type: "view", view_id: "V1" }, user: { id: "U1" } };

function detail(value: string, body: Record<string, unknown>) {
  const order: string[] = [];
  const ack = recorder("ack", order);
  const respond = recorder("respond", order);
  const api = recordingClient();
  const logger = recordingLogger();
  const run = () =>
    showDetailCallback(makeDeps())({
      ack,
      action: { type: "button", action_id: `show_item_detail:${value}`, value },
      body,
      respond,
      client: api.client,
      logger,
    } as Args);
  return { order, respond, api, logger, run };
}

describe("showDetailCallback", () => {
  it("under a message: No.18's full record, ephemeral, not replacing the card", async () => {
    const t = detail("18", FROM_MESSAGE);
    await t.run();
    expect(t.order).toEqual(["ack", "respond"]);
    const message = t.respond.calls[0] as Record<string, unknown>;
    expect(message).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(message.text).startsWith("No.18 ふるさと納税制度の活用（詳細）")).toBe(true);
    // The effect line as the report prints it, and the objective, are in the record.
    expect(contentOf(message.blocks)).toContain("寄附件数 個人版 98,328 件 1,194,846,047 円");
    expect(contentOf(message.blocks)).toContain("企業版ふるさと納税の活用に努める");
    expect(t.api.calls).toEqual([]);
  });

  it("from the Home tab: the record goes to the person's DM", async () => {
    const t = detail("18", FROM_HOME);
    await t.run();
    expect(t.respond.calls).toEqual([]);
    expect(t.api.calls.map((c) => [c.method, c.args.channel])).toEqual([["chat.postMessage", "U1"]]);
    expect(contentOf(t.api.calls[0]?.args.blocks)).toContain("98,328");
  });

  it("an item no longer in the data is explained (from a message)", async () => {
    const t = detail("99", FROM_MESSAGE);
    await t.run();
    expect(t.respond.calls).toEqual([
      { response_type: "ephemeral", replace_original: false, text: ITEM_GONE },
    ]);
  });

  it("a malformed value from the Home tab is explained in the DM", async () => {
    const t = detail("No.18", FROM_HOME);
    await t.run();
    expect(t.api.calls.map((c) => c.args)).toEqual([{ channel: "U1", text: ITEM_GONE }]);
  });

  it("a DM that cannot be sent: logged in Japanese, not thrown", async () => {
    const t = detail("18", FROM_HOME);
    t.api.failWith("chat.postMessage", platformError("channel_not_found"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.logger.at("warn")).toBe(
      "詳細の DM 送信（U1） に失敗しました: チャンネルが見つかりません（ID の誤りか、ボットから見えないチャンネルです）",
    );
  });
});
