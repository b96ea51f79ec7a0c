/**
 * The hourly prune of processed events: it runs on its interval, a failing prune is logged and does not throw
 * out of the timer (an uncaught exception would take the app down), and stopping it clears the interval.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startEventPruning } from "../../src/state/prune.ts";
import { StateStore } from "../../src/state/store.ts";
import { recordingLogger, tempDir } from "../reminders/fixtures.ts";

let dir: ReturnType<typeof tempDir>;
let store: StateStore;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  dir = tempDir("prune-");
  store = StateStore.open(join(dir.path, "state.db"), { clock: () => new Date("2026-11-24T00:00:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
  store.close();
  dir.remove();
});

describe("pruning processed events", () => {
  it("forgets events older than the kept period at each interval", () => {
    store.markEventsProcessed([{ id: "Ev0001", at: Date.parse("2026-11-24T00:00:00Z") }]);
    const pruning = startEventPruning(store, recordingLogger(), {
      everyMs: 1_000,
      keepMs: 60_000,
      now: () => new Date("2026-11-24T00:02:00Z").getTime(),
    });
    vi.advanceTimersByTime(1_000);
    expect(store.eventsSince(new Date(0))).toEqual([]);
    pruning.stop();
  });

  it("logs a failing prune instead of throwing, and tries again at the next interval", () => {
    const logger = recordingLogger();
    const pruning = startEventPruning(store, logger, { everyMs: 1_000 });
    store.close();
    expect(() => vi.advanceTimersByTime(2_000)).not.toThrow();
    const warnings = logger.lines.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(2);
    expect(warnings[0]?.text).toContain("処理済みイベントの記録を削除できませんでした");
    pruning.stop();
  });

  it("runs no more once stopped, so the store can be closed after", () => {
    const prune = vi.spyOn(store, "pruneProcessedEvents");
    const pruning = startEventPruning(store, recordingLogger(), { everyMs: 1_000 });
    vi.advanceTimersByTime(1_000);
    pruning.stop();
    vi.advanceTimersByTime(5_000);
    expect(prune).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
