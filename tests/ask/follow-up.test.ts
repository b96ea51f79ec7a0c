/**
 * Follow-ups in a conversation (ask/follow-up.ts): a question that names no item, asked after an answer, is about
 * that answer's item; any question that finds its own topic is answered as asked. Figures are the report's: No.18's
 * 令和6年度 見込み is 寄附受入 個人版 35,000 件 500,000 千円; No.16's 総評 compares 30,885 千円 with 44,400 千円.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { answerInConversation, RecentTopics, readsAsFollowUp } from "../../src/ask/follow-up.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerText } from "../../src/wording/plain-text.ts";
import { REPO_ROOT } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const answerer = createAnswerer(plan);
const ask = (q: string, previous: number | undefined) => answerInConversation(answerer, plan, q, previous);

describe("readsAsFollowUp", () => {
  it("is a word pointing back, an opening that goes on, or only what is asked of an item", () => {
    for (const q of [
      "それのR6の見込みは？",
      "その取組の担当は？",
      "さっきのやつの達成率",
      "じゃあ目標は？",
      "総評は？",
      "R7は？",
      "担当課は？",
    ])
      expect([q, readsAsFollowUp(q)]).toEqual([q, true]);
    for (const q of ["天気は？", "ふるさと納税の実績は？", "こんにちは", ""])
      expect([q, readsAsFollowUp(q)]).toEqual([q, false]);
  });
});

describe("answerInConversation", () => {
  it("asks a follow-up of the item answered before, and says so on the answer", () => {
    const a = ask("それのR6の見込みは？", 18);
    expect(a.kind === "item" && a.item.number).toBe(18);
    expect(a.query).toBe("それのR6の見込みは？");
    expect(a.note).toContain("直前の答え（No.18）についての質問として答えています。");
    expect(answerText(a, plan.meta)).toContain("寄附受入 個人版 35,000 件 500,000 千円");
    const b = ask("じゃあ総評は？", 16);
    expect(b.kind === "item" && b.item.number).toBe(16);
    expect(answerText(b, plan.meta)).toContain("44,400 千円に対して 30,885 千円と及ばなかった");
  });

  it("reads a word pointing back as the item, and 「その課」 as its lead department", () => {
    // 「これって遅れてる？」 asks No.18's status (達成), not for the items behind.
    expect(ask("これって遅れてる？", 18)).toMatchObject({ kind: "item", item: { number: 18 } });
    // Every item but No.18.
    const others = ask("それ以外の項目", 18);
    expect(others.kind === "list" && others.items.map((i) => i.number)).toEqual(
      plan.items.map((i) => i.number).filter((n) => n !== 18),
    );
    expect(ask("それと19も", 18)).toMatchObject({ kind: "list", reason: { type: "numbers" } });
    // No.18's 【担当課】 is 政策課（記入担当）; 政策課 writes No.3, No.6 and No.18.
    const department = ask("同じ課の他の項目は？", 18);
    expect(department.kind === "list" && department.items.map((i) => i.number).sort((a, b) => a - b)).toEqual(
      [3, 6, 18],
    );
    expect(department.note).toBe(
      "直前の答え（No.18）の記入担当課（政策課）についての質問として答えています。",
    );
    // その before a topic is no pointer: 「その滞納整理」 is No.16's.
    expect(ask("その滞納整理の実績は？", 18)).toMatchObject({ kind: "item", item: { number: 16 } });
  });

  it("answers a question with its own topic as asked, whatever came before", () => {
    const a = ask("滞納整理の実績は？", 18);
    expect(a.kind === "item" && a.item.number).toBe(16);
    expect(a.note).toBeUndefined();
    expect(ask("遅れてる項目は？", 18).kind).toBe("list");
  });

  it("leaves a question that is not a follow-up, or is outside the plan, as it was", () => {
    // Nothing points back: the plan has no answer, and No.18 is not one.
    expect(ask("天気は？", 18).kind).toBe("none");
    // Outside the report (年休): still outside, though it opens with あと.
    expect(ask("あと私の年休って何日？", 18)).toMatchObject({ kind: "none", reason: "not_about_plan" });
    expect(ask("ありがとう", 18).kind).toBe("none");
  });

  it("reads every question on its own where nothing was answered before", () => {
    expect(ask("それのR6の見込みは？", undefined).kind).not.toBe("item");
  });
});

describe("RecentTopics", () => {
  it("remembers the last item answered per conversation, not lists, and forgets the oldest beyond its limit", () => {
    const topics = new RecentTopics(2);
    topics.remember("C1:1", answerer.answer("No.18"));
    topics.remember("C1:1", answerer.answer("遅れてる項目は？"));
    expect(topics.get("C1:1")).toBe(18);
    topics.remember("C2:1", answerer.answer("No.16"));
    topics.remember("C3:1", answerer.answer("No.7"));
    expect(topics.get("C1:1")).toBeUndefined();
    expect([topics.get("C2:1"), topics.get("C3:1")]).toEqual([16, 7]);
  });
});
