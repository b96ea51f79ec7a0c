/**
 * The one reply flow for mentions, DMs, listened channels and shares: the answer with its message (feedback
 * buttons on an item answer), and one post of it. Errors: a failure is logged in Japanese, never thrown; a 429 is
 * waited out and sent again, anything that may have been posted is not.
 */
import { describe, expect, it } from "vitest";
import { answerWithMessage, postReply } from "../../src/listeners/reply.ts";
import {
  type Args,
  contentOf,
  makeDeps,
  networkError,
  platformError,
  recordingClient,
  recordingLogger,
} from "./support.ts";

describe("answerWithMessage", () => {
  it("No.18 by its subject: the item answer, with 98,328 件 and the feedback buttons for the question", () => {
    const { answer, message } = answerWithMessage(makeDeps(), "ふるさと納税の寄附件数は?");
    expect(answer.kind === "item" && answer.item.number).toBe(18);
    expect(message.text).toContain("寄附件数 個人版 98,328 件 1,194,846,047 円");
    expect(contentOf(message.blocks)).toContain('"action_id":"feedback_helpful"');
  });

  it("makes a repeated question's message once: the same message, the same buttons", () => {
    const deps = makeDeps();
    const first = answerWithMessage(deps, "ふるさと納税の寄附件数は?");
    expect(answerWithMessage(deps, "ふるさと納税の寄附件数は?").message).toBe(first.message);
    // Another question with the same item has its own feedback buttons (they carry the question).
    const other = answerWithMessage(deps, "ふるさと納税の寄附額は?");
    expect(other.message).not.toBe(first.message);
    expect(contentOf(other.message.blocks)).toContain("寄附額");
  });

  it("no match: the none answer, without feedback buttons", () => {
    const { answer, message } = answerWithMessage(makeDeps(), "天気はどう?");
    expect(answer.kind).toBe("none");
    expect(contentOf(message.blocks)).not.toContain("feedback_");
  });
});

describe("postReply", () => {
  const message = { text: "No.18 ふるさと納税制度の活用", blocks: [] };

  it("in a thread when given one; without thread_ts otherwise", async () => {
    const api = recordingClient();
    const logger = recordingLogger();
    await postReply(api.client as Args, logger, { channel: "C0001", threadTs: "1.1" }, message);
    await postReply(api.client as Args, logger, { channel: "D0001", threadTs: undefined }, message);
    expect(api.calls.map((c) => c.args)).toEqual([
      { channel: "C0001", thread_ts: "1.1", ...message },
      { channel: "D0001", ...message },
    ]);
  });

  it.each([
    ["C0001", "チャンネル C0001 への返信"],
    ["D0001", "DM D0001 への返信"],
  ])("a refused post to %s: logged as 「%s」 in Japanese, not thrown", async (channel, what) => {
    const api = recordingClient();
    const logger = recordingLogger();
    api.failWith("chat.postMessage", platformError("not_in_channel"));
    await expect(postReply(api.client as Args, logger, { channel }, message)).resolves.toBeUndefined();
    expect(logger.at("warn")).toBe(
      `${what} に失敗しました: ボットがチャンネルに参加していません（/invite で招待してください）`,
    );
  });

  it("a reset connection (maybe posted): logged as an error, not sent again", async () => {
    const api = recordingClient();
    const logger = recordingLogger();
    api.failWith("chat.postMessage", networkError("ECONNRESET"));
    await postReply(api.client as Args, logger, { channel: "C0001" }, message);
    expect(api.calls).toHaveLength(1);
    expect(logger.at("error")).toContain(
      "Slack が受け取ったかどうかわかりません（request_error:ECONNRESET）",
    );
  });

  it("a 429 (not posted) is sent again after Slack's Retry-After", async () => {
    const calls: unknown[] = [];
    const logger = recordingLogger();
    const client = {
      chat: {
        postMessage: async (args: unknown) => {
          calls.push(args);
          // Retry-After 0: the retry comes without a real wait.
          if (calls.length === 1)
            throw Object.assign(new Error("rate limited"), {
              code: "slack_webapi_rate_limited_error",
              retryAfter: 0,
            });
          return { ok: true };
        },
      },
    };
    await postReply(client as Args, logger, { channel: "C0001" }, message);
    expect(calls).toHaveLength(2);
    expect(logger.at("warn")).toBe(
      "Slack の送信制限（429）: 0 秒待って再送します（チャンネル C0001 への返信）",
    );
  });
});
