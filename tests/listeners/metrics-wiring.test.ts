/** Answers are counted by kind for /metrics wherever they are given: a conversation reply and a /plan ack. */
import { describe, expect, it } from "vitest";
import { planCommandCallback } from "../../src/listeners/commands/plan.ts";
import { answerWithMessage } from "../../src/listeners/reply.ts";
import { makeDeps } from "./support.ts";

function countingMetrics() {
  const kinds: string[] = [];
  return { kinds, answered: (kind: string) => void kinds.push(kind) };
}

describe("answers counted for /metrics", () => {
  it("counts a reply's answer by its kind", () => {
    const metrics = countingMetrics();
    answerWithMessage(makeDeps({ metrics }), "No.18");
    answerWithMessage(makeDeps({ metrics }), "今日の天気は?");
    expect(metrics.kinds).toEqual(["item", "none"]);
  });

  it("counts a /plan answer given in the ack", async () => {
    const metrics = countingMetrics();
    const acks: unknown[] = [];
    await planCommandCallback(makeDeps({ metrics }))({
      command: { text: "遅れ", user_id: "USTAFF01", channel_id: "C1" },
      ack: async (m: unknown) => void acks.push(m),
      respond: async () => {},
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    } as never);
    expect(metrics.kinds).toEqual(["list"]);
    expect(acks).toHaveLength(1);
  });
});
