/**
 * Rows marked `origin: owner_report` (written by `npm run export-reports`): the source check leaves them out and
 * lists them, the assessment's quote need not be in a published 総評, and the same rows without the mark are
 * still checked as before, so the mark is the only thing that exempts them.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkAgainstSource, ownerReportedRows } from "../../src/plan/source-check.ts";
import { readSeed } from "../support/seed.ts";
import { DataCopy } from "./data-copy.ts";

const seed = readSeed();
const REPORT_FILE = "data/source/report-r5.txt";

/** No.16's 令和6年度 forecast rows, as the data has them. */
const ACTIVITY_2024 = "  - fiscal_year: 2024\n    basis: forecast\n    entries:\n";
const EFFECT_2024 =
  '  - fiscal_year: 2024\n    basis: forecast\n    text: 滞納額の縮減効果 44,400 千円（見込み）\n    figures:\n      - { label: 滞納額の縮減効果, value: "44,400", unit: 千円 }\n';

let data: DataCopy;
beforeEach(() => {
  data = new DataCopy();
});
afterEach(() => data.dispose());

/** No.16 with its 令和6年度 rows replaced by an owner's result, marked or not. */
function ownerRows(origin: string): void {
  const o = origin ? `    origin: ${origin}\n` : "";
  data.edit(
    "items/16.yml",
    `${ACTIVITY_2024}      - 滞納整理の進行管理を徹底する`,
    `  - fiscal_year: 2024\n    basis: actual\n${o}    entries:\n      - 担当課が書いた取組。\n      - 滞納整理の進行管理を徹底する`,
  );
  data.edit(
    "items/16.yml",
    EFFECT_2024,
    `  - fiscal_year: 2024\n    basis: actual\n${o}    text: 滞納額の縮減効果 40,000 千円（実績）\n    figures:\n      - { label: 滞納額の縮減効果, value: "40,000", unit: 千円 }\n`,
  );
  const text = data.read("items/16.yml");
  data.write(
    "items/16.yml",
    `${text}  - fiscal_year: 2024\n    status: on_track\n${o}    quote: 担当課のコメント。\n`,
  );
}

const findings16 = (d: DataCopy) =>
  checkAgainstSource(d.load(), seed, { reportFile: REPORT_FILE }).filter((f) => f.item === 16);

describe("owner-reported rows", () => {
  it("are left out of the source check, and listed", () => {
    ownerRows("owner_report");
    const plan = data.load();
    expect(findings16(data)).toEqual([]);
    expect(ownerReportedRows(plan)).toEqual(["No.16 令和6年度（担当課からの報告）"]);
  });

  it("are checked like any other row without the mark", () => {
    ownerRows("");
    // The assessment's quote is in no 総評: loading already refuses it.
    expect(data.issues().map((i) => i.message)).toEqual([
      expect.stringContaining("2024 年度（令和6年度）の総評（reviews）がありません"),
    ]);
  });

  it("without the mark, differ from the report in the source check", () => {
    ownerRows("owner_report");
    data.edit(
      "items/16.yml",
      "basis: actual\n    origin: owner_report\n    entries:",
      "basis: actual\n    entries:",
    );
    expect(findings16(data).map((f) => `${f.check} ${f.path}`)).toEqual(["quotes activities[1].entries[0]"]);
    data.edit(
      "items/16.yml",
      "basis: actual\n    origin: owner_report\n    text:",
      "basis: actual\n    text:",
    );
    expect(findings16(data).map((f) => `${f.check} ${f.path}`)).toEqual([
      "quotes activities[1].entries[0]",
      "effects effects[1].text",
      "effects effects[1].figures[0].value",
    ]);
  });

  it("list nothing for the data as published", () => {
    expect(ownerReportedRows(data.load())).toEqual([]);
  });

  it("name the allowed origins when one is misspelt", () => {
    data.edit(
      "items/16.yml",
      "basis: forecast\n    entries:",
      "basis: forecast\n    origin: owner\n    entries:",
    );
    expect(data.issue().message).toContain("owner_report（担当課からの報告）");
  });
});
