/**
 * Statuses against the report: No.16 collected 30,885 千円 (printed as 30,885,000 円) against the 44,400 千円
 * target, 69.6%; No.15 transferred 1 facility against a target of 4, 25.0%; No.12's own verdict (目標以上)
 * overrides its figures; No.1, 11 and 20 state neither figures against a target nor a verdict.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { achievementRatio, formatPercent, parseFigureValue } from "../../src/plan/figures.ts";
import { fiscalYearLabel, parseReiwaYear } from "../../src/plan/fiscal-year.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { findItem } from "../../src/plan/model.ts";
import { REPO_ROOT } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const item = (n: number) => {
  const found = findItem(plan, n);
  if (!found) throw new Error(`No.${n} missing`);
  return found;
};

describe("figures", () => {
  it("parses the report's numbers", () => {
    expect(parseFigureValue("1,194,846,047")).toBe(1194846047);
    expect(parseFigureValue("５")).toBe(5);
    expect(parseFigureValue("64.0")).toBe(64);
  });
  it("compares money in different units explicitly", () => {
    const ratio = achievementRatio({ value: "30,885,000", unit: "円" }, { value: "44,400", unit: "千円" });
    expect(ratio).toBeCloseTo(30885 / 44400, 10);
    expect(formatPercent(ratio as number)).toBe("69.6");
  });
  it("does not compare units that do not compare", () => {
    expect(achievementRatio({ value: "1", unit: "件" }, { value: "4", unit: "施設" })).toBeNull();
  });
});

describe("fiscal years", () => {
  it("renders 和暦 labels from the Western start year", () => {
    expect(fiscalYearLabel(2023)).toBe("令和5年度");
    expect(fiscalYearLabel(2019)).toBe("令和元年度");
    expect(parseReiwaYear("令和５年度")).toBe(2023);
    expect(parseReiwaYear("R6")).toBe(2024);
  });
});

describe("item status for FY2023", () => {
  it("No.16 is behind at 69.6% from its figures", () => {
    const s = item(16).current;
    expect(s).toMatchObject({ status: "behind", basis: "figures" });
    expect(s.measurements).toEqual([
      expect.objectContaining({
        actual: { value: "30,885,000", unit: "円" },
        target: expect.objectContaining({ value: "44,400", unit: "千円" }),
        percent: "69.6",
      }),
    ]);
  });

  it("No.15 is behind at 25.0% (1 of 4 facilities)", () => {
    expect(item(15).current).toMatchObject({ status: "behind", basis: "figures" });
    expect(item(15).current.measurements[0]?.percent).toBe("25.0");
  });

  it("No.12 follows the report's own verdict over its figures", () => {
    expect(item(12).current).toMatchObject({ status: "achieved", basis: "report" });
    expect(item(12).current.quote).toContain("目標以上");
  });

  it("No.13 is behind on the report's words, quoted", () => {
    expect(item(13).current).toMatchObject({ status: "behind", basis: "report" });
    expect(item(13).current.quote).toContain("目標を 21％下回った");
  });

  it("items with neither figures nor a verdict are unrated", () => {
    expect(plan.items.filter((i) => i.current.status === "unrated").map((i) => i.number)).toEqual([
      1, 11, 20,
    ]);
  });

  it("every rated item without figures quotes its reason", () => {
    for (const i of plan.items) {
      if (i.current.basis === "report") expect(i.current.quote, `No.${i.number}`).toBeTruthy();
    }
  });
});

describe("departments", () => {
  it("merges the index's bracketed name with the 【担当課】 line's plain one", () => {
    const hospital = plan.departments.filter((d) => d.name.startsWith("経営企画課"));
    expect(hospital).toHaveLength(1);
    expect(hospital[0]).toMatchObject({ name: "経営企画課（大崎市民病院）", leadOf: [20] });
    expect(hospital[0]?.aliases).toEqual(expect.arrayContaining(["経営企画課", "大崎市民病院", "病院"]));
  });
  it("knows 行政管理課 leads 2, 3, 4, 5, 9 and is related to 12, 14, 15", () => {
    const d = plan.departments.find((x) => x.name === "行政管理課");
    expect(d?.leadOf).toEqual([2, 3, 4, 5, 9]);
    expect(d?.relatedTo).toEqual([12, 14, 15]);
  });
  it("leaves out generic departments", () => {
    expect(plan.departments.map((d) => d.name)).not.toContain("関係各課");
  });
});
