/**
 * The playground's Web API stand-in (src/playground/web-api-stand-in.ts) with what only tests need: answers
 * queued per method (errors, 429s, a slow Slack, a connection dropped after the call was read) and waiting for
 * calls to arrive.
 */
import {
  type RecordedCall,
  type StandInReply,
  WebApiStandIn,
} from "../../src/playground/web-api-stand-in.ts";

export type { RecordedCall, StandInReply };

export class SlackWebApiStandIn extends WebApiStandIn {
  private readonly queued = new Map<string, StandInReply[]>();

  /** Makes the next call(s) of `method` answer with `replies`, in order, instead of the default. */
  queue(method: string, ...replies: StandInReply[]): void {
    this.queued.set(method, [...(this.queued.get(method) ?? []), ...replies]);
  }

  protected override replyTo(call: RecordedCall): StandInReply {
    const queued = this.queued.get(call.method)?.shift();
    if (queued) return queued;
    const reply = super.replyTo(call);
    // As Slack does: a post addressed to a user ID goes to the bot's DM with them, and the answer names the DM.
    const to = String(call.args.channel ?? "");
    const body = reply.body as { ok?: boolean } | null;
    if (call.method === "chat.postMessage" && /^[UW]/.test(to) && body?.ok) {
      return { ...reply, body: { ...body, channel: `D${to}` } };
    }
    return reply;
  }

  /** Waits until `predicate` holds for the recorded calls, or fails after `timeoutMs`. */
  async waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > deadline) {
        throw new Error(
          `stand-in: condition not met in ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(", ")}`,
        );
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
