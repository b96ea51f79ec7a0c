/**
 * When the weekly reminder goes out: a weekday and time in an explicit time zone, moved off Japanese non-business
 * days (weekends, national holidays, the 年末年始 closure 12/29–1/3).
 *
 * Every date here is computed in the schedule's zone with TZDate, never in the machine's local time: the servers
 * run in UTC, where "today" is the wrong day in Japan for nine hours of every day.
 *
 * A week is an ISO week (Monday–Sunday) in the schedule's zone, named like "2026-W48". Each week has at most one
 * slot: the nominal weekday and time, or, when that day is not a business day, the same time on the next business
 * day *of the same week*. When no business day is left in the week (a Monday 12/29: the closure runs into the
 * weekend), that week has no reminder; moving it into the next week would put two weeks' digests into one week,
 * and the next week's reminder is days away anyway. For the default Monday this is exactly "the next business
 * day" in every other case (成人の日 → Tuesday, GW → Thursday, 1/1 Monday → 1/4).
 */
import { TZDate, tz } from "@date-fns/tz";
import holidayJp from "@holiday-jp/holiday_jp";
import { formatISO, getISOWeek, getISOWeekYear, startOfISOWeek } from "date-fns";

/** ISO weekday: 1 = Monday … 5 = Friday. Weekends are refused by the config: nobody would read it. */
export type Weekday = 1 | 2 | 3 | 4 | 5;

export interface WeeklySchedule {
  weekday: Weekday;
  hour: number;
  minute: number;
  /** IANA time zone, e.g. "Asia/Tokyo". */
  timeZone: string;
}

export const DEFAULT_SCHEDULE: Readonly<WeeklySchedule> = {
  weekday: 1,
  hour: 9,
  minute: 0,
  timeZone: "Asia/Tokyo",
};

/** A calendar day in the schedule's zone, "2026-11-23". */
export type CalendarDay = string;

export interface WeekSlot {
  /** "2026-W48": the ISO week of the week's Monday, in the schedule's zone. Keys deliveries and snoozes. */
  week: string;
  /** Monday 00:00 of the week, in the zone. */
  weekStart: Date;
  /** The following Monday 00:00 (exclusive): after this the week's reminder is stale and never sent. */
  weekEnd: Date;
  /** The configured weekday and time of this week, before moving off non-business days. */
  nominal: Date;
  /** When the reminder goes out; null when the week has no business day on or after the nominal day. */
  at: Date | null;
  /** The non-business days the slot was moved past, with why ("勤労感謝の日", "年末年始休業", "土曜日"). */
  skipped: { day: CalendarDay; reason: string }[];
}

const holidays = holidayJp.holidays as Readonly<Record<string, { name: string }>>;

const WEEKDAY_NAMES = ["日", "月", "火", "水", "木", "金", "土"] as const;

/** Why a day is not a business day in Japan, or null when it is one. */
export function nonBusinessReason(day: CalendarDay): string | null {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const holiday = holidays[day];
  if (holiday) return holiday.name;
  if ((m === 12 && d >= 29) || (m === 1 && d <= 3)) return "年末年始休業";
  // A calendar day has no zone: any fixed zone gives the right weekday for it.
  const weekday = new TZDate(y, m - 1, d, "UTC").getDay();
  if (weekday === 0) return "日曜日";
  if (weekday === 6) return "土曜日";
  return null;
}

export function isBusinessDay(day: CalendarDay): boolean {
  return nonBusinessReason(day) === null;
}

/** The calendar day of an instant in `timeZone`. */
export function calendarDay(instant: Date, timeZone: string): CalendarDay {
  const t = new TZDate(instant.getTime(), timeZone);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/** "2026-W48": the ISO week that contains `instant` in `timeZone`. */
export function weekKey(instant: Date, timeZone: string): string {
  const inZone = { in: tz(timeZone) };
  return `${getISOWeekYear(instant, inZone)}-W${pad(getISOWeek(instant, inZone))}`;
}

/** The week that contains `now` in the schedule's zone, and its slot. */
export function slotForWeekContaining(now: Date, schedule: WeeklySchedule): WeekSlot {
  const monday = startOfISOWeek(now, { in: tz(schedule.timeZone) });
  return slotForWeekStarting(monday, schedule);
}

/**
 * The next `count` slots strictly after `now` (the current week's when it has not come yet), skipping weeks that
 * have none.
 */
export function nextSlots(now: Date, schedule: WeeklySchedule, count: number): WeekSlot[] {
  return upcomingWeeks(now, schedule, count).filter((w) => w.at !== null);
}

/**
 * The weeks from now until `slotCount` slots have been found: each week with a slot still to come, and each week
 * in between that has none (so that a person can see why a week is missing).
 */
export function upcomingWeeks(now: Date, schedule: WeeklySchedule, slotCount: number): WeekSlot[] {
  const weeks: WeekSlot[] = [];
  let found = 0;
  let week = slotForWeekContaining(now, schedule);
  // A week without a slot needs the closure and a weekend together, so this always ends; the bound is a guard.
  for (let i = 0; found < slotCount && i < slotCount * 2 + 10; i++) {
    if (week.at === null) weeks.push(week);
    else if (week.at.getTime() > now.getTime()) {
      weeks.push(week);
      found++;
    }
    week = slotForWeekContaining(week.weekEnd, schedule);
  }
  return weeks;
}

/** Whether the week's reminder should go out at `now`: its slot has come and the week is not over. */
export function isDue(slot: WeekSlot, now: Date): boolean {
  return slot.at !== null && now.getTime() >= slot.at.getTime() && now.getTime() < slot.weekEnd.getTime();
}

/** "2026-11-24T09:00:00+09:00": an instant as the zone's wall time with its offset. */
export function toZonedIso(instant: Date, timeZone: string): string {
  return formatISO(instant, { in: tz(timeZone) });
}

/** "11月24日（火）09:00": for people, in the zone. */
export function formatSlotJa(instant: Date, timeZone: string): string {
  const t = new TZDate(instant.getTime(), timeZone);
  return `${t.getFullYear()}年${t.getMonth() + 1}月${t.getDate()}日（${WEEKDAY_NAMES[t.getDay()]}）${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** "11月23日（月）": a calendar day for people. */
export function formatDayJa(day: CalendarDay): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return `${m}月${d}日（${WEEKDAY_NAMES[new TZDate(y, m - 1, d, "UTC").getDay()]}）`;
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 date or date-time ("2026-11-24T09:30+09:00"). Without an offset it is wall time in `timeZone`,
 * never in the machine's zone. Throws with a message in Japanese.
 */
export function parseZonedInstant(text: string, timeZone: string): Date {
  const m = ISO_PATTERN.exec(text.trim());
  const [, y, mo, d, h = "00", mi = "00", s = "00", ms = "0", offset] = m ?? [];
  const fields = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = fields;
  // Checked here because Date.parse quietly turns 2026-02-30 into 2 March.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const valid =
    m !== null &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  let instant = Number.NaN;
  if (valid && offset) {
    const zone = offset === "Z" ? "Z" : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
    instant = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms.padEnd(3, "0")}${zone}`);
  } else if (valid) {
    instant = new TZDate(
      year,
      month - 1,
      day,
      hour,
      minute,
      second,
      Number(ms.padEnd(3, "0")),
      timeZone,
    ).getTime();
  }
  if (Number.isNaN(instant)) {
    throw new Error(`日時が読めません: ${text}（例: 2026-11-24T09:30+09:00、2026-11-24T09:30）`);
  }
  return new Date(instant);
}

function slotForWeekStarting(monday: TZDate, schedule: WeeklySchedule): WeekSlot {
  const { timeZone } = schedule;
  const y = monday.getFullYear();
  const m = monday.getMonth();
  const d = monday.getDate();
  // Day overflow (d + 7 in a short month) is normalised by the Date arithmetic, in the zone.
  const weekEnd = new TZDate(y, m, d + 7, timeZone);
  const nominal = new TZDate(y, m, d + schedule.weekday - 1, schedule.hour, schedule.minute, timeZone);
  const skipped: WeekSlot["skipped"] = [];
  let at: Date | null = null;
  for (let offset = schedule.weekday - 1; offset < 7; offset++) {
    const candidate = new TZDate(y, m, d + offset, schedule.hour, schedule.minute, timeZone);
    const day = calendarDay(candidate, timeZone);
    const reason = nonBusinessReason(day);
    if (reason === null) {
      at = plain(candidate);
      break;
    }
    skipped.push({ day, reason });
  }
  return {
    week: weekKey(monday, timeZone),
    weekStart: plain(monday),
    weekEnd: plain(weekEnd),
    nominal: plain(nominal),
    at,
    skipped,
  };
}

/** Instants leave this module as plain Dates: a TZDate's toISOString() carries an offset, not "Z". */
function plain(date: Date): Date {
  return new Date(date.getTime());
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
