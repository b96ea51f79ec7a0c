/**
 * The Web API stand-in the playground's bot talks to: the shared loopback stand-in, plus a way for the
 * playground to follow each call as it happens.
 *
 * It also chooses the `ts` of each posted message itself. The page must know a message's `ts` to apply a
 * later `chat.update` or to send it back in a button's payload, and the base stand-in answers only after
 * `onCall` has run. So `onCall` picks the `ts` with `newTs()` (which the page shares for the person's own
 * messages, keeping every `ts` unique and in order) and the reply (same shape as the default one) carries it.
 * views.open, views.push and views.update are answered the same way, from the modal store (modals.ts), which
 * checks the trigger id and gives the view its id and hash.
 */
import { type ApiBody, ModalStore } from "./modals.ts";
import {
  dmOf,
  type RecordedCall,
  type StandInOptions,
  type StandInReply,
  WebApiStandIn,
} from "./web-api-stand-in.ts";

export interface ObservedCall {
  call: RecordedCall;
  /** The `ts` the bot was given back, for chat.postMessage and chat.postEphemeral. */
  ts?: string;
}

export type CallListener = (observed: ObservedCall) => void;

export class PlaygroundStandIn extends WebApiStandIn {
  private readonly listeners = new Set<CallListener>();
  private lastTs = 0;

  /** The modals the bot has opened, and the trigger ids the playground handed out. */
  readonly modals: ModalStore;
  private readonly viewReplies = new WeakMap<RecordedCall, ApiBody>();

  /** `now` is the clock trigger ids expire by (tests choose it). */
  constructor(options: Omit<StandInOptions, "onCall"> & { now?: () => number } = {}) {
    // `this` does not exist before super(), so the hook closes over a late-bound reference.
    let self: PlaygroundStandIn | null = null;
    const { now, ...rest } = options;
    super({ ...rest, onCall: (call) => self?.observe(call) });
    self = this;
    this.modals = new ModalStore(now);
  }

  /** Follows every call; returns the function that stops following. */
  subscribe(listener: CallListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * A Slack-style `ts` ("1767225600.000001"), from the clock but strictly increasing, so two messages in the
   * same microsecond still get distinct, ordered ids.
   */
  newTs(now: number = Date.now()): string {
    const micros = Math.max(now * 1000, this.lastTs + 1);
    this.lastTs = micros;
    return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, "0")}`;
  }

  /** The ts each posted message is answered with: the one the page was told about when it was observed. */
  private readonly tsOf = new WeakMap<RecordedCall, string>();

  private observe(call: RecordedCall): void {
    const view = this.modals.call(call.method, call.args);
    if (view) this.viewReplies.set(call, view);
    const posts = call.method === "chat.postMessage" || call.method === "chat.postEphemeral";
    const ts = posts ? this.newTs() : undefined;
    if (ts !== undefined) this.tsOf.set(call, ts);
    const observed: ObservedCall = ts === undefined ? { call } : { call, ts };
    for (const listener of this.listeners) listener(observed);
  }

  protected override replyTo(call: RecordedCall): StandInReply {
    const view = this.viewReplies.get(call);
    if (view) return { body: view };
    const ts = this.tsOf.get(call);
    const a = call.args;
    if (ts !== undefined && call.method === "chat.postMessage")
      return {
        body: { ok: true, channel: dmOf(a.channel), ts, message: { ts, text: a.text, blocks: a.blocks } },
      };
    if (ts !== undefined) return { body: { ok: true, message_ts: ts } };
    return super.replyTo(call);
  }
}
