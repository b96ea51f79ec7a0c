/**
 * A mention in a channel: answered in the question's thread. Errors: a failed reply is logged in Japanese, never
 * thrown, and the question stays recorded.
 */
import { describe, expect, it } from "vitest";
import { appMentionCallback, questionFromMention } from "../../../src/listeners/events/app-mention.ts";
import { MemoryQuestionLog } from "../../../src/state/question-log.ts";
import {
  type Args,
  contentOf,
  makeDeps,
  networkError,
  onlyCall,
  platformError,
  recordingClient,
  recordingLogger,
} from "../support.ts";

const NOW = new Date("2026-11-29T05:00:00Z");

function mention(text: string, extra: Record<string, unknown> = {}) {
  const api = recordingClient();
  const logger = recordingLogger();
  const log = new MemoryQuestionLog(() => NOW);
  const run = () =>
    appMentionCallback(makeDeps({ questionLog: log }))({
      event: {
        type: "app_mention",
        channel: "C0001",
        user: "U0BOB",
        text,
        ts: "1700000000.000100",
        ...extra,
      },
      client: api.client,
      logger,
    } as Args);
  return { api, logger, log, run };
}

describe("questionFromMention", () => {
  it("removes mentions from a question", () =>
    expect(questionFromMention("<@UBOT> No.18 <@U2|taro>")).toBe("No.18"));
  it("undoes Slack's escaping", () =>
    expect(questionFromMention("<@UBOT> 実績 &amp; 目標")).toBe("実績 & 目標"));
});

describe("appMentionCallback", () => {
  it("answers No.18 in the question's thread, with 98,328 件 and the feedback buttons", async () => {
    const t = mention("<@UBOT> ふるさと納税の寄附件数は?");
    await t.run();
    const { method, args } = onlyCall(t.api.calls);
    expect(method).toBe("chat.postMessage");
    expect(args).toMatchObject({ channel: "C0001", thread_ts: "1700000000.000100" });
    expect(String(args.text)).toContain("No.18 ふるさと納税制度の活用");
    expect(String(args.text)).toContain("寄附件数 個人版 98,328 件");
    expect(contentOf(args.blocks)).toContain('"action_id":"feedback_helpful"');
    expect(t.log.entries({ since: new Date(0) })).toEqual([]);
  });

  it("a mention inside a thread is answered in that thread", async () => {
    const t = mention("<@UBOT> No.16", { thread_ts: "1700000000.000050" });
    await t.run();
    expect(t.api.calls[0]?.args.thread_ts).toBe("1700000000.000050");
    expect(String(t.api.calls[0]?.args.text).split("\n")[0]).toBe("No.16 滞納整理の推進");
  });

  it("another bot's mention is not answered (no loops)", async () => {
    const t = mention("<@UBOT> No.18", { bot_id: "B0OTHER" });
    await t.run();
    expect(t.api.calls).toEqual([]);
  });

  it("the bot not in the channel: logged in Japanese, not thrown, the unanswered question still recorded", async () => {
    const t = mention("<@UBOT> 天気はどう?");
    t.api.failWith("chat.postMessage", platformError("not_in_channel"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.logger.at("warn")).toBe(
      "チャンネル C0001 への返信 に失敗しました: ボットがチャンネルに参加していません（/invite で招待してください）",
    );
    expect(t.log.entries({ since: new Date(0) }).map((e) => [e.kind, e.question])).toEqual([
      ["none", "天気はどう?"],
    ]);
  });

  it("a connection reset: logged as maybe delivered, not sent again", async () => {
    const t = mention("<@UBOT> No.18");
    t.api.failWith("chat.postMessage", networkError("ECONNRESET"));
    await expect(t.run()).resolves.toBeUndefined();
    expect(t.api.calls).toHaveLength(1);
    expect(t.logger.at("error")).toBe(
      "チャンネル C0001 への返信: Slack が受け取ったかどうかわかりません（request_error:ECONNRESET）。二重に届かないよう再送しません",
    );
  });
});
