/**
 * Slips in YAML itself (a tab, a full-width colon or space, a duplicate key, a missing bracket or quote, a file
 * saved as Shift_JIS) and schema messages (a status or year written in Japanese, a misspelt key): each must
 * give one plain Japanese message at the right line that says what to fix, never the parser's English.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DataIssue } from "../../src/plan/data-issue.ts";
import { DataCopy } from "./data-copy.ts";

let data: DataCopy;
beforeEach(() => {
  data = new DataCopy();
});
afterEach(() => data.dispose());

const item16 = join("items", "16.yml");
const ROW = "    basis: actual\n    text: 滞納額の縮減効果 30,885,000 円（実績）";

/** The one issue of a syntax error: in items/16.yml, in Japanese, at the line of `marker`. */
function syntaxIssue(marker: string): DataIssue {
  const issue = data.issue();
  expect(issue.file).toBe(item16);
  expect(issue.line).toBe(data.lineOf("items/16.yml", marker));
  expect(issue.message).toMatch(/^YAML として読めません: /);
  expect(issue.message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/); // no English sentence from the parser
  return issue;
}

describe("YAML syntax errors", () => {
  it("names a tab, and reports only the first of the errors it causes", () => {
    // The parser reports four errors for this one tab.
    data.edit("items/16.yml", "  - 現年課税分", "\t- 現年課税分");
    expect(syntaxIssue("\t- 現年課税分").message).toContain(
      "タブ文字があります。字下げや区切りは半角スペースで書きます",
    );
  });

  it("names a tab used as indentation of a key", () => {
    data.edit("items/16.yml", ROW, ROW.replace("    basis", "\tbasis"));
    expect(syntaxIssue("\tbasis").message).toContain("タブ");
  });

  it("names a full-width colon after a key", () => {
    data.edit("items/16.yml", "objective: ", "objective： ");
    expect(syntaxIssue("objective：").message).toBe(
      "YAML として読めません: 項目名 objective のあとのコロンが全角の「：」です。半角の「: 」（コロンと半角スペース）にしてください",
    );
  });

  it("names a full-width space in the indentation", () => {
    data.edit("items/16.yml", ROW, ROW.replace("    basis", "　  basis"));
    expect(syntaxIssue("　  basis").message).toContain(
      "全角スペース「　」があります。字下げは半角スペースだけで書きます",
    );
  });

  it("names a full-width space before a top-level key (which YAML reads as part of the key)", () => {
    data.edit("items/16.yml", "continued: false", "　continued: false");
    expect(data.issue()).toMatchObject({
      line: data.lineOf("items/16.yml", "　continued"),
      message: expect.stringContaining("全角スペース「　」"),
    });
  });

  it("names a missing space after a colon", () => {
    data.edit("items/16.yml", "continued: false", "continued:false");
    expect(syntaxIssue("continued:false").message).toContain(
      "「continued:」のあとに半角スペースがありません",
    );
  });

  it("says a duplicate key is written twice, at the second one", () => {
    data.edit("items/16.yml", "objective: ", "title: 重複したキー\nobjective: ");
    const issue = syntaxIssue("重複したキー");
    expect(issue.path).toBe("title");
    expect(issue.message).toBe(
      "YAML として読めません: 項目名「title:」が同じ場所に2回書かれています。どちらか一方を消してください",
    );
  });

  it("reports an unclosed bracket at the line that opens it", () => {
    data.edit("items/16.yml", "objective: ", "objective: [unclosed ");
    expect(syntaxIssue("objective: [unclosed").message).toContain("「[」が閉じられていません");
  });

  it("reports an unclosed brace at the line that opens it", () => {
    data.edit(
      "items/16.yml",
      '- { label: 滞納額の縮減効果, value: "44,400", unit: 千円 }',
      '- { label: 滞納額の縮減効果, value: "44,400", unit: 千円',
    );
    expect(syntaxIssue('{ label: 滞納額の縮減効果, value: "44,400", unit: 千円').message).toContain(
      "「{」が閉じられていません",
    );
  });

  it("reports an unclosed quote at the line that opens it", () => {
    data.edit("items/16.yml", 'value: "30,885,000"', 'value: "30,885,000');
    expect(syntaxIssue('value: "30,885,000').message).toContain('引用符「"」が閉じられていません');
  });

  it("says to quote a value that contains ': '", () => {
    data.edit("items/16.yml", "objective: 滞納整理", "objective: 例: 滞納整理");
    expect(syntaxIssue("objective: 例: ").message).toContain("値全体を引用符で囲んでください");
  });

  it("points at a line indented too deep", () => {
    data.edit("items/16.yml", ROW, ROW.replace("    text", "      text"));
    expect(syntaxIssue("      text: 滞納額").message).toContain("字下げが上の行より深くなっています");
  });

  it("points at a line indented too shallow", () => {
    data.edit("items/16.yml", ROW, ROW.replace("    text", "   text"));
    expect(syntaxIssue("   text: 滞納額").message).toContain(
      "字下げ（行頭の半角スペースの数）がずれています",
    );
  });

  it("says to quote a value starting with a reserved character", () => {
    data.edit("items/16.yml", "objective: 滞納整理", "objective: @滞納整理");
    expect(syntaxIssue("@滞納整理").message).toContain(
      "値を「@」で始めることはできません。値全体を引用符で囲んでください",
    );
  });

  it("says to quote a value starting with * instead of failing on an unknown alias", () => {
    data.edit("items/16.yml", "aliases: [", "aliases: [*注, ");
    expect(syntaxIssue("*注").message).toContain("値全体を引用符で囲んでください");
  });

  it("reports the first error of each broken file", () => {
    data.edit("items/16.yml", "objective: ", "objective： ");
    data.edit("items/17.yml", "objective: ", "objective： ");
    expect(data.issues().map((i) => i.file)).toEqual([item16, join("items", "17.yml")]);
  });
});

describe("file encoding", () => {
  it("says once to save a Shift_JIS file as UTF-8", () => {
    // Shift_JIS as Notepad or Excel would save it: every Japanese character becomes two bytes that are not UTF-8.
    const sjisLike = [...data.read("items/16.yml")].flatMap((c) =>
      c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : [0x82, 0xa0],
    );
    data.write("items/16.yml", new Uint8Array(sjisLike));
    expect(data.issue()).toMatchObject({
      file: item16,
      line: 1,
      message: expect.stringContaining("UTF-8 で保存し直してください"),
    });
  });

  it("reads a UTF-8 file with a byte order mark", () => {
    data.write("items/16.yml", `\uFEFF${data.read("items/16.yml")}`);
    expect(() => data.load()).not.toThrow();
  });

  it("says an empty file is empty", () => {
    data.write("items/16.yml", "");
    expect(data.issue()).toMatchObject({ file: item16, message: "ファイルが空です。内容を書いてください" });
  });
});

describe("schema messages", () => {
  it("says how to write a status given in Japanese", () => {
    data.edit("items/13.yml", "    status: behind", "    status: 遅れ");
    expect(data.issue()).toMatchObject({
      file: join("items", "13.yml"),
      path: "assessments[0].status",
      line: data.lineOf("items/13.yml", "status: 遅れ"),
      message:
        "「遅れ」は behind と書きます。状況は achieved（達成）・on_track（順調）・behind（遅れ）のどれかを英語で書きます",
    });
  });

  it("says how to leave an item unrated", () => {
    data.edit("items/13.yml", "    status: behind", "    status: unrated");
    expect(data.issue().message).toContain("assessments からその年度の行を消します");
  });

  it("says how to write a basis given in Japanese", () => {
    data.edit("items/16.yml", ROW, ROW.replace("basis: actual", "basis: 実績"));
    expect(data.issue()).toMatchObject({
      path: "effects[0].basis",
      message:
        "「実績」は actual と書きます。basis は actual（実績）・forecast（見込み）・plan（計画）のどれかを英語で書きます",
    });
  });

  it.each([
    ["令和6年度", "年度は西暦の開始年で書きます（令和6年度なら 2024）"],
    ["R6", "年度は西暦の開始年で書きます（令和6年度なら 2024）"],
    ["6", "年度は西暦の開始年で書きます（令和6年度なら 2024）"],
    ['"2024"', "年度は西暦の開始年を数字だけで、引用符で囲まずに書きます（2024）"],
    ["2024年度", "年度は西暦の開始年を数字だけで、引用符で囲まずに書きます（2024）"],
    ["2100", "年度は西暦の開始年で書きます（令和5年度なら 2023）"],
  ])("says how to write the fiscal year %s", (written, message) => {
    data.edit(
      "items/16.yml",
      "  - fiscal_year: 2024\n    basis: forecast\n    text",
      `  - fiscal_year: ${written}\n    basis: forecast\n    text`,
    );
    expect(data.issue()).toMatchObject({ path: "effects[1].fiscal_year", message });
  });

  it("suggests the closest key for a misspelt one", () => {
    data.edit("items/16.yml", "        target:\n", "        tagret:\n");
    expect(data.issue()).toMatchObject({
      file: item16,
      path: "effects[0].figures[0].tagret",
      line: data.lineOf("items/16.yml", "tagret:"),
      message: "知らない項目名です。tagret → target ではありませんか",
    });
  });

  it("reports a misspelt required key once, not also as missing", () => {
    data.edit("items/16.yml", "number: 16", "numbr: 16");
    expect(data.issue()).toMatchObject({
      path: "numbr",
      message: "知らない項目名です。numbr → number ではありませんか",
    });
  });

  it("says a known key at the wrong place is mis-indented, listing what may be written there", () => {
    data.edit("items/16.yml", ROW, `${ROW}\n    quote: x`);
    expect(data.issue().message).toBe(
      "quote はここには書けません。字下げ（行頭の半角スペースの数）がずれていないか確かめてください（ここに書ける項目名: fiscal_year、basis、text、figures、origin）",
    );
  });

  it("lists the keys that may be written when nothing is close", () => {
    data.edit("items/16.yml", ROW, `${ROW}\n    memo: x`);
    expect(data.issue().message).toBe(
      "知らない項目名です。綴りを確かめてください（ここに書ける項目名: fiscal_year、basis、text、figures、origin）",
    );
  });

  it("explains a number with commas split by a flow mapping, once", () => {
    data.edit(
      "items/16.yml",
      '- { label: 滞納額の縮減効果, value: "44,400", unit: 千円 }',
      "- { label: 滞納額の縮減効果, value: 1,044,400, unit: 千円 }",
    );
    expect(data.issue()).toMatchObject({
      path: "effects[1].figures[0].value",
      line: data.lineOf("items/16.yml", "value: 1,044,400"),
      message: expect.stringContaining('数値は引用符で囲んで value: "1,044,400" と書きます'),
    });
  });

  it("says a number must be quoted", () => {
    data.edit("items/16.yml", 'value: "30,885,000"', "value: 30885000");
    expect(data.issue().message).toContain("引用符で囲んだ文字列で書きます");
  });

  it("says a required key is missing", () => {
    data.edit("items/16.yml", "title: 滞納整理の推進\n", "");
    expect(data.issue()).toMatchObject({ path: "title", message: "この項目がありません。必ず書きます" });
  });

  it("names a list dash with no space after it", () => {
    data.edit("items/16.yml", "measures:\n  - 「大崎市", "measures:\n  -「大崎市");
    expect(data.issue()).toMatchObject({
      path: "measures",
      line: data.lineOf("items/16.yml", "-「大崎市"),
      message: "リストの「-」のあとに半角スペースがありません。「- 値」のように書きます",
    });
  });
});
