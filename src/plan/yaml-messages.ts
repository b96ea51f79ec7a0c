/**
 * The YAML library's errors, translated into what the secretariat should fix, in Japanese: each error code (and the
 * slips the parser cannot name — a tab, a full-width colon or space) becomes one instruction, at the line where the
 * mistake really is (an unclosed bracket is reported where it opens, not where the parser noticed).
 */
import type { YAMLError } from "yaml";
import { type DataIssue, formatPath } from "./data-issue.ts";

/** What the translation needs to know of the file: its lines, and where an offset or a path is. */
export interface YamlErrorContext {
  lineText(line: number): string;
  lineCount: number;
  /** The 1-based line of a character offset. */
  lineAt(offset: number): number;
  /** The offset where a 1-based line starts. */
  lineStart(line: number): number | undefined;
  issueAt(offset: number, line: number, message: string): DataIssue;
  pathAt(offset: number): PropertyKey[];
}

/** The parts of a YAML line: indentation, an optional list dash, a key and what follows its colon. */
export const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_][A-Za-z0-9_]*)(\s*)([:：])(.*)$/;

export const SPECIAL_START =
  '値が「*」「&」「!」で始まっているため、YAML の特別な記号として読まれました。値全体を引用符で囲んでください（例: "*注"）';

/** A slip on `line` that the parser cannot name: a tab, a full-width space or colon, a missing space. */
export function characterSlip(ctx: YamlErrorContext, line: number): string | null {
  const text = ctx.lineText(line);
  if (text.includes("\t")) {
    return "この行にタブ文字があります。字下げや区切りは半角スペースで書きます（タブを半角スペースに置き換えてください）";
  }
  if (/^\s*(-\s*)?　/.test(text)) {
    return "行頭（字下げ）に全角スペース「　」があります。字下げは半角スペースだけで書きます";
  }
  const m = KEY_LINE.exec(text);
  if (m) {
    const key = m[3];
    const rest = m[6] ?? "";
    if (m[5] === "：") {
      return `項目名 ${key} のあとのコロンが全角の「：」です。半角の「: 」（コロンと半角スペース）にしてください`;
    }
    if (rest.startsWith("　")) {
      return `「${key}:」のあとが全角スペース「　」です。半角スペースにしてください`;
    }
    if (rest !== "" && !/^\s/.test(rest)) {
      return `「${key}:」のあとに半角スペースがありません。「${key}: 値」のように、コロンのあとに半角スペースを入れます`;
    }
  }
  return null;
}

/** The line above `line` where an unclosed `open` starts (the parser notices it only lines later). */
function openingLine(ctx: YamlErrorContext, line: number, open: string, close: string): number {
  for (let n = Math.min(line, ctx.lineCount); n >= 1; n--) {
    const text = ctx.lineText(n);
    if (text.split(open).length > text.split(close).length) return n;
  }
  return line;
}

/** The line above `line` that opens a quotation it does not close. */
function unclosedQuoteLine(ctx: YamlErrorContext, line: number, quote: string): number {
  for (let n = Math.min(line, ctx.lineCount); n >= 1; n--) {
    const text = ctx
      .lineText(n)
      .replaceAll(`\\${quote}`, "")
      .replaceAll(quote + quote, "");
    if ((text.split(quote).length - 1) % 2 === 1) return n;
  }
  return line;
}

/** One YAML error, translated into what to fix. */
export function explainYamlError(ctx: YamlErrorContext, e: YAMLError): DataIssue {
  const offset = e.pos[0];
  const line = e.linePos?.[0]?.line ?? ctx.lineAt(offset);
  const english = e.message.split("\n")[0] ?? "";
  const at = (n: number, message: string): DataIssue => ({
    ...ctx.issueAt(offset, n, message),
    // The path is computed from the offset of the error; when the line moved, look it up from that line.
    ...(n === line ? {} : { path: formatPath(ctx.pathAt(ctx.lineStart(n) ?? offset)) }),
  });

  if (e.code === "DUPLICATE_KEY") {
    const key = KEY_LINE.exec(ctx.lineText(line))?.[3];
    return at(
      line,
      key
        ? `項目名「${key}:」が同じ場所に2回書かれています。どちらか一方を消してください`
        : "同じ項目名が同じ場所に2回書かれています。どちらか一方を消してください",
    );
  }
  if (/end with a \]/.test(english)) {
    return at(
      openingLine(ctx, line - 1, "[", "]"),
      "「[」が閉じられていません。行の最後に「]」を書きます（値の中に [ があるなら、値全体を引用符で囲みます）",
    );
  }
  if (/end with a \}/.test(english)) {
    return at(
      openingLine(ctx, line - 1, "{", "}"),
      "「{」が閉じられていません。行の最後に「}」を書きます（値の中に { があるなら、値全体を引用符で囲みます）",
    );
  }
  const quote = /Missing closing (["'])quote/.exec(english)?.[1];
  if (quote) {
    return at(
      unclosedQuoteLine(ctx, line, quote),
      `引用符「${quote}」が閉じられていません。値の最後にも「${quote}」を書きます`,
    );
  }

  const slip = characterSlip(ctx, line);
  if (slip) return at(line, slip);

  switch (e.code) {
    case "TAB_AS_INDENT":
      return at(line, "字下げにタブ文字が使われています。字下げは半角スペースだけで書きます");
    case "BAD_INDENT":
      return at(
        line,
        "字下げ（行頭の半角スペースの数）がそろっていません。同じ階層の項目は、上の行と同じ数の半角スペースで始めます",
      );
    case "MULTILINE_IMPLICIT_KEY":
      return at(
        line,
        "この行は「項目名: 値」の形になっていません。「: 」（半角のコロンと半角スペース）が抜けていないか、字下げがずれていないかを確かめてください",
      );
    case "BLOCK_AS_IMPLICIT_KEY": {
      if (/block sequence/.test(english)) {
        return at(
          line,
          "リストの「- 」の位置（字下げ）がずれています。同じリストの行は、同じ数の半角スペースのあとに「- 」を書きます",
        );
      }
      const value = KEY_LINE.exec(ctx.lineText(line))?.[6] ?? "";
      if (/:(\s|$)/.test(value)) {
        return at(
          line,
          "値の中に「: 」（コロンと半角スペース）があるため、項目名と値の区切りと読まれました。値全体を引用符で囲んでください",
        );
      }
      return at(
        line + 1,
        characterSlip(ctx, line + 1) ??
          "この行の字下げが上の行より深くなっています。上の行と同じ階層なら同じ数の半角スペースで始めます",
      );
    }
    case "MISSING_CHAR":
      if (/without - indicator/.test(english)) {
        return at(
          line,
          "字下げ（行頭の半角スペースの数）がずれています。上の行と同じ階層なら同じ数の半角スペースで始めます（リストの新しい行なら「- 」で始めます）",
        );
      }
      if (/followed by map values/.test(english)) {
        return at(
          line,
          "項目名のあとに「: 」がありません。「項目名: 値」と書くか、リストの行なら「- 」で始めます（字下げも確かめてください）",
        );
      }
      return at(line, "記号が足りません。括弧や引用符の閉じ忘れがないか確かめてください");
    case "UNEXPECTED_TOKEN":
      if (/Unexpected scalar at node end/.test(english) && /["']/.test(ctx.lineText(line))) {
        return at(
          line,
          '引用符で囲んだ値のあとに文字が続いています。値全体を1組の引用符で囲みます（値の中の「"」は「\\"」と書きます）',
        );
      }
      if (/block-seq-ind on same line/.test(english)) {
        return at(
          line,
          "「項目名: - 値」のように、項目名と同じ行にリストの「- 」は書けません。次の行から字下げして「- 値」と書きます",
        );
      }
      return at(line, "この位置には書けない文字があります。字下げや「- 」「: 」の位置を確かめてください");
    case "BAD_SCALAR_START": {
      const char = /reserved character (\S)/.exec(english)?.[1] ?? "記号";
      return at(line, `値を「${char}」で始めることはできません。値全体を引用符で囲んでください`);
    }
    case "BAD_DQ_ESCAPE":
      return at(
        line,
        "\"…\" で囲んだ値の中の「\\」は特別な意味になります。「\\」を書くなら「\\\\」とするか、'…'（一重引用符）で囲みます",
      );
    case "MULTIPLE_DOCS":
      return at(
        line,
        "「---」の行があります。1つのファイルには1つの内容だけを書くので、「---」の行を消してください",
      );
    case "BLOCK_IN_FLOW":
      return at(line, "[ ] や { } の中では改行して「- 」や「項目名:」を書けません。括弧を閉じてから書きます");
    case "KEY_OVER_1024_CHARS":
      return at(line, "項目名が長すぎます。「項目名: 値」の「: 」が抜けていないか確かめてください");
    case "BAD_ALIAS":
    case "ALIAS_PROPS":
    case "MULTIPLE_ANCHORS":
    case "MULTIPLE_TAGS":
    case "BAD_PROP_ORDER":
    case "TAG_RESOLVE_FAILED":
      return at(line, SPECIAL_START);
    default:
      return at(line, `書き方に誤りがあります（${english}）`);
  }
}
