/**
 * The Web API stand-in with Slack's rate limits enforced, for the reminder benchmark and tests of pacing:
 * chat.postMessage at most one per second per channel (a post to a user ID counts against that user's DM), and
 * conversations.open and users.lookupByEmail at most `perMinute` a minute each (Tier 3, about 50) in a sliding
 * window. A call beyond a limit is answered as Slack answers it: HTTP 429 with Retry-After in whole seconds,
 * and nothing done. The clock is injected, so a run can be simulated in virtual time.
 *
 * Slack also limits chat.postMessage across a workspace but does not say how much; `workspacePosts` sets one
 * (off in SLACK_LIMITS, so the benchmark's floor invents no limit) for tests of how a run meets it.
 */
import type { RecordedCall, StandInReply } from "../../src/playground/web-api-stand-in.ts";
import { SlackWebApiStandIn } from "./web-api-stand-in.ts";

export interface Limits {
  /** Minimum time between two chat.postMessage to one channel. */
  postIntervalMs: number;
  /** Calls a minute allowed for each Tier 3 method (conversations.open, users.lookupByEmail). */
  perMinute: number;
  /** chat.postMessage allowed in any `windowMs` across all channels; none if absent. */
  workspacePosts?: { max: number; windowMs: number };
}

export const SLACK_LIMITS: Limits = { postIntervalMs: 1_000, perMinute: 50 };

const TIER3 = new Set(["conversations.open", "users.lookupByEmail"]);

export class LimitedWebApiStandIn extends SlackWebApiStandIn {
  private readonly lastPost = new Map<string, number>();
  private readonly tier3 = new Map<string, number[]>();
  private readonly workspaceWindow: number[] = [];
  /** Calls answered with a 429, by method. */
  readonly refused = new Map<string, number>();
  /** Posts answered with a 429, by the limit they broke. */
  readonly refusedPosts = { channel: 0, workspace: 0 };
  /**
   * Every answer held back this long (real time), as Slack's own round trip is tens of milliseconds or more: for
   * a benchmark that asks how a run fares when its time goes to waiting for Slack, not to this process's work.
   */
  answerDelayMs = 0;
  /** Posts let through, by channel (a DM counted under the user ID it was addressed by or opened for). */
  readonly delivered = new Map<string, number>();

  constructor(
    options: ConstructorParameters<typeof SlackWebApiStandIn>[0],
    private readonly now: () => number,
    private readonly limits: Limits = SLACK_LIMITS,
  ) {
    super(options);
  }

  protected override replyTo(call: RecordedCall): StandInReply {
    const wait = this.overLimitBy(call);
    if (wait > 0) {
      this.refused.set(call.method, (this.refused.get(call.method) ?? 0) + 1);
      return {
        status: 429,
        headers: { "Retry-After": String(Math.ceil(wait / 1000)) },
        body: { ok: false, error: "ratelimited" },
        ...(this.answerDelayMs > 0 ? { delayMs: this.answerDelayMs } : {}),
      };
    }
    const reply = super.replyTo(call);
    return this.answerDelayMs > 0 ? { ...reply, delayMs: this.answerDelayMs } : reply;
  }

  /** How long (ms) the call is early; 0 when it is within the limits, and then it counts against them. */
  private overLimitBy(call: RecordedCall): number {
    const now = this.now();
    if (call.method === "chat.postMessage") {
      const channel = String(call.args.channel ?? "").replace(/^D(?=[UW])/, "");
      const last = this.lastPost.get(channel);
      if (last !== undefined && now - last < this.limits.postIntervalMs) {
        this.refusedPosts.channel++;
        return last + this.limits.postIntervalMs - now;
      }
      const workspace = this.limits.workspacePosts;
      if (workspace) {
        while (
          this.workspaceWindow.length > 0 &&
          now - (this.workspaceWindow[0] as number) >= workspace.windowMs
        ) {
          this.workspaceWindow.shift();
        }
        if (this.workspaceWindow.length >= workspace.max) {
          this.refusedPosts.workspace++;
          return (this.workspaceWindow[0] as number) + workspace.windowMs - now;
        }
        this.workspaceWindow.push(now);
      }
      this.lastPost.set(channel, now);
      this.delivered.set(channel, (this.delivered.get(channel) ?? 0) + 1);
      return 0;
    }
    if (TIER3.has(call.method)) {
      const window = (this.tier3.get(call.method) ?? []).filter((t) => now - t < 60_000);
      this.tier3.set(call.method, window);
      if (window.length >= this.limits.perMinute) return (window[0] as number) + 60_000 - now;
      window.push(now);
      return 0;
    }
    return 0;
  }
}
