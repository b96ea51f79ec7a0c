/**
 * One reminder run with posts in flight together, as a process of its own, so that a test can kill it with
 * SIGKILL in the middle of a batch (a crash the test runner's own process could not survive to check). The run
 * is the CLI's minus its options: the real plan, the people in PEOPLE as owners of 納税課, no REMINDER_CHANNEL.
 *
 * Env: STATE_DB (the state file), SLACK_API_URL (the test's stand-in), PEOPLE (comma-separated user IDs),
 * NOW (the run's time, ISO 8601).
 */
import { resolve } from "node:path";
import { createLogger } from "../../src/logger.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { SourceFile } from "../../src/plan/source-file.ts";
import { DEFAULT_SCHEDULE } from "../../src/reminders/calendar.ts";
import { createReminderClient } from "../../src/reminders/client.ts";
import { parseOwners } from "../../src/reminders/owners.ts";
import { POST_CONCURRENCY, sendDueReminders } from "../../src/reminders/send.ts";
import { StateStore } from "../../src/state/store.ts";
import { reminderDigestMessage } from "../../src/views/reminder-digest.ts";
import { REPO_ROOT } from "./seed.ts";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const people = env("PEOPLE").split(",");
const owners = parseOwners(
  new SourceFile("owners.yml", `departments:\n  納税課:\n    users: [${people.join(", ")}]\n`),
  plan,
);
const logger = createLogger({ level: "error", sink: () => {} });
const store = StateStore.open(env("STATE_DB"));
const now = new Date(env("NOW"));
try {
  const report = await sendDueReminders({
    plan,
    owners,
    schedule: DEFAULT_SCHEDULE,
    reminderChannel: null,
    render: reminderDigestMessage,
    client: createReminderClient("xoxb-0000-child", { slackApiUrl: env("SLACK_API_URL"), logger }),
    store,
    logger,
    clock: () => now,
    concurrency: POST_CONCURRENCY,
  });
  process.stdout.write(`${JSON.stringify({ sent: report.sent.length })}\n`);
} finally {
  store.close();
}
