/**
 * Questions the plan's data cannot answer are not answered with an item: a fiscal year after the plan's period
 * that the plan never names. A year the plan does name (令和38年, the facilities' long-term target; 令和9年, No.5's
 * next revision; 令和11年, the end of No.7's staffing plan) is the plan's.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { EACH_OF } from "../../src/ask/patterns.ts";
import { topicText } from "../../src/ask/question-text.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerText } from "../../src/wording/plain-text.ts";

const plan = loadPlan(resolve(import.meta.dirname, "../../data"));
const answerer = createAnswerer(plan);

/** The question is answered with item `n`. */
function expectItem(question: string, n: number): void {
  const a = answerer.answer(question);
  expect(a.kind).toBe("item");
  if (a.kind === "item") expect(a.item.number).toBe(n);
}

/** The question gets no item: it is not about the plan. */
function expectNotAboutPlan(question: string): void {
  const a = answerer.answer(question);
  expect(a.kind).toBe("none");
  if (a.kind === "none") expect(a.reason).toBe("not_about_plan");
}

describe("a fiscal year after the plan's period", () => {
  it.each([
    ["令和10年度の職員数の計画は何人ですか", "令和10年度"],
    ["R13の職員数", "令和13年度"],
    ["令和十年度の職員数の計画", "令和10年度"],
    ["2030年度のふるさと納税の目標", "令和12年度"],
  ])("「%s」 is answered with no item and says why", (question, label) => {
    const a = answerer.answer(question);
    expect(a.kind).toBe("none");
    expect(a.note).toBe(
      `${label}は第6次集中改革プランの期間（令和5年度～令和7年度）の後の年度なので、データがありません。`,
    );
  });

  it.each([
    ["令和7年度の職員数", 7],
    ["令和11年度までの定員管理計画", 7],
    ["施設総量は令和38年までに何％減らす目標？", 14],
  ])("「%s」 is a year of the plan's: item %i", (question, n) => {
    expectItem(question, n);
  });
});

describe("what a service costs a household", () => {
  it.each([
    "下水道の使用料って1か月いくらくらいかかりますか？",
    "施設の使用料はいくらかかりますか",
    "水道料金は一ヶ月いくら？",
  ])("「%s」 is a question for the counter, not the plan", (question) => {
    expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
  });

  it.each([
    ["ふるさと納税の効果額はいくら？", 18],
    ["ふるさと納税の寄附はいくら集まった", 18],
  ])("「%s」 asks what the plan achieved: item %i", (question, n) => {
    expectItem(question, n);
  });
});

describe("where in the plan something is told", () => {
  it.each([
    ["ペーパーレス会議を増やしたって話はどこ？", 13],
    ["職員の採用人数を調整したという記述はどこに出てくる？", 7],
  ])("「%s」 asks where the report tells it, not for a counter (No.%i)", (question, n) => {
    expectItem(question, n);
  });

  it.each(["住民票はどこで取れますか", "マイナンバーカードはどこで作れる？"])(
    "「%s」 is still for a counter",
    (question) => {
      expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
    },
  );
});

describe("who asked, and the plan called プラン", () => {
  it.each([
    ["市民の方に聞かれたのですが、納付環境の整備はどうなっていますか", 16],
    ["議員からの質問で、ペーパーレス会議の実績を知りたいです", 13],
  ])("「%s」: the one who asked is not a topic (No.%i)", (question, n) => {
    expectItem(question, n);
  });

  it.each([
    ["市民の方から聞かれたのですが、旧消防庁舎の跡地は売れましたか", 19],
    ["住民から聞かれたんですが、LINEの施設予約っていつから使えますか", 9],
  ])("「%s」: a citizen's question about the plan's work is still the plan's (No.%i)", (question, n) => {
    const a = answerer.answer(question);
    expect(a.kind === "item" && a.item.number).toBe(n);
  });

  it.each([
    "住民の方に、マイナンバーカードを受け取るとき何を持って行けばいいか聞かれました",
    "合併処理浄化槽に替える工事に補助金はあるか市民に聞かれた",
    "一番近い避難所はどこか市民に聞かれたら何と答えれば",
    "市営住宅の申込みはいつからですか",
    "介護保険の申請に必要な書類を教えて",
  ])("「%s」 is a counter's question: no item", (question) => {
    expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
  });

  it.each([
    "わくわくランドをLINEで予約する手順を教えて",
    "オンライン予約アプリの操作方法がわからないと市民から電話がありました",
    "大崎市のオープンデータってどこで見られますか、と市民の方から。URL教えてください",
  ])("「%s」 is a counter's question: no item", (question) => {
    expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
  });

  it("still reads 「どこに書いてある」 after who asked as a question about the plan (No.12's kintone)", () => {
    const a = answerer.answer(
      "市民の方から聞かれたのですが、kintoneを試験的に使ってみたって話はどこに書いてある？",
    );
    expect(a.kind === "item" && a.item.number).toBe(12);
  });

  it("keeps 補助金 a plan word when it is not asked whether one is given (No.4 reviews subsidies)", () => {
    const a = answerer.answer("補助金の見直しはどうなりましたか");
    expect(a.kind === "item" && a.item.number).toBe(4);
  });

  it("reads プラン alone as this plan, and アクションプラン as a name", () => {
    const plain = answerer.answer("納付環境の整備ってプランではどう進めているんでしょう");
    expect(plain.kind === "item" && plain.item.number).toBe(16);
    const named = answerer.answer("人財育成アクションプラン");
    expect(named.kind === "item" && named.item.number).toBe(8);
  });
});

describe("courtesies and hearsay around a question", () => {
  it.each([
    ["お世話になります、ペーパーレス会議の実績", "お世話になります"],
    ["予定があるとどこかで読んだのですが、載っていますか", "読んだ"],
    ["以前見た気がします", "見た"],
  ])("「%s」 loses 「%s」 before its topic is searched", (question, gone) => {
    expect(topicText(question)).not.toContain(gone);
  });
});

describe("years of 平成 and other governments' plans", () => {
  it("answers a 平成 year before the plan with no item, naming it as asked", () => {
    const a = answerer.answer("平成30年度のふるさと納税の寄附額を教えて");
    expect(a.kind).toBe("none");
    expect(a.note).toBe(
      "平成30年度は第6次集中改革プランの期間（令和5年度～令和7年度）の前の年度なので、データがありません。",
    );
  });

  it.each(["宮城県の集中改革プランの内容を教えてください", "仙台市の行革の進み具合"])(
    "「%s」 is another government's plan: no item",
    (question) => {
      expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
    },
  );

  it("keeps 大崎市の集中改革プラン this plan's", () => {
    expect(answerer.answer("大崎市の集中改革プランのふるさと納税の実績")).toMatchObject({ kind: "item" });
  });
});

describe("years in kanji numerals", () => {
  it("reads 令和五年度 as 令和5年度: the figure of that year is in the answer", () => {
    // The report, No.13's 令和5年度 activities: 「会議開催 1,243 件のうち，ペーパーレス会議 614 件，Web 会議 481 件」.
    const a = answerer.answer("令和五年度の会議の開催件数は全部で何件？");
    expect(a.kind).toBe("item");
    if (a.kind === "item") expect(a.item.number).toBe(13);
    expect(answerText(a, plan.meta)).toContain("1,243");
  });
});

describe("questions about something else than this plan", () => {
  it.each(["第4次集中改革プランの結果は？", "第七次の改革プランではどうなる予定？"])(
    "「%s」, another plan of the series, gets no item",
    (question) => {
      expect(answerer.answer(question).kind).toBe("none");
    },
  );

  it("a year before the plan that the report never names gets no item, and says why", () => {
    const a = answerer.answer("令和元年度のふるさと納税の寄附額は？");
    expect(a.kind).toBe("none");
    expect(a.note).toBe(
      "令和元年度は第6次集中改革プランの期間（令和5年度～令和7年度）の前の年度なので、データがありません。",
    );
    // 令和4年度 is a year the report names (No.5: 「令和 4 年度から議論を行い」; 「令和4年度実績調査」), but No.18 states
    // no figure of it: no item either, and the answer says which years No.18 has.
    expect(answerer.answer("令和4年度のふるさと納税の寄附額は？")).toMatchObject({
      kind: "none",
      reason: "year_without_figures",
      number: 18,
    });
  });

  it.each([
    "図書館の開館時間を市民の方に聞かれました",
    // A counter's questions on a plan topic: No.10 is マイナンバーカード, No.17 市営住宅使用料, No.11 ごみの分別.
    "マイナンバーカードの受け取りって予約いりますか？窓口で聞かれて…",
    "市営住宅に入りたいという相談です。申込みの時期はいつですか",
    "市民から、燃えないごみの出し方を聞かれたんですが何曜日ですか",
    // No.18 is ふるさと納税, No.8 and 13 name 新庁舎: a mailing address and the canteen are a counter's matters.
    "市民の方からお電話で、ふるさと納税のワンストップ特例申請書の送り先を聞かれてます。どこ宛てでしたっけ",
    "今日って新庁舎の食堂やってます？",
    // No.18 ふるさと納税, No.16 軽自動車税 (eLTAX), No.14 古川西小中学校.
    "ふるさと納税のワンストップ特例の申請書、寄附した人から書き方を聞かれたんだけどどう答えればいい？",
    "軽自動車税ってコンビニで払えますか？って市民からの問い合わせ、どう返せばいい",
    "古川西小中学校の入学説明会の日程ってわかる？",
    "ふるさと納税って自分が住んでる大崎市にもできるんですか？って問い合わせが来てます",
    // No.14 names 公民館, No.13 グループウェア: a deadline and how to book a room are not the plan's.
    "公民館だよりの原稿の締切っていつだっけ",
    "会議室の予約ってグループウェアのどこからやるんでしたっけ",
    // No.9 (防災, 避難所情報), No.16 (固定資産税), No.8/13 (新庁舎): a counter's or the building's matters.
    "3階のプリンタが紙詰まりで動かないんだけど誰に言えばいい？",
    "台風来てるけど、避難所ってどこが開くのか市民から聞かれてます",
    "固定資産税の納付書をなくしたという市民への対応方法",
    "会議室の予約ってどうやるの、新庁舎の",
    "ふるさと納税したいっていう市外の方から問い合わせ。返礼品の申込みってどうやればいいんでしたっけ",
    "市民から、近くの指定避難所はどこかと電話がありました。調べ方ありますか",
    // The city's 総合計画 in itself: No.6 only names its 実施計画.
    "次期総合計画の基本構想の骨子はいつ示される予定ですか",
    "総合計画の実施計画のローリングのスケジュールを知りたい",
    "大崎市民病院の診療科を教えて",
    "ふるさと納税の控除額は年収でいくら変わりますか",
    "下水道使用料の料金表はありますか",
    "投票所はどこか聞かれました",
    "職員の時間外勤務の上限は何時間？",
    // No.16 writes コンビニ収納 (市税): a certificate at a convenience store is a counter's question.
    "コンビニで住民票は取れますか",
    "ふるさと納税ってどこから申し込めばいいですか？",
  ])("「%s」 asks for a counter or a rule, not the plan: no item", (question) => {
    expect(answerer.answer(question).kind).toBe("none");
  });

  it("a service word inside the report's own term is the plan's (No.11's ごみの分別方法一覧, an open data set)", () => {
    const a = answerer.answer("ごみの分別方法一覧のオープンデータ");
    expect(a.kind).toBe("item");
    if (a.kind === "item") expect(a.item.number).toBe(11);
  });
});

describe("where in the plan an owner reports", () => {
  it.each([
    // No.7: 休職者等を定数外とする条例改正; No.12: AI 議事録作成支援ツール, kintone; No.16: eLTAX 共通納税.
    ["職員定数条例をいじって休職・休業中の職員を定数外にしたのはどこで報告？", 7],
    ["AIの文字起こしツールとkintoneを試しに使ってみた件、どこで報告すればいい？", 12],
    ["eLTAXの共通納税を固定資産税と軽自動車税で始めた件、どこで報告してる？", 16],
  ])("「%s」 asks which item (No.%i), not where a counter is", (question, n) => {
    const a = answerer.answer(question);
    expect(a.kind === "item" && a.item.number).toBe(n);
  });

  it("「…の記載どこ」 asks where in the plan (No.9's 令和6年度: X，Facebook へのリンクを充実)", () => {
    const a = answerer.answer("防災ポータルサイトからX・Facebookへのリンク充実、R6予定の記載どこ");
    expect(a.kind === "item" && a.item.number).toBe(9);
  });

  it.each([
    // No.7: 定員管理計画（令和 7 年度～令和 11 年度）; No.21: 師山・岩出山浄化センターの水質調査を直営;
    // No.3: 旧鹿島台第二小学校の優先交渉権者.
    ["次期の定員管理計画（R7～R11の職員採用計画）を作る話はどこ？", 7],
    ["師山とか岩出山の浄化センターで水質調査を自前でやるようにした件はどこ？", 21],
    ["旧鹿島台第二小学校の跡地活用、優先交渉権者ってどこに決まったんだっけ", 3],
  ])("「%s」 asks where in the plan, or what it says (No.%i)", (question, n) => {
    const a = answerer.answer(question);
    expect(a.kind === "item" && a.item.number).toBe(n);
  });

  it("「〇〇の話はどこ」 asks where in the plan (補助金等審査会: No.2 and No.4)", () => {
    const a = answerer.answer("補助金等審査会の話はどこ");
    expect(a.kind === "candidates" && a.items.map((i) => i.number).sort((x, y) => x - y)).toEqual([2, 4]);
  });

  it("「調達方法を変えた」 is a change of method, not a how-to (No.20's 診療材料の調達方法)", () => {
    const a = answerer.answer("診療材料の調達方法を変えた効果額、５年度はいくらだった？");
    expect(a.kind === "item" && a.item.number).toBe(20);
  });
});

describe("who is asking", () => {
  it("reads a department's self-introduction as who asks, not as the topic (教育総務課 is not 総務課, No.11)", () => {
    const a = answerer.answer("教育総務課です。学校給食費の未納分の回収はどの項目ですか");
    expect(a.kind === "item" && a.item.number).toBe(17);
  });

  it("reads the self-introduction after a greeting too", () => {
    const a = answerer.answer("お疲れ様です。教育総務課です。学校給食費の未納分の回収はどの項目ですか");
    expect(a.kind === "item" && a.item.number).toBe(17);
  });

  it("keeps the department when it asks about its own items (うち, 当課)", () => {
    const a = answerer.answer("政策課です。うちが担当している項目を一覧でお願いします");
    expect(a.kind === "list" && a.items.map((i) => i.number)).toEqual([3, 6, 18]);
  });

  it("reads 「〇〇課の…を確認したいです」 as a request about the department, not a self-introduction", () => {
    // まちづくり推進課: 【担当課】 of No.1 and No.15. 「〇〇課の佐藤です」 introduces; a sentence after の does not.
    const a = answerer.answer("まちづくり推進課の担当項目を確認したいです");
    expect(a.kind === "list" && a.items.map((i) => i.number)).toEqual([1, 15]);
    const introduced = answerer.answer("財政課の佐藤です。ふるさと納税の実績は？");
    expect(introduced.kind === "item" && introduced.item.number).toBe(18);
  });

  it("reads other offices' self-introductions too (議会事務局です。), and 「〇〇のうち」 is no うち (our)", () => {
    const a = answerer.answer(
      "議会事務局です。令和5年度に数値目標に届かなかった取組を全部一覧でいただけますか。委員会で質問が出そうなので。",
    );
    expect(a.kind === "list" && a.items.map((i) => i.number)).toEqual([6, 10, 13, 15, 16, 17]);
    // 田尻総合支所地域振興課 introduces itself; 「有償貸付のうち」 is "among", not its own items.
    const b = answerer.answer(
      "お疲れさまです。田尻総合支所地域振興課です。遊休資産の有償貸付のうち、田尻地域の分は令和5年度何件だったでしょうか？",
    );
    expect(b.kind === "item" && b.item.number).toBe(19);
  });

  it("reads 「〇〇課ですか」 as a question about the department", () => {
    expect(answerer.answer("財政課ですか？")).toMatchObject({ kind: "list" });
  });
});

describe("words that look like a counter's question but are not", () => {
  it("「やり方を変えて」 is a change of method, not a how-to (No.20's 材料調達方法の改善)", () => {
    const a = answerer.answer("病院の材料調達のやり方を変えて浮いた額はいくら？");
    expect(a.kind === "item" && a.item.number).toBe(20);
  });

  it("「どこで報告されていますか」 asks where in the plan (No.15's 鹿島台深谷創作館)", () => {
    const a = answerer.answer("鹿島台深谷創作館を地域に譲った件はどこで報告されていますか");
    expect(a.kind === "item" && a.item.number).toBe(15);
  });

  it("「資料をまとめています」 is context, not a request for several items (「まとめて教えて」 is)", () => {
    expect(EACH_OF.test("予算の資料をまとめています")).toBe(false);
    expect(EACH_OF.test("資料をまとめておきたい")).toBe(false);
    expect(EACH_OF.test("ふるさと納税と滞納整理をまとめて教えて")).toBe(true);
    const a = answerer.answer(
      "お疲れさまです。資料をまとめています。協働のまちづくりの市民満足度の実績は何％でしたか？",
    );
    expect(a.kind === "item" && a.item.number).toBe(1);
  });
});

describe("status words", () => {
  it("「目標を超えた」 asks for the items that met their target", () => {
    const a = answerer.answer("R5で目標超えた項目だけ抜き出して");
    expect(a.kind === "list" && a.reason.type === "status" && a.reason.status).toBe("achieved");
  });

  it("「目標以上だった」「うまくいった」 ask for the items that met their target", () => {
    const a = answerer.answer("うまくいった（目標以上だった）項目ってどれ");
    expect(a.kind === "list" && a.reason.type === "status" && a.reason.status).toBe("achieved");
  });

  it("「リストアップして」 asks for the whole list (its アップ is not No.8's スキルアップ)", () => {
    const a = answerer.answer("部長に言われたので、遅れてる取組をリストアップしてください");
    expect(a.kind === "list" && a.reason.type === "status" && a.reason.status).toBe("behind");
  });
});

describe("where in the plan a matter is handled", () => {
  it.each([
    ["次期の定員管理計画の策定はどこで扱っていますか", 7],
    ["定年延長の条例整備はどこに入っていますか", 7],
  ])("「%s」 asks where in the plan, not for a counter (No.%i)", (question, n) => {
    const a = answerer.answer(question);
    expect(a.kind === "item" && a.item.number).toBe(n);
  });
});

describe("a citizen's question passed on", () => {
  it.each([
    "市民から電話で、下水道の使用料の申込方法を聞かれました",
    "市税をクレジットカードで払えるか窓口で聞かれました。どこで見られますか",
    "公営住宅の募集はいつですか？",
    "お昼どこで食べます？",
  ])("「%s」 is for a counter, not an item", (question) => {
    expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
  });
});

describe("a procedure's word after a compound the report writes", () => {
  it("「指定管理の更新手続きは？」 asks about the renewals, which two items write (No.3 更新の手続, No.15 契約更新手続き)", () => {
    const a = answerer.answer("指定管理の更新手続きは？");
    expect(a.kind).toBe("candidates");
    if (a.kind === "candidates") expect(a.items.map((i) => i.number).sort((x, y) => x - y)).toEqual([3, 15]);
  });

  it.each(["転入手続きはどこで", "ごみの分別方法は?"])("「%s」 is still a counter's question", (question) => {
    expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
  });
});

describe("a caller's question relayed", () => {
  it.each([
    "マイナンバーカードを作りたいという方がいて、申請の仕方を聞かれました",
    "ふるさと納税の返礼品について聞きたいって人から電話です。どうご案内すればいいですか",
  ])("「%s」 is for a counter", (question) => {
    expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
  });
});

describe("「…はどこ？」 with a long term of the report", () => {
  it.each([
    ["会計年度任用職員で補充した話はどこにありますか", 7],
    ["病院機能評価の受審はどこでしたっけ", 20],
    ["ISO15189の更新はどこ？", 20],
  ])("「%s」 asks where the plan tells of it (No.%i)", (question, n) => {
    const a = answerer.answer(question);
    expect(a.kind === "item" && a.item.number).toBe(n);
  });

  it.each(["新庁舎はどこ？", "マイナンバーカードはどこで作れる？", "Zoomのアカウントの申請先はどこですか"])(
    "「%s」 still asks the way, or for a counter",
    (question) => {
      expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
    },
  );
});

describe("more counter's questions and small talk", () => {
  it.each([
    "あすもの会議室をスマホから予約する方法、市民にどう説明すればいい？",
    "職員も自分の住んでる市にふるさと納税して返礼品もらえるんですか？",
    "水道料金の請求って何か月ごとでしたっけ",
    "防災ポータルサイトのアドレスを市民に案内したいです",
    "雪がひどいけど通勤どうしよう",
  ])("「%s」 is not answered with an item", (question) => {
    expect(answerer.answer(question)).toMatchObject({ kind: "none", reason: "not_about_plan" });
  });

  it("「教えてもらえますか」 is a polite request, not a question about receiving something (No.4)", () => {
    const a = answerer.answer("補助金とか負担金の見直しって今どうなってるのか教えてもらえますか？");
    expect(a.kind === "item" && a.item.number).toBe(4);
  });

  it("「目標を大きく超えた項目」 asks for the items that met their target", () => {
    const a = answerer.answer("目標を大きく超えた実績が出ている項目は？");
    expect(a.kind === "list" && a.reason.type === "status" && a.reason.status).toBe("achieved");
  });
});

describe("a count asked for a year of the plan", () => {
  it("is the plan's, though a counter's word is in it (手続き: No.10's 電子申請の手続数)", () => {
    const a = answerer.answer("マイナンバーカードで電子申請できる手続きって、R6は何件の予定？");
    expect(a.kind === "item" && a.item.number).toBe(10);
  });

  it("a counter's question with a year but no count stays outside (住民票の手続き)", () => {
    expect(answerer.answer("令和6年度から住民票の手続きは変わりますか")).toMatchObject({ kind: "none" });
  });
});

describe("what one can do, where and when: a counter's question on a plan topic", () => {
  // Each names a plan topic (No.8's training, No.20's branch hospital, No.3's old school, No.17's rents, No.13's
  // Web meetings) and asks whether or how the asker can do something now: the report tells what the city did.
  it.each([
    "職員研修って途中からでも申し込めますか",
    "鳴子の分院に眼科ってありますか",
    "旧鹿島台第二小学校って見学できますか",
    "市営住宅の家賃、分割にしてもらえないかって相談です",
    "職員研修の申込みはどこから？",
    "Webexで画面共有ができません",
    "派遣研修の宿泊先って自分で予約するの？",
    "あすもって月曜休み？",
    "RPAってどう使えばいいの",
    "マイナンバーカードの電子申請、どう申請すればいいですか",
    "体育館の使用料が上がったそうですが、いくらになったんですか",
    "市民プールの利用料って子どもはいくら？",
    "市民活動サポートセンターの住所は？",
    "kintoneのアカウントがほしい",
    "移動市長室に参加したいんだけど",
    "公共施設の予約システムのログイン画面",
    "エンゲージメント調査って何分くらいかかる？",
    "市営住宅の家賃を滞納してる人への督促状の文面",
    "会計年度任用職員の時給はいくら？",
    "定年延長で退職金はどうなる？",
    "ワンストップ特例って何枚まで出せる？",
    "市営住宅に入れる条件って",
    "高校生タウンミーティングって中学生も出られる？",
    "わくわくランドの今日の混雑",
    "鳴子の分院まで行くバス",
    "オープンデータのAPIキーの発行",
    "kintoneの研修の申し込み",
    "ふるさと納税の寄附金受領証明書が届かない",
    "マイナポータルの使い方",
    "上下水道の使用開始の連絡",
    "鉛管かどうか無料で調べてもらえる？",
  ])("「%s」 gets no item", (question) => {
    expectNotAboutPlan(question);
  });

  // What the city made possible, or could not do, in the plan's years is the plan's.
  it.each([
    ["公共施設のオンライン予約はいつから使えるようになった？", 9],
    ["電子申請で何件の手続ができるようになりましたか", 10],
    ["マイナンバーカードの電子申請、R5にできなかったことは？", 10],
    ["AI-OCRの導入で何ができるようになったの", 12],
    ["旧鹿島台第二小学校の利活用はどうなった", 3],
    // What became possible, and who took part, are the plan's results (No.16's スマホ決済, No.10's 26手続, No.8).
    ["市税はスマホ決済でも払えるようになった？", 16],
    ["マイナンバーカードで電子申請できる手続きは何件になった？", 10],
    ["新規採用職員研修は今年度も参加したい人が多かった？", 8],
    // 使い方 of a system the plan reviews (No.13), and 目標に届かない, are the plan's.
    ["グループウェアの使い方の見直しはどうなった", 13],
  ])("「%s」 is item %i", (question, n) => {
    expectItem(question, n);
  });
});

describe("what is asked of a plan topic is something the report never writes", () => {
  // No.14 merges the schools and No.20 runs the branch hospital, but the report says nothing of a school song or
  // of who heads the hospital: the item would look like an answer. The answer says which word the report lacks.
  // The answer names the item whose topic it is, so that the asker can read what the report does say.
  const NO14 = "この話題は No.14「施設総量の適正化の推進」にあります（`/plan 14`）。";
  const NO20 = "この話題は No.20「病院事業の経営健全化」にあります（`/plan 20`）。";
  it.each([
    ["義務教育学校の校歌ってもう決まった？", "校歌", NO14],
    ["鳴子温泉分院の院長って誰？", "院長", NO20],
    // What surrounds the request changes nothing: the bot's name holds プラン, and 報告する says why.
    ["@大崎改革プランbot 義務教育学校の校歌ってもう決まった？", "校歌", NO14],
    ["課長に報告するため、鳴子温泉分院の院長って誰？", "院長", NO20],
    ["義務教育学校 校歌ってもう決まった？", "校歌", NO14],
    // A word of four kanji whose head the report writes (基本) and whose tail it never does (理念).
    ["第3期病院ビジョンの基本理念ってなんでしたっけ", "基本理念", NO20],
  ])("「%s」 gets no item, and says the report does not write 「%s」", (question, word, where) => {
    const a = answerer.answer(question);
    expect(a.kind).toBe("none");
    expect(a.note).toBe(`報告書には「${word}」についての記載がありません。${where}`);
  });

  // What the report does write (開校, 寄附件数, 利活用, 医業収支比率), and a figure or the plan asked for, stay the
  // plan's.
  it.each([
    ["鳴子の義務教育学校の開校はいつ？", 14],
    ["ふるさと納税の寄附件数って", 18],
    ["旧千葉家住宅の利活用はどうなった", 3],
    ["市民病院の医業収支比率は", 20],
    ["コミュニケーション研修の受講者数は？", 8],
    // A relation the report states in its own words: the partner is 東日本電信電話株式会社 (No.3), the contractor
    // and the buyer are named as 委託 and 売却.
    ["包括連携協定の相手は？", 3],
    ["包括連携協定の相手先って", 3],
    ["ふるさと納税の返礼品の種類は", 18],
    ["包括業務委託の委託先は", 21],
    // Words that ask about any matter (推移, 問題点, スケジュール, 反応): the report answers them in its own terms.
    ["寄附額の推移は", 18],
    ["滞納整理の問題点は", 16],
    ["第3期病院ビジョンのスケジュールは", 20],
    ["移動市長室の参加者の反応は", 6],
  ])("「%s」 is item %i", (question, n) => {
    expectItem(question, n);
  });
});

describe("words of a counter's question that ask about the plan in their context", () => {
  it.each([
    // No.7 draws up the next 定員管理計画 (令和7～11年度): when it is made is the plan's schedule.
    ["次の職員採用計画はいつまでに作るの", 7],
    // 記載場所 is where in the report, not a place to go.
    ["旧小学校の利活用の記載場所を教えてください", 3],
  ])("「%s」 is item %i", (question, n) => {
    expectItem(question, n);
  });

  it("「いつまでにすれば」 is still a deadline asked of a counter", () => {
    expect(answerer.answer("ふるさと納税の申請はいつまでにすればいい？").kind).toBe("none");
  });
});

describe("a plan of the city's that the report never names", () => {
  it.each(["大崎市DX推進計画の進捗は？", "大崎市ふるさと納税推進計画の目標は"])(
    "「%s」 gets no item",
    (question) => {
      const a = answerer.answer(question);
      expect(a.kind).toBe("none");
      if (a.kind === "none") expect(a.reason).toBe("not_about_plan");
    },
  );

  it.each([
    // The report names 「大崎市定員管理計画」 (No.7); 「大崎市では」 is the city, not a plan's name.
    ["大崎市定員管理計画の検証はどうなった", 7],
    ["前の市では行革大綱で事務事業評価をしていました。大崎市ではこのプランのどこで扱ってますか", 2],
  ])("「%s」 is item %i", (question, n) => {
    expectItem(question, n);
  });
});

describe("another government named by its town alone, by its own hospital, or by its plan", () => {
  // None of these places is written in the report; 宮城県's plans are its own even where 大崎市 has one of the same
  // name (No.14's 公共施設等総合管理計画, No.7's 定員管理計画).
  it.each([
    "石巻の市立病院の病床数は？",
    "美里町国保病院の医師数",
    "宮城県の定員適正化計画の目標は？",
    "県の公共施設の管理計画っていつ改訂？",
    "マイナンバーカードの交付率、全国で何位？",
    // What belongs to another government, or to a neighbour not named.
    "県の職員数は何人？",
    "隣の町の下水道使用料っていくら？",
    // A figure asked of something the report never names (議員), though 定数 reads as No.7's staffing.
    "議員の定数って何人？",
  ])("「%s」 gets no item", (question) => {
    expectNotAboutPlan(question);
  });

  it.each([
    // The report names 宮城県市町村職員研修所 (No.8), where the city sends its staff.
    ["宮城県市町村職員研修所の研修に何人参加した？", 8],
    // 大崎市民病院 is the city's own (No.20).
    ["大崎市民病院の病床数", 20],
    // The prefecture's training institute is where the city sends its staff (No.8).
    ["県の職員研修所に何人派遣した？", 8],
    // The city's ties with others are its own: No.20's 連携協約 of 大崎地域 1 市 4 町.
    ["ほかの自治体との連携協約の話はどこ？", 20],
    // Whose figure is asked is the report's (高校生タウンミーティング, No.6), though 何人 comes first.
    ["高校生タウンミーティング、何人の高校生が参加した？", 6],
    // What is said not to be wanted after the figure's question (地域別の内訳) is not whose figure it is (No.19).
    ["遊休資産の有償貸付は令和5年度に何件ありましたか 地域別の内訳はいらないです", 19],
  ])("「%s」 is item %i", (question, n) => {
    expectItem(question, n);
  });
});

describe("現在の says when, not what", () => {
  it("「大崎市の現在の人口って何人くらい？」 gets no item: No.7's 「R6.4.1 現在」 would answer it with staff numbers", () => {
    expect(answerer.answer("大崎市の現在の人口って何人くらい？").kind).toBe("none");
  });

  it("「R7.4.1現在の職員数は？」 is still No.7's staff numbers", () => {
    expectItem("R7.4.1現在の職員数は？", 7);
  });
});

describe("more of what one can do now, relayed or one's own", () => {
  it.each([
    "職員研修の案内ってもう来てますか",
    "市営住宅の駐車場代を払い忘れたらどうなる？",
    "Webexのアカウントを貸してもらえませんか",
    "古川の公民館まで行くスクールバス",
    "年休を半日取るときの申請",
    "施設の使用料を払いたいんだけど窓口は",
    "オープンデータってスマホのアプリで見られますか",
    "水道工事の補助とか融資の制度ってありますか",
    "返礼品の牛タンってまだありますか",
    "RPAを使ってもいいですか",
    // A list or a recording sought where it is published (PAGE_SOUGHT), though 公民館 is No.14's and タウン
    // ミーティング No.6's.
    "公民館の一覧ってどこで確認できますか",
    "タウンミーティングの動画ってどこかで見られる？",
    // Weekend hours of a clinic, and an opinion of a school's lunch: no report answers them.
    "鳴子の分院って土日も診てもらえる？",
    "古川西小中学校の給食って美味しい？",
    // What a donor receives, and who is exempt from a fee: a household's questions.
    "ふるさと納税でもらえる米って何キロ？",
    "公民館の利用料って減免される人は誰？",
    // A fee, a deadline to apply, a road one cannot pass, and a role the report never names (PTA会長).
    "公共施設の予約、キャンセル料かかる？",
    "まちづくり協議会の補助金の申請期限は？",
    "下水道の工事で道路が通れないんだけど",
    "統合小学校のPTA会長って誰？",
    // A citizen's question passed on (という業者さん, って問い合わせ来てます), a fee to enter, a newsletter that has
    // not arrived, one's own answers seen by others, a device that is not recognised, an exam's date.
    "市有地を買いたいという業者さんが来てます。次の公募はいつですか",
    "ふるさと納税で頼んだお米がまだ届かないって問い合わせ来てます。配送状況ってどこで確認できますか",
    "わくわくランドの入場料っていくらでしたっけ",
    "今月の広報おおさきが届いていないという電話。配布はどこが担当？",
    "エンゲージメント調査の私の回答って上司に見られたりしますか？",
    "Webexでマイクが認識されません。どうしたらいいですか",
    "今年の職員採用試験っていつ？",
    // What will be built on a site, a new director (院長: never in the report), a class held at a hall.
    "松山小の跡地に何ができるの？",
    "市民病院の新しい院長は誰になった？",
    "公民館でヨガ教室やってますか",
    // A rumour of a long kanji word the report does not write, nor its parts (独立行政法人).
    "分院が地方独立行政法人に移行するって噂",
  ])("「%s」 gets no item", (question) => {
    expectNotAboutPlan(question);
  });

  it.each([
    // Where the plan tells of something, seen on a page: still the plan's (No.6's 移動市長室).
    ["移動市長室の実績はホームページで見られますか", 6],
    // Whether the plan's own work goes on (No.17's 共同催告) is the plan's.
    ["共同催告ってやってる?", 17],
    // 「…話、どこ？」 asks where the plan tells of it (No.2's 事務事業評価シート).
    ["行政ニーズを点数化する話、どこ？", 2],
    // 市税 is the report's word (No.16), not the city's 市 and a 税 of any item.
    ["市税の滞納額の縮減効果はいくら", 16],
    // 「集中改革プランの一番」 is No.1; 「プランの一番遅れている…」 would be the most behind.
    ["集中改革プランの一番の予定は", 1],
    // Long kanji words of the report's words typed together (統合小学校, 開校, 日; 使用料, 改正) and a date.
    ["統合小学校開校日はもう決まった？", 14],
    ["次の使用料改正は令和9年施行って本当？", 5],
  ])("「%s」 is item %i", (question, n) => {
    expectItem(question, n);
  });

  it("a citizen's question relayed that asks where the report tells of something is still the plan's", () => {
    // No.7: 定年延長制度に必要な条例等例規類を整備し (the 総評 of 令和5年度).
    expectItem(
      "市民の方から聞かれたのですが、定年延長制度に必要な条例とか例規を整備したのはどこに載ってる？",
      7,
    );
  });

  it("whether an item named by its title states an amount it does not is answered with that item and a note saying so", () => {
    for (const [q, n] of [
      ["AI・RPAの項目で財政効果の金額って出てますか？件数だけ？", 12],
      ["補助金・負担金の見直しで、令和5年度に効果額として金額は計上されていますか", 4],
    ] as const) {
      const a = answerer.answer(q);
      expect(a.kind === "item" && a.item.number, q).toBe(n);
      expect(a.kind === "item" && a.note, q).toContain("この話題の金額は載っていません");
    }
    // A thing inside an item, asked its cost: the report gives none, and no card looks like the answer.
    expectNotAboutPlan("総合防災情報システム、構築にいくらかかったか載ってる？決算の問い合わせで");
  });

  it("a typo of a word the report writes is no word it lacks (定員菅理, 暫定再人用: No.7's 定員管理, 暫定再任用)", () => {
    expectItem("職員の定員菅理って令和５年度は計画の範囲内に収まっていたんでしょうか？", 7);
    expectItem("暫定再人用の職員、令和５年度は何人配置してた？", 7);
  });

  it("「市民病院の…という電話、どこに回せばいい？」 asks where to pass a call, not where the plan tells of it", () => {
    expectNotAboutPlan("市民病院の外来予約を変更したいという電話、どこに回せばいい？");
  });

  it("「広報おおさき関係の話が出てくる項目」 asks for the items that write 広報おおさき (No.3 and No.6)", () => {
    const a = answerer.answer("広報おおさき関係の話が出てくる項目");
    expect(a.kind).toBe("candidates");
    if (a.kind === "candidates") expect(a.items.map((i) => i.number).sort((x, y) => x - y)).toEqual([3, 6]);
  });
});
