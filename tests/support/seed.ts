/**
 * The repository's root and the source report (text extracted from the PDF, kept in `data/source/` and named by
 * `source.file` in plan.yml), read into per-item sections so tests can check the data against the report itself.
 * Everything is inside the repository: a fresh clone runs every test.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseReport, type Report } from "../../src/plan/report-text.ts";

export { compact, figuresIn } from "../../src/plan/report-text.ts";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The report file plan.yml names, so that the tests follow the data when a new year's report replaces it. */
export const REPORT_PATH = resolve(
  REPO_ROOT,
  "data",
  (parse(readFileSync(resolve(REPO_ROOT, "data/plan.yml"), "utf8")) as { source: { file: string } }).source
    .file,
);

export const readReportText = (): string => readFileSync(REPORT_PATH, "utf8");

export const readSeed = (): Report => parseReport(readReportText());
