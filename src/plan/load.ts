/**
 * Reads `data/` into a validated Plan, or fails with every problem found, each naming the file, the path
 * inside it, the line and what was expected, so that the secretariat can fix a hand edit without reading code.
 *
 * Loading is all-or-nothing: the caller keeps its last good Plan when this throws.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataIssue } from "./data-issue.ts";
import { PlanDataError } from "./data-issue.ts";
import { buildPlan, type Plan } from "./model.ts";
import { type ItemFile, itemFileSchema, type PlanFile, planFileSchema } from "./schema.ts";
import { readSourceFile, type SourceFile } from "./source-file.ts";
import { checkPlan } from "./validate.ts";

export interface LoadOptions {
  /** How file names appear in messages; defaults to the current directory. */
  relativeTo?: string;
}

const isYaml = (name: string) => name.endsWith(".yml") || name.endsWith(".yaml");

/** Reads `plan.yml` and `items/*.yml` under `dataDir`. Throws PlanDataError listing every problem. */
export function loadPlan(dataDir: string, options: LoadOptions = {}): Plan {
  const base = options.relativeTo ?? process.cwd();
  const issues: DataIssue[] = [];
  const display = (p: string) => relative(base, p) || p;

  /** A file that reads as UTF-8 YAML, or null with its one problem recorded. */
  const read = (path: string): SourceFile | null => {
    const source = readSourceFile(path, display(path));
    if (!("doc" in source)) {
      issues.push(source);
      return null;
    }
    const syntax = source.syntaxIssues();
    issues.push(...syntax);
    return syntax.length === 0 ? source : null;
  };

  const planSource = read(join(dataDir, "plan.yml"));
  let planFile: PlanFile | null = null;
  if (planSource) {
    const parsed = planSource.parse(planFileSchema);
    issues.push(...parsed.issues);
    planFile = parsed.data;
  }

  const itemsDir = join(dataDir, "items");
  let names: string[] = [];
  try {
    names = readdirSync(itemsDir).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  } catch (err) {
    issues.push({
      file: display(itemsDir),
      path: "",
      line: null,
      message: `フォルダが読めません（${(err as Error).message}）`,
    });
  }
  const yamlNames = names.filter(isYaml);

  const items: { source: SourceFile; item: ItemFile }[] = [];
  /** Numbers of the files named N.yml, read or not: a file that is there is never reported missing. */
  const presentNumbers: number[] = [];
  const misnamed: { source: SourceFile; name: string; number: number }[] = [];
  /** Numbers held by a file of that name (17 in 17.yml). */
  const holders = new Set<number>();
  for (const name of yamlNames) {
    const stem = name.replace(/\.ya?ml$/, "");
    const numbered = /^\d+$/.test(stem);
    if (numbered) presentNumbers.push(Number(stem));
    const source = read(join(itemsDir, name));
    const parsed = source?.parse(itemFileSchema);
    if (parsed) issues.push(...parsed.issues);
    if (!source || !parsed?.data) continue;
    if (numbered && Number(stem) === parsed.data.number) holders.add(parsed.data.number);
    if (numbered && Number(stem) !== parsed.data.number) {
      misnamed.push({ source, name, number: parsed.data.number });
    }
    items.push({ source, item: parsed.data });
  }
  // `number: 17` in 18.yml next to a good 17.yml is a duplicate, which checkPlan reports (naming both files);
  // saying "the name does not match" as well would be the same mistake twice.
  for (const { source, name, number } of misnamed) {
    if (holders.has(number)) continue;
    issues.push({
      file: source.file,
      path: "number",
      line: source.lineOf(["number"]),
      message: `ファイル名（${name}）と項目番号（${number}）が一致しません。ファイル名か number のどちらかを直します`,
    });
  }
  if (yamlNames.length === 0 && names.length === 0 && issues.length === 0) {
    issues.push({
      file: display(itemsDir),
      path: "",
      line: null,
      message: "項目のファイルが1つもありません",
    });
  }

  if (planSource && planFile) {
    issues.push(
      ...checkPlan({
        planSource,
        plan: planFile,
        items,
        presentNumbers,
        otherFiles: names.filter((n) => !isYaml(n)),
        itemFile: (n) => display(join(itemsDir, `${n}.yml`)),
      }),
    );
  }
  if (issues.length > 0 || !planFile) throw new PlanDataError(issues);
  return buildPlan(
    planFile,
    items.map((i) => i.item),
  );
}
