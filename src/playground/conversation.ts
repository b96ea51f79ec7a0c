/**
 * What the page shows, kept on the server: the DM's messages and the Home tab, built from the person's input
 * and from the bot's Web API calls as Slack would apply them (post, ephemeral, update, delete, response_url
 * with `replace_original` / `delete_original` / `response_type`, views.publish). Each change comes out as a
 * `PageEvent` for the page; a page that (re)connects gets a snapshot, so reloading loses nothing.
 */
import { renderBlocks, renderMessage } from "./render/blocks.ts";
import type { PageModal } from "./render/modal.ts";
import type { UserNames } from "./render/mrkdwn.ts";
import {
  dmChannelOf,
  dmOwnerOf,
  escapeTyped,
  PLAYGROUND_IDS,
  PLAYGROUND_USER_NAMES,
} from "./slack-requests.ts";
import type { ObservedCall } from "./stand-in.ts";

export interface PageMessage {
  ts: string;
  channel: string;
  threadTs?: string;
  author: "person" | "bot";
  /** Only the person sees it (postEphemeral, a slash command's answer); Slack shows a note and no history. */
  ephemeral: boolean;
  /** The person's message was a slash command (Slack shows it to no one; the page shows it to keep context). */
  command?: boolean;
  text: string;
  blocks: unknown[] | null;
  /**
   * The persona who sees it: whose DM it is in, who typed it, or whom an ephemeral message is for. Absent for
   * a post to a channel, which everyone sees. The page marks messages for someone other than the persona.
   */
  audience?: string;
  /** The message rendered for the page, escaped throughout. */
  html: string;
}

export interface HomeView {
  /** Whose Home tab it is (views.publish's user_id): each persona has their own. */
  user?: string;
  blocks: unknown[];
  html: string;
}

export type PageEvent =
  | {
      type: "snapshot";
      messages: PageMessage[];
      home: HomeView | null;
      /** Filled in by the server: the open modals (bottom first) and who the person is. */
      modals?: PageModal[];
      persona?: string;
    }
  | { type: "modals"; modals: PageModal[] }
  | { type: "persona"; user: string }
  | { type: "message"; message: PageMessage }
  | { type: "update"; message: PageMessage }
  | { type: "delete"; ts: string }
  | { type: "home"; home: HomeView };

/** Where a response_url's posts land: the conversation, and the message whose button was pressed. */
export interface ResponseTarget {
  channel: string;
  messageTs?: string;
}

/** A page that stays open for a day should not grow without bound. */
const MAX_MESSAGES = 500;

type Args = Record<string, unknown>;

function blocksOf(value: unknown): unknown[] | null {
  return Array.isArray(value) ? value : null;
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

export class Conversation {
  private readonly messages: PageMessage[] = [];
  private home: HomeView | null = null;
  private readonly homes = new Map<string, HomeView>();
  private readonly responseTargets = new Map<string, ResponseTarget>();

  /**
   * `newTs` gives the ts of messages the playground creates itself (response_url posts); `users` names the
   * people mentions point at.
   */
  constructor(
    private readonly newTs: () => string,
    private readonly users: UserNames = PLAYGROUND_USER_NAMES,
  ) {}

  snapshot(): Extract<PageEvent, { type: "snapshot" }> {
    return { type: "snapshot", messages: [...this.messages], home: this.home };
  }

  find(ts: string): PageMessage | undefined {
    return this.messages.find((m) => m.ts === ts);
  }

  /** The Home tab last published, or `user`'s. */
  homeView(user?: string): HomeView | null {
    return user === undefined ? this.home : (this.homes.get(user) ?? null);
  }

  /** Registers a response_url handed to the bot, so its later posts find their message. */
  expectResponses(responseId: string, target: ResponseTarget): void {
    this.responseTargets.set(responseId, target);
  }

  addPersonMessage(
    ts: string,
    text: string,
    command: boolean,
    user: string = PLAYGROUND_IDS.user,
  ): PageEvent {
    return this.add({
      ts,
      channel: dmChannelOf(user),
      audience: user,
      author: "person",
      ephemeral: command,
      ...(command ? { command } : {}),
      text,
      blocks: null,
      // What the person typed is text, not mrkdwn to interpret: Slack escapes it before anything else.
      html: renderMessage({ text: escapeTyped(text) }, { users: this.users }).value,
    });
  }

  /** A message from the bot that did not come through the Web API (a slash command's HTTP answer). */
  addBotMessage(ts: string, args: Args, ephemeral: boolean, user: string = PLAYGROUND_IDS.user): PageEvent {
    return this.add({ ...this.botMessage(ts, dmChannelOf(user), args, ephemeral), audience: user });
  }

  /** Applies one of the bot's Web API calls; returns what changed on the page (often nothing). */
  apply({ call, ts }: ObservedCall): PageEvent[] {
    const a = call.args;
    switch (call.method) {
      case "chat.postMessage":
      case "chat.postEphemeral": {
        if (ts === undefined) return [];
        const message = this.botMessage(ts, textOf(a.channel), a, call.method === "chat.postEphemeral");
        return [this.add(message)];
      }
      case "chat.update": {
        // chat.update keeps the old blocks when none are given; a response_url replacement does not.
        const updated = this.replace(
          textOf(a.ts),
          a.blocks === undefined ? { ...a, blocks: this.find(textOf(a.ts))?.blocks } : a,
        );
        return updated ? [updated] : [];
      }
      case "chat.delete":
        return this.remove(textOf(a.ts));
      case "response_url":
        return this.respond(call.responseId ?? "", a);
      case "views.publish": {
        const blocks = blocksOf((a.view as Args | undefined)?.blocks) ?? [];
        const user = typeof a.user_id === "string" ? a.user_id : undefined;
        this.home = {
          ...(user === undefined ? {} : { user }),
          blocks,
          html: renderBlocks(blocks, { users: this.users }).value,
        };
        if (user !== undefined) this.homes.set(user, this.home);
        return [{ type: "home", home: this.home }];
      }
      default:
        return [];
    }
  }

  private respond(responseId: string, a: Args): PageEvent[] {
    const target = this.responseTargets.get(responseId) ?? { channel: PLAYGROUND_IDS.channel };
    const original = target.messageTs;
    if (a.delete_original === true && original !== undefined) return this.remove(original);
    if (a.replace_original === true && original !== undefined) {
      const updated = this.replace(original, a);
      if (updated) return [updated];
    }
    // Without replace_original a response is a new message, ephemeral unless the bot asked for in_channel.
    const message = this.botMessage(this.newTs(), target.channel, a, a.response_type !== "in_channel");
    return [this.add(message)];
  }

  private botMessage(ts: string, channel: string, a: Args, ephemeral: boolean): PageMessage {
    const blocks = blocksOf(a.blocks);
    const threadTs = typeof a.thread_ts === "string" ? a.thread_ts : undefined;
    // An ephemeral post names its one reader; otherwise a DM's owner reads it.
    const audience = ephemeral && typeof a.user === "string" ? a.user : dmOwnerOf(channel);
    return {
      ts,
      channel,
      ...(threadTs === undefined ? {} : { threadTs }),
      ...(audience === null ? {} : { audience }),
      author: "bot",
      ephemeral,
      text: textOf(a.text),
      blocks,
      html: renderMessage({ text: a.text, blocks }, { users: this.users }).value,
    };
  }

  private add(message: PageMessage): PageEvent {
    this.messages.push(message);
    if (this.messages.length > MAX_MESSAGES) this.messages.splice(0, this.messages.length - MAX_MESSAGES);
    return { type: "message", message };
  }

  private replace(ts: string, a: Args): PageEvent | null {
    const index = this.messages.findIndex((m) => m.ts === ts);
    const old = this.messages[index];
    if (!old) return null;
    const blocks = blocksOf(a.blocks);
    const message: PageMessage = {
      ...old,
      text: textOf(a.text),
      blocks,
      html: renderMessage({ text: a.text, blocks }, { users: this.users }).value,
    };
    this.messages[index] = message;
    return { type: "update", message };
  }

  private remove(ts: string): PageEvent[] {
    const index = this.messages.findIndex((m) => m.ts === ts);
    if (index === -1) return [];
    this.messages.splice(index, 1);
    return [{ type: "delete", ts }];
  }
}
