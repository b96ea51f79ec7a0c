/**
 * Learning from what the bot could not answer, handler by handler without Bolt: which answers are recorded (none
 * and candidates, not small talk, not ordinary talk in a listened channel), where from, that recording never
 * stops an answer, /plan 未回答 for admins only, and the feedback buttons.
 */
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { PlanStore } from "../../src/ask/plan-store.ts";
import {
  FEEDBACK_MALFORMED,
  FEEDBACK_THANKS,
  feedbackCallback,
} from "../../src/listeners/actions/feedback.ts";
import { planCommandCallback } from "../../src/listeners/commands/plan.ts";
import { type BotDeps, MemoryDeduplicator } from "../../src/listeners/deps.ts";
import { appMentionCallback } from "../../src/listeners/events/app-mention.ts";
import { messageCallback } from "../../src/listeners/messages/message.ts";
import { createLogger } from "../../src/logger.ts";
import { MemoryQuestionLog, type QuestionLog } from "../../src/state/question-log.ts";
import { ACTION } from "../../src/views/action-ids.ts";
import { encodeFeedbackValue } from "../../src/views/feedback.ts";
import { REPO_ROOT } from "../support/seed.ts";

const plans = new PlanStore(resolve(REPO_ROOT, "data"));
const NOW = new Date("2026-11-29T05:00:00Z");
const logs: string[] = [];
const logger = createLogger({ level: "debug", sink: (_l, line) => logs.push(line) });
// biome-ignore lint/suspicious/noExplicitAny: Bolt's argument types are far larger than what a handler reads
type Args = any;

/** `null`: no log at all. */
function setup(log: QuestionLog | null = new MemoryQuestionLog(() => NOW)) {
  const deps: BotDeps = {
    plans,
    adminUserIds: ["UADMIN"],
    listenChannels: ["CLISTEN"],
    dedupe: new MemoryDeduplicator(),
    ...(log ? { questionLog: log } : {}),
    clock: () => NOW,
  };
  const all = () => log?.entries({ since: new Date(0) }) ?? [];
  return { deps, log, all };
}

async function slash(deps: BotDeps, text: string, user = "USTAFF") {
  const ack = vi.fn(async (_m?: unknown) => {});
  const respond = vi.fn(async (_m?: unknown) => {});
  await planCommandCallback(deps)({ command: { text, user_id: user }, ack, respond, logger } as Args);
  return { ack, respond, message: ack.mock.calls[0]?.[0] as Record<string, unknown> | undefined };
}

function fakeClient() {
  const posted: Record<string, unknown>[] = [];
  return {
    posted,
    client: {
      chat: {
        postMessage: vi.fn(async (m: Record<string, unknown>) => {
          posted.push(m);
          return { ok: true };
        }),
      },
    },
  };
}

const failingLog: QuestionLog = {
  record: () => {
    throw new Error("SQLITE_FULL: database or disk is full");
  },
  entries: () => {
    throw new Error("SQLITE_BUSY");
  },
  feedbackCounts: () => [],
};

describe("recording unanswered questions", () => {
  it("/plan: a none answer is recorded as a command, with a hash instead of the user ID", async () => {
    const { deps, all } = setup();
    await slash(deps, "公用車の台数は?", "U0ALICE");
    expect(all()).toEqual([
      {
        askedAt: NOW,
        kind: "none",
        question: "公用車の台数は?",
        items: [],
        channelType: "command",
        userHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect(JSON.stringify(all())).not.toContain("U0ALICE");
  });

  it("/plan: candidates are recorded with the items offered; items, help and admin commands are not", async () => {
    const { deps, all } = setup();
    const expected = plans.answerer.answer("ふるさと納税と滞納整理");
    expect(expected.kind).toBe("candidates");
    await slash(deps, "ふるさと納税と滞納整理");
    for (const text of ["No.16", "help", "", "納税課", "reload", "remind"]) await slash(deps, text, "UADMIN");
    expect(all().map((e) => [e.kind, e.items])).toEqual([
      ["candidates", expected.kind === "candidates" ? expected.items.map((i) => i.number) : []],
    ]);
  });

  it("/plan: an item answer carries the feedback buttons with the question", async () => {
    const { deps } = setup();
    const { message } = await slash(deps, "No.16");
    const json = JSON.stringify(message?.blocks);
    expect(json).toContain(
      `"action_id":"feedback_helpful","value":${JSON.stringify(encodeFeedbackValue(16, "No.16"))}`,
    );
    expect(json).toContain('"action_id":"feedback_wrong"');
  });

  it("a DM: none is recorded as im; thanks and greetings are not", async () => {
    const { deps, all } = setup();
    const { client, posted } = fakeClient();
    for (const text of ["天気はどう?", "こんにちは", "ありがとう"]) {
      await messageCallback(deps)({
        event: { type: "message", channel_type: "im", channel: "D0001", user: "U0BOB", text, ts: "1.1" },
        client,
        logger,
        context: {},
      } as Args);
    }
    expect(posted).toHaveLength(3);
    expect(all().map((e) => [e.kind, e.question, e.channelType])).toEqual([["none", "天気はどう?", "im"]]);
  });

  it("a mention: recorded as channel, the mention removed", async () => {
    const { deps, all } = setup();
    const { client } = fakeClient();
    await appMentionCallback(deps)({
      event: { type: "app_mention", channel: "C0001", user: "U0BOB", text: "<@UBOT> 天気はどう?", ts: "1.1" },
      client,
      logger,
    } as Args);
    expect(all().map((e) => [e.kind, e.question, e.channelType])).toEqual([
      ["none", "天気はどう?", "channel"],
    ]);
  });

  it("a listened channel: a question the bot stays silent on is not recorded (it was talk among people)", async () => {
    const { deps, all } = setup();
    const { client, posted } = fakeClient();
    await messageCallback(deps)({
      event: {
        type: "message",
        channel_type: "channel",
        channel: "CLISTEN",
        user: "U0BOB",
        text: "天気はどう?",
        ts: "1.1",
      },
      client,
      logger,
      context: {},
    } as Args);
    expect(posted).toHaveLength(0);
    expect(all()).toEqual([]);
  });

  it("a failing log is logged and the answer still goes out", async () => {
    const { deps } = setup(failingLog);
    const { client, posted } = fakeClient();
    logs.length = 0;
    await messageCallback(deps)({
      event: {
        type: "message",
        channel_type: "im",
        channel: "D0001",
        user: "U0BOB",
        text: "天気はどう?",
        ts: "1.1",
      },
      client,
      logger,
      context: {},
    } as Args);
    expect(posted).toHaveLength(1);
    expect(logs.join("\n")).toContain("質問の記録を保存できませんでした");
    const { message } = await slash(deps, "天気はどう?");
    expect(message?.text).toBeTruthy();
  });
});

describe("/plan 未回答", () => {
  it("lists the recent unanswered questions for an admin, in the ack, ephemeral", async () => {
    const { deps } = setup();
    await slash(deps, "公用車の台数は?");
    for (const sub of ["未回答", "unanswered", "ＵＮＡＮＳＷＥＲＥＤ"]) {
      const { message, respond } = await slash(deps, sub, "UADMIN");
      expect(respond).not.toHaveBeenCalled();
      expect(message?.response_type).toBe("ephemeral");
      expect(message?.text).toBe("未回答の質問（最近30日）: 1 件");
      expect(JSON.stringify(message?.blocks)).toContain("「公用車の台数は?」");
    }
    // The subcommand itself is not a question to record.
    expect(deps.questionLog?.entries({ since: new Date(0) })).toHaveLength(1);
  });

  it("refuses everyone else with the same words as reload", async () => {
    const { deps } = setup();
    await slash(deps, "公用車の台数は?");
    const { message } = await slash(deps, "未回答", "USTAFF");
    const reload = await slash(deps, "reload", "USTAFF");
    const refusal = reload.respond.mock.calls[0]?.[0] as { text?: string } | undefined;
    expect(refusal?.text).toContain("管理者");
    expect(message).toEqual({ response_type: "ephemeral", text: refusal?.text });
    expect(JSON.stringify(message)).not.toContain("公用車");
  });

  it("shows only the last 30 days and at most 20 questions", async () => {
    let now = new Date("2026-10-01T00:00:00Z");
    const log = new MemoryQuestionLog(() => now);
    const { deps } = setup(log);
    log.record({ kind: "none", question: "古すぎる質問", items: [], channelType: "im", userId: "U1" });
    now = new Date("2026-11-20T00:00:00Z");
    for (let i = 1; i <= 25; i++)
      log.record({ kind: "none", question: `質問${i}番`, items: [], channelType: "im", userId: "U1" });
    const { message } = await slash(deps, "未回答", "UADMIN");
    const json = JSON.stringify(message?.blocks);
    expect(json).not.toContain("古すぎる質問");
    expect(json.match(/質問\d+番/g)).toEqual(Array.from({ length: 20 }, (_, i) => `質問${25 - i}番`));
  });

  it("says so when nothing is recorded, or when the log cannot be read", async () => {
    expect((await slash(setup(null).deps, "未回答", "UADMIN")).message?.text).toBe(
      "未回答の質問の記録は設定されていません。",
    );
    expect((await slash(setup(failingLog).deps, "未回答", "UADMIN")).message?.text).toContain(
      "読めませんでした",
    );
  });
});

describe("feedback buttons", () => {
  async function click(
    deps: BotDeps,
    actionId: string,
    value: string | undefined,
    body: Record<string, unknown> = {},
  ) {
    const order: string[] = [];
    const ack = vi.fn(async () => void order.push("ack"));
    const respond = vi.fn(async (_m?: unknown) => void order.push("respond"));
    await feedbackCallback(deps)({
      ack,
      action: { type: "button", action_id: actionId, value },
      body: { user: { id: "U0CAROL" }, channel: { id: "C0001" }, container: { type: "message" }, ...body },
      respond,
      logger,
    } as Args);
    return { order, respond, text: (respond.mock.calls[0]?.[0] as { text?: string } | undefined)?.text };
  }

  it("records 役に立った and 違う with the item and question, and thanks the person privately", async () => {
    const { deps, all } = setup();
    const helpful = await click(deps, ACTION.feedbackHelpful, encodeFeedbackValue(16, "滞納の実績は?"));
    expect(helpful.order).toEqual(["ack", "respond"]);
    expect(helpful.respond).toHaveBeenCalledWith({
      response_type: "ephemeral",
      replace_original: false,
      text: FEEDBACK_THANKS,
    });
    const wrong = await click(deps, ACTION.feedbackWrong, encodeFeedbackValue(3, "ごみ"), {
      channel: { id: "D0001" },
    });
    expect(wrong.text?.startsWith(FEEDBACK_THANKS)).toBe(true);
    await click(deps, ACTION.feedbackWrong, encodeFeedbackValue(3, "ごみ"), {
      container: { type: "message", is_ephemeral: true },
    });
    expect(all().map((e) => [e.kind, e.items, e.question, e.channelType])).toEqual([
      ["feedback_helpful", [16], "滞納の実績は?", "channel"],
      ["feedback_wrong", [3], "ごみ", "im"],
      ["feedback_wrong", [3], "ごみ", "command"],
    ]);
    expect(JSON.stringify(all())).not.toContain("U0CAROL");
  });

  it.each([undefined, "", "16", "{not json", '{"item":"16","q":"x"}'])(
    "acks a malformed value %j, records nothing and says why",
    async (value) => {
      const { deps, all } = setup();
      const { order, text } = await click(deps, ACTION.feedbackHelpful, value);
      expect(order).toEqual(["ack", "respond"]);
      expect(text).toBe(FEEDBACK_MALFORMED);
      expect(all()).toEqual([]);
    },
  );

  it("does not throw when the thanks cannot be sent (an expired response_url)", async () => {
    const { deps, all } = setup();
    const ack = vi.fn(async () => {});
    await expect(
      feedbackCallback(deps)({
        ack,
        action: { type: "button", action_id: ACTION.feedbackHelpful, value: encodeFeedbackValue(1, "q") },
        body: { user: { id: "U1" }, channel: { id: "C1" }, container: { type: "message" } },
        respond: async () => {
          throw new Error("expired_url");
        },
        logger,
      } as Args),
    ).resolves.toBeUndefined();
    expect(ack).toHaveBeenCalledOnce();
    expect(all()).toHaveLength(1);
  });
});
