/**
 * The shape of the files in `data/`, as zod schemas.
 *
 * The files are edited by hand by the plan secretariat (行政管理課), so the schemas are strict: an unknown key is
 * an error (a misspelt `tagret:` must not be silently ignored), and every figure is kept as the string the
 * report prints ("1,194,846,047", "64.0") so that the bot repeats it exactly. Cross-field rules that need more
 * than one value (lead departments, stated rates, assessments against figures) live in `validate.ts`.
 */
import { z } from "zod";
import { parseReiwaYear } from "./fiscal-year.ts";

/**
 * What to write instead of a wrong fiscal year, worked out from what was written where possible: 「令和6年度」
 * or 6 → 2024, 「2024年度」 or "2024" → 2024.
 */
export function fiscalYearMessage(input: unknown): string {
  const example = (year: number) => `年度は西暦の開始年で書きます（令和${year - 2018}年度なら ${year}）`;
  if (typeof input === "number" && Number.isInteger(input) && input >= 1 && input <= 80) {
    return example(input + 2018);
  }
  if (typeof input === "string") {
    const reiwa = parseReiwaYear(input);
    if (reiwa !== null) return example(reiwa);
    const western = /^\s*(\d{4})\s*(年度?)?\s*$/.exec(input.normalize("NFKC"))?.[1];
    if (western) return `年度は西暦の開始年を数字だけで、引用符で囲まずに書きます（${western}）`;
  }
  return example(2023);
}

const fiscalYearError = {
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? undefined : fiscalYearMessage(issue.input),
};

/** A fiscal year (年度) as the Western year it starts in: 2023 = 令和5年度 (April 2023 – March 2024). */
export const fiscalYearSchema = z.number(fiscalYearError).int().min(2019).max(2099);

/**
 * A number exactly as the report prints it: digits with optional thousands commas and decimals. Full-width
 * digits are allowed because the report sometimes uses them (「５％増」).
 */
/** Digits with optional thousands commas and decimals, after NFKC: "98,328", "29.7", "0". */
export const FIGURE_VALUE_PATTERN = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

export const figureValueSchema = z
  .string({ error: '数値は報告書の表記どおり引用符で囲んだ文字列で書きます（例: "98,328"、"64.0"）' })
  .refine((s) => FIGURE_VALUE_PATTERN.test(s.normalize("NFKC")), {
    message: '報告書の数値の表記ではありません（例: "98,328"、"29.7"、"0"）',
  });

const nonEmpty = z.string().trim().min(1, "空にはできません");

/** Japanese words people may write for an English code, so that the message can say which code they meant. */
function enumError(codes: Record<string, string>, what: string, special: Record<string, string> = {}) {
  const choices = Object.entries(codes)
    .map(([code, label]) => `${code}（${label}）`)
    .join("・");
  return {
    error: (issue: { input?: unknown }) => {
      if (issue.input === undefined) return undefined;
      const note = special[String(issue.input).trim()];
      if (note) return note;
      const meant = Object.entries(codes).find(([, label]) => label === String(issue.input).trim())?.[0];
      return `${meant ? `「${String(issue.input)}」は ${meant} と書きます。` : ""}${what}は ${choices}のどれかを英語で書きます`;
    },
  };
}

/** 実績 (actual), 見込み (forecast) or 計画 (plan): how the report labels a year's row. */
export const basisSchema = z.enum(
  ["actual", "forecast", "plan"],
  enumError({ actual: "実績", forecast: "見込み", plan: "計画" }, "basis "),
);

/**
 * Where a row comes from. `report` (the default, when the key is absent): transcribed from the published report,
 * and checked against its text by `npm run validate`. `owner_report`: written by `npm run export-reports` from a
 * result the owning department reported in Slack and the secretariat approved, before the report for that year
 * is published. Such rows are not in the report's text, so the source check skips them, and the bot says where
 * they come from instead of passing them off as the report's. The next year's PDF replaces them by hand.
 */
export const originSchema = z.enum(
  ["report", "owner_report"],
  enumError({ report: "報告書", owner_report: "担当課からの報告" }, "origin "),
);

export const targetSchema = z.strictObject({
  value: figureValueSchema,
  unit: nonEmpty,
  /** The sentence of the report that states the target, quoted exactly. */
  quote: nonEmpty,
});

export const figureSchema = z.strictObject({
  label: nonEmpty,
  value: figureValueSchema,
  unit: nonEmpty,
  note: nonEmpty.optional(),
  /** Present only where the report states a target for this figure in the same fiscal year. */
  target: targetSchema.optional(),
  /** An achievement rate in percent, only where the report itself states one; checked against target and value. */
  rate: figureValueSchema.optional(),
});

export const effectRowSchema = z.strictObject({
  fiscal_year: fiscalYearSchema,
  basis: basisSchema.nullable(),
  /** The row as the report writes it, line breaks repaired. 「－」 where the report has no entry. */
  text: nonEmpty,
  figures: z.array(figureSchema).default([]),
  origin: originSchema.optional(),
});

export const effectTotalSchema = z.strictObject({
  text: nonEmpty,
  basis: basisSchema.nullable().default(null),
  figures: z.array(figureSchema).default([]),
});

export const activityYearSchema = z.strictObject({
  fiscal_year: fiscalYearSchema,
  basis: basisSchema,
  entries: z.array(nonEmpty).min(1, "取組内容が1件もありません"),
  origin: originSchema.optional(),
});

export const scheduleRowSchema = z.strictObject({
  label: nonEmpty,
  /** Codes (①～⑧) per fiscal year, e.g. `2023: ①～④`. */
  years: z.record(z.string().regex(/^\d{4}$/, "キーは西暦の年度（例: 2023）"), nonEmpty).default({}),
  /**
   * The codes as extracted, where the PDF lost which column they were in (two codes for three years). Kept
   * rather than guessed.
   */
  unplaced: nonEmpty.optional(),
});

export const reviewSectionSchema = z.strictObject({
  /** The department heading (＜政策課＞) where the report splits the review by department. */
  department: nonEmpty.optional(),
  entries: z.array(nonEmpty).min(1),
});

export const reviewSchema = z.strictObject({
  fiscal_year: fiscalYearSchema,
  sections: z.array(reviewSectionSchema).min(1),
  origin: originSchema.optional(),
});

export const statusSchema = z.enum(["achieved", "on_track", "behind", "unrated"]);

const UNRATED_NOTE =
  "評価なしは書けません。報告書が評価していない年度は、assessments からその年度の行を消します（状況は「評価なし」になります）";

/** A status the report states in words, with the sentence that says so. */
export const assessmentSchema = z.strictObject({
  fiscal_year: fiscalYearSchema,
  status: z.enum(
    ["achieved", "on_track", "behind"],
    enumError({ achieved: "達成", on_track: "順調", behind: "遅れ" }, "状況", {
      unrated: UNRATED_NOTE,
      評価なし: UNRATED_NOTE,
    }),
  ),
  /** The sentence of the 総評 that justifies the status, quoted exactly. */
  quote: nonEmpty,
  /**
   * Set to true only where the report's own verdict differs from what the figures alone would give (No.12: two
   * pilots against a target of ten, yet the report says 目標以上 because ten went straight to full use).
   */
  overrides_figures: z.boolean().default(false),
  origin: originSchema.optional(),
});

export const receivableRowSchema = z.strictObject({
  department: nonEmpty,
  name: nonEmpty,
  value: figureValueSchema,
  unit: nonEmpty,
});

/** No.17's table of 債権 (receivables) collected per department. */
export const receivablesTableSchema = z.strictObject({
  fiscal_year: fiscalYearSchema,
  rows: z.array(receivableRowSchema).min(1),
  total: z.strictObject({ value: figureValueSchema, unit: nonEmpty }),
});

export const itemFileSchema = z.strictObject({
  number: z.number().int().min(1),
  title: nonEmpty,
  /** The ＜継続＞ mark: the item continues from the previous plan. */
  continued: z.boolean().default(false),
  /** 記入担当課: the departments that write the item's report, from the index table. They own the item. */
  lead_departments: z.array(nonEmpty).min(1),
  /** Every department in the item's 【担当課：…】 line, as written. */
  departments: z.array(nonEmpty).min(1),
  /** Everyday words people use for this item instead of its title. Drawn from the item's own text. */
  aliases: z.array(nonEmpty).default([]),
  /** Terms from the item's body that should find it (system names, programmes, places). */
  keywords: z.array(nonEmpty).default([]),
  objective: nonEmpty,
  schedule: z.array(scheduleRowSchema).min(1),
  /** 主な取組内容 ①… in order. */
  measures: z.array(nonEmpty).min(1),
  activities: z.array(activityYearSchema).min(1),
  effects: z.array(effectRowSchema).min(1),
  total: effectTotalSchema.optional(),
  reviews: z.array(reviewSchema).min(1),
  assessments: z.array(assessmentSchema).default([]),
  receivables: receivablesTableSchema.optional(),
});

export const planFileSchema = z.strictObject({
  name: nonEmpty,
  /** How many items the plan has: `items/` must hold exactly 1.yml … item_count.yml. */
  item_count: z.number().int().min(1),
  /** The fiscal years the plan covers, first and last. */
  fiscal_years: z.strictObject({ first: fiscalYearSchema, last: fiscalYearSchema }),
  /** The latest fiscal year whose results (実績) are in the data; statuses are computed for it. */
  current_fiscal_year: fiscalYearSchema,
  source: z.strictObject({
    title: nonEmpty,
    /** Where the text was taken from, for people checking a figure. */
    document: nonEmpty,
    /** The report's extracted text, relative to the data folder: `npm run validate` checks the data against it. */
    file: nonEmpty,
  }),
  /** The day the secretariat last brought `data/` up to date (YYYY-MM-DD). */
  data_as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日付は YYYY-MM-DD で書きます（例: 2026-11-24）"),
  /**
   * The plan's departments by their official names, as the index writes them ("経営企画課（大崎市民病院）"). Every
   * department of an item must be one of these (or its name before the brackets), so a misspelt 課 is caught.
   */
  departments: z.array(nonEmpty).min(1),
  /** Departments in 【担当課】 lines that stand for "everyone concerned" rather than one owner. */
  generic_departments: z.array(nonEmpty).default([]),
  /** Everyday names of departments (short forms), by official name. */
  department_aliases: z.record(nonEmpty, z.array(nonEmpty)).default({}),
  /**
   * Departments' names as read aloud, by official name: staff type 「ざいせいか」 before the kanji come up. Kana only,
   * so a name in kanji put here by mistake (it belongs in department_aliases) is caught.
   */
  department_readings: z
    .record(
      nonEmpty,
      z.array(
        z
          .string()
          .regex(
            /^[\u3041-\u3096\u30a1-\u30fa\u30fc]+$/,
            "読みはひらがなかカタカナだけで書きます（例: ざいせいか）",
          ),
      ),
    )
    .default({}),
});

export type ItemFile = z.infer<typeof itemFileSchema>;
export type PlanFile = z.infer<typeof planFileSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Target = z.infer<typeof targetSchema>;
export type EffectRow = z.infer<typeof effectRowSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Origin = z.infer<typeof originSchema>;

/** Whether a row was reported by the owning department rather than transcribed from the published report. */
export const isOwnerReported = (row: { origin?: Origin | undefined }): boolean =>
  row.origin === "owner_report";
