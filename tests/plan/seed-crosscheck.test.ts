/**
 * Keeps the transcription in `data/` honest against the source report (`data/source/`), through the same
 * check `npm run validate` runs: titles against the index table, every sentence against the item's own
 * section, and every figure of 取組による効果 in both directions. The second half proves the check can fail:
 * changing any one character of any field it reads, in any item, is reported at that field.
 */
import { relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/plan/data-issue.ts";
import { loadPlan } from "../../src/plan/load.ts";
import type { Plan, PlanItem } from "../../src/plan/model.ts";
import { checkAgainstSource, type SourceCheckKind } from "../../src/plan/source-check.ts";
import { figuresIn, REPO_ROOT, REPORT_PATH, readReportText, readSeed } from "../support/seed.ts";

const REPORT_FILE = "data/source/report-r5.txt";
const reportText = readReportText();
const seed = readSeed();
const plan = loadPlan(resolve(REPO_ROOT, "data"));
const check = (p: Plan) => checkAgainstSource(p, seed, { reportFile: REPORT_FILE });
const findings = check(plan);

describe("the seed report as parsed", () => {
  it("is the copy in the repository that plan.yml names, so a fresh clone has it", () => {
    expect(relative(REPO_ROOT, REPORT_PATH)).toBe(REPORT_FILE);
    expect(plan.meta.source.file).toBe("source/report-r5.txt");
  });

  it("has 21 items, numbered 1 to 21", () => {
    expect(seed.items.map((i) => i.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });
});

describe("the data as a whole", () => {
  it("has the report's 21 items", () => {
    expect(plan.items.map((i) => i.number)).toEqual(seed.items.map((i) => i.number));
    expect(findings.filter((f) => f.check === "items")).toEqual([]);
  });

  it("matches the report everywhere", () => {
    expect(findings.map((f) => `${f.file} ${f.path}: ${f.message}`)).toEqual([]);
  });
});

const cases = plan.items.map((item) => [`No.${item.number}`, item] as const);

describe.each(cases)("%s against the report", (_name, item: PlanItem) => {
  /** What the check says about this item, as "path: message" so a failure reads as the secretariat would see it. */
  const said = (check: SourceCheckKind) =>
    findings.filter((f) => f.item === item.number && f.check === check).map((f) => `${f.path}: ${f.message}`);

  it("has the title and lead departments of the index table", () => {
    expect(said("index")).toEqual([]);
  });

  it("has the title and ＜継続＞ mark of the item's own header", () => {
    expect(said("header")).toEqual([]);
  });

  it("lists the departments of the 【担当課】 line, in order", () => {
    expect(said("departments")).toEqual([]);
  });

  it("quotes the objective, schedule, measures, activities and 総評 word for word", () => {
    expect(said("quotes")).toEqual([]);
  });

  it("has every figure of 取組による効果 with the report's value, row by row", () => {
    expect(said("effects")).toEqual([]);
  });

  it("states targets as the report does", () => {
    expect(said("targets")).toEqual([]);
  });
});

/** One field the check reads, and where a change to it must be reported. */
interface Field {
  path: PropertyKey[];
  /** The finding's path: the field itself, or the list it belongs to (departments are compared as a list). */
  reportedAt: PropertyKey[];
  kind: "text" | "figure" | "flag";
}

/** Every field of an item that comes from the report, written out here independently of the check. */
function fieldsOf(item: PlanItem): Field[] {
  const text = (path: PropertyKey[], reportedAt = path): Field => ({ path, reportedAt, kind: "text" });
  const figure = (path: PropertyKey[]): Field => ({ path, reportedAt: path, kind: "figure" });
  const fields: Field[] = [
    text(["title"]),
    { path: ["continued"], reportedAt: ["continued"], kind: "flag" },
    ...item.lead_departments.map((_, i) => text(["lead_departments", i], ["lead_departments"])),
    ...item.departments.map((_, i) => text(["departments", i], ["departments"])),
    text(["objective"]),
    ...item.schedule.map((_, i) => text(["schedule", i, "label"])),
    ...item.measures.map((_, i) => text(["measures", i])),
    ...item.activities.flatMap((a, i) => a.entries.map((_, j) => text(["activities", i, "entries", j]))),
    ...item.reviews.flatMap((r, i) =>
      r.sections.flatMap((s, j) => [
        ...(s.department ? [text(["reviews", i, "sections", j, "department"])] : []),
        ...s.entries.map((_, k) => text(["reviews", i, "sections", j, "entries", k])),
      ]),
    ),
    ...item.assessments.map((_, i) => text(["assessments", i, "quote"])),
  ];
  const rows = [
    ...item.effects.map((e, i) => ({ path: ["effects", i], row: e })),
    ...(item.total ? [{ path: ["total"], row: item.total }] : []),
  ];
  for (const { path, row } of rows) {
    fields.push(text([...path, "text"]));
    row.figures.forEach((f, j) => {
      fields.push(figure([...path, "figures", j, "value"]));
      if (f.target) {
        const target = [...path, "figures", j, "target"];
        fields.push(figure([...target, "value"]), text([...target, "unit"]), text([...target, "quote"]));
      }
    });
  }
  if (item.receivables) {
    item.receivables.rows.forEach((_, i) => {
      for (const key of ["name", "value", "unit"]) {
        fields.push(text(["receivables", "rows", i, key], ["receivables", "rows", i]));
      }
    });
    for (const key of ["value", "unit"])
      fields.push(text(["receivables", "total", key], ["receivables", "total"]));
  }
  return fields;
}

function getIn(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, p) => (v as Record<PropertyKey, unknown>)[p], data);
}

function setIn(data: unknown, path: readonly PropertyKey[], value: unknown): void {
  const parent = getIn(data, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[path.at(-1) as PropertyKey] = value;
}

/** One character of `s` replaced by one the report never uses: the middle one that is not white space. */
function changeOneCharacter(s: string): string {
  const chars = [...s];
  let i = Math.floor(chars.length / 2);
  while (i < chars.length && /\s/.test(chars[i] as string)) i++;
  chars[i === chars.length ? 0 : i] = "〓";
  return chars.join("");
}

/**
 * One digit of a figure changed to another, choosing one that the report does not print in the same row (a
 * figure changed into another figure of its row is still the report's number; that is not what this tests).
 */
function changeOneDigit(value: string, avoid: string[]): string {
  const chars = [...value];
  for (let i = chars.length - 1; i >= 0; i--) {
    const d = (chars[i] as string).normalize("NFKC");
    if (!/\d/.test(d)) continue;
    for (let step = 1; step < 10; step++) {
      const changed = [...chars];
      changed[i] = String((Number(d) + step) % 10);
      const candidate = changed.join("");
      if (!avoid.includes(candidate.normalize("NFKC"))) return candidate;
    }
  }
  throw new Error(`no digit of ${value} can be changed`);
}

describe.each(cases)("%s: a change of one character is reported at its field", (_name, item: PlanItem) => {
  const seedItem = seed.items.find((s) => s.number === item.number);
  const fields = fieldsOf(item).map((f) => [formatPath(f.path), f] as const);

  it.each(fields)("%s", (_path, field) => {
    const changed = structuredClone(plan);
    const target = changed.items.find((i) => i.number === item.number) as PlanItem;
    const before = getIn(target, field.path);
    if (field.kind === "flag") {
      setIn(target, field.path, !before);
    } else if (field.kind === "figure") {
      // The row the figure is in: the report's numbers there are the ones to avoid.
      const rowKey =
        field.path[0] === "total" ? "total" : String(item.effects[field.path[1] as number]?.fiscal_year);
      setIn(
        target,
        field.path,
        changeOneDigit(String(before), figuresIn(seedItem?.effectRows.get(rowKey) ?? "")),
      );
    } else {
      setIn(target, field.path, changeOneCharacter(String(before)));
    }
    expect(getIn(target, field.path)).not.toEqual(before);
    const reported = check(changed).filter((f) => f.item === item.number);
    expect(reported.map((f) => f.path)).toContain(formatPath(field.reportedAt));
    // Every finding names the report, so the secretariat knows what the data was compared with.
    for (const f of reported) expect(f.message).toContain(REPORT_FILE.split("/").at(-1));
  });
});

describe("a figure wrong in both the row's text and its value", () => {
  it("is reported at both, with the report's figure", () => {
    const changed = structuredClone(plan);
    const no16 = changed.items.find((i) => i.number === 16) as PlanItem;
    const row = no16.effects[0] as PlanItem["effects"][number];
    expect(row.text).toBe("滞納額の縮減効果 30,885,000 円（実績）");
    row.text = "滞納額の縮減効果 30,855,000 円（実績）";
    (row.figures[0] as { value: string }).value = "30,855,000";
    expect(check(changed)).toEqual([
      expect.objectContaining({
        file: "items/16.yml",
        path: "effects[0].text",
        item: 16,
        message: `text が報告書（${REPORT_FILE}）の №16 の取組による効果（令和5年度）の文と一致しません。報告書では「滞納額の縮減効果 30,885,000 円（実績）」です`,
      }),
      expect.objectContaining({
        file: "items/16.yml",
        path: "effects[0].figures[0].value",
        item: 16,
        message: `「30,855,000」は報告書（${REPORT_FILE}）の №16 の取組による効果（令和5年度）にありません。報告書では「30,885,000」です`,
      }),
    ]);
  });
});

describe("a sentence that differs", () => {
  it("says where it stops matching and what the report has there", () => {
    const changed = structuredClone(plan);
    const no16 = changed.items.find((i) => i.number === 16) as PlanItem;
    no16.activities[0]?.entries.splice(
      0,
      1,
      (no16.activities[0]?.entries[0] ?? "").replace("財産調査", "財産調杳"),
    );
    const [finding] = check(changed);
    expect(finding?.path).toBe("activities[0].entries[0]");
    expect(finding?.message).toContain(
      "「…や効果的な財産調」のあとが違います（データ: 「杳に基づく差押などにより…」、報告書: 「査に基づく差押などにより…」）",
    );
  });
});

describe("a report the check cannot read", () => {
  it("says so once, naming the file", () => {
    expect(checkAgainstSource(plan, "これは報告書ではありません\n", { reportFile: REPORT_FILE })).toEqual([
      expect.objectContaining({ file: REPORT_FILE, line: null, check: "items" }),
    ]);
  });

  it("names an item of the report that the data lacks, at its line in the report", () => {
    const fewer = { ...plan, items: plan.items.filter((i) => i.number !== 21) };
    const lines = reportText.split("\n");
    const line = lines.findIndex((l) => l.includes("№21")) + 1;
    expect(line).toBeGreaterThan(0);
    expect(check(fewer)).toEqual([
      expect.objectContaining({ file: REPORT_FILE, line, item: 21, check: "items" }),
    ]);
  });
});
