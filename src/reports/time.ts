/**
 * Times of submissions and reviews as city-hall staff read them: in Japan time, computed explicitly (the servers
 * run in UTC, so the machine's local time would be nine hours off).
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

const ZONE = "Asia/Tokyo";

/** "12月1日" */
export function tokyoDay(instant: Date): string {
  return format(new TZDate(instant.getTime(), ZONE), "M月d日");
}

/** "2026-12-01" */
export function tokyoDate(instant: Date): string {
  return format(new TZDate(instant.getTime(), ZONE), "yyyy-MM-dd");
}

/** "2026-12-01 10:05" */
export function tokyoDateTime(instant: Date): string {
  return format(new TZDate(instant.getTime(), ZONE), "yyyy-MM-dd HH:mm");
}
