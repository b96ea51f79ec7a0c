/**
 * A YAML data file that remembers where each value came from, so that every problem can be reported with
 * file, path and line: the secretariat fixes hand edits from the message alone.
 */
import { isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";
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

/** A parsed YAML file that can say which line a path is on. */
export class SourceFile {
  private readonly lineCounter = new LineCounter();
  readonly doc;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lineCounter, uniqueKeys: true });
  }

  syntaxIssues(): DataIssue[] {
    return this.doc.errors.map((e) => ({
      file: this.file,
      path: "",
      line: e.linePos?.[0]?.line ?? null,
      message: `YAML として読めません: ${e.message.split("\n")[0]}`,
    }));
  }

  /** The line of the node at `path`, or of its nearest existing parent; `key` points at that key of a map. */
  lineOf(path: readonly PropertyKey[], key?: string): number | null {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      if (!node) continue;
      if (key !== undefined && depth === path.length && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return this.lineCounter.linePos(keyNode.range[0]).line;
      }
      if (node.range) return this.lineCounter.linePos(node.range[0]).line;
    }
    return null;
  }

  /** Validates the file's contents; issues carry lines. */
  parse<S extends z.ZodType>(schema: S): { data: z.output<S> | null; issues: DataIssue[] } {
    const result = schema.safeParse(this.doc.toJS(), { error: ja().localeError });
    if (result.success) return { data: result.data, issues: [] };
    const issues = result.error.issues.flatMap((issue): DataIssue[] => {
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => ({
          file: this.file,
          path: formatPath([...issue.path, key]),
          line: this.lineOf(issue.path, key),
          message: `知らない項目名です（綴りの誤りではありませんか）。使える項目名はスキーマ（src/plan/schema.ts）を参照`,
        }));
      }
      return [
        {
          file: this.file,
          path: formatPath(issue.path),
          line: this.lineOf(issue.path),
          message: issue.message,
        },
      ];
    });
    return { data: null, issues };
  }
}
