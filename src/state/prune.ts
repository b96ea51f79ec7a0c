/**
 * Forgets old processed Slack events now and then, so the de-duplication table does not grow forever, and
 * questions logged longer ago than the kept period (a year by default), so the log holds what is still useful. A failing
 * prune (a locked or full disk, a store closed under it) is logged and tried again at the next interval: it must
 * never become an uncaught exception that takes the app down.
 */
import type { LogWriter } from "../logger.ts";
import type { StateStore } from "./store.ts";

/** Slack stops retrying an event within the hour; a day is plenty. */
export const KEEP_EVENTS_MS = 24 * 60 * 60 * 1000;
export const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** Unanswered questions are read over months (a fiscal year's questions before the next plan's words). */
export const KEEP_QUESTION_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The part of a logger pruning writes to (Bolt's Logger in the app). */
export type PruneLogger = Pick<LogWriter, "debug" | "warn">;

export interface EventPruning {
  /** Stops pruning; call it before the store is closed. */
  stop(): void;
}

export function startEventPruning(
  store: StateStore,
  logger: PruneLogger,
  options: { everyMs?: number; keepMs?: number; keepQuestionDays?: number; now?: () => number } = {},
): EventPruning {
  const keepMs = options.keepMs ?? KEEP_EVENTS_MS;
  const keepQuestionsMs = (options.keepQuestionDays ?? KEEP_QUESTION_DAYS) * DAY_MS;
  const now = options.now ?? Date.now;
  const timer = setInterval(() => {
    try {
      const removed = store.pruneProcessedEvents(new Date(now() - keepMs));
      if (removed > 0) logger.debug(`処理済みイベントの記録を ${removed} 件削除しました`);
      const forgotten = store.questions.prune(new Date(now() - keepQuestionsMs));
      if (forgotten > 0) logger.debug(`古い未回答の質問の記録を ${forgotten} 件削除しました`);
      store.pruneLookups(now());
    } catch (err) {
      logger.warn("処理済みイベントの記録を削除できませんでした（次の回にもう一度試します）", err);
    }
  }, options.everyMs ?? PRUNE_EVERY_MS);
  // Pruning alone must not keep the process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
