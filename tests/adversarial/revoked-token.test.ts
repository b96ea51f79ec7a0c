/**
 * A bot token that Slack refuses at start-up (revoked, or never valid) is a configuration error: the entry point
 * exits with code 1 and a Japanese message that names SLACK_BOT_TOKEN, like the other configuration errors, with
 * no stack trace and never the token itself.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type ChildBot, spawnMain } from "../support/child-bot.ts";
import { SlackWebApiStandIn } from "../support/web-api-stand-in.ts";

const TOKEN = "xoxb-5555-4444-revokedtokenvalue";
const SECRET = "revoked-test-signing-secret";
const APP_TOKEN = "xapp-1-A0PLANBOT-revokedapp";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function startWithRefusedToken(error: string, socket: boolean): Promise<ChildBot> {
  const standIn = await new SlackWebApiStandIn().start();
  cleanups.push(() => standIn.stop());
  // However often the bot asks, Slack keeps refusing the token.
  for (let i = 0; i < 10; i++) standIn.queue("auth.test", { body: { ok: false, error } });
  for (let i = 0; i < 10; i++) standIn.queue("apps.connections.open", { body: { ok: false, error } });
  const state = mkdtempSync(join(tmpdir(), "adversarial-revoked-"));
  cleanups.push(() => rmSync(state, { recursive: true, force: true }));
  const bot = spawnMain({
    SLACK_BOT_TOKEN: TOKEN,
    ...(socket
      ? { SLACK_APP_TOKEN: APP_TOKEN }
      : { SLACK_SIGNING_SECRET: SECRET, PORT: "0", HOST: "127.0.0.1" }),
    SLACK_API_URL: standIn.apiUrl,
    STATE_DB: join(state, "state.db"),
  });
  cleanups.push(async () => {
    bot.kill();
    await bot.exited;
  });
  return bot;
}

describe("a bot token Slack refuses at start-up", () => {
  it.each([
    ["token_revoked", false],
    ["invalid_auth", false],
    ["token_revoked", true],
  ] as const)(
    "%s (Socket Mode: %s): exit 1, a Japanese message naming SLACK_BOT_TOKEN, no stack trace",
    async (error, socket) => {
      const bot = await startWithRefusedToken(error, socket);
      expect(await bot.exited).toBe(1);
      const stderr = bot.stderr();
      expect(stderr).toContain("SLACK_BOT_TOKEN");
      expect(stderr).toMatch(/[\u3040-\u30ff]/);
      // A stack frame ("    at fn (file:line:col)") means a raw exception reached the person.
      expect(bot.output()).not.toMatch(/^\s+at .+[:(]\d+/m);
      expect(bot.output()).not.toContain(TOKEN);
      expect(bot.output()).not.toContain(SECRET);
      expect(bot.output()).not.toContain(APP_TOKEN);
    },
    60_000,
  );
});
