/**
 * Reads `data/` into a validated Plan, or fails with every problem found, each naming the file, the path
 * inside it, the line and what was expected, so that the secretariat can fix a hand edit without reading code.
 *
 * Loading is all-or-nothing: the caller keeps its last good Plan when this throws.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { buildPlan, type Plan } from "./model.ts";
import { type ItemFile, itemFileSchema, type PlanFile, planFileSchema } from "./schema.ts";
import { type DataIssue, PlanDataError, SourceFile } from "./source-file.ts";
import { checkPlan } from "./validate.ts";

export interface LoadOptions {
  /** How file names appear in messages; defaults to the current directory. */
  relativeTo?: string;
}

/** Reads `plan.yml` and `items/*.yml` under `dataDir`. Throws PlanDataError listing every problem. */
export function loadPlan(dataDir: string, options: LoadOptions = {}): Plan {
  const base = options.relativeTo ?? process.cwd();
  const issues: DataIssue[] = [];
  const display = (p: string) => relative(base, p) || p;

  const read = (path: string): SourceFile | null => {
    try {
      return new SourceFile(display(path), readFileSync(path, "utf8"));
    } catch (err) {
      issues.push({
        file: display(path),
        path: "",
        line: null,
        message: `読めません: ${(err as Error).message}`,
      });
      return null;
    }
  };

  const planSource = read(join(dataDir, "plan.yml"));
  let planFile: PlanFile | null = null;
  if (planSource) {
    const syntax = planSource.syntaxIssues();
    issues.push(...syntax);
    if (syntax.length === 0) {
      const parsed = planSource.parse(planFileSchema);
      issues.push(...parsed.issues);
      planFile = parsed.data;
    }
  }

  const itemsDir = join(dataDir, "items");
  let names: string[] = [];
  try {
    names = readdirSync(itemsDir)
      .filter((n) => n.endsWith(".yml") || n.endsWith(".yaml"))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  } catch (err) {
    issues.push({
      file: display(itemsDir),
      path: "",
      line: null,
      message: `読めません: ${(err as Error).message}`,
    });
  }

  const items: { source: SourceFile; item: ItemFile }[] = [];
  for (const name of names) {
    const source = read(join(itemsDir, name));
    if (!source) continue;
    const syntax = source.syntaxIssues();
    issues.push(...syntax);
    if (syntax.length > 0) continue;
    const parsed = source.parse(itemFileSchema);
    issues.push(...parsed.issues);
    if (!parsed.data) continue;
    const stem = basename(name).replace(/\.ya?ml$/, "");
    if (/^\d+$/.test(stem) && Number(stem) !== parsed.data.number) {
      issues.push({
        file: source.file,
        path: "number",
        line: source.lineOf(["number"]),
        message: `ファイル名（${name}）と項目番号（${parsed.data.number}）が一致しません`,
      });
    }
    items.push({ source, item: parsed.data });
  }
  if (names.length === 0 && issues.length === 0) {
    issues.push({
      file: display(itemsDir),
      path: "",
      line: null,
      message: "項目のファイルが1つもありません",
    });
  }

  if (planFile) issues.push(...checkPlan(planFile, items));
  if (issues.length > 0 || !planFile) throw new PlanDataError(issues);
  return buildPlan(
    planFile,
    items.map((i) => i.item),
  );
}
