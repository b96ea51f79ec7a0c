/**
 * A question that is only one term, where several items are called by that term, cannot be decided: the items
 * are offered together. A term one item is called by and others only mention stays that item's.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { REPO_ROOT } from "../support/seed.ts";

const answerer = createAnswerer(loadPlan(resolve(REPO_ROOT, "data")));
const numbers = (q: string) => {
  const a = answerer.answer(q);
  return {
    kind: a.kind,
    items: a.kind === "item" ? [a.item.number] : "items" in a ? a.items.map((i) => i.number) : [],
  };
};

describe("a question that is one shared term", () => {
  it("offers the items whose title or alias has it (統廃合: No.2's title, No.14's alias)", () => {
    expect(numbers("統廃合の進み具合を知りたい")).toEqual({ kind: "candidates", items: [14, 2] });
    expect(numbers("統廃合")).toEqual({ kind: "candidates", items: [14, 2] });
  });

  it("keeps the item called by the term when others only mention it (滞納整理: No.16's alias, No.17's keywords)", () => {
    expect(numbers("滞納整理")).toEqual({ kind: "item", items: [16] });
  });

  it("lets the rest of the question decide (事務事業の整理・統廃合 is No.2's title)", () => {
    expect(numbers("事務事業の統廃合はどうなった")).toEqual({ kind: "item", items: [2] });
  });
});

describe("a department's name without 課 that is also an item's name", () => {
  it("reads 「人材育成の取組」 as No.8 (alias 人材育成), not 人材育成課's list", () => {
    expect(numbers("人材育成の取組の令和5年度実績を教えて")).toEqual({ kind: "item", items: [8] });
  });

  it("still reads a department's name without 課 as the department when no item is called by it", () => {
    expect(numbers("財政の取組").kind).toBe("list");
  });
});

describe("a runner-up that explains less than the best", () => {
  it("is not offered when the best also explains a word it does not (ANA: No.18 only)", () => {
    expect(numbers("ANAのポータルサイトを増やした件って、プランの実績に載っていますか")).toEqual({
      kind: "item",
      items: [18],
    });
  });

  it("is offered when it explains a word the best does not (two topics in one question)", () => {
    expect(numbers("ふるさと納税と滞納整理").kind).toBe("candidates");
  });
});

describe("a service word inside a term of the plan", () => {
  it("is part of the term, not a question for a counter (やり方改善 is No.2's keyword)", () => {
    expect(numbers("事務事業評価で「やり方改善」になったのは何件ですか")).toEqual({
      kind: "item",
      items: [2],
    });
  });

  it("still asks for a counter on its own", () => {
    const a = answerer.answer("住民票のやり方を教えて");
    expect(a.kind === "none" && a.reason).toBe("not_about_plan");
  });
});

describe("a term in the text of two items, with nothing else in the question to tell them apart", () => {
  it("offers every item that writes it (三本木: No.14's 三本木公民館, No.15's 三本木地域, No.19's table of leases)", () => {
    expect(numbers("三本木のことが書いてある取組").kind).toBe("candidates");
    expect(numbers("三本木のことが書いてある取組").items.sort((a, b) => a - b)).toEqual([14, 15, 19]);
  });

  it("offers both for 指定管理 with words both items' texts hold (更新, 手続き)", () => {
    const got = numbers("指定管理の更新手続きをやった取組");
    expect(got.kind).toBe("candidates");
    expect(got.items).toContain(3);
    expect(got.items).toContain(15);
  });

  it("keeps one item when a word of the question is what that item is called (No.17 使用料等の収入確保)", () => {
    expect(numbers("使用料などの収入をきちんと確保する取組")).toEqual({ kind: "item", items: [17] });
    // 確保 is No.17's title word, and No.5's text (使用料等の見直し) never writes it.
    expect(numbers("使用料などの収入を確保する取組")).toEqual({ kind: "item", items: [17] });
    // Both titles named: both offered.
    const both = numbers("使用料の項目ってどれ？見直しのほうか、収入確保のほうか分からなくて");
    expect(both.kind).toBe("candidates");
    expect(both.items).toEqual(expect.arrayContaining([5, 17]));
  });

  it("keeps one item when the rest of the question is in its text alone (総量: No.14)", () => {
    expect(numbers("公共施設の総量を減らしていく取組")).toEqual({ kind: "item", items: [14] });
  });
});

describe("a term of one item's title that another item's text repeats with the question's wording", () => {
  it("offers the other item too when its text holds a stretch of the question twice the term's length", () => {
    expect(numbers("遊休資産の売却に向けた取組について")).toEqual({ kind: "candidates", items: [19, 21] });
  });

  it("offers the other item too for the term and a word or two it also writes, asked of nothing (遊休資産の売却)", () => {
    // No.21's plans: 「遊休資産の売却に向けた取組を実施する。」 Five writers of the evaluation sets offered both.
    expect(numbers("遊休資産の売却")).toEqual({ kind: "candidates", items: [19, 21] });
    expect(numbers("遊休資産の売却の話")).toEqual({ kind: "candidates", items: [19, 21] });
    // Asked for its results or a figure, the title's item reports them.
    expect(numbers("遊休資産の売却の実績")).toEqual({ kind: "item", items: [19] });
    expect(numbers("遊休資産の売却額は？")).toEqual({ kind: "item", items: [19] });
  });

  it("offers both for the term and the word after it that the other writes, whatever else is said (no result asked)", () => {
    // Eight writers of the evaluation sets: 「遊休資産の売却ってどう進んでる？」「…の取組が知りたいです」 → No.19 and No.21.
    expect(numbers("遊休資産の売却の状況")).toEqual({ kind: "candidates", items: [19, 21] });
    expect(numbers("遊休資産の売却はどんな感じで進めているの")).toEqual({
      kind: "candidates",
      items: [19, 21],
    });
  });

  it("keeps the title's item when the other does not write the word after the term (No.21: 遊休資産の有効活用)", () => {
    expect(numbers("遊休資産の活用に向けた取組")).toEqual({ kind: "item", items: [19] });
    expect(numbers("遊休資産の活用はどんな感じで進めているの")).toEqual({ kind: "item", items: [19] });
  });
});

describe("a count asked of a shared term", () => {
  it("is the item whose report counts the term in the unit asked (指定管理者 36 団体: No.3)", () => {
    expect(numbers("指定管理者の数は何団体？")).toEqual({ kind: "item", items: [3] });
  });

  it("stays with the candidates when no item counts it in that unit", () => {
    expect(numbers("指定管理者の話").kind).toBe("candidates");
  });
});

describe("a term that is one item's keyword word for word", () => {
  it("stays that item's when another item's text only mentions it (三本木地域: No.15's keyword)", () => {
    expect(numbers("三本木地域について、令和5年度はどうでしたか")).toEqual({ kind: "item", items: [15] });
  });
});

describe("a figure two items report, asked with one item's name", () => {
  it("is that item's when the other's report never writes the name (市税の滞納: No.16's alias)", () => {
    // 滞納額の縮減効果 is the effect row of No.16 (30,885,000 円) and of No.17 (4,516,766 円); 市税 is in No.16 only.
    expect(numbers("市税の滞納額の縮減効果、令和5年度の実績は何円ですか")).toEqual({
      kind: "item",
      items: [16],
    });
  });

  it("offers both when nothing in the question tells them apart", () => {
    expect(numbers("滞納額の縮減効果は令和5年度いくら？")).toEqual({ kind: "candidates", items: [16, 17] });
  });
});

describe("words joined by の", () => {
  it("count as one word when the report writes them so (公の施設: No.3's, beside the 指定管理 No.15 shares)", () => {
    // No.3: 「指定管理者更新の手続を実施し，…（公の施設 38 施設，指定管理者 36 団体）」. No.15 also writes 指定管理.
    expect(numbers("指定管理をしている公の施設っていくつありますか")).toEqual({ kind: "item", items: [3] });
  });
});

describe("a term one item is named by and another states as its aim", () => {
  // 遊休資産: No.19's title (遊休資産の活用); No.21's objective 「遊休資産の有効活用や処分により収入確保に努める」.
  it("offers both, the named item first, when asked which items are about it", () => {
    expect(numbers("遊休資産の売却を進める取組はどれ？")).toEqual({ kind: "candidates", items: [19, 21] });
    expect(numbers("遊休資産")).toEqual({ kind: "candidates", items: [19, 21] });
  });

  it("answers with the named item when asked for its results or a figure (only No.19 reports them)", () => {
    expect(numbers("遊休資産の売却額は令和5年度いくら？")).toEqual({ kind: "item", items: [19] });
    expect(numbers("遊休資産の売却は令和5年度どうだった？")).toEqual({ kind: "item", items: [19] });
  });
});

describe("one two-kanji word that several items are called by", () => {
  it("offers those items (滞納: No.16's 滞納整理, No.17's 使用料の滞納)", () => {
    expect(numbers("滞納")).toEqual({ kind: "candidates", items: [16, 17] });
    expect(numbers("滞納の取組について聞きたいです")).toEqual({ kind: "candidates", items: [16, 17] });
  });

  it("is not read so when no item is called by it (施設 is in many items' text, no name)", () => {
    expect(numbers("施設").kind).not.toBe("item");
  });
});

describe("closed schools (廃校)", () => {
  it("are No.3's 廃校の利活用 and No.19's 旧小学校の貸付け, offered together", () => {
    for (const q of ["廃校", "廃校について書いてある取組は？", "廃校の活用について"]) {
      const a = answerer.answer(q);
      expect(a.kind, q).toBe("candidates");
      if (a.kind === "candidates")
        expect(a.items.map((i) => i.number).sort((x, y) => x - y)).toEqual([3, 19]);
    }
  });

  it("「廃校の使い道」 is No.3's 廃校の利活用, its alias in everyday words", () => {
    const a = answerer.answer("廃校の使い道について書いてある取組は？");
    expect(a.kind === "item" && a.item.number).toBe(3);
  });
});

describe("one word the question is about, listed by two items", () => {
  it("offers both when nothing else in the question chooses (LINE: No.6's 大崎市公式 LINE, No.9's LINE 公式アカウント)", () => {
    const a = answerer.answer("LINE使ってる取組あったよね");
    expect(a.kind).toBe("candidates");
    if (a.kind === "candidates") expect(a.items.map((i) => i.number).sort((x, y) => x - y)).toEqual([6, 9]);
  });

  it("keeps the one item when another word of the question is its own (LINE 公式アカウントの施設予約: No.9)", () => {
    const a = answerer.answer("LINEで公共施設のオンライン予約ができるようになった取組");
    expect(a.kind === "item" && a.item.number).toBe(9);
  });
});

describe("a name of one item asked with words only another item writes", () => {
  it.each([
    ["保育所保育料の滞納整理の実績額はいくら？子育て支援課の分", 17],
    ["学校給食費の滞納整理の効果額は？", 17],
  ])("「%s」 is the other item's (No.%i's table has the row; it writes 滞納整理 too)", (question, n) => {
    const a = answerer.answer(question);
    expect(a.kind === "item" && a.item.number).toBe(n);
  });

  it("「市税の滞納整理の実績」 stays No.16's", () => {
    const a = answerer.answer("市税の滞納整理の実績は？");
    expect(a.kind === "item" && a.item.number).toBe(16);
  });
});
