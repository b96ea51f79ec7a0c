/**
 * The de-duplication of Slack deliveries: answered from memory, written behind to a real SQLite file, read back on
 * a restart. Clocks and flushes are driven by the test (no waiting on timers).
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EventLedger, REMEMBER_EVENTS_MS } from "../../src/state/event-ledger.ts";
import { StateStore } from "../../src/state/store.ts";
import { tempDir } from "../reminders/fixtures.ts";

let dir: ReturnType<typeof tempDir>;
let path: string;
let now: number;
const stores: StateStore[] = [];
const open = () => {
  const store = StateStore.open(path, { clock: () => new Date(now) });
  stores.push(store);
  return store;
};

beforeEach(() => {
  dir = tempDir("events-");
  path = join(dir.path, "state.db");
  now = Date.parse("2026-12-07T00:30:00Z");
});
afterEach(() => {
  vi.useRealTimers();
  for (const s of stores.splice(0)) s.close();
  dir.remove();
});

describe("EventLedger", () => {
  it("answers a retry from memory, before anything is written", () => {
    const store = open();
    const ledger = new EventLedger(store, { now: () => now });
    expect(ledger.firstSeen("Ev1")).toBe(true);
    expect(ledger.firstSeen("Ev1")).toBe(false);
    expect(ledger.firstSeen("trigger:T1")).toBe(true);
    expect(store.eventsSince(new Date(0))).toEqual([]);
    ledger.close();
  });

  it("writes the new ids together, and a restarted app still recognises them", () => {
    const first = open();
    const ledger = new EventLedger(first, { now: () => now });
    ledger.firstSeen("Ev1");
    now += 10;
    ledger.firstSeen("Ev2");
    ledger.flush();
    expect(first.eventsSince(new Date(0)).map((e) => e.id)).toEqual(["Ev1", "Ev2"]);
    ledger.firstSeen("Ev3");
    ledger.close();
    first.close();
    now += 5 * 60 * 1000;
    const restarted = new EventLedger(open(), { now: () => now });
    expect(["Ev1", "Ev2", "Ev3", "Ev4"].map((id) => restarted.firstSeen(id))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    restarted.close();
  });

  it("writes behind on its own, once, after flushMs", () => {
    vi.useFakeTimers();
    const store = open();
    const write = vi.spyOn(store, "markEventsProcessed");
    const ledger = new EventLedger(store, { now: () => now, flushMs: 1000 });
    ledger.firstSeen("Ev1");
    ledger.firstSeen("Ev2");
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]?.[0].map((e) => e.id)).toEqual(["Ev1", "Ev2"]);
    ledger.close();
  });

  it("forgets from memory, and does not read back, ids older than it remembers", () => {
    const store = open();
    const ledger = new EventLedger(store, { now: () => now });
    ledger.firstSeen("EvOld");
    ledger.flush();
    now += REMEMBER_EVENTS_MS + 1;
    ledger.flush();
    expect(ledger.firstSeen("EvOld")).toBe(true);
    ledger.close();
    expect(new EventLedger(store, { now: () => now }).firstSeen("EvNew")).toBe(true);
  });

  it("keeps answering from memory when a write fails, and says so", () => {
    const store = open();
    vi.spyOn(store, "markEventsProcessed").mockImplementation(() => {
      throw new Error("database is locked");
    });
    const errors: unknown[] = [];
    const ledger = new EventLedger(store, { now: () => now, onWriteError: (e) => errors.push(e) });
    ledger.firstSeen("Ev1");
    expect(() => ledger.flush()).not.toThrow();
    expect(String(errors[0])).toContain("database is locked");
    expect(ledger.firstSeen("Ev1")).toBe(false);
  });
});
