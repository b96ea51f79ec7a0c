/**
 * The Web API stand-in the playground's bot talks to: the shared loopback stand-in, plus a way for the
 * playground to follow each call as it happens.
 *
 * It also chooses the `ts` of each posted message itself. The page must know a message's `ts` to apply a
 * later `chat.update` or to send it back in a button's payload, and the base stand-in picks the `ts` only after
 * `onCall` has run. So `onCall` queues the reply (same shape as the default one) with a `ts` from `newTs()`,
 * which the page shares for the person's own messages, keeping every `ts` unique and in order. Do not share
 * this stand-in with a test that queues its own replies: they would come after the playground's.
 */
import {
  type RecordedCall,
  SlackWebApiStandIn,
  type StandInOptions,
} from "../slack-stand-in/web-api-stand-in.ts";

export interface ObservedCall {
  call: RecordedCall;
  /** The `ts` the bot was given back, for chat.postMessage and chat.postEphemeral. */
  ts?: string;
}

export type CallListener = (observed: ObservedCall) => void;

export class PlaygroundStandIn extends SlackWebApiStandIn {
  private readonly listeners = new Set<CallListener>();
  private lastTs = 0;

  constructor(options: Omit<StandInOptions, "onCall"> = {}) {
    // `this` does not exist before super(), so the hook closes over a late-bound reference.
    let self: PlaygroundStandIn | null = null;
    super({ ...options, onCall: (call) => self?.observe(call) });
    self = this;
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

  private observe(call: RecordedCall): void {
    let ts: string | undefined;
    const a = call.args;
    if (call.method === "chat.postMessage") {
      ts = this.newTs();
      this.queue(call.method, {
        body: { ok: true, channel: a.channel, ts, message: { ts, text: a.text, blocks: a.blocks } },
      });
    } else if (call.method === "chat.postEphemeral") {
      ts = this.newTs();
      this.queue(call.method, { body: { ok: true, message_ts: ts } });
    }
    const observed: ObservedCall = ts === undefined ? { call } : { call, ts };
    for (const listener of this.listeners) listener(observed);
  }
}
