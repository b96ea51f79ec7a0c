/**
 * Spacing reminder posts out. Slack limits chat.postMessage to about one per second per channel; a run posts to
 * many channels, so the pacer keeps a little more than a second between posts.
 */
import { type Sleep, sleep } from "../sleep.ts";

/** Spaces out posts. */
export interface Pacer {
  /** Resolves when the next post may go out, or as soon as `signal` aborts. */
  wait(signal?: AbortSignal): Promise<void>;
}

/** Slack allows about one chat.postMessage per second per channel; the same spacing keeps us far from the workspace limit. */
export const POST_INTERVAL_MS = 1_100;

export function intervalPacer(
  intervalMs: number = POST_INTERVAL_MS,
  wait: Sleep = sleep,
  now: () => number = () => performance.now(),
): Pacer {
  let last: number | null = null;
  return {
    async wait(signal) {
      if (last !== null) {
        const remaining = last + intervalMs - now();
        if (remaining > 0) await wait(remaining, signal);
      }
      last = now();
    },
  };
}

/** No pacing: for tests, and for callers that pace themselves. */
export const noPacing: Pacer = { wait: async () => {} };
