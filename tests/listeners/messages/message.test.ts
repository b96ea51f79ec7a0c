/**
 * Plain messages: every DM is a question; in a listened channel only a sure answer to a message that reads as a
 * question; elsewhere silence. Errors: a failed reply is logged in Japanese, never thrown.
 */
import { describe, expect, it } from "vitest";
import { RecentTopics } from "../../../src/ask/follow-up.ts";
import { messageCallback, readsAsQuestion } from "../../../src/listeners/messages/message.ts";
import {
  type Args,
  contentOf,
  makeDeps,
  onlyCall,
  platformError,
  recordingClient,
  recordingLogger,
} from "../support.ts";

function message(event: Record<string, unknown>, botUserId = "UBOT") {
  const api = recordingClient();
  const logger = recordingLogger();
  const run = () =>
    messageCallback(makeDeps())({
      event: { type: "message", user: "U0BOB", ts: "1700000000.000100", ...event },
      client: api.client,
      logger,
      context: { botUserId },
    } as Args);
  return { api, logger, run };
}

const dm = (text: string) => ({ channel_type: "im", channel: "D0001", text });
const listened = (text: string) => ({ channel_type: "channel", channel: "CLISTEN", text });

describe("readsAsQuestion", () => {
  it.each(["ふるさと納税の実績は?", "進捗を教えてください", "遅れてる項目はどうなった", "寄附件数は？"])(
    "「%s」 reads as a question",
    (t) => expect(readsAsQuestion(t)).toBe(true),
  );
  it.each(["資料を共有します", "了解です", "ふるさと納税"])("「%s」 does not", (t) =>
    expect(readsAsQuestion(t)).toBe(false),
  );
});

describe("messageCallback", () => {
  it("a DM goes on from its last answer: 「じゃあ総評は？」 after No.16 is No.16's 総評", async () => {
    const api = recordingClient();
    const deps = makeDeps({ topics: new RecentTopics() });
    const send = (text: string) =>
      messageCallback(deps)({
        event: { type: "message", user: "U0BOB", ts: "1700000000.000100", ...dm(text) },
        client: api.client,
        logger: recordingLogger(),
        context: { botUserId: "UBOT" },
      } as Args);
    await send("No.16");
    await send("じゃあ総評は？");
    expect(contentOf(api.calls[1]?.args.blocks)).toContain(
      "直前の答え（No.16）についての質問として答えています。",
    );
    expect(String(api.calls[1]?.args.text)).toContain("No.16 滞納整理の推進");
  });

  it("a DM: answered in the DM (no thread), No.18 with 98,328 件", async () => {
    const t = message(dm("ふるさと納税の寄附件数"));
    await t.run();
    const { args } = onlyCall(t.api.calls);
    expect(args.channel).toBe("D0001");
    expect(args.thread_ts).toBeUndefined();
    expect(String(args.text)).toContain("寄附件数 個人版 98,328 件");
  });

  it("a DM that matches nothing is still answered (with how to ask)", async () => {
    const t = message(dm("天気はどう?"));
    await t.run();
    expect(String(t.api.calls[0]?.args.text)).toContain("この質問に合う項目が見つかりませんでした");
  });

  it("a listened channel: a question with a sure answer is answered in its thread", async () => {
    const t = message(listened("ふるさと納税の寄附件数は?"));
    await t.run();
    expect(t.api.calls[0]?.args).toMatchObject({ channel: "CLISTEN", thread_ts: "1700000000.000100" });
    expect(contentOf(t.api.calls[0]?.args.blocks)).toContain("98,328");
  });

  it.each([
    ["not a question", listened("ふるさと納税の資料を共有します")],
    ["no sure answer", listened("天気はどう?")],
    ["a channel not listened to", { channel_type: "channel", channel: "COTHER", text: "No.18 は?" }],
    ["a mention (app_mention answers it)", listened("<@UBOT> ふるさと納税の寄附件数は?")],
    ["an edit", { ...dm("No.18"), subtype: "message_changed" }],
    ["a bot's post", { ...dm("No.18"), bot_id: "B0BOT" }],
  ])("silent on %s", async (_why, event) => {
    const t = message(event);
    await t.run();
    expect(t.api.calls).toEqual([]);
  });

  it("a DM reply that fails: logged in Japanese, not thrown", async () => {
    const t = message(dm("No.18"));
    t.api.failWith("chat.postMessage", platformError("channel_not_found"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.logger.at("warn")).toBe(
      "DM D0001 への返信 に失敗しました: チャンネルが見つかりません（ID の誤りか、ボットから見えないチャンネルです）",
    );
  });

  it("a listened-channel reply that fails: logged in Japanese, not thrown", async () => {
    const t = message(listened("No.18 の実績は?"));
    t.api.failWith("chat.postMessage", platformError("is_archived"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.logger.at("warn")).toBe(
      "チャンネル CLISTEN への返信 に失敗しました: チャンネルがアーカイブされています",
    );
  });
});
