/**
 * The requests Slack would send the bot, built and signed exactly as Slack does, so the playground drives the
 * real app through its real front door (`/slack/events`, signature check included). Pure functions: ids and
 * clocks come in as arguments.
 */
import { createHmac } from "node:crypto";
import { escapeMrkdwn } from "../views/blocks.ts";

/** Slack's request signature: HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function signature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** Who and where the person at the playground page can be, as Slack ids. */
export const PLAYGROUND_IDS = {
  /** The stand-in's auth.test answers with this team and bot; payloads must agree with it. */
  team: "T0000",
  botUser: "UBOT",
  botId: "BBOT",
  app: "A_PLAYGROUND",
  /** The admin persona (the default): the start-up wiring lists it in adminUserIds. */
  user: "U_PLAYGROUND",
  userName: "playground",
  /** A persona who owns 納税課's items (the start-up wiring puts it in the owners configuration). */
  ownerUser: "U_PLAYGROUND_OWNER",
  /** A persona with no role: someone from another section. */
  staffUser: "U_PLAYGROUND_STAFF",
  /** The direct message between the admin persona and the bot (the other personas': see dmChannelOf). */
  channel: "D_PLAYGROUND",
  homeViewId: "V0001",
} as const;

/**
 * The display names Slack would show for the playground's users, in mentions (`<@U_PLAYGROUND>` → @試用ユーザー)
 * and as authors. The page labels the person's own messages with the same name (page/app.js).
 */
export const PLAYGROUND_USER_NAMES: ReadonlyMap<string, string> = new Map([
  [PLAYGROUND_IDS.user, "管理者（行政管理課）"],
  [PLAYGROUND_IDS.ownerUser, "担当者（納税課）"],
  [PLAYGROUND_IDS.staffUser, "ほかの職員"],
  [PLAYGROUND_IDS.botUser, "改革プランBot"],
]);

/** The people the page lets the person be, in the order its selector lists them. */
export const PLAYGROUND_PERSONAS: readonly string[] = [
  PLAYGROUND_IDS.user,
  PLAYGROUND_IDS.ownerUser,
  PLAYGROUND_IDS.staffUser,
];

/** Slack's username for a persona (payloads carry it beside the id). */
function userNameOf(user: string): string {
  return user === PLAYGROUND_IDS.user ? PLAYGROUND_IDS.userName : user.toLowerCase().replace(/^u_/, "");
}

/**
 * A persona's DM with the bot. The admin's keeps its old id; the others' are what conversations.open and a
 * post to the user ID answer with in the stand-in (`D` + user ID), so all three ways name one conversation.
 */
export function dmChannelOf(user: string): string {
  return user === PLAYGROUND_IDS.user ? PLAYGROUND_IDS.channel : `D${user}`;
}

/** Whose DM a channel is (a persona's DM id, or a user ID the bot posted to), or null for anything else. */
export function dmOwnerOf(channel: string): string | null {
  for (const user of PLAYGROUND_PERSONAS) {
    if (channel === user || channel === dmChannelOf(user) || channel === `D${user}`) return user;
  }
  return null;
}

export interface OutgoingRequest {
  contentType: "application/json" | "application/x-www-form-urlencoded";
  body: string;
}

/** Slack's request signature: HMAC-SHA256 over `v0:{timestamp}:{raw body}`. */
export function slackSignatureHeaders(
  signingSecret: string,
  body: string,
  nowMs: number,
): { "X-Slack-Request-Timestamp": string; "X-Slack-Signature": string } {
  const timestamp = Math.floor(nowMs / 1000);
  return {
    "X-Slack-Request-Timestamp": String(timestamp),
    "X-Slack-Signature": signature(signingSecret, timestamp, body),
  };
}

/** Slack escapes what a person types, so `<!channel>` typed by hand arrives as text, not as a broadcast. */
export function escapeTyped(text: string): string {
  return escapeMrkdwn(text);
}

/** "/plan 遅れ" → { command: "/plan", text: "遅れ" }; null when the text is not a /plan command. */
export function parseSlashCommand(typed: string): { command: "/plan"; text: string } | null {
  const match = /^\/plan(?:\s+([\s\S]*))?$/.exec(typed.trim());
  return match ? { command: "/plan", text: (match[1] ?? "").trim() } : null;
}

export interface EventEnvelope {
  eventId: string;
  nowMs: number;
}

/** An Events API delivery (`event_callback`) of `event`, as Slack posts it (the tests build theirs here too). */
export function eventCallback(
  event: Record<string, unknown>,
  { eventId, nowMs }: EventEnvelope,
): OutgoingRequest {
  const body = {
    token: "playground",
    team_id: PLAYGROUND_IDS.team,
    api_app_id: PLAYGROUND_IDS.app,
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(nowMs / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: PLAYGROUND_IDS.team,
        user_id: PLAYGROUND_IDS.botUser,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
  return { contentType: "application/json", body: JSON.stringify(body) };
}

/** A message the person typed in their DM with the bot (Events API `message.im`). */
export function directMessageEvent(
  args: EventEnvelope & { text: string; ts: string; user?: string },
): OutgoingRequest {
  const user = args.user ?? PLAYGROUND_IDS.user;
  return eventCallback(
    {
      type: "message",
      channel: dmChannelOf(user),
      channel_type: "im",
      user,
      text: escapeTyped(args.text),
      ts: args.ts,
      event_ts: args.ts,
      team: PLAYGROUND_IDS.team,
      client_msg_id: args.eventId,
    },
    args,
  );
}

/** The person opened the bot's Home tab. */
export function appHomeOpenedEvent(
  args: EventEnvelope & { eventTs: string; user?: string },
): OutgoingRequest {
  const user = args.user ?? PLAYGROUND_IDS.user;
  return eventCallback(
    {
      type: "app_home_opened",
      user,
      channel: dmChannelOf(user),
      tab: "home",
      event_ts: args.eventTs,
    },
    args,
  );
}

/** A slash command, as the form Slack posts. */
export function slashCommandRequest(args: {
  command: string;
  text: string;
  responseUrl: string;
  triggerId: string;
  user?: string;
}): OutgoingRequest {
  const user = args.user ?? PLAYGROUND_IDS.user;
  const form = new URLSearchParams({
    token: "playground",
    team_id: PLAYGROUND_IDS.team,
    team_domain: "playground",
    channel_id: dmChannelOf(user),
    channel_name: "directmessage",
    user_id: user,
    user_name: userNameOf(user),
    command: args.command,
    text: escapeTyped(args.text),
    api_app_id: PLAYGROUND_IDS.app,
    is_enterprise_install: "false",
    response_url: args.responseUrl,
    trigger_id: args.triggerId,
  });
  return { contentType: "application/x-www-form-urlencoded", body: form.toString() };
}

/** The button that was pressed, as it appears in `actions[0]`. */
export interface PressedButton {
  actionId: string;
  blockId: string;
  value?: string;
  text: unknown;
  style?: string;
}

/** Where the button was: a message (with what Slack knows of it) or the Home tab. */
export type ActionSource =
  | {
      surface: "message";
      channel: string;
      ts: string;
      threadTs?: string;
      ephemeral: boolean;
      text: string;
      blocks: unknown[] | null;
      responseUrl: string;
    }
  | { surface: "home"; blocks: unknown[] }
  /** A modal: its view as Slack describes it (views.open's answer), and what the person has entered so far. */
  | { surface: "modal"; view: Record<string, unknown>; values: StateValues };

/** `view.state.values` as Slack sends it: block id → action id → the element's current value. */
export type StateValues = Record<string, Record<string, Record<string, unknown>>>;

/** The `user` of an interaction payload. */
function payloadUser(user: string) {
  const name = userNameOf(user);
  return { id: user, username: name, name, team_id: PLAYGROUND_IDS.team };
}

/**
 * A `block_actions` interaction. Slack leaves `message` out for an ephemeral message (it is not stored) and
 * gives no `response_url` for the Home tab; the payload here does the same, so the bot's code paths are the
 * ones it will meet in Slack.
 */
export function blockActionsRequest(args: {
  button: PressedButton;
  source: ActionSource;
  triggerId: string;
  nowMs: number;
  user?: string;
}): OutgoingRequest {
  const { button, source } = args;
  const action = {
    type: "button",
    action_id: button.actionId,
    block_id: button.blockId,
    text: button.text,
    ...(button.value === undefined ? {} : { value: button.value }),
    ...(button.style === undefined ? {} : { style: button.style }),
    action_ts: (args.nowMs / 1000).toFixed(6),
  };
  const where =
    source.surface === "modal"
      ? {
          container: { type: "view", view_id: source.view.id },
          view: { ...source.view, state: { values: source.values } },
        }
      : source.surface === "home"
        ? {
            container: { type: "view", view_id: PLAYGROUND_IDS.homeViewId },
            view: {
              id: PLAYGROUND_IDS.homeViewId,
              team_id: PLAYGROUND_IDS.team,
              type: "home",
              blocks: source.blocks,
              private_metadata: "",
              callback_id: "",
              state: { values: {} },
              app_id: PLAYGROUND_IDS.app,
              bot_id: PLAYGROUND_IDS.botId,
            },
          }
        : {
            container: {
              type: "message",
              message_ts: source.ts,
              channel_id: source.channel,
              is_ephemeral: source.ephemeral,
              ...(source.threadTs === undefined ? {} : { thread_ts: source.threadTs }),
            },
            channel: { id: source.channel, name: "directmessage" },
            ...(source.ephemeral
              ? {}
              : {
                  message: {
                    type: "message",
                    user: PLAYGROUND_IDS.botUser,
                    bot_id: PLAYGROUND_IDS.botId,
                    ts: source.ts,
                    text: source.text,
                    ...(source.blocks === null ? {} : { blocks: source.blocks }),
                    ...(source.threadTs === undefined ? {} : { thread_ts: source.threadTs }),
                  },
                }),
            response_url: source.responseUrl,
          };
  const payload = {
    type: "block_actions",
    user: payloadUser(args.user ?? PLAYGROUND_IDS.user),
    api_app_id: PLAYGROUND_IDS.app,
    token: "playground",
    trigger_id: args.triggerId,
    team: { id: PLAYGROUND_IDS.team, domain: "playground" },
    enterprise: null,
    is_enterprise_install: false,
    ...where,
    state: { values: {} },
    actions: [action],
  };
  return interactionRequest(payload);
}

/**
 * A `view_submission`: the person pressed a modal's submit button. `state.values` holds every input block's
 * element, filled in or not (Slack sends `value: null` / `selected_option: null` for empty ones).
 */
export function viewSubmissionRequest(args: {
  view: Record<string, unknown>;
  values: StateValues;
  triggerId: string;
  user: string;
}): OutgoingRequest {
  const payload = {
    type: "view_submission",
    team: { id: PLAYGROUND_IDS.team, domain: "playground" },
    user: payloadUser(args.user),
    api_app_id: PLAYGROUND_IDS.app,
    token: "playground",
    trigger_id: args.triggerId,
    view: { ...args.view, state: { values: args.values } },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return interactionRequest(payload);
}

/** `view_closed`: the person closed a modal whose view asked for it (`notify_on_close: true`). */
export function viewClosedRequest(args: {
  view: Record<string, unknown>;
  user: string;
  isCleared: boolean;
}): OutgoingRequest {
  const payload = {
    type: "view_closed",
    team: { id: PLAYGROUND_IDS.team, domain: "playground" },
    user: payloadUser(args.user),
    api_app_id: PLAYGROUND_IDS.app,
    token: "playground",
    view: args.view,
    is_cleared: args.isCleared,
    is_enterprise_install: false,
    enterprise: null,
  };
  return interactionRequest(payload);
}

/** How Slack sends every interaction (buttons, modal submissions, closes): a form with one `payload` field of JSON. */
function interactionRequest(payload: Record<string, unknown>): OutgoingRequest {
  return {
    contentType: "application/x-www-form-urlencoded",
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
  };
}
