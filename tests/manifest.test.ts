/**
 * The manifest an admin pastes into Slack: what the app needs and nothing more, each scope explained.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "./support/seed.ts";

const text = readFileSync(resolve(REPO_ROOT, "manifest.yml"), "utf8");
const manifest = parse(text);

describe("manifest.yml", () => {
  it("names the app in Japanese", () => {
    expect(manifest.display_information.name).toMatch(/[\p{Script=Han}\p{Script=Katakana}]/u);
    expect(manifest.display_information.description).toContain("集中改革プラン");
    // Slack requires 175–4000 characters when a long description is given.
    expect([...manifest.display_information.long_description].length).toBeGreaterThanOrEqual(175);
  });

  it("asks for exactly the scopes the bot uses, each with a comment saying why", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "im:history",
      "im:write",
      "users:read",
      "users:read.email",
    ]);
    for (const scope of manifest.oauth_config.scopes.bot) {
      expect(text, scope).toMatch(new RegExp(`- ${scope.replace(".", "\\.")} # \\S+`));
    }
  });

  it("subscribes to mentions, DMs and App Home, with interactivity and Socket Mode on", () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      "app_mention",
      "message.im",
      "app_home_opened",
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it("offers /plan with a Japanese usage hint", () => {
    const plan = manifest.features.slash_commands.find((c: { command: string }) => c.command === "/plan");
    expect(plan.usage_hint).toContain("納税課");
    expect(plan.description).toMatch(/[\p{Script=Han}]/u);
  });

  it("has no ASCII space between two Japanese characters in any string (folded YAML text would add them)", () => {
    const japanese =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。] [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string") strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === "object" && value !== null) Object.values(value).forEach(collect);
    };
    collect(manifest);
    expect(strings.length).toBeGreaterThan(10);
    expect(strings.filter((s) => japanese.test(s))).toEqual([]);
  });

  it("says how LISTEN_CHANNELS reaches private channels too (groups:history and message.groups, commented out)", () => {
    // Optional: only for LISTEN_CHANNELS, so they stay comments an admin uncomments, like channels:history.
    expect(text).toMatch(/# - channels:history # \S+/);
    expect(text).toMatch(/# - groups:history # .*非公開チャンネル/);
    expect(text).toMatch(/# - message\.channels # .*channels:history/);
    expect(text).toMatch(/# - message\.groups # .*非公開チャンネル.*groups:history/);
  });
});
