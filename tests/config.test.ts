import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

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
});
