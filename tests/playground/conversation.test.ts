import { describe, expect, it } from "vitest";
import { Conversation } from "../../src/playground/conversation.ts";
import type { RecordedCall } from "../support/web-api-stand-in.ts";

function setup() {
  let n = 0;
  const conversation = new Conversation(() => `2.00000${++n}`);
  const call = (method: string, args: Record<string, unknown>, extra: Partial<RecordedCall> = {}) => ({
    method,
    args,
    tokenKind: "xoxb",
    ...extra,
  });
  return { conversation, call };
}

describe("Conversation", () => {
  it("adds posted and ephemeral messages with the ts the bot was given", () => {
    const { conversation, call } = setup();
    const [posted] = conversation.apply({
      call: call("chat.postMessage", { channel: "D_PLAYGROUND", text: "*やあ*" }),
      ts: "1.1",
    });
    expect(posted).toEqual({
      type: "message",
      message: {
        ts: "1.1",
        channel: "D_PLAYGROUND",
        // The admin persona's DM: the page marks it when someone else is the persona.
        audience: "U_PLAYGROUND",
        author: "bot",
        ephemeral: false,
        text: "*やあ*",
        blocks: null,
        html: '<div class="bk-section"><div class="bk-text mrkdwn"><b>やあ</b></div></div>',
      },
    });
    const [ephemeral] = conversation.apply({
      call: call("chat.postEphemeral", { channel: "D_PLAYGROUND", user: "U", text: "秘密" }),
      ts: "1.2",
    });
    expect(ephemeral?.type === "message" && ephemeral.message.ephemeral).toBe(true);
    // An ephemeral message is for the one user it names.
    expect(ephemeral?.type === "message" && ephemeral.message.audience).toBe("U");
  });

  it("knows whose DM a message is in: each persona's DM id, or a post to the user ID", () => {
    const { conversation, call } = setup();
    const audiences = [
      ["DU_PLAYGROUND_OWNER", "U_PLAYGROUND_OWNER"],
      ["U_PLAYGROUND_STAFF", "U_PLAYGROUND_STAFF"],
      ["U_PLAYGROUND", "U_PLAYGROUND"],
      ["C_REMINDERS", undefined],
    ].map(([channel], i) => {
      const [event] = conversation.apply({
        call: call("chat.postMessage", { channel, text: "x" }),
        ts: `2.${i}`,
      });
      return event?.type === "message" ? event.message.audience : "none";
    });
    expect(audiences).toEqual(["U_PLAYGROUND_OWNER", "U_PLAYGROUND_STAFF", "U_PLAYGROUND", undefined]);
    const typed = conversation.addPersonMessage("3.1", "こんにちは", false, "U_PLAYGROUND_OWNER");
    expect(typed.type === "message" && typed.message).toMatchObject({
      channel: "DU_PLAYGROUND_OWNER",
      audience: "U_PLAYGROUND_OWNER",
      author: "person",
    });
  });

  it("applies chat.update (keeping blocks when none are given) and chat.delete", () => {
    const { conversation, call } = setup();
    const blocks = [{ type: "divider" }];
    conversation.apply({ call: call("chat.postMessage", { channel: "D", text: "前", blocks }), ts: "1.1" });
    const [updated] = conversation.apply({
      call: call("chat.update", { channel: "D", ts: "1.1", text: "後" }),
    });
    expect(updated?.type === "update" && updated.message).toMatchObject({ ts: "1.1", text: "後", blocks });
    expect(conversation.apply({ call: call("chat.update", { channel: "D", ts: "9.9", text: "?" }) })).toEqual(
      [],
    );
    expect(conversation.apply({ call: call("chat.delete", { channel: "D", ts: "1.1" }) })).toEqual([
      { type: "delete", ts: "1.1" },
    ]);
    expect(conversation.find("1.1")).toBeUndefined();
  });

  it("follows response_url: replace_original, delete_original, in_channel and the ephemeral default", () => {
    const { conversation, call } = setup();
    conversation.apply({
      call: call("chat.postMessage", { channel: "D_PLAYGROUND", text: "元" }),
      ts: "1.1",
    });
    conversation.expectResponses("a1", { channel: "D_PLAYGROUND", messageTs: "1.1" });

    const [replaced] = conversation.apply({
      call: call("response_url", { replace_original: true, text: "置換" }, { responseId: "a1" }),
    });
    expect(replaced?.type === "update" && replaced.message).toMatchObject({
      ts: "1.1",
      text: "置換",
      blocks: null,
    });

    const [fresh] = conversation.apply({
      call: call("response_url", { text: "新しい" }, { responseId: "a1" }),
    });
    expect(fresh?.type === "message" && fresh.message).toMatchObject({
      ts: "2.000001",
      text: "新しい",
      ephemeral: true,
    });

    const [shared] = conversation.apply({
      call: call("response_url", { response_type: "in_channel", text: "共有" }, { responseId: "a1" }),
    });
    expect(shared?.type === "message" && shared.message.ephemeral).toBe(false);

    expect(
      conversation.apply({ call: call("response_url", { delete_original: true }, { responseId: "a1" }) }),
    ).toEqual([{ type: "delete", ts: "1.1" }]);
  });

  it("publishes the Home tab and keeps it for the snapshot", () => {
    const { conversation, call } = setup();
    const blocks = [{ type: "header", text: { type: "plain_text", text: "ホーム" } }];
    const [home] = conversation.apply({
      call: call("views.publish", { user_id: "U", view: { type: "home", blocks } }),
    });
    expect(home).toEqual({
      type: "home",
      home: {
        user: "U",
        blocks,
        html: '<div class="bk-header" data-block-id="b0"><span class="plain">ホーム</span></div>',
      },
    });
    expect(conversation.snapshot()).toMatchObject({ type: "snapshot", home: { blocks } });
    // Each persona has a Home tab of their own.
    conversation.apply({
      call: call("views.publish", { user_id: "U2", view: { type: "home", blocks: [] } }),
    });
    expect(conversation.homeView("U")?.blocks).toEqual(blocks);
    expect(conversation.homeView("U2")?.blocks).toEqual([]);
    expect(conversation.homeView("U3")).toBeNull();
  });

  it("shows what the person typed as text, never as markup or mrkdwn links", () => {
    const { conversation } = setup();
    const event = conversation.addPersonMessage("1.1", "<script>x</script> <!channel>", false);
    expect(event.type === "message" && event.message.html).toBe(
      '<div class="bk-section"><div class="bk-text mrkdwn">&lt;script&gt;x&lt;/script&gt; &lt;!channel&gt;</div></div>',
    );
  });

  it("names the playground's own users in mentions, in text and in blocks, as Slack would", () => {
    const { conversation, call } = setup();
    const share = "<@U_PLAYGROUND> さんが /plan で共有しました（質問: 遅れ）";
    const [shared] = conversation.apply({
      call: call("response_url", { response_type: "in_channel", text: share }, { responseId: "none" }),
    });
    expect(shared?.type === "message" && shared.message.html).toBe(
      '<div class="bk-section"><div class="bk-text mrkdwn"><span class="mention">@管理者（行政管理課）</span> さんが /plan で共有しました（質問: 遅れ）</div></div>',
    );
    const [card] = conversation.apply({
      call: call("chat.postMessage", {
        channel: "C1",
        text: share,
        blocks: [{ type: "context", elements: [{ type: "mrkdwn", text: "<@UBOT> と <@U_OTHER>" }] }],
      }),
      ts: "1.1",
    });
    expect(card?.type === "message" && card.message.html).toContain(
      '<span class="mention">@改革プランBot</span> と <span class="mention">@U_OTHER</span>',
    );
  });

  it("ignores calls that change nothing on the page", () => {
    const { conversation, call } = setup();
    expect(conversation.apply({ call: call("auth.test", {}) })).toEqual([]);
    expect(conversation.apply({ call: call("conversations.open", { users: "U" }) })).toEqual([]);
  });
});
