/**
 * `data/owners.yml`: who in Slack answers for each department's items. Validated like the plan data (strict keys,
 * every problem with file, path and line), plus one rule the schema cannot see: each department named must be one
 * of the plan's, so a misspelt 課 name is an error instead of a department that silently never hears anything.
 *
 * A department may be written as the plan's index writes it ("経営企画課（大崎市民病院）") or by its base name
 * ("経営企画課"); both mean the same department, as in `src/plan/validate.ts`.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { z } from "zod";
import ja from "zod/v4/locales/ja.js";
import { type DataIssue, formatPath, PlanDataError } from "../plan/data-issue.ts";
import { departmentBaseName } from "../plan/departments.ts";
import type { Plan } from "../plan/model.ts";
import { SourceFile } from "../plan/source-file.ts";

const userIdSchema = z
  .string()
  .trim()
  .regex(
    /^[UW][A-Z0-9]{2,}$/,
    "ユーザー ID は U で始まる英大文字と数字です（例: U0123ABCD）。Slack のプロフィールの「︙」→「メンバー ID をコピー」で取れます",
  );

const channelIdSchema = z
  .string()
  .trim()
  .regex(
    /^[CG][A-Z0-9]{2,}$/,
    "チャンネル ID は C で始まる英大文字と数字です（例: C0123ABCD）。#名前 ではなく、チャンネル詳細の一番下にある ID を書きます",
  );

const emailSchema = z
  .email({ error: "メールアドレスの形ではありません（例: taro.osaki@example.jp）" })
  .transform((s) => s.toLowerCase());

/** A YAML list left empty (`users:`) reads as null: the same as no entries. */
const listOf = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const departmentOwnersSchema = z
  .strictObject({
    users: listOf(userIdSchema),
    emails: listOf(emailSchema),
    channel: channelIdSchema.nullish().transform((v) => v ?? null),
  })
  .nullish()
  .transform((v) => v ?? { users: [], emails: [], channel: null });

export const ownersFileSchema = z.strictObject({
  departments: z.record(z.string().trim().min(1), departmentOwnersSchema).nullish(),
});

export interface DepartmentOwners {
  /** Slack user IDs ("U0123ABCD"): each gets the digest by DM. */
  users: string[];
  /** E-mail addresses, lower-cased: looked up with users.lookupByEmail at send time, then DM'd. */
  emails: string[];
  /** A channel ID ("C0123ABCD") that gets the department's digest. */
  channel: string | null;
}

export interface OwnersConfig {
  /** The file, as shown in messages. */
  file: string;
  /** By the plan's department name (`plan.departments[].name`). Departments not written here have no owners. */
  departments: ReadonlyMap<string, DepartmentOwners>;
}

const NO_OWNERS: DepartmentOwners = Object.freeze({ users: [], emails: [], channel: null });

/** The owners of a department named as the plan writes it anywhere (lead name or base name). */
export function ownersOf(config: OwnersConfig, department: string): DepartmentOwners {
  const base = departmentBaseName(department);
  for (const [name, owners] of config.departments) {
    if (departmentBaseName(name) === base) return owners;
  }
  return NO_OWNERS;
}

export function hasOwners(owners: DepartmentOwners): boolean {
  return owners.users.length > 0 || owners.emails.length > 0 || owners.channel !== null;
}

export interface LoadOwnersOptions {
  /** How file names appear in messages; defaults to the current directory. */
  relativeTo?: string;
}

/** Reads and checks `path` against the plan. Throws PlanDataError listing every problem. */
export function loadOwners(path: string, plan: Plan, options: LoadOwnersOptions = {}): OwnersConfig {
  const file = relative(options.relativeTo ?? process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new PlanDataError([
      { file, path: "", line: null, message: `読めません: ${(err as Error).message}` },
    ]);
  }
  return parseOwners(new SourceFile(file, text), plan);
}

/** Checks an already read file; the loader and tests share it. Throws PlanDataError. */
export function parseOwners(source: SourceFile, plan: Plan): OwnersConfig {
  const syntax = source.syntaxIssues();
  if (syntax.length > 0) throw new PlanDataError(syntax);

  const raw: unknown = source.doc.toJS() ?? {};
  const result = ownersFileSchema.safeParse(raw, { error: ja().localeError });
  const issues: DataIssue[] = result.success
    ? []
    : result.error.issues.flatMap((i) => toDataIssues(source, i));
  const at = (path: PropertyKey[], message: string, key?: string) =>
    issues.push({ file: source.file, path: formatPath(path), line: source.lineOf(path, key), message });

  // Department names are checked on the raw file too, so one pass reports a misspelt 課 and a bad ID together.
  const rawDepartments = (raw as { departments?: unknown }).departments;
  const names =
    typeof rawDepartments === "object" && rawDepartments !== null && !Array.isArray(rawDepartments)
      ? Object.keys(rawDepartments)
      : [];
  const byBase = new Map(plan.departments.map((d) => [departmentBaseName(d.name), d.name]));
  const generic = new Set(plan.meta.generic_departments);
  const known = plan.departments.map((d) => d.name).join("、");
  const planNameOf = new Map<string, string>();
  const writtenAs = new Map<string, string>();
  for (const name of names) {
    if (generic.has(name)) {
      at(
        ["departments"],
        `「${name}」は特定の課ではないため通知先を設定できません。記入担当課ごとに書いてください`,
        name,
      );
      continue;
    }
    const planName = byBase.get(departmentBaseName(name.trim()));
    if (!planName) {
      at(
        ["departments"],
        `「${name}」はプランの課にありません（綴りを確認してください）。プランの課: ${known}`,
        name,
      );
      continue;
    }
    const earlier = writtenAs.get(planName);
    if (earlier !== undefined) {
      at(["departments"], `「${name}」は「${earlier}」と同じ課です。1か所にまとめてください`, name);
      continue;
    }
    writtenAs.set(planName, name);
    planNameOf.set(name.trim(), planName);
  }
  if (!result.success || issues.length > 0) throw new PlanDataError(issues);

  const departments = new Map<string, DepartmentOwners>();
  for (const [name, owners] of Object.entries(result.data.departments ?? {})) {
    for (const list of ["users", "emails"] as const) {
      owners[list].forEach((value, i) => {
        if (owners[list].indexOf(value) !== i) {
          at(["departments", name, list, i], `「${value}」が2回書かれています`);
        }
      });
    }
    departments.set(planNameOf.get(name.trim()) as string, owners);
  }
  if (issues.length > 0) throw new PlanDataError(issues);
  return { file: source.file, departments };
}

function toDataIssues(source: SourceFile, issue: z.core.$ZodIssue): DataIssue[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      file: source.file,
      path: formatPath([...issue.path, key]),
      line: source.lineOf(issue.path, key),
      message:
        issue.path.length === 0
          ? "知らない項目名です。最上位に書けるのは departments だけです"
          : "知らない項目名です（綴りの誤りではありませんか）。書けるのは users、emails、channel です",
    }));
  }
  return [
    {
      file: source.file,
      path: formatPath(issue.path),
      line: source.lineOf(issue.path),
      message: issue.message,
    },
  ];
}
