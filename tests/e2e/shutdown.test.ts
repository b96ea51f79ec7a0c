/**
 * Stopping the bot (what SIGTERM does): it stops taking requests at once, but a reply already being written
 * is finished first, so nobody's question is dropped by a deploy.
 */
import { describe, expect, it } from "vitest";
import { startHarness } from "../support/bot-harness.ts";

describe("stop()", () => {
  it("finishes a reply in flight, then refuses new requests", async () => {
    const h = await startHarness();
    try {
      // Slack is slow to accept the answer: the reply is still in flight when the stop begins.
      h.standIn.queue("chat.postMessage", { body: { ok: true, channel: "C1", ts: "1.2" }, delayMs: 600 });
      await h.event({
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> No.18",
        ts: "1700001000.000100",
        channel: "CSTOP0001",
      });
      await h.standIn.waitFor((calls) => calls.some((c) => c.method === "chat.postMessage"));

      let stopped = false;
      const stopping = h.bot.stop().then(() => {
        stopped = true;
      });
      // While draining, new work is refused rather than half-done.
      const refused = await fetch(h.bot.url as string, {
        method: "POST",
        body: "{}",
        headers: { "content-type": "application/json" },
      }).then(
        (r) => r.status,
        () => "closed",
      );
      expect([503, "closed"]).toContain(refused);
      expect(stopped).toBe(false);
      await stopping;
      expect(h.standIn.callsOf("chat.postMessage")).toHaveLength(1);
      expect(h.logs.join("\n")).not.toContain("終わらなかった処理");
    } finally {
      await h.standIn.stop();
    }
  });
});
