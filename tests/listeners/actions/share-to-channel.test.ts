/**
 * 「チャンネルに共有」: the /plan answer posted to the channel for everyone, saying who shared it, and the private
 * copy removed. Errors: a failed post is logged in Japanese and the person told why; a failed removal is not
 * reported as a failed share.
 */
import { describe, expect, it } from "vitest";
import { shareToChannelCallback } from "../../../src/listeners/actions/share-to-channel.ts";
import { encodeFeedbackValue } from "../../../src/views/feedback.ts";
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

function share(question: string, options: { channel?: string | null; respondFails?: boolean } = {}) {
  const order: string[] = [];
  const ack = recorder("ack", order);
  const respond = recorder("respond", order, (m) =>
    options.respondFails && (m as { delete_original?: boolean }).delete_original
      ? new Error("expired_url")
      : undefined,
  );
  const api = recordingClient();
  const logger = recordingLogger();
  const channel = options.channel === undefined ? "CPLAN" : options.channel;
  const run = () =>
    shareToChannelCallback(makeDeps())({
      ack,
      action: { type: "button", action_id: "share_to_channel", value: question },
      body: { user: { id: "U1" }, ...(channel ? { channel: { id: channel } } : {}) },
      respond,
      client: api.client,
      logger,
    } as Args);
  return { order, respond, api, logger, run };
}

describe("shareToChannelCallback", () => {
  it("posts the answer to the channel with who shared it, then removes the private copy", async () => {
    const t = share("ふるさと納税の寄附件数は?");
    await t.run();
    expect(t.order).toEqual(["ack", "respond"]);
    const { method, args } = onlyCall(t.api.calls);
    expect(method).toBe("chat.postMessage");
    expect(args.channel).toBe("CPLAN");
    expect(String(args.text)).toContain("No.18 ふるさと納税制度の活用");
    expect(String(args.text)).toContain("寄附件数 個人版 98,328 件");
    const blocks = args.blocks as Record<string, unknown>[];
    expect(blocks.at(-1)).toEqual({
      type: "context",
      elements: [
        { type: "mrkdwn", text: "<@U1> さんが /plan で共有しました（質問: ふるさと納税の寄附件数は?）" },
      ],
    });
    // The shared answer carries the feedback buttons for the question, not the share button again.
    expect(contentOf(blocks)).toContain(JSON.stringify(encodeFeedbackValue(18, "ふるさと納税の寄附件数は?")));
    expect(contentOf(blocks)).not.toContain("share_to_channel");
    expect(t.respond.calls).toEqual([{ delete_original: true }]);
  });

  it("escapes the question it echoes, so a typed <!channel> does not notify the channel", async () => {
    const t = share("<!channel> No.18 & 実績");
    await t.run();
    const last = contentOf((onlyCall(t.api.calls).args.blocks as unknown[]).at(-1));
    expect(last).toContain("&lt;!channel&gt; No.18 &amp; 実績");
    expect(last).not.toContain("<!channel>");
  });

  it("without a channel (nowhere to share) nothing is posted", async () => {
    const t = share("No.18", { channel: null });
    await t.run();
    expect(t.order).toEqual(["ack"]);
    expect(t.api.calls).toEqual([]);
  });

  it.each([
    ["not_in_channel", "ボットがチャンネルに参加していません（/invite で招待してください）"],
    ["channel_not_found", "チャンネルが見つかりません（ID の誤りか、ボットから見えないチャンネルです）"],
    ["is_archived", "チャンネルがアーカイブされています"],
  ])("%s: logged in Japanese and the person told why, privately", async (code, words) => {
    const t = share("No.18");
    t.api.failWith("chat.postMessage", platformError(code));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.respond.calls).toEqual([
      {
        response_type: "ephemeral",
        replace_original: false,
        text: `チャンネルに共有できませんでした: ${words}`,
      },
    ]);
    expect(t.logger.at("warn")).toBe(`チャンネル CPLAN への共有に失敗しました: ${words}`);
  });

  it("a connection failure: the person is told it was not shared, nothing thrown", async () => {
    const t = share("No.18");
    t.api.failWith("chat.postMessage", networkError("ECONNREFUSED"));
    await expect(t.run()).resolves.toBeUndefined();
    expect((t.respond.calls[0] as { text: string }).text).toMatch(/^チャンネルに共有できませんでした: /);
    expect(t.logger.at("warn")).toMatch(/^チャンネル CPLAN への共有に失敗しました: /);
  });

  it("a connection reset after Slack read the post: the person is told to check, not that it failed", async () => {
    const t = share("No.18");
    t.api.failWith("chat.postMessage", networkError("ECONNRESET"));
    await expect(t.run()).resolves.toBeUndefined();
    // Slack may have posted it: 「できませんでした」 would invite a second click and a duplicate post.
    expect((t.respond.calls[0] as { text: string }).text).toBe(
      "共有できたかどうかを確認できませんでした。チャンネルに答えが出ていなければ、もう一度押してください。",
    );
    expect(t.logger.at("error")).toMatch(
      /Slack が受け取ったかどうかわかりません（request_error:ECONNRESET）/,
    );
  });

  it("an expired response_url: the share stands and the person is not told it failed", async () => {
    const t = share("No.18", { respondFails: true });
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.api.calls).toHaveLength(1);
    expect(t.respond.calls).toEqual([{ delete_original: true }]);
    expect(t.logger.at("debug")).toContain("共有後に元の一時メッセージを消せませんでした");
  });
});
