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
  type YAMLMap,
} from "yaml";
import type { z } from "zod";
import { closest } from "../text/did-you-mean.ts";
import { type DataIssue, formatPath } from "./data-issue.ts";
import { allKeys, friendlyError, keysAt, unknownKeyMessage } from "./schema-messages.ts";
import { explainYamlError, SPECIAL_START, type YamlErrorContext } from "./yaml-messages.ts";

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
      return [explainYamlError(this.errorContext(), first)];
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

  /** What the YAML error translation (yaml-messages.ts) needs of this file. */
  private errorContext(): YamlErrorContext {
    return {
      lineText: (line) => this.lineText(line),
      lineCount: this.lines.length,
      lineAt: (offset) => this.lineCounter.linePos(offset).line,
      lineStart: (line) => this.lineCounter.lineStarts[line - 1],
      issueAt: (offset, line, message) => this.issueAt(offset, line, message),
      pathAt: (offset) => this.pathAt(offset),
    };
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
