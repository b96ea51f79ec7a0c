/**
 * Hand-editing mistakes that the schema alone lets through: each must stop loading with one message that names
 * the file, the line and the place, and says what to do.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/text/did-you-mean.ts";
import { DataCopy } from "./data-copy.ts";

let data: DataCopy;
beforeEach(() => {
  data = new DataCopy();
});
afterEach(() => data.dispose());

const item16 = join("items", "16.yml");

describe("item files: exactly 1 … item_count", () => {
  it("refuses a deleted item file, at plan.yml's item_count", () => {
    data.remove("items/7.yml");
    const issue = data.issue();
    expect(issue).toMatchObject({
      file: "plan.yml",
      path: "item_count",
      line: data.lineOf("plan.yml", "item_count:"),
    });
    expect(issue.message).toContain(`項目 7 のファイル（${join("items", "7.yml")}）がありません`);
    expect(issue.message).toContain("元に戻します");
  });

  it("names a file renamed to .bak and says to rename it back", () => {
    data.rename("items/7.yml", "items/7.yml.bak");
    expect(data.issue().message).toContain(
      "items/7.yml.bak は .yml で終わらないので読み込まれません。名前を 7.yml に戻してください",
    );
  });

  it("refuses an item number beyond item_count", () => {
    data.edit("plan.yml", "item_count: 21", "item_count: 20");
    expect(data.issue()).toMatchObject({
      file: join("items", "21.yml"),
      path: "number",
      line: data.lineOf("items/21.yml", "number: 21"),
      message: expect.stringContaining("項目番号 21 は項目の数（plan.yml の item_count: 20）より大きいです"),
    });
  });

  it("requires item_count in plan.yml", () => {
    data.edit("plan.yml", "item_count: 21\n", "");
    expect(data.issue()).toMatchObject({ file: "plan.yml", path: "item_count" });
  });

  it("does not also call a file missing when it is there but broken", () => {
    data.edit("items/7.yml", "title: ", "title: [");
    const issue = data.issue();
    expect(issue.file).toBe(join("items", "7.yml"));
  });

  it("refuses a copy of an item saved under a new number, naming the original", () => {
    data.write("items/22.yml", data.read("items/16.yml").replace("number: 16", "number: 22"));
    expect(data.issue()).toMatchObject({
      file: join("items", "22.yml"),
      path: "title",
      line: data.lineOf("items/22.yml", "title: "),
      message: expect.stringContaining(`タイトル「滞納整理の推進」が ${item16} と同じです`),
    });
  });

  it("refuses two items with one title even within 1 … item_count", () => {
    data.edit("items/17.yml", "title: 使用料等の収入確保", "title: 滞納整理の推進");
    expect(data.issue()).toMatchObject({ file: join("items", "17.yml"), path: "title" });
  });

  it("refuses a duplicate item number", () => {
    cpSync(data.path("items/16.yml"), data.path("items/16-copy.yml"));
    expect(data.issue()).toMatchObject({
      file: join("items", "16-copy.yml"),
      path: "number",
      message: expect.stringContaining(`項目番号 16 が ${item16} と重複しています`),
    });
  });
});

describe("departments: one of plan.yml's list", () => {
  it("refuses a misspelt department in both lead_departments and departments, once, suggesting the right one", () => {
    data.edit(
      "items/16.yml",
      "lead_departments: [納税課]\ndepartments: [納税課]",
      "lead_departments: [納税科]\ndepartments: [納税科]",
    );
    expect(data.issue()).toMatchObject({
      file: item16,
      path: "departments[0]",
      line: data.lineOf("items/16.yml", "lead_departments:") + 1,
      message: expect.stringContaining(
        "「納税科」は課の一覧（plan.yml の departments）にありません。「納税課」ではありませんか",
      ),
    });
  });

  it("refuses a misspelt department in departments only", () => {
    data.edit(
      "items/3.yml",
      "departments: [行政管理課, 政策課, 関係各課]",
      "departments: [行政管理課, 政策科, 関係各課]",
    );
    expect(data.issue()).toMatchObject({
      path: "departments[1]",
      message: expect.stringContaining("「政策課」ではありませんか"),
    });
  });

  it("says a lead must be one of the item's departments, suggesting the closest, instead of asking to add it", () => {
    data.edit("items/16.yml", "lead_departments: [納税課]", "lead_departments: [納税科]");
    const issue = data.issue();
    expect(issue).toMatchObject({
      path: "lead_departments[0]",
      line: data.lineOf("items/16.yml", "lead_departments"),
    });
    expect(issue.message).toBe(
      "記入担当課「納税科」がこの項目の担当課（departments: 納税課）にありません。記入担当課は担当課のどれかです。「納税課」ではありませんか",
    );
    expect(issue.message).not.toContain("書いてください");
  });

  it("refuses a lead department that is not among the item's departments", () => {
    data.edit("items/16.yml", "lead_departments: [納税課]", "lead_departments: [財政課]");
    expect(data.issue()).toMatchObject({
      path: "lead_departments[0]",
      message: expect.stringContaining("財政課"),
    });
  });

  it("accepts the bracketed lead name with the plain name in departments (経営企画課（大崎市民病院）)", () => {
    expect(data.read("items/20.yml")).toContain("departments: [経営企画課]");
    expect(() => data.load()).not.toThrow();
  });

  it("refuses a bracketed name that is not the official one", () => {
    data.edit(
      "items/20.yml",
      "lead_departments: [経営企画課（大崎市民病院）]",
      "lead_departments: [経営企画課（市民病院）]",
    );
    expect(data.issue()).toMatchObject({
      path: "lead_departments[0]",
      message: expect.stringContaining("「経営企画課（大崎市民病院）」ではありませんか"),
    });
  });

  it("refuses a generic department as the lead", () => {
    data.edit("items/2.yml", "lead_departments: [行政管理課]", "lead_departments: [関係各課]");
    expect(data.issue()).toMatchObject({
      path: "lead_departments[0]",
      message: expect.stringContaining("特定の課ではない"),
    });
  });

  it("refuses a misspelt department in department_aliases", () => {
    data.edit("plan.yml", "  人財育成課: [人材育成課, 人事課]", "  人材育成課: [人材育成課, 人事課]");
    expect(data.issue()).toMatchObject({
      file: "plan.yml",
      line: data.lineOf("plan.yml", "  人材育成課:"),
      message: expect.stringContaining("「人財育成課」ではありませんか"),
    });
  });

  it("suggests by edit distance, only when near enough", () => {
    expect(editDistance("tagret", "target")).toBe(1);
    expect(closest("納税科", ["政策課", "納税課", "財政課"])).toBe("納税課");
    expect(closest("numbr", ["title", "number"])).toBe("number");
    expect(closest("まったく別の名前", ["納税課"])).toBeNull();
  });
});

describe("quotations: taken from the item's own text", () => {
  it("refuses a made-up assessment quote", () => {
    data.edit("items/13.yml", "    quote: 目標を 21％下回った。", "    quote: 目標を大きく上回った。");
    expect(data.issue()).toMatchObject({
      file: join("items", "13.yml"),
      path: "assessments[0].quote",
      line: data.lineOf("items/13.yml", "目標を大きく上回った。"),
      message: expect.stringContaining("2023 年度（令和5年度）の総評（reviews）の中にありません"),
    });
  });

  it("ignores white space in quotes", () => {
    data.edit("items/13.yml", "    quote: 目標を 21％下回った。", "    quote: 目標を21％ 下回った。");
    expect(() => data.load()).not.toThrow();
  });

  it("refuses an assessment for a year with no review", () => {
    data.edit("items/13.yml", "assessments:\n  - fiscal_year: 2023", "assessments:\n  - fiscal_year: 2024");
    expect(data.issue()).toMatchObject({
      path: "assessments[0].fiscal_year",
      message: expect.stringContaining("2024 年度（令和6年度）の総評（reviews）がありません"),
    });
  });

  it("refuses a target quote that is in neither the reviews nor the activities", () => {
    data.edit("items/16.yml", "          quote: 令和 5 年度の実績は", "          quote: 令和 6 年度の実績は");
    expect(data.issue()).toMatchObject({
      path: "effects[0].figures[0].target.quote",
      line: data.lineOf("items/16.yml", "quote: 令和 6 年度の実績は"),
      message: expect.stringContaining("総評（reviews）にも取組内容（activities）にもありません"),
    });
  });

  it("refuses a target whose value is not in its quote, suggesting the quoted number", () => {
    data.edit(
      "items/16.yml",
      'value: "44,400"\n          unit: 千円',
      'value: "44,000"\n          unit: 千円',
    );
    expect(data.issue()).toMatchObject({
      path: "effects[0].figures[0].target.value",
      message: expect.stringContaining("目標 44,000 千円 が引用（quote）の文の中にありません"),
    });
    expect(data.issue().message).toContain("44,400 ではありませんか");
  });

  it("refuses a target whose unit is not the quote's", () => {
    data.edit("items/16.yml", 'value: "44,400"\n          unit: 千円', 'value: "44,400"\n          unit: 円');
    expect(data.issue()).toMatchObject({
      path: "effects[0].figures[0].target.unit",
      message: expect.stringContaining("引用の文では 44,400 のあとの単位が「千円」です"),
    });
  });
});

describe("figures: as the row's text writes them", () => {
  it("refuses a mistyped value, suggesting the text's number", () => {
    data.edit("items/16.yml", 'value: "30,885,000"', 'value: "30,855,000"');
    expect(data.issue()).toMatchObject({
      file: item16,
      path: "effects[0].figures[0].value",
      line: data.lineOf("items/16.yml", '"30,855,000"'),
      message:
        "30,855,000 がこの行の text（滞納額の縮減効果 30,885,000 円（実績））にありません。数値は text に書いてあるとおりに書きます（30,885,000 ではありませんか）",
    });
  });

  it("does not take part of a longer number for the value", () => {
    data.edit("items/16.yml", 'value: "30,885,000"', 'value: "885,000"');
    expect(data.issue().path).toBe("effects[0].figures[0].value");
  });

  it("refuses a unit that is not the one after the value in the text", () => {
    data.edit(
      "items/16.yml",
      'value: "30,885,000"\n        unit: 円',
      'value: "30,885,000"\n        unit: 千円',
    );
    expect(data.issue()).toMatchObject({
      path: "effects[0].figures[0].unit",
      message: expect.stringContaining("30,885,000 のあとの単位が「円」です"),
    });
  });

  it("checks the total's figures against the total's text", () => {
    const text = data.read("items/19.yml");
    const at = text.lastIndexOf('value: "180,000,000"'); // the total comes after the yearly rows
    expect(at).toBeGreaterThan(text.indexOf("total:"));
    data.write(
      "items/19.yml",
      `${text.slice(0, at)}value: "180,000,001"${text.slice(at + 'value: "180,000,000"'.length)}`,
    );
    expect(data.issue()).toMatchObject({ path: "total.figures[0].value" });
  });
});

describe("current_fiscal_year", () => {
  it("refuses a year whose results are not in the data yet", () => {
    data.edit("plan.yml", "current_fiscal_year: 2023", "current_fiscal_year: 2024");
    expect(data.issue()).toMatchObject({
      file: "plan.yml",
      path: "current_fiscal_year",
      line: data.lineOf("plan.yml", "current_fiscal_year: 2024"),
      message: expect.stringContaining(
        "2024（令和6年度）の実績（fiscal_year: 2024 で basis: actual の行）がまだどの項目にもありません",
      ),
    });
  });

  it("accepts the year once one item has its results", () => {
    data.edit("plan.yml", "current_fiscal_year: 2023", "current_fiscal_year: 2024");
    data.edit(
      "items/16.yml",
      "  - fiscal_year: 2024\n    basis: forecast\n    text",
      "  - fiscal_year: 2024\n    basis: actual\n    text",
    );
    expect(data.load().meta.current_fiscal_year).toBe(2024);
  });

  it("refuses a year outside the plan", () => {
    data.edit("plan.yml", "current_fiscal_year: 2023", "current_fiscal_year: 2026");
    expect(data.issue()).toMatchObject({
      path: "current_fiscal_year",
      message: expect.stringContaining("期間"),
    });
  });
});
