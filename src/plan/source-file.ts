/**
 * A YAML data file that remembers where each value came from, so that every problem can be reported with
 * file, path and line: the secretariat fixes hand edits from the message alone.
 *
 * The people editing these files are not programmers, so every message is plain Japanese that says what to do:
 * the YAML library's English errors are translated (only the first one per file is shown, since later ones are
 * usually consequences of it), the common slips that the parser cannot name (a full-width colon or space, a tab)
 * are named explicitly, and an unknown key suggests the closest key that may be written at that place.
 */
import { readFileSync } from "node:fs";
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
  type YAMLError,
  type YAMLMap,
} from "yaml";
import type { z } from "zod";
import ja from "zod/v4/locales/ja.js";

export interface DataIssue {
  /** Path relative to the working directory, e.g. `data/items/16.yml`. */
  file: string;
  /** Where in the file, as `effects[0].figures[1].value`; empty for the whole file. */
  path: string;
  /** 1-based line, or null when the problem is not at one place (a missing file). */
  line: number | null;
  message: string;
}

export class PlanDataError extends Error {
  readonly code = "plan_data_invalid";
  constructor(readonly issues: DataIssue[]) {
    super(formatIssues(issues));
    this.name = "PlanDataError";
  }
}

export function formatIssues(issues: DataIssue[]): string {
  const lines = issues.map((i) => {
    const where = i.line === null ? i.file : `${i.file}:${i.line}`;
    return `- ${where}${i.path ? ` ${i.path}` : ""}: ${i.message}`;
  });
  return `データに誤りがあります（${issues.length} 件）:\n${lines.join("\n")}`;
}

/** `['effects', 0, 'value']` → `effects[0].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

/** Edit distance where swapping two neighbouring characters counts as one edit ("tagret" → "target" is 1). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(s.length, t.length);
}

/**
 * The candidate nearest to `word` by edit distance, when it is near enough to be what was meant (at most half
 * the characters differ); null otherwise. Ties go to the earlier candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === null || bestDistance === 0) return best;
  const limit = Math.max(1, Math.floor(Math.max([...word].length, [...best].length) / 2));
  return bestDistance <= limit ? best : null;
}

/**
 * Reads a data file as UTF-8, or says what is wrong with it: a missing file, or one saved in another encoding
 * (Shift_JIS from Excel or Notepad would otherwise give dozens of garbled schema errors).
 */
export function readSourceFile(path: string, file: string): SourceFile | DataIssue {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? "ファイルがありません" : `読めません（${(err as Error).message}）`;
    return { file, path: "", line: null, message };
  }
  try {
    return new SourceFile(file, new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const bad = loose.indexOf("\uFFFD");
    return {
      file,
      path: "",
      line: bad < 0 ? null : loose.slice(0, bad).split("\n").length,
      message:
        "文字コードが UTF-8 ではありません（Shift_JIS などで保存されたようです）。エディタの保存の設定で文字コードに「UTF-8」を選び、UTF-8 で保存し直してください",
    };
  }
}

/** The value at `path` in plain data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const p of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** Reads a JSON-like value of a doc node, or undefined. */
const scalarValue = (node: unknown): unknown => (isScalar(node) ? node.value : undefined);

/** A key the data files could contain: ASCII letters, digits and `_` (so a path through garbage stops early). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$|^\d{4}$/;

/** The parts of a YAML line: indentation, an optional list dash, a key and what follows its colon. */
const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_][A-Za-z0-9_]*)(\s*)([:：])(.*)$/;

const SPECIAL_START =
  '値が「*」「&」「!」で始まっているため、YAML の特別な記号として読まれました。値全体を引用符で囲んでください（例: "*注"）';

/** A parsed YAML file that can say which line a path is on. */
export class SourceFile {
  private readonly lineCounter = new LineCounter();
  private readonly lines: string[];
  readonly doc;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.lines = text.split(/\r?\n/);
    this.doc = parseDocument(text, { lineCounter: this.lineCounter, uniqueKeys: true });
  }

  /**
   * At most one issue: the first YAML syntax error of the file, in Japanese. Errors after the first are usually
   * consequences of it (one tab can produce four errors), so they would only bury the one thing to fix.
   */
  syntaxIssues(): DataIssue[] {
    const problems = [...this.doc.errors, ...this.doc.warnings];
    if (problems.length > 0) {
      const first = problems.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
      return [this.explain(first)];
    }
    // Silently dropped or unresolvable: `&x` (anchor), `*x` (alias), `!x` (tag).
    let special: Node | null = null;
    visit(this.doc, (_key, node) => {
      if (isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor)) {
        special = node as Node;
        return visit.BREAK;
      }
      return undefined;
    });
    if (special !== null) {
      const offset = (special as Node).range?.[0] ?? 0;
      return [this.issueAt(offset, this.lineCounter.linePos(offset).line, SPECIAL_START)];
    }
    return [];
  }

  private issueAt(offset: number, line: number, message: string): DataIssue {
    return {
      file: this.file,
      path: formatPath(this.pathAt(offset)),
      line,
      message: `YAML として読めません: ${message}`,
    };
  }

  /** The path of the deepest node around `offset`, as far as the keys look like real keys. */
  pathAt(offset: number): PropertyKey[] {
    const path: PropertyKey[] = [];
    let node: unknown = this.doc.contents;
    for (;;) {
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const start = (p.key as Node | null)?.range?.[0] ?? (p.value as Node | null)?.range?.[0];
          const end = (p.value as Node | null)?.range?.[1] ?? (p.key as Node | null)?.range?.[1];
          return start !== undefined && end !== undefined && start <= offset && offset <= end;
        });
        const key = scalarValue(pair?.key);
        if (!pair || !PLAIN_KEY.test(String(key))) return path;
        path.push(String(key));
        node = pair.value;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((item) => {
          const range = (item as Node | null)?.range;
          return range && range[0] <= offset && offset <= range[1];
        });
        if (index < 0) return path;
        path.push(index);
        node = node.items[index];
      } else {
        return path;
      }
    }
  }

  private lineText(line: number): string {
    return this.lines[line - 1] ?? "";
  }

  /** A slip on `line` that the parser cannot name: a tab, a full-width space or colon, a missing space. */
  private characterSlip(line: number): string | null {
    const text = this.lineText(line);
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
  private openingLine(line: number, open: string, close: string): number {
    for (let n = Math.min(line, this.lines.length); n >= 1; n--) {
      const text = this.lineText(n);
      if (text.split(open).length > text.split(close).length) return n;
    }
    return line;
  }

  /** The line above `line` that opens a quotation it does not close. */
  private unclosedQuoteLine(line: number, quote: string): number {
    for (let n = Math.min(line, this.lines.length); n >= 1; n--) {
      const text = this.lineText(n)
        .replaceAll(`\\${quote}`, "")
        .replaceAll(quote + quote, "");
      if ((text.split(quote).length - 1) % 2 === 1) return n;
    }
    return line;
  }

  /** One YAML error, translated into what to fix. */
  private explain(e: YAMLError): DataIssue {
    const offset = e.pos[0];
    const line = e.linePos?.[0]?.line ?? this.lineCounter.linePos(offset).line;
    const english = e.message.split("\n")[0] ?? "";
    const at = (n: number, message: string): DataIssue => ({
      ...this.issueAt(offset, n, message),
      // The path is computed from the offset of the error; when the line moved, look it up from that line.
      ...(n === line ? {} : { path: formatPath(this.pathAt(this.lineCounter.lineStarts[n - 1] ?? offset)) }),
    });

    if (e.code === "DUPLICATE_KEY") {
      const key = KEY_LINE.exec(this.lineText(line))?.[3];
      return at(
        line,
        key
          ? `項目名「${key}:」が同じ場所に2回書かれています。どちらか一方を消してください`
          : "同じ項目名が同じ場所に2回書かれています。どちらか一方を消してください",
      );
    }
    if (/end with a \]/.test(english)) {
      return at(
        this.openingLine(line - 1, "[", "]"),
        "「[」が閉じられていません。行の最後に「]」を書きます（値の中に [ があるなら、値全体を引用符で囲みます）",
      );
    }
    if (/end with a \}/.test(english)) {
      return at(
        this.openingLine(line - 1, "{", "}"),
        "「{」が閉じられていません。行の最後に「}」を書きます（値の中に { があるなら、値全体を引用符で囲みます）",
      );
    }
    const quote = /Missing closing (["'])quote/.exec(english)?.[1];
    if (quote) {
      return at(
        this.unclosedQuoteLine(line, quote),
        `引用符「${quote}」が閉じられていません。値の最後にも「${quote}」を書きます`,
      );
    }

    const slip = this.characterSlip(line);
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
        const value = KEY_LINE.exec(this.lineText(line))?.[6] ?? "";
        if (/:(\s|$)/.test(value)) {
          return at(
            line,
            "値の中に「: 」（コロンと半角スペース）があるため、項目名と値の区切りと読まれました。値全体を引用符で囲んでください",
          );
        }
        return at(
          line + 1,
          this.characterSlip(line + 1) ??
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
        if (/Unexpected scalar at node end/.test(english) && /["']/.test(this.lineText(line))) {
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
        return at(
          line,
          "[ ] や { } の中では改行して「- 」や「項目名:」を書けません。括弧を閉じてから書きます",
        );
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

  /** The line of the node at `path`, or of its nearest existing parent; `key` points at that key of a map. */
  lineOf(path: readonly PropertyKey[], key?: string): number | null {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      if (!node) continue;
      if (key !== undefined && depth === path.length && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return this.lineCounter.linePos(keyNode.range[0]).line;
      }
      if (node.range) return this.lineCounter.linePos(node.range[0]).line;
    }
    return null;
  }

  /**
   * Where an unquoted number with thousands commas was split by a flow mapping: `{ value: 98,328 }` reads as
   * `value: 98` and a key `328` with no value. Given the path of the value, the number as written ("98,328").
   */
  private splitNumberAt(path: readonly PropertyKey[]): string | null {
    const parent = this.doc.getIn(path.slice(0, -1) as unknown[], true);
    if (!isMap(parent) || parent.flow !== true) return null;
    const index = parent.items.findIndex((p) => String(scalarValue(p.key)) === String(path.at(-1)));
    const pair = parent.items[index];
    const valueNode = pair?.value as Node | null | undefined;
    if (!isScalar(valueNode) || typeof valueNode.value !== "number" || !valueNode.range) return null;
    let end = -1;
    for (const next of parent.items.slice(index + 1)) {
      const keyNode = next.key as Node | null;
      if (!isScalar(keyNode) || !keyNode.range || next.value !== null) break;
      if (!/^\d+(\.\d+)?$/.test(String(keyNode.source ?? keyNode.value))) break;
      end = keyNode.range[1];
    }
    return end < 0 ? null : this.text.slice(valueNode.range[0], end).replace(/\s+/g, "");
  }

  /** Whether `key` of the map at `path` is the tail of a number split as in `splitNumberAt`. */
  private isSplitNumberTail(path: readonly PropertyKey[], key: string): boolean {
    const map = this.doc.getIn(path as unknown[], true);
    if (!isMap(map) || map.flow !== true) return false;
    const items = (map as YAMLMap).items;
    let i = items.findIndex((p) => String(scalarValue(p.key)) === key);
    while (i > 0) {
      const pair = items[i];
      if (!pair || pair.value !== null || !/^\d+(\.\d+)?$/.test(String(scalarValue(pair.key)))) return false;
      i--;
      const before = items[i]?.value as Node | null | undefined;
      if (isScalar(before) && typeof before.value === "number") return true;
    }
    return false;
  }

  /** Validates the file's contents; issues carry lines. */
  parse<S extends z.ZodType>(schema: S): { data: z.output<S> | null; issues: DataIssue[] } {
    const raw: unknown = this.doc.toJS();
    if (raw === null || raw === undefined) {
      return {
        data: null,
        issues: [
          { file: this.file, path: "", line: null, message: "ファイルが空です。内容を書いてください" },
        ],
      };
    }
    const result = schema.safeParse(raw, { error: friendlyError });
    if (result.success) return { data: result.data, issues: [] };
    // A misspelt key (`numbr:`) also makes the real one missing: say it once, at the misspelling.
    const misspelt = new Set<string>();
    for (const issue of result.error.issues) {
      if (issue.code !== "unrecognized_keys") continue;
      const known = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const near = closest(key, known);
        if (near) misspelt.add(formatPath([...issue.path, near]));
      }
    }
    const issues = result.error.issues.flatMap((issue): DataIssue[] => {
      if (issue.code === "unrecognized_keys") {
        return issue.keys
          .filter((key) => !this.isSplitNumberTail(issue.path, key))
          .map((key) => ({
            file: this.file,
            path: formatPath([...issue.path, key]),
            line: this.lineOf(issue.path, key),
            message: unknownKeyMessage(key, keysAt(schema, issue.path), allKeys(schema)),
          }));
      }
      const path = formatPath(issue.path);
      const value = valueAt(raw, issue.path);
      if (issue.code === "invalid_type" && value === undefined && misspelt.has(path)) return [];
      const split = issue.code === "invalid_type" ? this.splitNumberAt(issue.path) : null;
      let message = issue.message;
      if (split) {
        message = `カンマの入った数値が引用符で囲まれていないため、{ } の中でカンマの所で分かれてしまいました。数値は引用符で囲んで ${String(issue.path.at(-1))}: "${split}" と書きます`;
      } else if (
        issue.code === "invalid_type" &&
        issue.expected === "array" &&
        typeof value === "string" &&
        value.startsWith("-")
      ) {
        message = "リストの「-」のあとに半角スペースがありません。「- 値」のように書きます";
        const from = this.lineOf(issue.path) ?? 1;
        const dash = this.lines.findIndex((l, i) => i + 1 >= from && /^\s*-[^\s-]/.test(l));
        if (dash >= 0) return [{ file: this.file, path, line: dash + 1, message }];
      }
      return [{ file: this.file, path, line: this.lineOf(issue.path), message }];
    });
    return { data: null, issues };
  }
}

const jaError = ja().localeError;

/** zod's Japanese messages, replaced by plain instructions for the mistakes people make by hand. */
const friendlyError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "この項目がありません。必ず書きます";
    switch (issue.expected) {
      case "array":
        return "リストで書きます（[値1, 値2] と書くか、次の行から字下げして「- 値」を並べます）";
      case "object":
        return issue.input === null
          ? "中身がありません。次の行から字下げして「項目名: 値」を書きます"
          : "次の行から字下げして「項目名: 値」の形で書きます";
      case "string":
        return "文字で書きます（数字や true・false だけの値は引用符で囲みます）";
      case "boolean":
        return "true か false で書きます";
      case "number":
        return "数字だけで書きます（引用符で囲みません）";
    }
  }
  if (issue.code === "too_small" && issue.origin === "array") return `少なくとも ${issue.minimum} 件書きます`;
  return jaError(issue);
};

/** What can go wrong with an unknown key, best guess first. */
function unknownKeyMessage(key: string, known: string[], everywhere: Set<string>): string {
  if (key.includes("　"))
    return "項目名に全角スペース「　」が入っています。字下げは半角スペースだけで書きます";
  if (key.includes("：")) {
    return "項目名のあとのコロンが全角の「：」です。半角の「: 」（コロンと半角スペース）にしてください";
  }
  const list = known.length > 0 ? `（ここに書ける項目名: ${known.join("、")}）` : "";
  if (everywhere.has(key) && !known.includes(key)) {
    return `${key} はここには書けません。字下げ（行頭の半角スペースの数）がずれていないか確かめてください${list}`;
  }
  const near = closest(key, known);
  if (near) return `知らない項目名です。${key} → ${near} ではありませんか`;
  return `知らない項目名です。綴りを確かめてください${list}`;
}

interface LooseDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  options?: z.core.$ZodType[];
}

const defOf = (schema: z.core.$ZodType): LooseDef => schema._zod.def as unknown as LooseDef;

/** Looks through optional, nullable, default and pipe wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return s;
    s = inner;
  }
}

/** The keys an object may have at `path` in the data, or [] when that place is not an object. */
function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let s: z.core.$ZodType | undefined = unwrap(schema);
  for (const p of path) {
    const def = defOf(s);
    s =
      def.type === "object"
        ? def.shape?.[String(p)]
        : def.type === "array"
          ? def.element
          : def.type === "record"
            ? def.valueType
            : undefined;
    if (!s) return [];
    s = unwrap(s);
  }
  const def = defOf(s);
  return def.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

/** Every key written anywhere in the schema, to tell a misplaced key from a misspelt one. */
function allKeys(schema: z.core.$ZodType, into = new Set<string>()): Set<string> {
  const def = defOf(unwrap(schema));
  if (def.type === "object") {
    for (const [key, value] of Object.entries(def.shape ?? {})) {
      into.add(key);
      allKeys(value, into);
    }
  }
  for (const child of [def.element, def.valueType, ...(def.options ?? [])]) if (child) allKeys(child, into);
  return into;
}
