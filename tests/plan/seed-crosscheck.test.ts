/**
 * Keeps the transcription in `data/` honest against the source report: titles against the index table, every
 * sentence against the item's own section, and every figure of 取組による効果 in both directions (each number the
 * report prints is in the data with the same value, and each figure in the data is printed in that row).
 * Changing any figure or word in `data/` makes this fail.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load.ts";
import type { PlanItem } from "../../src/plan/model.ts";
import { compact, figuresIn, REPO_ROOT, readSeed } from "../support/seed.ts";

const seed = readSeed();
const plan = loadPlan(resolve(REPO_ROOT, "data"));
const nfkc = (s: string) => compact(s).normalize("NFKC");

describe("the seed report as parsed", () => {
  it("has 21 items, numbered 1 to 21", () => {
    expect(seed.items.map((i) => i.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });
});

describe("the data as a whole", () => {
  it("has the report's 21 items", () => {
    expect(plan.items.map((i) => i.number)).toEqual(seed.items.map((i) => i.number));
  });
});

const cases = plan.items.map((item) => [`No.${item.number}`, item] as const);

describe.each(cases)("%s against the report", (_name, item: PlanItem) => {
  const seedItem = seed.items.find((s) => s.number === item.number);
  if (!seedItem) throw new Error(`No.${item.number} is not in the report`);
  const section = compact(seedItem.text);
  const expectInSection = (what: string, text: string) =>
    expect(
      section.includes(compact(text)),
      `${what} is not in the report's text of No.${item.number}: ${text}`,
    ).toBe(true);

  it("has the title and lead departments of the index table", () => {
    const row = `${item.number}${item.title}${item.lead_departments.join("，")}`;
    expect(nfkc(seed.indexText).includes(nfkc(row)), `index row: ${row}`).toBe(true);
  });

  it("has the title and ＜継続＞ mark of the item's own header", () => {
    expect(compact(seedItem.header).replace("＜継続＞", "")).toBe(compact(item.title));
    expect(item.continued).toBe(seedItem.header.includes("＜継続＞"));
  });

  it("lists the departments of the 【担当課】 line, in order", () => {
    expect(item.departments).toEqual(seedItem.departments);
  });

  it("quotes the objective, schedule, measures, activities and 総評 word for word", () => {
    // The PDF's objective column can be interrupted by a schedule row in the extracted text (No.21), so each
    // paragraph is checked on its own.
    for (const paragraph of item.objective.split("\n")) expectInSection("objective", paragraph);
    for (const row of item.schedule) expectInSection("schedule label", row.label);
    for (const m of item.measures) expectInSection("measure", m);
    for (const year of item.activities) for (const e of year.entries) expectInSection("activity", e);
    for (const review of item.reviews) {
      for (const s of review.sections) {
        if (s.department) expectInSection("review heading", `＜${s.department}＞`);
        for (const e of s.entries) expectInSection("review", e);
      }
    }
    for (const a of item.assessments) expectInSection("assessment quote", a.quote);
  });

  it("has every figure of 取組による効果 with the report's value, row by row", () => {
    const rows = [
      ...item.effects.map((e) => ({ key: String(e.fiscal_year), text: e.text, figures: e.figures })),
      ...(item.total ? [{ key: "total", text: item.total.text, figures: item.total.figures }] : []),
    ];
    for (const [key, seedRow] of seedItem.effectRows) {
      const row = rows.find((r) => r.key === key);
      // No.3 prints 「総計」 with nothing after it: an empty cell is left out of the data, not invented.
      if (!row && compact(seedRow) === "") continue;
      expect(row, `row ${key} of No.${item.number}`).toBeDefined();
      if (!row) continue;
      expect(
        compact(seedRow).includes(compact(row.text)) || compact(row.text) === compact(seedRow),
        `row ${key} text`,
      ).toBe(true);
      const inData = row.figures.map((f) => f.value.normalize("NFKC"));
      const inReport = figuresIn(seedRow);
      for (const n of inReport)
        expect(inData, `No.${item.number} row ${key}: ${n} is in the report`).toContain(n);
      for (const n of inData)
        expect(inReport, `No.${item.number} row ${key}: ${n} is in the data`).toContain(n);
    }
  });

  it("states targets as the report does", () => {
    for (const e of item.effects) {
      for (const f of e.figures) {
        if (!f.target) continue;
        expectInSection("target quote", f.target.quote);
        expect(figuresIn(f.target.quote)).toContain(f.target.value.normalize("NFKC"));
        expect(compact(f.target.quote)).toContain(compact(`${f.target.value}${f.target.unit}`));
      }
    }
  });

  it("keeps No.17's receivables table as printed", () => {
    if (!item.receivables) return;
    for (const r of item.receivables.rows) {
      expectInSection("receivable", `${r.name}${r.value}${r.unit}`);
    }
    expectInSection("receivables total", `合計${item.receivables.total.value}${item.receivables.total.unit}`);
  });
});
