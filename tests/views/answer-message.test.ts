/**
 * Views are pure functions of domain objects: these compare exact Block Kit JSON. The figures in the expected
 * values were checked against the report (No.16: 30,885,000 円 against 44,400 千円; 44,400 千円 見込み for
 * 令和6・7年度; the 総評 sentence word for word).
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/ask/answer.ts";
import { loadPlan } from "../../src/plan/load.ts";
import { answerMessage } from "../../src/views/answer-message.ts";
import { answerToJson } from "../../src/wording/answer-json.ts";
import { compact, REPO_ROOT, readReportText } from "../support/seed.ts";

const plan = loadPlan(resolve(REPO_ROOT, "data"));
const answerer = createAnswerer(plan);
const SOURCE = `出典: 第６次集中改革プラン取組実績一覧(令和５年度実績) ／ データ更新日: ${plan.meta.data_as_of}`;
const REVIEW =
  "令和 5 年度の実績は，目標値である市税等の滞納整理による収納見込額の 44,400 千円に対して 30,885 千円と及ばなかった。預貯金や給与差押の配当額，口座振替やコンビニ収納額では前年度を上回るなど，取組による一定の効果が見られている。引き続き関係機関と連携しながら，早期催告及び効果的な滞納整理に努めていく。";

const mrkdwn = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });
const plainButton = (text: string, action_id: string, value: string) => ({
  type: "button",
  text: { type: "plain_text", text, emoji: true },
  action_id,
  value,
});

describe("item card", () => {
  it("No.16 as an ephemeral /plan answer", () => {
    const message = answerMessage(answerer.answer("No.16"), plan.meta, { shareQuery: "No.16" });
    expect(message.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "No.16 滞納整理の推進", emoji: true } },
      {
        type: "section",
        fields: [
          { type: "mrkdwn", text: "*状況（令和5年度）*\n:warning: 遅れ" },
          { type: "mrkdwn", text: "*担当課*\n納税課（記入担当）" },
        ],
      },
      mrkdwn("*目標と実績*\n• 滞納額の縮減効果: 30,885,000 円（目標 44,400 千円、達成率 69.6%）"),
      // Issue 9: every status says what it rests on.
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: "状況の根拠: 報告書の目標と実績の数値から計算しています。" }],
      },
      mrkdwn("*令和5年度*\n滞納額の縮減効果 30,885,000 円（実績）"),
      mrkdwn(`*総評（抜粋）*\n${REVIEW}`),
      mrkdwn(
        "*今後の見込み*\n• 令和6年度: 滞納額の縮減効果 44,400 千円（見込み）\n• 令和7年度: 滞納額の縮減効果 44,400 千円（見込み）",
      ),
      {
        type: "actions",
        elements: [
          plainButton("詳細", "show_item_detail:16", "16"),
          { ...plainButton("チャンネルに共有", "share_to_channel", "No.16"), style: "primary" },
          plainButton("進捗を報告", "open_report:16", "16"),
        ],
      },
      { type: "context", elements: [{ type: "mrkdwn", text: SOURCE }] },
    ]);
    expect(message.text.split("\n").slice(0, 5)).toEqual([
      "No.16 滞納整理の推進",
      "状況（令和5年度）: 遅れ",
      "  滞納額の縮減効果 30,885,000 円（目標 44,400 千円、達成率 69.6%）",
      "  状況の根拠: 報告書の目標と実績の数値から計算しています。",
      "担当課: 納税課（記入担当）",
    ]);
  });

  it("No.18 shows the year's figures as the report prints them and the report's verdict", () => {
    const { blocks } = answerMessage(answerer.answer("18"), plan.meta);
    expect(blocks).toContainEqual(
      mrkdwn("*評価の根拠（報告書の総評）*\n>「目標を大きく上回り過去最高の寄附額となった。」"),
    );
    expect(blocks).toContainEqual(
      mrkdwn("*令和5年度*\n寄附件数 個人版 98,328 件 1,194,846,047 円 企業版 13 件 84,000,000 円 （実績）"),
    );
  });

  it("an unrated item says why it has no status", () => {
    const { blocks } = answerMessage(answerer.answer("No.1"), plan.meta);
    expect(blocks).toContainEqual({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "状況の根拠: 報告書に目標との比較や評価の記載がないため、評価していません。",
        },
      ],
    });
  });
});

describe("candidates, lists, none", () => {
  it("「もしかして」 offers one button per candidate", () => {
    expect(answerMessage(answerer.answer("経営健全化"), plan.meta).blocks).toEqual([
      mrkdwn(":mag: *もしかして* 「経営健全化」は次のどれですか？"),
      {
        type: "actions",
        elements: [
          plainButton("No.20 病院事業の経営健全化", "pick_candidate:20", "20"),
          plainButton("No.21 上下水道事業の経営健全化", "pick_candidate:21", "21"),
        ],
      },
    ]);
  });

  it("a department's list is one block per item with its key figure and 「詳細」, leads first", () => {
    const { blocks } = answerMessage(answerer.answer("納税課"), plan.meta);
    expect(blocks.slice(0, 3)).toEqual([
      mrkdwn("*納税課が担当する項目（2 件、記入担当の項目が先）*"),
      {
        // The report: 滞納額の縮減効果 30,885,000 円 against 44,400 千円 (69.6%).
        ...mrkdwn(":warning: *No.16* 滞納整理の推進 — 遅れ\n滞納額の縮減効果 30,885,000 円（達成率 69.6%）"),
        accessory: plainButton("詳細", "show_item_detail:16", "16"),
      },
      {
        // No target in figures for No.17: its result row's figure, 4,516,766 円, as the report prints it.
        ...mrkdwn(":warning: *No.17* 使用料等の収入確保 — 遅れ\n滞納額の縮減効果 4,516,766 円"),
        accessory: plainButton("詳細", "show_item_detail:17", "17"),
      },
    ]);
  });

  it("a department's list marks where its lead items end and related items begin", () => {
    const { blocks, text } = answerMessage(answerer.answer("行政管理課"), plan.meta);
    const contexts = blocks.filter((b) => b.type === "context").map((b) => JSON.stringify(b));
    expect(contexts[0]).toContain("記入担当の項目");
    expect(contexts[1]).toContain("関係課として名前がある項目");
    // 行政管理課 writes No.2–5 and 9; it is named in No.12, 14 and 15.
    const related = text.slice(text.indexOf("【関係課として名前がある項目】"));
    for (const n of [12, 14, 15]) expect(related).toContain(`No.${n} `);
    for (const n of [2, 3, 4, 5, 9]) expect(related).not.toContain(`No.${n} `);
  });

  it("a status list shows No.12 with its figures but no rate that contradicts its status", () => {
    const { text } = answerMessage(answerer.answer("達成"), plan.meta);
    expect(text).toContain(
      "No.12 AI や RPA 等を活用した業務の効率化 … 達成（試験導入 2 件、本格導入 10 件）",
    );
  });

  it("the items that missed a target name the other items behind, so none is hidden", () => {
    const { blocks, text } = answerMessage(answerer.answer("数値目標に届かなかった項目"), plan.meta);
    expect(blocks[0]).toEqual(mrkdwn("*目標に届かなかった項目（令和5年度、6 件）*"));
    // No.14 is behind (a standard not drawn up in 令和5年度), not short of a target.
    const note =
      "ほかに No.14 も「遅れ」です（報告書が目標との比較ではなく、予定していた取組の遅れとして書いているため、ここには含めていません）。";
    // No.2 is 順調, but its 総評 says a step of the year was not done: named too, with the report's sentence.
    const notDone =
      "No.2 は状況が「順調」ですが、総評に「令和 6 年度の当初予算編成に反映させることはできなかったため，翌年度以降の実施に向け，実施方法の検討を進める。」とあります。";
    expect(blocks).toContainEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: `${note}\n${notDone}` }],
    });
    expect(text).toContain(note);
    expect(text).toContain(notDone);
    expect(compact(readReportText())).toContain(
      compact(notDone.slice(notDone.indexOf("「令和") + 1, -"」とあります。".length)),
    );
    expect(answerToJson(answerer.answer("数値目標に届かなかった項目"))).toMatchObject({
      also_behind: [14],
      also_not_done: [{ number: 2, status: "on_track", quote: expect.stringContaining("できなかった") }],
    });
    // Money targets only: No.2's step is no amount.
    const money = answerMessage(answerer.answer("金額の目標に届かなかった項目"), plan.meta).text;
    expect(money).not.toContain("No.2 は状況が");
  });

  it("a department's 「遅れている項目」 lists its items whose 総評 says a step was not done apart, as the plan's does", () => {
    const answer = answerer.answer("行政管理課の遅れてる取組は？");
    // 行政管理課 writes No.2 (順調, but 「…反映させることはできなかった」) and is named in No.14 and No.15 (遅れ).
    expect(answer.kind === "list" && answer.items.map((i) => i.number)).toEqual([14, 15, 2]);
    const { blocks, text } = answerMessage(answer, plan.meta);
    expect(blocks[0]).toEqual(
      mrkdwn(
        "*行政管理課の担当で状況が「遅れ」の項目（令和5年度、2 件）と、総評に「できなかった」とある項目 1 件*",
      ),
    );
    expect(text).toContain("【総評に「できなかった」とある項目】");
    expect(text).toContain(
      "No.2 は状況が「順調」ですが、総評に「令和 6 年度の当初予算編成に反映させることはできなかった",
    );
    expect(answerToJson(answer)).toMatchObject({ not_done_elsewhere: [{ number: 2, status: "on_track" }] });
    // A department whose items hold no such sentence is listed as before.
    expect(answerer.answer("納税課の遅れてる項目")).not.toHaveProperty("reason.notDoneElsewhere");
  });

  it("「順調に進んでる項目」 lists the items 順調, then those not rated, and names No.2 and the items 達成 apart", () => {
    const answer = answerer.answer("順調に進んでる項目はどれ？");
    const byStatus = (s: string) => plan.items.filter((i) => i.current.status === s).map((i) => i.number);
    // From the data's statuses: 順調 without No.2 (its 総評 says a step was not done), then 評価なし; 達成 is a
    // status of its own (session 33).
    const onTrack = byStatus("on_track").filter((n) => n !== 2);
    const clear = byStatus("unrated");
    const achieved = byStatus("achieved");
    expect(answer.kind === "list" && answer.items.map((i) => i.number)).toEqual([...onTrack, ...clear]);
    const { blocks, text } = answerMessage(answer, plan.meta);
    expect(blocks[0]).toEqual(
      mrkdwn(
        `*状況が「順調」の項目（令和5年度、${onTrack.length} 件）と、遅れの記載がない項目（評価なし） ${clear.length} 件*`,
      ),
    );
    expect(text).toContain("【遅れの記載がない項目（評価なし）】");
    expect(text).toContain(
      "No.2 は状況が「順調」ですが、総評に「令和 6 年度の当初予算編成に反映させることはできなかったため，",
    );
    expect(text).toContain("ここには含めていません。");
    const achievedNote = `状況が「達成」の ${achieved.map((n) => `No.${n}`).join("・")} も、遅れの記載はありません（この一覧には含めていません）。`;
    expect(text).toContain(achievedNote);
    expect(blocks).toContainEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: expect.stringContaining(achievedNote) }],
    });
    expect(answerToJson(answer)).toMatchObject({
      also_clear: clear,
      set_aside: [{ number: 2 }],
      also_achieved: achieved,
    });
  });

  it("items whose 総評 says a step was not done are listed under that heading, with the sentences that say so", () => {
    const { blocks, text } = answerMessage(
      answerer.answer("予定していたのにできなかった項目は？"),
      plan.meta,
    );
    expect(blocks[0]).toEqual(mrkdwn("*総評に「できなかった」とある項目（令和5年度、2 件）*"));
    // No.14's sentence, as the report writes it (spaces around digits included), and No.2's.
    const quote =
      "・No.14「各施設における統廃合を検討する判断基準については，統一的な基準を検討しているが，各施設・各地域の状況が異なることから，令和 5 年度に策定することはできなかったため，引き続き検討を行う。」";
    expect(text).toContain("総評の記述（令和5年度）:");
    expect(text).toContain(quote);
    expect(text).toContain("・No.2「令和 6 年度の当初予算編成に反映させることはできなかったため，");
    expect(blocks.some((b) => b.type === "section" && JSON.stringify(b).includes("総評の記述"))).toBe(true);
    const report = compact(readReportText());
    expect(report).toContain(compact(quote.slice("・No.14「".length, -1)));
  });

  it("「遅れている項目」 lists the items of another status whose 総評 says a step was not done apart, with the sentence", () => {
    const answer = answerer.answer("遅れてる項目どれ？");
    const { blocks, text } = answerMessage(answer, plan.meta);
    // No.2 is 順調 in data/ (its target for 令和5年度, a method of review, was met), but its 総評 says the 令和6年度
    // budget could not reflect it: it is listed after the items behind, in a group of its own with a 「詳細」 button,
    // and its status stays as the secretariat set it.
    expect(answer.kind === "list" && answer.items.map((i) => i.number)).toEqual([
      6, 10, 13, 14, 15, 16, 17, 2,
    ]);
    expect(blocks).toContainEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "*総評に「できなかった」とある項目*" }],
    });
    const details = blocks.flatMap((b) =>
      "accessory" in b ? [(b.accessory as { action_id: string; value?: string }).value] : [],
    );
    expect(details).toContain("2");
    const note =
      "No.2 は状況が「順調」ですが、総評に「令和 6 年度の当初予算編成に反映させることはできなかったため，翌年度以降の実施に向け，実施方法の検討を進める。」とあります。";
    expect(blocks).toContainEqual({ type: "context", elements: [{ type: "mrkdwn", text: note }] });
    expect(text).toContain(note);
    expect(compact(readReportText())).toContain(
      compact(note.slice(note.indexOf("「令和") + 1, note.lastIndexOf("」"))),
    );
    expect(answerToJson(answer)).toMatchObject({
      not_done_elsewhere: [{ number: 2, status: "on_track", quote: expect.stringContaining("できなかった") }],
    });
    // Not under another status (under the items that missed a target it is a note, not one of them).
    expect(answerMessage(answerer.answer("達成した項目"), plan.meta).text).not.toContain("No.2 は状況が");
  });

  it("items that mention a term are offered under a heading that says so, each with 「詳細」", () => {
    // 鹿島台: No.3, 15, 17, 19 and 20 write it.
    const { blocks } = answerMessage(answerer.answer("鹿島台に関係する項目"), plan.meta);
    expect(blocks[0]).toEqual(mrkdwn("*報告書に「鹿島台」が出てくる項目（5 件）*"));
    const details = blocks.flatMap((b) =>
      "accessory" in b ? [(b.accessory as { action_id: string }).action_id] : [],
    );
    expect(details).toEqual([3, 15, 17, 19, 20].map((n) => `show_item_detail:${n}`));
  });

  it("a figure asked for a year the data has none of says so and offers the item, no card", () => {
    // The report states No.18's 寄附額 for 令和5年度 only (and 見込み for 令和6・7年度); it names 令和4年度 once, in a
    // sentence with no figure (令和 4 年度まで課題となっていたワンストップオンライン申請サービス).
    expect(
      answerMessage(answerer.answer("令和4年度のふるさと納税の寄附額っていくらだった？"), plan.meta).blocks,
    ).toEqual([
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: ":information_source: 令和4年度の数字はデータにありません。No.18 ふるさと納税制度の活用 のデータにあるのは令和5年度の実績と令和6年度～令和7年度の見込みです。",
          },
        ],
      },
      mrkdwn(":calendar: No.18 の数字は `/plan 18` で見られます。"),
      { type: "actions", elements: [plainButton("No.18 を見る", "pick_candidate:18", "18")] },
    ]);
  });

  it("a status list narrowed to a field says so in its heading, escaped", () => {
    const message = answerMessage(answerer.answer("デジタル関係で目標を下回ったのはどの項目？"), plan.meta);
    expect(message.blocks[0]).toEqual(
      mrkdwn("*「デジタル」に関係する項目のうち、目標に届かなかった項目（令和5年度、2 件）*"),
    );
    // The field is the asker's text: escaped like any echoed text (No.8 writes 接遇＆マナー研修 and is not 遅れ).
    const none = answerMessage(answerer.answer("接遇&マナー関係で遅れてる項目"), plan.meta);
    expect(none.blocks[0]).toEqual(
      mrkdwn("*「接遇&amp;マナー」に関係する項目（1 件）: 令和5年度に状況が「遅れ」のものはありません*"),
    );
  });

  it("none escapes the question it echoes", () => {
    const { blocks, text } = answerMessage(answerer.answer("<!channel> <@U0BOSS> 天気 & 気温"), plan.meta);
    const json = JSON.stringify(blocks);
    expect(json).toContain("&lt;!channel&gt; &lt;@U0BOSS&gt; 天気 &amp; 気温");
    expect(json).not.toContain("<!channel>");
    expect(text).not.toContain("<!channel>");
  });
});

describe("an item whose status is the report's verdict over its figures", () => {
  it("No.12 shows both the figures and the sentence that decides", () => {
    const { blocks, text } = answerMessage(answerer.answer("No.12"), plan.meta);
    expect(blocks).toContainEqual(
      mrkdwn(
        "*目標と実績*\n• 試験導入: 2 件（目標 10 件、達成率 20.0%）\n• 本格導入: 10 件（目標 5 件、達成率 200.0%）",
      ),
    );
    expect(blocks).toContainEqual(
      mrkdwn(
        "*評価の根拠（報告書の総評）*\n>「試験導入 10 件，本格導入 5 件を目標に掲げていたところ，目標以上に業務への導入を進めることができた。」",
      ),
    );
    expect(text).toContain("試験導入: 2 件（目標 10 件、達成率 20.0%）");
    // Issue 9: the card says in words that the report's verdict prevails over the figures.
    expect(text).toContain(
      "状況の根拠: 数値だけ見ると目標に届いていないものがありますが、報告書の総評の評価に従っています（行政管理課の判断）。",
    );
  });

  it("No.20's results, ten figures in one row, are shown one figure per line", () => {
    const { blocks, text } = answerMessage(answerer.answer("No.20"), plan.meta);
    // The report's 令和5年度 row: 本院 96.7％ … 材料調達方法の改善による効果額 69,451,574 円.
    expect(blocks).toContainEqual(
      mrkdwn(
        [
          "*令和5年度（実績）*",
          "• 医業収支比率（本院）: 96.7 ％",
          "• 医業収支比率（鳴子温泉分院）: 53.6 ％",
          "• 医業収支比率（岩出山分院）: 78.5 ％",
          "• 医業収支比率（鹿島台分院）: 70.9 ％",
          "• 医業収支比率（田尻診療所）: 64.0 ％",
          "• 医業収支比率（健康管理センター）: 84.8 ％",
          "• 在宅復帰率（鳴子温泉分院）: 88.6 ％",
          "• 在宅復帰率（岩出山分院）: 81.0 ％",
          "• 在宅復帰率（鹿島台分院）: 82.5 ％",
          "• 材料調達方法の改善による効果額: 69,451,574 円",
        ].join("\n"),
      ),
    );
    expect(text).toContain("\n  材料調達方法の改善による効果額: 69,451,574 円\n");
  });

  it("a favourable status carries the report's qualifying sentence (No.5's 見送り)", () => {
    const { blocks } = answerMessage(answerer.answer("No.5"), plan.meta);
    expect(JSON.stringify(blocks)).toContain("留意点（報告書の総評）");
    expect(JSON.stringify(blocks)).toContain("市民合意が得られていないとの判断に至り，見送りとした。");
  });

  it("No.17's card says its target was set high, and No.4's that work must go on", () => {
    expect(JSON.stringify(answerMessage(answerer.answer("No.17"), plan.meta).blocks)).toContain("高めに設定");
    expect(JSON.stringify(answerMessage(answerer.answer("No.4"), plan.meta).blocks)).toContain(
      "継続的に取り組む必要がある",
    );
  });
});
