/**
 * LOG_FORMAT=json: one JSON object per line with time, level, name and msg, redacted exactly as the text lines
 * are; and the configuration that chooses it (and the Socket Mode health port), with Japanese messages.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { ConfigError } from "../../src/errors.ts";
import { createLogger } from "../../src/logger.ts";

function jsonLogger(secrets: string[] = []) {
  const lines: string[] = [];
  const log = createLogger({
    level: "debug",
    format: "json",
    secrets,
    now: () => new Date("2026-11-30T00:00:00.000Z"),
    sink: (_l, line) => lines.push(line),
  });
  return { log, lines };
}

describe("JSON logs", () => {
  it("writes one object per line with time, level, name and the message", () => {
    const { log, lines } = jsonLogger();
    log.info("データを読み込みました:", 21, "項目");
    log.warn("二行目\nを含む");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toContain("\n");
    expect(JSON.parse(lines[0] as string)).toEqual({
      time: "2026-11-30T00:00:00.000Z",
      level: "info",
      name: "plan-bot",
      msg: "データを読み込みました: 21 項目",
    });
    expect(JSON.parse(lines[1] as string)).toMatchObject({ level: "warn", msg: "二行目\nを含む" });
  });

  it("never carries a token or a secret, even one JSON would escape", () => {
    const secret = 'sig"secret\\value';
    const { log, lines } = jsonLogger([secret]);
    log.error("failed with xoxb-123-456-abcdef and", { appToken: "xapp-1-A1-xyz" }, `secret ${secret}`);
    log.debug(new Error(`bad signature for ${secret}`));
    const all = lines.join("\n");
    expect(all).not.toMatch(/xoxb-123|xapp-1-A1/);
    const messages = lines.map((l) => (JSON.parse(l) as { msg: string }).msg).join("\n");
    expect(messages).not.toContain(secret);
    expect(messages).toContain("[REDACTED]");
  });

  it("keeps text as the default, for a person", () => {
    const lines: string[] = [];
    createLogger({ sink: (_l, line) => lines.push(line) }).info("hello");
    expect(lines).toEqual(["[INFO] plan-bot hello"]);
  });
});

describe("configuration", () => {
  const problemsFor = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (err) {
      if (err instanceof ConfigError) return err.problems;
      throw err;
    }
    return [];
  };

  it("reads LOG_FORMAT in any case, text by default", () => {
    expect(loadConfig({}).logFormat).toBe("text");
    expect(loadConfig({ LOG_FORMAT: "JSON" }).logFormat).toBe("json");
    expect(problemsFor({ LOG_FORMAT: "yaml" })).toEqual([
      "LOG_FORMAT: text（人が読む形、既定）か json（1行に1つの JSON）を設定してください",
    ]);
  });

  it("leaves the health port off unless HEALTH_PORT is set, and on loopback unless HEALTH_HOST says", () => {
    const plain = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" });
    expect(plain.healthPort).toBeNull();
    expect(plain.healthHost).toBe("127.0.0.1");
    const set = loadConfig({ HEALTH_PORT: "3001", HEALTH_HOST: "0.0.0.0" });
    expect(set.healthPort).toBe(3001);
    expect(set.healthHost).toBe("0.0.0.0");
    expect(problemsFor({ HEALTH_PORT: "health" })[0]).toMatch(/^HEALTH_PORT: ポート番号/);
  });
});
