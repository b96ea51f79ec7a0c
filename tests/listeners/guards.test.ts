/**
 * The middleware before every listener: a retried event or replayed click handled once (and still acked), and
 * answers never posted to a response_url outside Slack (refused with a Japanese log naming only the host).
 */
import { describe, expect, it } from "vitest";
import { MemoryDeduplicator } from "../../src/listeners/deps.ts";
import {
  deliveryKey,
  guardRequests,
  isAllowedResponseUrl,
  onlyOnce,
  onlySlackResponseUrls,
} from "../../src/listeners/guards.ts";
import { type Args, recorder, recordingLogger } from "./support.ts";

async function through(
  middleware: ReturnType<typeof onlyOnce>,
  body: Record<string, unknown>,
  withAck = true,
) {
  const order: string[] = [];
  const ack = recorder("ack", order);
  const next = recorder("next", order);
  const logger = recordingLogger();
  await middleware({ body, next, logger, ...(withAck ? { ack } : {}) } as Args);
  return { order, logger };
}

describe("deliveryKey", () => {
  it.each([
    [{ event_id: "Ev1", trigger_id: "T1" }, "Ev1"],
    [{ trigger_id: "123.456.abc" }, "trigger:123.456.abc"],
    [{ trigger_id: "" }, null],
    [{ type: "block_actions" }, null],
  ])("%j → %s", (body, key) => expect(deliveryKey(body)).toBe(key));
});

describe("onlyOnce", () => {
  it("passes the first delivery on; a retry with the same event_id is dropped and logged", async () => {
    const guard = onlyOnce(new MemoryDeduplicator());
    expect((await through(guard, { event_id: "Ev1" }, false)).order).toEqual(["next"]);
    const retry = await through(guard, { event_id: "Ev1" }, false);
    expect(retry.order).toEqual([]);
    expect(retry.logger.at("debug")).toBe("同じリクエスト（Ev1）は処理済みのため無視します");
    expect((await through(guard, { event_id: "Ev2" }, false)).order).toEqual(["next"]);
  });

  it("a replayed click is still acked (or Slack shows the person an error), but not handled again", async () => {
    const guard = onlyOnce(new MemoryDeduplicator());
    expect((await through(guard, { trigger_id: "T1" })).order).toEqual(["next"]);
    expect((await through(guard, { trigger_id: "T1" })).order).toEqual(["ack"]);
  });

  it("a payload without an id of its own is always handled", async () => {
    const guard = onlyOnce(new MemoryDeduplicator());
    for (let i = 0; i < 2; i++)
      expect((await through(guard, { type: "view_closed" })).order).toEqual(["next"]);
  });
});

describe("isAllowedResponseUrl", () => {
  it.each([
    ["https://hooks.slack.com/commands/T1/1/x", [], true],
    ["https://hooks.slack-gov.com/actions/T1/1/x", [], true],
    ["http://hooks.slack.com/commands/T1/1/x", [], false],
    ["https://hooks.slack.com.evil.example/x", [], false],
    ["https://evil.example/https://hooks.slack.com/", [], false],
    ["http://127.0.0.1:4000/respond", ["http://127.0.0.1:4000"], true],
    ["http://127.0.0.1:4001/respond", ["http://127.0.0.1:4000"], false],
    ["not a url", [], false],
  ] as const)("%s with %j → %s", (url, extra, allowed) =>
    expect(isAllowedResponseUrl(url, extra)).toBe(allowed),
  );
});

describe("onlySlackResponseUrls", () => {
  it("passes Slack's response URLs on", async () => {
    const guard = onlySlackResponseUrls([]);
    const { order } = await through(guard, { response_url: "https://hooks.slack.com/commands/T1/1/x" });
    expect(order).toEqual(["next"]);
  });

  it("refuses a foreign one: acked, not handled, logged in Japanese with the host but never the path", async () => {
    const guard = onlySlackResponseUrls([]);
    const { order, logger } = await through(guard, { response_url: "https://evil.example/secret-path" });
    expect(order).toEqual(["ack"]);
    expect(logger.at("warn")).toBe(
      "Slack 以外の response_url（evil.example）を含むリクエストを処理せずに断りました",
    );
    expect(logger.at("warn")).not.toContain("secret-path");
  });

  it("checks every URL of a modal submission, and names a value that is not a URL", async () => {
    const guard = onlySlackResponseUrls([]);
    const { order, logger } = await through(guard, {
      response_urls: [{ response_url: "https://hooks.slack.com/app/T1/1/x" }, { response_url: "not a url" }],
    });
    expect(order).toEqual(["ack"]);
    expect(logger.at("warn")).toBe(
      "Slack 以外の response_url（(URL ではない値)）を含むリクエストを処理せずに断りました",
    );
  });

  it("a configured loopback stand-in is allowed", async () => {
    const guard = onlySlackResponseUrls(["http://127.0.0.1:4000"]);
    const { order } = await through(guard, { response_url: "http://127.0.0.1:4000/respond/1" });
    expect(order).toEqual(["next"]);
  });
});

describe("guardRequests (both guards, as the app registers them)", () => {
  it("refuses a foreign response URL without marking the delivery handled, then handles a retry once", async () => {
    const dedupe = new MemoryDeduplicator();
    const guard = guardRequests([], dedupe);
    const foreign = await through(guard, { trigger_id: "T9", response_url: "https://evil.example/x" });
    expect(foreign.order).toEqual(["ack"]);
    expect(foreign.logger.at("warn")).toContain("evil.example");
    // The refused delivery was not recorded: the same trigger with Slack's URL is handled, and only once.
    const good = { trigger_id: "T9", response_url: "https://hooks.slack.com/commands/T/1/x" };
    expect((await through(guard, good)).order).toEqual(["next"]);
    expect((await through(guard, good)).order).toEqual(["ack"]);
    expect((await through(guard, { event_id: "Ev7" }, false)).order).toEqual(["next"]);
    expect((await through(guard, { event_id: "Ev7" }, false)).order).toEqual([]);
  });
});
