/**
 * Handlers called directly, without Bolt, for the paths end-to-end tests reach only awkwardly: errors from the
 * Web API, items that vanished after a reload, and non-admins.
 */
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { PlanStore } from "../../src/ask/plan-store.ts";
import { shareToChannelCallback } from "../../src/listeners/actions/share-to-channel.ts";
import { showDetailCallback } from "../../src/listeners/actions/show-detail.ts";
import { planCommandCallback } from "../../src/listeners/commands/plan.ts";
import { type BotDeps, MemoryDeduplicator } from "../../src/listeners/deps.ts";
import { questionFromMention } from "../../src/listeners/events/app-mention.ts";
import { readsAsQuestion } from "../../src/listeners/messages/message.ts";
import { createLogger } from "../../src/logger.ts";
import { REPO_ROOT } from "../support/seed.ts";

const deps: BotDeps = {
  plans: new PlanStore(resolve(REPO_ROOT, "data")),
  adminUserIds: ["UADMIN"],
  listenChannels: [],
  dedupe: new MemoryDeduplicator(),
};
const logger = createLogger({ level: "error", sink: () => {} });
// biome-ignore lint/suspicious/noExplicitAny: Bolt's argument types are far larger than what a handler reads
type Args = any;

describe("/plan handler", () => {
  it("acks before anything else and refuses reload to non-admins", async () => {
    const order: string[] = [];
    const ack = vi.fn(async () => void order.push("ack"));
    const respond = vi.fn(async () => void order.push("respond"));
    await planCommandCallback(deps)({
      command: { text: "reload", user_id: "USTAFF" },
      ack,
      respond,
      logger,
    } as Args);
    expect(order).toEqual(["ack", "respond"]);
    expect(respond).toHaveBeenCalledWith(
      expect.objectContaining({ text: expect.stringContaining("管理者") }),
    );
  });

  it("says reminders are not configured when they are not", async () => {
    const respond = vi.fn(async () => {});
    await planCommandCallback(deps)({
      command: { text: "remind", user_id: "UADMIN" },
      ack: async () => {},
      respond,
      logger,
    } as Args);
    expect(respond).toHaveBeenCalledWith(
      expect.objectContaining({ text: expect.stringContaining("設定されていません") }),
    );
  });
});

describe("「詳細」 handler", () => {
  it("says so when the item is no longer in the data", async () => {
    const respond = vi.fn(async () => {});
    await showDetailCallback(deps)({
      ack: async () => {},
      action: { value: "99" },
      body: { response_url: "https://hooks.invalid/x", container: { type: "message" }, user: { id: "U1" } },
      respond,
      client: {},
      logger,
    } as Args);
    expect(respond).toHaveBeenCalledWith(
      expect.objectContaining({ text: expect.stringContaining("現在のデータにありません") }),
    );
  });
});

describe("「チャンネルに共有」 handler", () => {
  it("explains a Web API failure to the person instead of failing silently", async () => {
    const respond = vi.fn(async () => {});
    const error = Object.assign(new Error("An API error occurred: channel_not_found"), {
      data: { ok: false, error: "channel_not_found" },
    });
    await shareToChannelCallback(deps)({
      ack: async () => {},
      action: { value: "18" },
      body: { channel: { id: "CGONE" }, user: { id: "U1" } },
      respond,
      client: { chat: { postMessage: async () => Promise.reject(error) } },
      logger,
    } as Args);
    expect(respond).toHaveBeenCalledWith(
      expect.objectContaining({ text: expect.stringContaining("チャンネルが見つかりません") }),
    );
  });
});

describe("「チャンネルに共有」 after the response URL expired", () => {
  it("does not tell the person the share failed when only removing the private copy failed", async () => {
    const respond = vi.fn(async (message: { delete_original?: boolean }) => {
      if (message.delete_original) throw new Error("expired_url");
    });
    const postMessage = vi.fn(async () => ({ ok: true }));
    await shareToChannelCallback(deps)({
      ack: async () => {},
      action: { value: "18" },
      body: { channel: { id: "CPLAN" }, user: { id: "U1" } },
      respond,
      client: { chat: { postMessage } },
      logger,
    } as Args);
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledWith({ delete_original: true });
  });
});

describe("message helpers", () => {
  it("removes mentions from a question", () =>
    expect(questionFromMention("<@UBOT> No.18 <@U2|taro>")).toBe("No.18"));
  it.each(["ふるさと納税の実績は?", "進捗を教えてください", "遅れてる項目はどうなった"])(
    "「%s」 reads as a question",
    (t) => expect(readsAsQuestion(t)).toBe(true),
  );
  it.each(["資料を共有します", "了解です", "ふるさと納税"])("「%s」 does not", (t) =>
    expect(readsAsQuestion(t)).toBe(false),
  );
});
