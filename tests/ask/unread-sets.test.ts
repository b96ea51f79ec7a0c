/** The unread sets' questions are never printed: the check that the scoring tools use to decide. */
import { describe, expect, it } from "vitest";
import { isUnread, UNREAD_SETS } from "./unread-sets.ts";

describe("isUnread", () => {
  it("knows an unread set by its path, relative or absolute, with either slash", () => {
    const [set] = [...UNREAD_SETS];
    expect(set).toBeDefined();
    expect(isUnread(set as string)).toBe(true);
    expect(isUnread(`/home/ci/repo/${set}`)).toBe(true);
    expect(isUnread(`C:\\repo\\${(set as string).replace(/\//g, "\\")}`)).toBe(true);
  });

  it("knows the unread quote sets too", () => {
    expect(isUnread("tests/quotes/quote-questions-4.yml")).toBe(true);
    expect(isUnread("tests/quotes/quote-questions-1.yml")).toBe(false);
  });

  it("leaves read sets printable, and a set whose name only ends like an unread one", () => {
    expect(isUnread("tests/ask/blind-questions-49.yml")).toBe(false);
    expect(isUnread("tests/ask/eval-questions.yml")).toBe(false);
    expect(isUnread("tests/ask/my-blind-questions-51.yml")).toBe(false);
  });
});
