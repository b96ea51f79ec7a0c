/**
 * Shared pieces of the reminder tests: the real plan from data/, owners written as YAML, a logger that records,
 * temporary directories for real SQLite files.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { LogWriter } from "../../src/logger.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { SourceFile } from "../../src/plan/source-file.ts";
import { type OwnersConfig, parseOwners } from "../../src/reminders/owners.ts";
import { REPO_ROOT } from "../support/seed.ts";

export { REPO_ROOT };

export const plan = loadPlan(resolve(REPO_ROOT, "data"));

/** The behind items of the FY2023 report (令和5年度実績), read off the report by hand. */
export const BEHIND_IN_REPORT = [6, 10, 13, 14, 15, 16, 17];

export function ownersFrom(yaml: string, p = plan): OwnersConfig {
  return parseOwners(new SourceFile("owners.yml", yaml), p);
}

/**
 * A realistic configuration: a person by ID for two departments, a person by e-mail, a department channel, and
 * everything else left to REMINDER_CHANNEL.
 */
export const OWNERS_YAML = `
departments:
  納税課:
    users: [UNOZEI01]
  財政課:
    users: [UNOZEI01]
  まちづくり推進課:
    emails: [Machi@Example.jp]
  デジタル戦略課:
    channel: CDIGITAL1
`;

/** users.lookupByEmail in the stand-in. */
export const USERS_BY_EMAIL = { "machi@example.jp": "UMACHI001" };

export const REMINDER_CHANNEL = "CREMIND01";

export interface RecordedLogger extends LogWriter {
  lines: { level: "debug" | "info" | "warn" | "error"; text: string }[];
}

export function recordingLogger(): RecordedLogger {
  const lines: RecordedLogger["lines"] = [];
  const at =
    (level: RecordedLogger["lines"][number]["level"]) =>
    (...msg: unknown[]) =>
      lines.push({ level, text: msg.map((m) => (m instanceof Error ? m.message : String(m))).join(" ") });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export function tempDir(prefix = "reminders-"): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
