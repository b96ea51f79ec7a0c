/**
 * A throw-away copy of `data/` to make one hand-editing mistake in, the way the secretariat would, and the
 * problems `loadPlan` then reports.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import type { DataIssue } from "../../src/plan/data-issue.ts";
import { PlanDataError } from "../../src/plan/data-issue.ts";
import { loadPlan } from "../../src/plan/load.ts";
import type { Plan } from "../../src/plan/model.ts";
import { REPO_ROOT } from "../support/seed.ts";

export class DataCopy {
  readonly dir = mkdtempSync(join(tmpdir(), "plan-data-"));

  constructor() {
    cpSync(resolve(REPO_ROOT, "data"), this.dir, { recursive: true });
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), "utf8");
  }

  /** Replaces the first occurrence of `from` in a data file, failing if it is not there. */
  edit(file: string, from: string, to: string): void {
    const text = this.read(file);
    expect(text, `${file} should contain ${from}`).toContain(from);
    writeFileSync(this.path(file), text.replace(from, to));
  }

  write(file: string, content: string | Uint8Array): void {
    writeFileSync(this.path(file), content);
  }

  remove(file: string): void {
    unlinkSync(this.path(file));
  }

  rename(from: string, to: string): void {
    renameSync(this.path(from), this.path(to));
  }

  /** 1-based line of the first line of `file` that contains `text`. */
  lineOf(file: string, text: string): number {
    const line =
      this.read(file)
        .split("\n")
        .findIndex((l) => l.includes(text)) + 1;
    expect(line, `${file} should have a line with ${text}`).toBeGreaterThan(0);
    return line;
  }

  load(): Plan {
    return loadPlan(this.dir, { relativeTo: this.dir });
  }

  /** The problems reported, failing the test when the data loads. */
  issues(): DataIssue[] {
    try {
      this.load();
    } catch (err) {
      if (err instanceof PlanDataError) return err.issues;
      throw err;
    }
    throw new Error("the data loaded without error");
  }

  /** The one problem reported, failing the test when there is none or more than one. */
  issue(): DataIssue {
    const issues = this.issues();
    expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
    return issues[0] as DataIssue;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
