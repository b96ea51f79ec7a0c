/**
 * The weekly slot in Japan: moved off holidays, weekends and the 年末年始 closure, named by ISO week, and the same
 * whatever the machine's own time zone is (the servers run in UTC; developers' laptops do not).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  calendarDay,
  DEFAULT_SCHEDULE,
  isDue,
  nextSlots,
  nonBusinessReason,
  parseZonedInstant,
  slotForWeekContaining,
  toZonedIso,
  upcomingWeeks,
  type WeeklySchedule,
  weekKey,
} from "../../src/reminders/calendar.ts";

const TOKYO = "Asia/Tokyo";
const iso = (d: Date | null) => (d ? toZonedIso(d, TOKYO) : null);
const at = (s: string) => new Date(s);
const tuesdays: WeeklySchedule = { ...DEFAULT_SCHEDULE, weekday: 2 };

describe("business days", () => {
  it.each([
    ["2026-11-23", "勤労感謝の日"],
    ["2027-01-11", "成人の日"],
    ["2027-01-01", "元日"],
    ["2026-12-29", "年末年始休業"],
    ["2027-01-02", "年末年始休業"],
    ["2027-01-03", "年末年始休業"],
    ["2026-11-28", "土曜日"],
    ["2026-11-29", "日曜日"],
    ["2026-05-06", "こどもの日 振替休日"],
  ])("%s is not a business day: %s", (day, reason) => {
    expect(nonBusinessReason(day)).toBe(reason);
  });

  it.each(["2026-11-24", "2026-12-28", "2027-01-04", "2027-01-12"])("%s is a business day", (day) => {
    expect(nonBusinessReason(day)).toBeNull();
  });
});

describe.each(["UTC", "America/Los_Angeles", "Asia/Tokyo"])("with the machine in %s", (machineZone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = machineZone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it("really runs in that zone (the premise of the other tests)", () => {
    const offset = new Date("2026-07-01T00:00:00Z").getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, "America/Los_Angeles": 420, "Asia/Tokyo": -540 }[machineZone]);
  });

  it("moves the slot of 勤労感謝の日 (Monday 2026-11-23) to Tuesday at the same time", () => {
    const slot = slotForWeekContaining(at("2026-11-23T10:00:00+09:00"), DEFAULT_SCHEDULE);
    expect(slot.week).toBe("2026-W48");
    expect(iso(slot.nominal)).toBe("2026-11-23T09:00:00+09:00");
    expect(iso(slot.at)).toBe("2026-11-24T09:00:00+09:00");
    expect(slot.skipped).toEqual([{ day: "2026-11-23", reason: "勤労感謝の日" }]);
    expect(iso(slot.weekStart)).toBe("2026-11-23T00:00:00+09:00");
    expect(iso(slot.weekEnd)).toBe("2026-11-30T00:00:00+09:00");
  });

  it("is due from the moved slot until the week ends, and not before", () => {
    const slot = slotForWeekContaining(at("2026-11-25T12:00:00+09:00"), DEFAULT_SCHEDULE);
    expect(isDue(slot, at("2026-11-23T09:00:00+09:00"))).toBe(false);
    expect(isDue(slot, at("2026-11-24T08:59:59+09:00"))).toBe(false);
    expect(isDue(slot, at("2026-11-24T09:00:00+09:00"))).toBe(true);
    expect(isDue(slot, at("2026-11-29T23:59:59+09:00"))).toBe(true);
    expect(isDue(slot, at("2026-11-30T00:00:00+09:00"))).toBe(false);
  });

  it("moves 成人の日 (Monday 2027-01-11) to Tuesday 2027-01-12", () => {
    const slot = slotForWeekContaining(at("2027-01-11T00:00:00+09:00"), DEFAULT_SCHEDULE);
    expect(slot.week).toBe("2027-W02");
    expect(iso(slot.at)).toBe("2027-01-12T09:00:00+09:00");
  });

  it("keeps Monday 2026-12-28 (the closure starts on the 29th) and Monday 2027-01-04 (it ended on the 3rd)", () => {
    const before = slotForWeekContaining(at("2026-12-28T12:00:00+09:00"), DEFAULT_SCHEDULE);
    expect([before.week, iso(before.at)]).toEqual(["2026-W53", "2026-12-28T09:00:00+09:00"]);
    const after = slotForWeekContaining(at("2027-01-04T12:00:00+09:00"), DEFAULT_SCHEDULE);
    expect([after.week, iso(after.at)]).toEqual(["2027-W01", "2027-01-04T09:00:00+09:00"]);
  });

  it("moves a slot in the closure to the first business day after it in the same week (Monday 2024-01-01 → Thursday 1/4)", () => {
    const slot = slotForWeekContaining(at("2024-01-02T12:00:00+09:00"), DEFAULT_SCHEDULE);
    expect(slot.week).toBe("2024-W01");
    expect(iso(slot.at)).toBe("2024-01-04T09:00:00+09:00");
    expect(slot.skipped.map((s) => s.reason)).toEqual(["元日", "年末年始休業", "年末年始休業"]);
  });

  it("gives a week with no business day left no slot instead of a second digest the next week (Tuesday 2026-12-29)", () => {
    const slot = slotForWeekContaining(at("2026-12-30T12:00:00+09:00"), tuesdays);
    expect(slot.week).toBe("2026-W53");
    expect(slot.at).toBeNull();
    expect(isDue(slot, at("2026-12-31T12:00:00+09:00"))).toBe(false);
    expect(slot.skipped.map((s) => s.day)).toEqual([
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
    // The Monday schedule's week 2025-12-29 is all closure and weekend too.
    expect(slotForWeekContaining(at("2025-12-29T12:00:00+09:00"), DEFAULT_SCHEDULE).at).toBeNull();
  });

  it("lists the next slots in Tokyo time, skipping the week with none", () => {
    const slots = nextSlots(at("2026-12-23T12:00:00+09:00"), tuesdays, 4).map((s) => [s.week, iso(s.at)]);
    expect(slots).toEqual([
      ["2027-W01", "2027-01-05T09:00:00+09:00"],
      ["2027-W02", "2027-01-12T09:00:00+09:00"],
      ["2027-W03", "2027-01-19T09:00:00+09:00"],
      ["2027-W04", "2027-01-26T09:00:00+09:00"],
    ]);
    const weeks = upcomingWeeks(at("2026-12-23T12:00:00+09:00"), tuesdays, 2).map((w) => w.week);
    expect(weeks).toEqual(["2026-W53", "2027-W01", "2027-W02"]);
  });

  it("lists this week's slot while it is still to come, and not once it has come", () => {
    const first = (now: string) => iso(nextSlots(at(now), DEFAULT_SCHEDULE, 1)[0]?.at ?? null);
    expect(first("2026-11-24T08:59:00+09:00")).toBe("2026-11-24T09:00:00+09:00");
    expect(first("2026-11-24T09:00:00+09:00")).toBe("2026-11-30T09:00:00+09:00");
  });

  it("takes the day in Japan, not in UTC: Monday 00:30 in Tokyo is still Sunday in UTC", () => {
    const now = at("2026-11-29T15:30:00Z"); // 2026-11-30 00:30 JST
    expect(calendarDay(now, TOKYO)).toBe("2026-11-30");
    expect(weekKey(now, TOKYO)).toBe("2026-W49");
    expect(slotForWeekContaining(now, DEFAULT_SCHEDULE).week).toBe("2026-W49");
  });

  it("names weeks by ISO week year across New Year", () => {
    expect(weekKey(at("2027-01-01T05:00:00+09:00"), TOKYO)).toBe("2026-W53");
    expect(weekKey(at("2025-12-29T05:00:00+09:00"), TOKYO)).toBe("2026-W01");
    expect(weekKey(at("2026-11-23T00:00:00+09:00"), TOKYO)).toBe("2026-W48");
  });

  it("honours a configured weekday, time and zone", () => {
    const friday: WeeklySchedule = { weekday: 5, hour: 17, minute: 30, timeZone: TOKYO };
    expect(iso(slotForWeekContaining(at("2026-11-24T12:00:00+09:00"), friday).at)).toBe(
      "2026-11-27T17:30:00+09:00",
    );
    // A schedule kept in another zone still skips Japanese holidays, on that zone's calendar day, across DST.
    const la: WeeklySchedule = { ...DEFAULT_SCHEDULE, timeZone: "America/Los_Angeles" };
    const slot = slotForWeekContaining(at("2026-11-25T00:00:00Z"), la);
    expect(slot.at?.toISOString()).toBe("2026-11-24T17:00:00.000Z");
    const summer = slotForWeekContaining(at("2026-07-01T00:00:00Z"), la);
    expect(summer.at?.toISOString()).toBe("2026-06-29T16:00:00.000Z");
  });

  it("reads --now without an offset as Tokyo wall time", () => {
    expect(parseZonedInstant("2026-11-24T09:30", TOKYO).toISOString()).toBe("2026-11-24T00:30:00.000Z");
    expect(parseZonedInstant("2026-11-24", TOKYO).toISOString()).toBe("2026-11-23T15:00:00.000Z");
    expect(parseZonedInstant("2026-11-24T09:30:00+09:00", TOKYO).toISOString()).toBe(
      "2026-11-24T00:30:00.000Z",
    );
    expect(parseZonedInstant("2026-11-24T00:30Z", TOKYO).toISOString()).toBe("2026-11-24T00:30:00.000Z");
    expect(parseZonedInstant("2026-11-24T09:30+0900", TOKYO).toISOString()).toBe("2026-11-24T00:30:00.000Z");
  });
});

describe("parseZonedInstant", () => {
  it.each(["", "tomorrow", "2026-02-30", "2026-13-01", "2026-11-24T24:00", "2026/11/24"])(
    "refuses %j with a message in Japanese",
    (text) => {
      expect(() => parseZonedInstant(text, TOKYO)).toThrow(/日時が読めません/);
    },
  );
});
