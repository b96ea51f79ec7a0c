/**
 * A 「もしかして」 candidate chosen: the item's card replaces an ephemeral list, or follows a list in a thread.
 * Errors: an item no longer in the data is explained; a failed post is logged in Japanese, never thrown.
 */
import { describe, expect, it } from "vitest";
import { pickCandidateCallback } from "../../../src/listeners/actions/pick-candidate.ts";
import { ITEM_GONE } from "../../../src/listeners/actions/show-detail.ts";
import {
  type Args,
  contentOf,
  makeDeps,
  networkError,
  onlyCall,
  platformError,
  recorder,
  recordingClient,
  recordingLogger,
} from "../support.ts";

function pick(value: string, body: Record<string, unknown>) {
  const order: string[] = [];
  const ack = recorder("ack", order);
  const respond = recorder("respond", order);
  const api = recordingClient();
  const logger = recordingLogger();
  const run = () =>
    pickCandidateCallback(makeDeps())({
      ack,
      action: { type: "button", action_id: "pick_candidate:18", value },
      body: { user: { id: "U1" }, response_url: "https://hooks.slack.com/actions/T/1/x", ...body },
      respond,
      client: api.client,
      logger,
    } as Args);
  return { order, ack, respond, api, logger, run };
}

const IN_THREAD = {
  container: { type: "message" },
  channel: { id: "C0001" },
  message: { ts: "1700000000.000200", thread_ts: "1700000000.000100" },
};

describe("pickCandidateCallback", () => {
  it("an ephemeral list is replaced by No.18's card, with its 98,328 件", async () => {
    const t = pick("18", { container: { type: "message", is_ephemeral: true }, channel: { id: "C0001" } });
    await t.run();
    expect(t.order).toEqual(["ack", "respond"]);
    const message = t.respond.calls[0] as { replace_original: boolean; text: string };
    expect(message.replace_original).toBe(true);
    expect(message.text.split("\n")[0]).toBe("No.18 ふるさと納税制度の活用");
    expect(message.text).toContain("寄附件数 個人版 98,328 件");
    expect(t.api.calls).toEqual([]);
  });

  it("a list in a thread gets the card as the thread's next reply", async () => {
    const t = pick("18", IN_THREAD);
    await t.run();
    expect(t.respond.calls).toEqual([]);
    const { method, args } = onlyCall(t.api.calls);
    expect(method).toBe("chat.postMessage");
    expect(args).toMatchObject({ channel: "C0001", thread_ts: "1700000000.000100" });
    expect(contentOf(args.blocks)).toContain("No.18 ふるさと納税制度の活用");
  });

  it("a list at the top of a channel starts a thread under it", async () => {
    const t = pick("16", { ...IN_THREAD, message: { ts: "1700000000.000300" } });
    await t.run();
    expect(t.api.calls[0]?.args).toMatchObject({ channel: "C0001", thread_ts: "1700000000.000300" });
    expect(String(t.api.calls[0]?.args.text).split("\n")[0]).toBe("No.16 滞納整理の推進");
  });

  it.each(["99", "0", "abc", ""])("a value %j that names no item is acked and explained", async (value) => {
    const t = pick(value, IN_THREAD);
    await t.run();
    expect(t.order).toEqual(["ack", "respond"]);
    expect(t.respond.calls).toEqual([
      { response_type: "ephemeral", replace_original: false, text: ITEM_GONE },
    ]);
    expect(t.api.calls).toEqual([]);
  });

  it("the bot removed from the channel: logged in Japanese, not thrown", async () => {
    const t = pick("18", IN_THREAD);
    t.api.failWith("chat.postMessage", platformError("not_in_channel"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.ack.calls).toHaveLength(1);
    expect(t.logger.at("warn")).toBe(
      "候補の表示（C0001） に失敗しました: ボットがチャンネルに参加していません（/invite で招待してください）",
    );
  });

  it("a connection reset: logged as maybe delivered and not sent again", async () => {
    const t = pick("18", IN_THREAD);
    t.api.failWith("chat.postMessage", networkError("ECONNRESET"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.api.calls).toHaveLength(1);
    expect(t.logger.at("error")).toContain("候補の表示（C0001）: Slack が受け取ったかどうかわかりません");
    expect(t.logger.at("error")).toContain("request_error:ECONNRESET");
  });
});
