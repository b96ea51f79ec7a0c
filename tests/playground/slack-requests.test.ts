import { describe, expect, it } from "vitest";
import {
  appHomeOpenedEvent,
  blockActionsRequest,
  directMessageEvent,
  dmChannelOf,
  dmOwnerOf,
  escapeTyped,
  PLAYGROUND_IDS,
  PLAYGROUND_PERSONAS,
  PLAYGROUND_USER_NAMES,
  parseSlashCommand,
  slackSignatureHeaders,
  slashCommandRequest,
  viewSubmissionRequest,
} from "../../src/playground/slack-requests.ts";

describe("slackSignatureHeaders", () => {
  it("matches the example in Slack's documentation on verifying requests", () => {
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    expect(slackSignatureHeaders("8f742231b10e8888abcd99yyyzzz85a5", body, 1531420618_000)).toEqual({
      "X-Slack-Request-Timestamp": "1531420618",
      "X-Slack-Signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    });
  });
});

describe("what the person types", () => {
  it("is escaped as Slack escapes it", () => {
    expect(escapeTyped("<!channel> & <@U1>")).toBe("&lt;!channel&gt; &amp; &lt;@U1&gt;");
  });

  it("is a /plan command only when it starts with /plan as a word", () => {
    expect(parseSlashCommand("/plan 遅れ")).toEqual({ command: "/plan", text: "遅れ" });
    expect(parseSlashCommand("  /plan  ")).toEqual({ command: "/plan", text: "" });
    expect(parseSlashCommand("/plan\n納税課")).toEqual({ command: "/plan", text: "納税課" });
    expect(parseSlashCommand("/planet")).toBeNull();
    expect(parseSlashCommand("plan 遅れ")).toBeNull();
  });
});

describe("slashCommandRequest", () => {
  it("is the form Slack posts", () => {
    const request = slashCommandRequest({
      command: "/plan",
      text: "a<b",
      responseUrl: "http://r/1",
      triggerId: "t.1",
    });
    expect(request.contentType).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      token: "playground",
      team_id: "T0000",
      team_domain: "playground",
      channel_id: "D_PLAYGROUND",
      channel_name: "directmessage",
      user_id: "U_PLAYGROUND",
      user_name: "playground",
      command: "/plan",
      text: "a&lt;b",
      api_app_id: "A_PLAYGROUND",
      is_enterprise_install: "false",
      response_url: "http://r/1",
      trigger_id: "t.1",
    });
  });
});

describe("blockActionsRequest", () => {
  const button = {
    actionId: "share_to_channel",
    blockId: "b2",
    value: "No.18",
    text: { type: "plain_text", text: "共有" },
  };
  const payloadOf = (body: string) => JSON.parse(new URLSearchParams(body).get("payload") ?? "null");

  it("leaves out the message for an ephemeral one, as Slack does", () => {
    const request = blockActionsRequest({
      button,
      source: {
        surface: "message",
        channel: "D_PLAYGROUND",
        ts: "1.000001",
        ephemeral: true,
        text: "x",
        blocks: [],
        responseUrl: "http://r/2",
      },
      triggerId: "t",
      nowMs: 1_767_225_600_000,
    });
    const payload = payloadOf(request.body);
    expect(payload.container).toEqual({
      type: "message",
      message_ts: "1.000001",
      channel_id: "D_PLAYGROUND",
      is_ephemeral: true,
    });
    expect(payload).not.toHaveProperty("message");
    expect(payload.response_url).toBe("http://r/2");
    expect(payload.actions).toEqual([
      {
        type: "button",
        action_id: "share_to_channel",
        block_id: "b2",
        text: { type: "plain_text", text: "共有" },
        value: "No.18",
        action_ts: "1767225600.000000",
      },
    ]);
  });

  it("from a modal: the view with what its inputs hold now, and no response_url", () => {
    const view = { id: "V00000001", hash: "1.a", type: "modal", callback_id: "report", blocks: [] };
    const values = { result: { text: { type: "plain_text_input", value: "途中" } } };
    const payload = payloadOf(
      blockActionsRequest({
        button: { ...button, actionId: "save_draft", blockId: "draft" },
        source: { surface: "modal", view, values },
        triggerId: "t.9",
        nowMs: 0,
        user: "U_PLAYGROUND_OWNER",
      }).body,
    );
    expect(payload).toMatchObject({
      type: "block_actions",
      user: { id: "U_PLAYGROUND_OWNER", team_id: "T0000" },
      trigger_id: "t.9",
      container: { type: "view", view_id: "V00000001" },
      view: { ...view, state: { values } },
      actions: [{ type: "button", action_id: "save_draft", block_id: "draft", value: "No.18" }],
    });
    expect(payload).not.toHaveProperty("response_url");
    expect(payload).not.toHaveProperty("message");
  });
});

describe("viewSubmissionRequest", () => {
  it("is the payload Slack posts when a modal is submitted", () => {
    const view = {
      id: "V1",
      hash: "h",
      type: "modal",
      callback_id: "report",
      private_metadata: "18",
      blocks: [],
    };
    const values = {
      status: {
        choice: {
          type: "static_select",
          selected_option: { text: { type: "plain_text", text: "遅れ" }, value: "behind" },
        },
      },
    };
    const request = viewSubmissionRequest({ view, values, triggerId: "t.1", user: "U_PLAYGROUND_STAFF" });
    expect(request.contentType).toBe("application/x-www-form-urlencoded");
    const payload = JSON.parse(new URLSearchParams(request.body).get("payload") ?? "null");
    expect(payload).toEqual({
      type: "view_submission",
      team: { id: "T0000", domain: "playground" },
      user: {
        id: "U_PLAYGROUND_STAFF",
        username: "playground_staff",
        name: "playground_staff",
        team_id: "T0000",
      },
      api_app_id: "A_PLAYGROUND",
      token: "playground",
      trigger_id: "t.1",
      view: { ...view, state: { values } },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
  });
});

describe("personas", () => {
  it("are the admin (the old single user), an owner of 納税課's items and someone else, all named", () => {
    expect(PLAYGROUND_PERSONAS).toEqual(["U_PLAYGROUND", "U_PLAYGROUND_OWNER", "U_PLAYGROUND_STAFF"]);
    expect(PLAYGROUND_IDS.user).toBe("U_PLAYGROUND");
    expect(PLAYGROUND_PERSONAS.map((u) => PLAYGROUND_USER_NAMES.get(u))).toEqual([
      "管理者（行政管理課）",
      "担当者（納税課）",
      "ほかの職員",
    ]);
  });

  it("each have a DM with the bot, which every way of naming it finds", () => {
    expect(dmChannelOf("U_PLAYGROUND")).toBe("D_PLAYGROUND");
    expect(dmChannelOf("U_PLAYGROUND_OWNER")).toBe("DU_PLAYGROUND_OWNER");
    expect(dmOwnerOf("U_PLAYGROUND_OWNER")).toBe("U_PLAYGROUND_OWNER");
    expect(dmOwnerOf("DU_PLAYGROUND")).toBe("U_PLAYGROUND");
    expect(dmOwnerOf("C_GENERAL")).toBeNull();
  });

  it("are who every request comes from", () => {
    const owner = "U_PLAYGROUND_OWNER";
    const command = slashCommandRequest({
      command: "/plan",
      text: "報告 16",
      responseUrl: "r",
      triggerId: "t",
      user: owner,
    });
    expect(Object.fromEntries(new URLSearchParams(command.body))).toMatchObject({
      user_id: owner,
      user_name: "playground_owner",
      channel_id: "DU_PLAYGROUND_OWNER",
    });
    const message = JSON.parse(
      directMessageEvent({ text: "x", ts: "1.1", eventId: "Ev1", nowMs: 0, user: owner }).body,
    );
    expect(message.event).toMatchObject({ user: owner, channel: "DU_PLAYGROUND_OWNER" });
    const home = JSON.parse(
      appHomeOpenedEvent({ eventTs: "1.1", eventId: "Ev2", nowMs: 0, user: owner }).body,
    );
    expect(home.event).toMatchObject({ type: "app_home_opened", user: owner });
  });
});
