import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { ConfigError } from "../src/errors.ts";

const catchConfig = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("no error");
};

describe("loadConfig", () => {
  it("runs the playground when there is no bot token", () => {
    expect(loadConfig({}).mode).toBe("playground");
  });

  it("chooses HTTP mode with a bot token and signing secret, Socket Mode with an app token", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).mode).toBe("http");
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).mode).toBe("socket");
  });

  it("names a missing variable and says where to find it", () => {
    const err = catchConfig({ SLACK_BOT_TOKEN: "xoxb-1" });
    expect(err.message).toContain("SLACK_SIGNING_SECRET");
    expect(err.message).toContain("Signing Secret");
  });

  it("names a malformed variable without echoing its value", () => {
    const err = catchConfig({
      SLACK_BOT_TOKEN: "xoxp-user-token-value",
      PORT: "eighty",
      LISTEN_CHANNELS: "general",
    });
    expect(err.problems.map((p) => p.split(":")[0])).toEqual(["SLACK_BOT_TOKEN", "PORT", "LISTEN_CHANNELS"]);
    expect(err.message).not.toContain("xoxp-user-token-value");
  });

  it("treats empty values as unset and parses lists", () => {
    const c = loadConfig({
      SLACK_BOT_TOKEN: "",
      LISTEN_CHANNELS: "C01, C02",
      ADMIN_USER_IDS: "U1",
      SLACK_API_URL: "http://127.0.0.1:9/api",
    });
    expect(c).toMatchObject({
      mode: "playground",
      listenChannels: ["C01", "C02"],
      adminUserIds: ["U1"],
      slackApiUrl: "http://127.0.0.1:9/api/",
      port: 3000,
    });
  });

  it("listens on every interface unless HOST says otherwise, and accepts IP addresses and host names", () => {
    expect(loadConfig({}).host).toBe("0.0.0.0");
    const host = (HOST: string) => loadConfig({ HOST }).host;
    expect(host("127.0.0.1")).toBe("127.0.0.1");
    expect(host("::")).toBe("::");
    expect(host("[::1]")).toBe("::1");
    expect(host("localhost")).toBe("localhost");
    expect(host("bot.example.jp")).toBe("bot.example.jp");
    for (const bad of ["0.0.0.0:3000", "http://bot.example.jp", "bot example", "-bot", "[bot]"]) {
      expect(catchConfig({ HOST: bad }).problems, bad).toEqual([
        "HOST: 待ち受けるアドレスを IP アドレスかホスト名で設定してください（例: 0.0.0.0 ですべて、127.0.0.1 でこの機械の中だけ）",
      ]);
    }
  });

  it("reads PORT as a whole number up to 65535 and LOG_LEVEL in any case", () => {
    expect(loadConfig({ PORT: "8080", LOG_LEVEL: "DEBUG" })).toMatchObject({ port: 8080, logLevel: "debug" });
    expect(loadConfig({ PORT: "0" }).port).toBe(0);
    expect(loadConfig({ PORT: "65535" }).port).toBe(65535);
  });
});

describe("a bad variable, in Japanese", () => {
  // One malformed value per variable the bot reads; the value is made to be recognisable so that an echo shows.
  const BAD: Record<string, string[]> = {
    SLACK_BOT_TOKEN: ["xoxp-secret-user-token"],
    SLACK_APP_TOKEN: ["xoxb-secret-not-app-token"],
    SLACK_API_URL: ["slack-secret-api"],
    PORT: ["abc", "99999", "-1", "3.5", "80x", "1e3"],
    HOST: ["0.0.0.0:3000"],
    LOG_LEVEL: ["verbose"],
    LISTEN_CHANNELS: ["general"],
    ADMIN_USER_IDS: ["bob"],
    REMINDER_CHANNEL: ["general"],
    REMINDER_WEEKDAY: ["saturday"],
    REMINDER_TIME: ["25:00"],
    REMINDER_TIMEZONE: ["Asia/Osaki"],
  };
  const ALLOWED: Record<string, string> = {
    PORT: "ポート番号（0～65535 の整数、例: 3000）を設定してください",
    LOG_LEVEL: "debug、info、warn、error のどれかを設定してください（ふだんは info）",
  };

  for (const [name, values] of Object.entries(BAD)) {
    it.each(values)(`${name}=%s names the variable and what is allowed, never the value`, (value) => {
      const err = catchConfig({ [name]: value });
      expect(err.problems).toHaveLength(1);
      const [problem] = err.problems as [string];
      expect(problem.startsWith(`${name}: `)).toBe(true);
      if (ALLOWED[name]) expect(problem).toBe(`${name}: ${ALLOWED[name]}`);
      // Japanese, with none of zod's English ("Invalid input", "Too big: expected number to be <=65535" …).
      expect(problem).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(problem).not.toMatch(/invalid|expected|received|too (big|small)|must/i);
      expect(err.message).not.toContain(value);
    });
  }
});
