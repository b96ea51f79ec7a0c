import { describe, expect, it } from "vitest";
import { tokyoDateTime, tokyoDay } from "../../src/reports/time.ts";

describe("Japan time labels", () => {
  it("moves to the next day at 15:00 UTC, whatever the machine's zone", () => {
    expect(tokyoDay(new Date("2026-11-30T14:59:00Z"))).toBe("11月30日");
    expect(tokyoDay(new Date("2026-11-30T15:00:00Z"))).toBe("12月1日");
    expect(tokyoDateTime(new Date("2026-11-30T15:05:00Z"))).toBe("2026-12-01 00:05");
  });
});
