/**
 * One problem in the data files, as the secretariat sees it: which file, which line, which field, and what to
 * do. Every check (YAML, schema, cross-checks, the report) reports in this one shape, and invalid data is one
 * coded error (src/errors.ts) carrying them.
 */
import { BotError } from "../errors.ts";

export interface DataIssue {
  /** Path relative to the working directory, e.g. `data/items/16.yml`. */
  file: string;
  /** Where in the file, as `effects[0].figures[1].value`; empty for the whole file. */
  path: string;
  /** 1-based line, or null when the problem is not at one place (a missing file). */
  line: number | null;
  message: string;
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

export class PlanDataError extends BotError {
  readonly code = "plan_data_invalid";
  constructor(readonly issues: DataIssue[]) {
    super(formatIssues(issues));
    this.name = "PlanDataError";
  }
}
