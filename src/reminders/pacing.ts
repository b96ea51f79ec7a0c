/**
 * Spacing reminder posts out, per channel: Slack limits chat.postMessage to about one per second per channel
 * (with short bursts allowed) and a run posts one digest to each of many channels, so only posts to the same
 * channel wait for each other. Whatever else Slack limits (its workspace-wide ceiling) it says with a 429 and
 * Retry-After, which the run waits out (send.ts); guessing a global pace here only made a 1,000-recipient run
 * take 1,000 × 1.1 s (issue 14).
 */
import { type Sleep, sleep } from "../sleep.ts";

/** Spaces out posts. */
export interface Pacer {
  /**
   * Resolves when the next post to `channel` may go out, or as soon as `signal` aborts. Posts given no channel
   * are paced against each other.
   */
  wait(signal?: AbortSignal, channel?: string): Promise<void>;
}

/** A little more than Slack's one chat.postMessage per second per channel. */
export const POST_INTERVAL_MS = 1_100;

export function intervalPacer(
  intervalMs: number = POST_INTERVAL_MS,
  wait: Sleep = sleep,
  now: () => number = () => performance.now(),
): Pacer {
  const last = new Map<string | undefined, number>();
  return {
    async wait(signal, channel) {
      const previous = last.get(channel);
      if (previous !== undefined) {
        const remaining = previous + intervalMs - now();
        if (remaining > 0) await wait(remaining, signal);
      }
      last.set(channel, now());
    },
  };
}

/** No pacing: for tests, and for callers that pace themselves. */
export const noPacing: Pacer = { wait: async () => {} };
