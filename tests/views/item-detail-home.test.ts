/** The full record and App Home, checked against the report and against Slack's limits for every item. */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load.ts";
import { LIMITS } from "../../src/views/blocks.ts";
import { homeView } from "../../src/views/home.ts";
import { itemDetail } from "../../src/views/item-detail.ts";
import { REPO_ROOT } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));

/** Every text in a block tree, for checking limits. */
function texts(
  node: unknown,
  out: { kind: string; text: string }[] = [],
  kind = "",
): { kind: string; text: string }[] {
  if (Array.isArray(node)) for (const n of node) texts(n, out, kind);
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    const k = typeof o.type === "string" ? o.type : kind;
    if (typeof o.text === "string") out.push({ kind: k, text: o.text });
    for (const v of Object.values(o)) texts(v, out, k);
  }
  return out;
}

describe("item detail", () => {
  it.each(plan.items.map((i) => [i.number, i] as const))(
    "No.%i fits in one message within Slack's limits",
    (_n, item) => {
      const { blocks } = itemDetail(item, plan.meta);
      expect(blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
      for (const t of texts(blocks)) expect([...t.text].length).toBeLessThanOrEqual(LIMITS.sectionText);
    },
  );

  it("No.17 shows the receivables table with its total", () => {
    const json = JSON.stringify(itemDetail(plan.byNumber.get(17) as never, plan.meta).blocks);
    expect(json).toContain("保育所保育料: 1,166,400 円");
    expect(json).toContain("合計: 4,516,766 円");
  });

  it("No.6 keeps the 総評's department sections", () => {
    const json = JSON.stringify(itemDetail(plan.byNumber.get(6) as never, plan.meta).blocks);
    for (const d of ["＜政策課＞", "＜秘書広報課＞", "＜まちづくり推進課＞"]) expect(json).toContain(d);
  });

  it("No.10 says which schedule codes the PDF did not place in a year", () => {
    expect(JSON.stringify(itemDetail(plan.byNumber.get(10) as never, plan.meta).blocks)).toContain(
      "年度の割り当ては報告書の表から読み取れません",
    );
  });
});

describe("App Home", () => {
  const view = homeView(plan);
  it("ends with how to ask, in a full polite sentence (issue 15: it read 「…メンションして。」)", () => {
    const text = JSON.stringify(view.blocks);
    expect(text).toContain("チャンネルでボットをメンションしてください。");
    expect(text).not.toContain("メンションして。");
  });

  it("counts items by status", () => {
    expect(view.blocks[2]).toEqual({
      type: "section",
      fields: [
        { type: "mrkdwn", text: "*:warning: 遅れ*\n7 件" },
        { type: "mrkdwn", text: "*:large_blue_circle: 順調*\n8 件" },
        { type: "mrkdwn", text: "*:white_check_mark: 達成*\n3 件" },
        { type: "mrkdwn", text: "*:white_circle: 評価なし*\n3 件" },
      ],
    });
  });
  it("lists every item once, each with its 「詳細」 button, within 100 blocks", () => {
    const ids = JSON.stringify(view.blocks).match(/show_item_detail:\d+/g) ?? [];
    expect(new Set(ids).size).toBe(21);
    expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.homeBlocks);
  });
});
