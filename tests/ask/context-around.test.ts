/**
 * What surrounds a question never changes its answer (issue 9): a greeting before it, or the reason for asking
 * (「来週の会議で使うので、」「課長に報告するため、」). Checked as a property over the first round's evaluation set and
 * the persona set, whose questions were written without any such context, and on the cases the property found.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Answer, createAnswerer } from "../../src/ask/answer.ts";
import { stripSlackMarkup, withoutMessageManners } from "../../src/ask/question-text.ts";
import { loadPlan } from "../../src/plan/load.ts";

const answerer = createAnswerer(loadPlan(resolve(import.meta.dirname, "../../data")));

/** The kind of an answer and the items it names, in order. */
function outcome(a: Answer): string {
  const items = a.kind === "item" ? [a.item] : a.kind === "list" || a.kind === "candidates" ? a.items : [];
  return `${a.kind}:${items.map((i) => i.number).join(",")}`;
}

const questions = ["eval-questions.yml", "persona-questions.yml"]
  .flatMap((f) => parse(readFileSync(resolve(import.meta.dirname, f), "utf8")) as { q: string }[])
  .map((x) => String(x.q))
  // A slash command typed as a message is one only at the start; 「18 19」 is not a sentence to put after a reason.
  .filter((q) => !q.startsWith("/") && !/^[0-9\s]+$/.test(q));

/** The questions whose answer changes when `change` is made to them, with both outcomes. */
function changedBy(asked: string[], change: (q: string) => string) {
  return asked
    .map((q) => ({ q, alone: outcome(answerer.answer(q)), after: outcome(answerer.answer(change(q))) }))
    .filter((x) => x.alone !== x.after);
}

describe.each([
  "お疲れ様です。",
  "来週の会議で使うので、",
  "課長に報告するため、",
  // Session 29: an apology that opens the message, and a sentence saying what the question is for.
  "すみません、",
  "何度もすみません。",
  "議会答弁の準備で確認です。",
  // A tag that says what kind of message it is, and the bot addressed by name.
  "【確認】",
  "【至急】",
  "ボットさん、",
  // Openers that ask nothing yet.
  "質問なんですが、",
  "ちょっと聞きたいんだけど、",
  "今いいですか？",
  "すみません、ちょっといいですか？\n",
  // Session 31: what the message is, when the answer is wanted for, a plea, a casual greeting.
  "確認の件です。",
  "明日の会議の前に確認させてください。",
  "教えてください！",
  "助けてください〜 ",
  "おつ〜 ",
  // A subject that only names the plan, a date or a time copied with the message, a list marker, お手数ですが.
  "件名：改革プランについて\n",
  "12月2日（水）\n",
  "[10:32] ",
  "① ",
  "(1) ",
  "Q1. ",
  "お手数ですが、",
  "ご多忙のところ恐縮ですが、",
  "夜分にすみません。",
  "Q. ",
  // A line quoted from a pasted message.
  "> ",
  // Fillers, and a colleague (a Slack mention) who asked.
  "あの、",
  "ちなみに、",
  "<@U0X1>さんから聞かれたんですが、",
  // A mail's reply marker, a memo's date, a tag with a colon.
  "Re: ",
  "12/2 ",
  "至急：",
  "・",
  // Session 30: greetings however they end (one that stays before the question kept 「…の項目ぜんぶ」 from starting
  // the message), an opener that says it checks something, a busy apology, an emoji.
  "お疲れ様です！",
  "おはようございます！",
  "お世話になっております。",
  "ちょっと確認なんですが、",
  "お忙しいところ恐れ入りますが、",
  "🙇 ",
  // The bot's name typed with @ (not a Slack mention: the composer did not make one).
  "@大崎改革プランbot ",
  // A mail's tag, a subject line that names nothing, a salutation to all; an apology, what the asker tried, and asking
  // whether they may ask.
  "【問い合わせ】",
  "件名：確認\n",
  "各位\n",
  "申し訳ないのですが、",
  "伺いたいのですが、",
  "自分で調べたんですがわからなくて、",
  "一つ聞いていいですか？",
  // A thread's follow-ups, and a check said as such.
  "あと、",
  "それと、",
  "もう一つ、",
  "追加で質問です。",
  "さっきの続きですが、",
  "念のため確認ですが、",
  "これも聞きたいんですが、",
  "Slackで失礼します。",
  "はじめまして。",
  "初めて使います。",
  "いつもお世話になっております。",
  "おつです。",
  "お疲れです！",
  "どうも、",
])("「%s」 before a question", (opener) => {
  it("leaves every answer of the evaluation and persona sets as it was", () => {
    expect(questions.length).toBeGreaterThan(250);
    expect(changedBy(questions, (q) => opener + q)).toEqual([]);
  });
});

describe.each([
  " 資料作成のためです。",
  "。急ぎではないです",
  " よろしくお願いします。",
  // Session 29: how soon, in brackets, and thanks on a line of their own.
  "（急ぎです）",
  "\nありがとうございます！",
  // Emoji as typed and as Slack sends them, よろしくです, and a word that it was perhaps asked before.
  "🙏",
  " :pray:",
  " よろしくです",
  "\n前にも聞いたかもしれませんが、念のため。",
  "（再送）",
  "（笑）",
  " 確認させてください。",
  " お願いします！",
  "m(_ _)m",
  "(^^)",
  // A signature on a line of its own.
  "\n財政課 佐藤（内線1234）",
  // Session 30: courtesies of a mail's end, a reason in brackets (its 来年度 is no year asked), laughter.
  "\nご教示いただけますと幸いです。",
  " 取り急ぎ。",
  "\n以上です。",
  "\nお手すきの際にお願いします。",
  "\n（課内で共有したいので）",
  " 教えてください。",
  "\n恐れ入りますがよろしくお願いします。",
  "w",
  // How soon, in brackets of either width or as a sentence, and an extension number with a name.
  "(急ぎ)",
  "（至急）",
  "\n（内線1234 佐藤）",
  "\n今日中に分かると助かります。",
  "\n後ででいいので。",
  "\n（スマホから失礼します）",
  "\nお手数おかけします。",
  "\nよろしくお願い申し上げます。",
  // Asked of the channel, and how to reply.
  "\nわかる人いますか？",
  "\nどなたかご存じですか？",
  "\n返信はスレッドでお願いします。",
  "\nDMでも大丈夫です。",
  "\n至急ではありません。",
  "☆",
  "\nすみません。",
  "\n失礼しました。",
  "\n宜しくお願いします。",
  "\n以上、よろしくお願いします。",
  "\nご対応よろしくお願いします。",
  "\n取り急ぎ確認まで。",
  "\n感謝です🙏",
  "\nご確認お願いします。",
  // Session 31: a link pasted after the question, labelled or bare, or on a line that points at it (Slack sends
  // links as <url|label>; the label 議会資料 was read as the topic).
  " <https://example.com/doc|資料>",
  "\n<https://example.com/a/b?c=1>",
  "\n参考: <https://example.com/doc|議会資料>",
  // A mail's signature under its delimiter, and the bot asked by name to answer.
  "\nよろしくお願いします。\n--\n総務課 山田",
  "\n-----\n大崎市 総務部 総務課\n山田 太郎\n内線 1234",
  "\nbotさんお願い！",
  // Whatever is known will do, why, and how soon.
  "\n情報あればください。",
  "\nわかる範囲で大丈夫です。",
  "\n念のため確認です。",
  "\n急ぎです！",
  // A mail's cc line and postscript, and a note mark before a closing line.
  "\ncc: 課長",
  "\n追伸：来週までで大丈夫です。",
  "\n※急ぎではありません",
  // Business courtesies, what the answer is for in brackets, a request that repeats the ask.
  "\n何卒よろしくお願いいたします。",
  "\n今後ともよろしくお願いします。",
  "（議会用）",
  "\nお願いできますか？",
  "\n以上、確認です。",
])("「%s」 after a question", (closer) => {
  it("leaves every answer of the evaluation and persona sets as it was", () => {
    const asked = questions
      // A bare number followed by more words is not a sentence anyone writes (「3。急ぎではないです」 is).
      .filter((q) => !/^[0-9０-９一二三四五六七八九十第\s]+$/.test(q))
      // Laughter typed as w after a Latin word makes another word (helpw).
      .filter((q) => closer !== "w" || !/[a-z0-9]$/i.test(q));
    expect(changedBy(asked, (q) => q + closer)).toEqual([]);
  });
});

describe("session 30's cases", () => {
  it("reads a question after a greeting as it reads it alone, whatever ends the greeting", () => {
    // Titles of No.20 (病院事業の経営健全化) and No.21 (上下水道事業の経営健全化): every item of a term, asked as a list,
    // is read only where the question starts; the greeting kept it from starting the message.
    for (const greeting of [
      "お疲れ様です！",
      "お疲れ様です。",
      "おはようございます！",
      "お世話になっております。",
    ])
      expect(outcome(answerer.answer(`${greeting}経営健全化の項目ぜんぶ`)), greeting).toBe("list:20,21");
    // A greeting and a reason, with nothing asked, are still no question (the greeting is not taken then), with an
    // emoji between them too (taken, it joined them: おつかれさまです資料作成… read 資料 as a topic).
    expect(outcome(answerer.answer("お疲れ様です。 資料作成のためです。"))).toBe(
      outcome(answerer.answer("お疲れ様です。")),
    );
    expect(outcome(answerer.answer("おつかれさまです😊 資料作成のためです。"))).toBe("none:");
  });

  it("answers a question mark typed twice as one", () => {
    const asked = questions.filter((q) => /[？?]$/u.test(q));
    expect(asked.length).toBeGreaterThan(50);
    expect(changedBy(asked, (q) => `${q}？`)).toEqual([]);
    // A year the report has no figures for yet (R6), asked with the mark twice, was read as another question.
    for (const q of ["R6の高校生タウンミーティングって何人参加しました？", "R6のDX講演会って何人来ました？"])
      expect(outcome(answerer.answer(`${q}？`)), q).toBe(outcome(answerer.answer(q)));
  });

  it("reads a line broken where a comma would be as the comma", () => {
    const broken = questions.filter((q) => q.includes("、"));
    expect(broken.length).toBeGreaterThan(5);
    expect(changedBy(broken, (q) => q.replace("、", "\n"))).toEqual([]);
    // Nothing in the report about overtime: the line break made 時間 and R5 a question of No.7's.
    expect(outcome(answerer.answer("職員の残業時間\nR5の平均はどのくらい？"))).toBe("none:");
  });

  it("reads part of a word made bold as the word (*項目*20, 2019*年度*)", () => {
    const bold = (q: string) => q.replace(/[\u4E00-\u9FFF\u30A0-\u30FF]{2,}/u, (w) => `*${w}*`);
    expect(changedBy(questions, bold)).toEqual([]);
    expect(outcome(answerer.answer("*項目*20の実績は？"))).toBe("item:20");
    expect(outcome(answerer.answer("*ナンバー*4"))).toBe("item:4");
    // Not inside figures or Latin words: 2*3*4 stays as typed.
    expect(stripSlackMarkup("2*3*4 と a_b_c")).toBe("2*3*4 と a_b_c");
  });

  it("reads thanks after the bot's name typed with @ as thanks", () => {
    for (const q of ["ありがとうございました！助かりました", "浄化槽設置の補助金っていくら出るんだっけ"])
      expect(outcome(answerer.answer(`@大崎改革プランbot ${q}`)), q).toBe(outcome(answerer.answer(q)));
  });

  it("reads the politer endings as the plain ones (でしょうか, お教えください)", () => {
    for (const [polite, plain] of [
      ["市民病院が民営化されるって本当でしょうか？", "市民病院が民営化されるって本当ですか？"],
      ["広報おおさきの発行部数をお教えください", "広報おおさきの発行部数を教えてください"],
    ] as const) {
      expect(outcome(answerer.answer(plain)), plain).toBe("none:");
      expect(outcome(answerer.answer(polite)), polite).toBe("none:");
    }
  });

  it("takes どうも only as a greeting, not as the adverb (どうもうまくいかない)", () => {
    expect(withoutMessageManners("どうも、ふるさと納税の実績は？")).toBe("ふるさと納税の実績は？");
    expect(withoutMessageManners("どうもうまくいかないんですが")).toBe("どうもうまくいかないんですが");
  });

  it("reads a reason that says only what the answer is for as no topic, however it is worded", () => {
    // The report gives no response rate of the engagement survey: the reason after the question made it No.8's card.
    for (const [q, alone] of [
      [
        "R4のエンゲージメント調査の回答率は何％だった？ 議会答弁のためです。",
        "R4のエンゲージメント調査の回答率は何％だった？",
      ],
      ["部長に説明するので、大崎市公式LINEの友だち登録者数は？", "大崎市公式LINEの友だち登録者数は？"],
      [
        "明日の打ち合わせに出すので、公立保育所を民営化する計画ってプランに載ってる？",
        "公立保育所を民営化する計画ってプランに載ってる？",
      ],
    ] as const)
      expect(outcome(answerer.answer(q)), q).toBe(outcome(answerer.answer(alone)));
  });

  it("answers a citizen's question relayed in quotes as that question, as it was typed", () => {
    // 利用料金 is no word of the report: read in the report's words (使用料) it became No.17's question.
    for (const q of ["一時預かりの利用料金っていくらですか", "職員の残業時間、R5の平均はどのくらい？"]) {
      const alone = outcome(answerer.answer(q));
      expect(alone, q).toBe("none:");
      expect(
        outcome(answerer.answer(`市民の方から「${q}」と聞かれたのですが、どう答えればいいですか？`)),
        q,
      ).toBe(alone);
    }
  });
});

describe("the reason for asking", () => {
  it("does not lend its words to a question about something the report never writes", () => {
    // Alone, 穴ぼこ補修 and 障害者手帳 find nothing; 会議 (No.13's ペーパーレス会議) and 報告 must not make them an item.
    for (const q of ["市道の穴ぼこ補修、R5は何件対応した？", "障害者手帳の交付件数 R5 何件？"]) {
      expect(outcome(answerer.answer(q)), q).toBe("none:");
      expect(outcome(answerer.answer(`来週の会議で使うので、${q}`)), q).toBe("none:");
      expect(outcome(answerer.answer(`課長に報告するため、${q}`)), q).toBe("none:");
    }
    // A reason that names the topic is still read as the topic.
    expect(
      outcome(
        answerer.answer(
          "ハラスメント研修の受講者数を委員会の資料に入れたいので、報告書上の人数を教えてもらえますか",
        ),
      ),
    ).toBe("item:8");
  });

  it("is not the topic: a status word beside a topic after it is about that item", () => {
    // No.19's title: 未利用財産の有効活用; 会議 is a word of No.1 and No.13, which the reason brought in.
    const a = answerer.answer(
      "会議で使うので、未利用の土地や建物を活用する取組、目標は達成できたんでしょうか",
    );
    expect(outcome(a)).toBe("item:19");
  });

  it("is the topic when nothing after it names anything", () => {
    expect(outcome(answerer.answer("ふるさと納税の資料を作るので、実績を教えて"))).toBe("item:18");
  });

  it("leaves a status list a status list, and a department's list the department's", () => {
    expect(outcome(answerer.answer("課長に報告するので、遅れている取組は？"))).toBe(
      outcome(answerer.answer("遅れている取組は？")),
    );
    expect(outcome(answerer.answer("来週の会議で使うので、納税課の取組を教えてください"))).toBe("list:16,17");
  });

  it("keeps a counter's question one after a courtesy (「どこ？」 is no longer the last word)", () => {
    expect(answerer.answer("選挙の投票所はどこ? よろしくお願いします。").kind).toBe("none");
    expect(answerer.answer("住民票を取れる窓口はどこか教えていただけますか").kind).toBe("none");
  });

  it("reads 「@bot名」 typed as text as addressed to the bot", () => {
    expect(outcome(answerer.answer("@大崎改革プランbot ふるさと納税の実績は？"))).toBe("item:18");
  });

  it("reads bold, italic and code text as its words", () => {
    expect(outcome(answerer.answer("*ふるさと納税*の実績は？"))).toBe("item:18");
    expect(outcome(answerer.answer("_遊休資産_の売却額は？"))).toBe(
      outcome(answerer.answer("遊休資産の売却額は？")),
    );
  });

  it("reads the manners after Slack's own markup, and echoes the question as it was typed", () => {
    const typed = "<@U0BOT> 【至急】すみません、滞納整理強化月間って何月から何月？ :pray:";
    const a = answerer.answer(typed);
    expect(outcome(a)).toBe(outcome(answerer.answer("滞納整理強化月間って何月から何月？")));
    expect(a.query).toBe(typed);
    // Thanks with an emoji alone are thanks, not a question the plan cannot answer.
    const thanks = answerer.answer("ありがとうございます！助かりました🙏");
    expect(thanks.kind === "none" && thanks.reason).toBe("thanks");
  });

  it("does not hide a request for help", () => {
    expect(answerer.answer("お疲れ様です。何ができるの?").kind).toBe("help");
    // An apology alone asks for attention, not about the plan: what the bot can do.
    expect(answerer.answer("すみません").kind).toBe("help");
    expect(answerer.answer("すみません、").kind).toBe("help");
    expect(answerer.answer("来週の会議で使うので、使い方を教えて").kind).toBe("help");
  });
});

describe("item numbers after a greeting or a reason", () => {
  it.each([
    ["お疲れ様です。⑱の状況を教えて", 18],
    ["来週、⑫の総評を教えてください", 12],
    ["㉑の進捗", 21],
    ["お疲れ様です。16", 16],
    ["課長に報告するため、第16", 16],
    ["課長に報告するため、18の評価はどうして達成なの", 18],
  ])("「%s」 is item %i", (question, n) => {
    expect(outcome(answerer.answer(question))).toBe(`item:${n}`);
  });

  it.each([
    ["お疲れ様です。№16と№17の効果額を比べたい", "list:16,17"],
    ["市民の方から聞かれたのですが、18と19", "list:18,19"],
    ["市民の方から聞かれたのですが、12", "item:12"],
  ])("「%s」 reads the numbers after the greeting or who asked: %s", (question, expected) => {
    expect(outcome(answerer.answer(question))).toBe(expected);
  });

  it("reads a number of a quantity as no item", () => {
    expect(answerer.answer("お疲れ様です。5年度の実績は").kind).not.toBe("item");
  });
});

describe("an inquiry received, around the topic", () => {
  it("「〇〇の件で問い合わせたい」 asks about 〇〇 (使用料: No.5 and No.17, both named by it)", () => {
    const a = answerer.answer("使用料の件で問い合わせたいのですが、どの項目ですか");
    expect(a.kind).toBe("candidates");
    if (a.kind === "candidates") expect(a.items.map((i) => i.number).sort((x, y) => x - y)).toEqual([5, 17]);
  });

  it("who the inquiry came from is no topic (行政区 is No.6's 行政区長会議)", () => {
    const a = answerer.answer("集会施設の譲与の件で行政区から問い合わせがありました。状況を教えてください");
    expect(a.kind === "item" && a.item.number).toBe(15);
  });
});

describe("a long story around the topic", () => {
  it("is the item that holds more of its words than any other (No.5: 減免率 and 見送り; No.14 only 公民館)", () => {
    const a = answerer.answer("公民館の減免の割合を変えるのが見送りになったって本当？どの項目の話？");
    expect(a.kind === "item" && a.item.number).toBe(5);
    // RPA (No.12 alone) and 窓口, 業務 beside it: No.12 holds more of the words than No.21's ワンストップサービス窓口.
    const b = answerer.answer(
      "支所の窓口にもAIとかRPAが入ってくるって本当ですか？プランでどこまで進んでるのか知りたい",
    );
    expect(b.kind === "item" && b.item.number).toBe(12);
    // Words most items write (会議, 申請, システム) decide nothing, however many: a counter's question stays one.
    const c = answerer.answer("来週の会議で使うので、年休の申請ってどのシステムからやるんでしたっけ");
    expect(c.kind === "item" || c.kind === "candidates").toBe(false);
  });
});

describe("session 31's cases", () => {
  it("reads a list marker that opens a message as an item's number only when nothing after it names a topic", () => {
    // A circled number names an item (⑱ is No.18); 「① ふるさと納税の実績は？」 is the first of a list of questions.
    expect(outcome(answerer.answer("① ふるさと納税の実績は？"))).toBe(
      outcome(answerer.answer("ふるさと納税の実績は？")),
    );
    expect(outcome(answerer.answer("①の進捗は？"))).toBe("item:1");
    expect(outcome(answerer.answer("⑱ の状況は？"))).toBe("item:18");
    // A courtesy after the number, or thanks on a line of their own, ask nothing else.
    expect(outcome(answerer.answer("⑪ よろしくお願いします。"))).toBe("item:11");
    expect(outcome(answerer.answer("⑪\nありがとうございます！"))).toBe("item:11");
    expect(outcome(answerer.answer("⑪。急ぎではないです"))).toBe("item:11");
    expect(outcome(answerer.answer("⑪\n財政課 佐藤（内線1234）"))).toBe("item:11");
    // After a greeting and with a signature too.
    expect(
      outcome(answerer.answer("お疲れ様です！\n① 旧消防庁舎跡地っていくらで売れたんですか\n--\n総務課 山田")),
    ).toBe(outcome(answerer.answer("旧消防庁舎跡地っていくらで売れたんですか")));
    expect(outcome(answerer.answer("(2) 遊休資産の売却額は？"))).toBe(
      outcome(answerer.answer("遊休資産の売却額は？")),
    );
    // Not a figure: 1.5 stays.
    expect(withoutMessageManners("1.5haの区域")).toBe("1.5haの区域");
  });

  it("reads R.5 as R5 and FY2023 as 2023年度", () => {
    const withR = [
      ...questions.filter((q) => /(?<![0-9A-Za-z])R[1-9](?![0-9])/u.test(q)),
      "R5のふるさと納税の寄附額は？",
      "遊休資産の売却額、R5はいくら？",
      "R6の職員数の計画値は？",
      "R5に目標に届かなかった項目",
    ];
    expect(changedBy(withR, (q) => q.replace(/(?<![0-9A-Za-z])R([1-9])(?![0-9])/gu, "R.$1"))).toEqual([]);
    expect(outcome(answerer.answer("R.5に目標に届かなかった項目"))).toBe(
      outcome(answerer.answer("R5に目標に届かなかった項目")),
    );
    expect(withoutMessageManners("FY2023のふるさと納税の寄附額")).toBe("2023年度のふるさと納税の寄附額");
    expect(withoutMessageManners("R.5の実績")).toBe("R5の実績");
    // Not inside a word: 「CR.5」 or 「FY20235」 stay as typed.
    expect(withoutMessageManners("CR.5の件")).toBe("CR.5の件");
  });

  it("reads ！？ as a question mark, a message that is one quotation as the quotation, and spaces after a particle as none", () => {
    const asked = questions.filter((q) => /[？?]$/u.test(q));
    expect(changedBy(asked, (q) => q.replace(/[？?]$/u, "！？"))).toEqual([]);
    expect(changedBy(asked, (q) => `「${q}」`)).toEqual([]);
    const withNo = questions.filter((q) =>
      /[\u4E00-\u9FFF\u30A0-\u30FF]の[\u3040-\u30FF\u4E00-\u9FFF]/u.test(q),
    );
    expect(withNo.length).toBeGreaterThan(50);
    expect(changedBy(withNo, (q) => q.replace(/(?<=[\u4E00-\u9FFF\u30A0-\u30FF])の/u, "の "))).toEqual([]);
    // A service asked with ！？ is still one (No.16's コンビニ収納 is the plan's, paying one's own tax a counter's).
    expect(answerer.answer("ｺﾝﾋﾞﾆで国保税払える！？").kind).toBe(answerer.answer("ｺﾝﾋﾞﾆで国保税払える？").kind);
    // Another government's plan, with a space typed after の.
    expect(outcome(answerer.answer("宮城県の 観光戦略プランの目標値ってわかる？"))).toBe(
      outcome(answerer.answer("宮城県の観光戦略プランの目標値ってわかる？")),
    );
    // Two quotations are not one: 「「…」と「…」」 stays as typed.
    expect(withoutMessageManners("「A」と「B」")).toBe("「A」と「B」");
  });

  it("drops a signature under a delimiter line, but not a question a memo sets off with the same line", () => {
    for (const q of ["ふるさと納税の実績は？", "遊休資産の売却額はいくら？"]) {
      expect(outcome(answerer.answer(`${q}\n--\n総務課 山田\n内線 1234`)), q).toBe(
        outcome(answerer.answer(q)),
      );
      expect(outcome(answerer.answer(`電話メモ\n-----\n${q}`)), q).toBe(outcome(answerer.answer(q)));
    }
    // Without its question mark too: a line that reads as a sentence is no signature.
    expect(outcome(answerer.answer("電話メモ\n-----\nふるさと納税の寄附額を教えてほしいとのこと"))).toBe(
      outcome(answerer.answer("ふるさと納税の寄附額を教えてほしいとのこと")),
    );
  });

  it("reads the city's name before a plan an item is called by as this city's, not another plan", () => {
    // 病院ビジョン is a name of No.20 (its keywords); 「職員の数を適正に管理する計画」 describes No.7's plan in words.
    expect(outcome(answerer.answer("大崎市の病院ビジョン"))).toBe(outcome(answerer.answer("病院ビジョン")));
    expect(
      outcome(answerer.answer("大崎市の職員の数を適正に管理する計画の進み具合について教えてください")),
    ).toBe("item:7");
    // A plan of the city's that no item is called by stays another plan.
    expect(answerer.answer("大崎市の地域防災計画の改定はいつ？").kind).toBe("none");
  });

  it("reads a link after the question as nothing, and one inside a sentence as its label", () => {
    expect(stripSlackMarkup("ふるさと納税の実績は？ <https://example.com/doc|資料>")).toBe(
      "ふるさと納税の実績は？",
    );
    expect(stripSlackMarkup("ふるさと納税の実績は？\n<https://example.com/x?y=1>")).toBe(
      "ふるさと納税の実績は？",
    );
    expect(stripSlackMarkup("ふるさと納税の実績は？\n参考: <https://example.com/doc|議会資料>")).toBe(
      "ふるさと納税の実績は？",
    );
    // Inside a sentence the label is what the sentence says; a bare URL there says nothing.
    expect(stripSlackMarkup("この<https://example.com/doc|議会資料>の18番の数字は？")).toBe(
      "この議会資料の18番の数字は？",
    );
    expect(stripSlackMarkup("<https://example.com/x> の18番は？").trim()).toBe("の18番は？");
    // The label read as the topic: 資料 and 議会資料 made candidates or no answer of these.
    for (const q of ["遊休資産の売却額は？", "ふるさと納税って目標達成してる？"])
      expect(outcome(answerer.answer(`${q}\n参考: <https://example.com/doc|議会資料>`)), q).toBe(
        outcome(answerer.answer(q)),
      );
  });
});

describe("session 32's cases", () => {
  it("reads a comma or a space after a topic's って as none (「〇〇って、いくら」 is 「〇〇っていくら」)", () => {
    const topic = /(?<=[\p{Script=Han}\p{Script=Katakana}ー]{2})って(?=[^、,\s])/u;
    const asked = questions.filter((q) => topic.test(q));
    expect(asked.length).toBeGreaterThan(5);
    expect(changedBy(asked, (q) => q.replace(topic, "って、"))).toEqual([]);
    expect(changedBy(asked, (q) => q.replace(topic, "って "))).toEqual([]);
    for (const q of [
      // With the comma, what the report does not say (会計年度任用職員 counted, a plan for EV cars, an adviser's pay)
      // was answered with No.7, or offered as No.7 and No.8, No.1 and No.6; without it, the bot said the report
      // does not say. The manner of typing decides neither.
      "遊休資産の売却って、いくらになった？",
      "旧消防庁舎跡地って、いくらで売れたの？",
      "会計年度任用職員って、今何人いるんですか",
      "公用車のEV化って、計画ある？",
      "政策アドバイザーの報酬って、いくら？",
      "市の広報紙を外注するって、本当？",
      "マイナンバーカードの電子証明書の更新って、本人以外が来ても大丈夫？",
    ]) {
      const plain = q.replace("って、", "って");
      expect(outcome(answerer.answer(q)), q).toBe(outcome(answerer.answer(plain)));
      expect(outcome(answerer.answer(q.replace("って、", "って "))), q).toBe(outcome(answerer.answer(plain)));
    }
    // A verb's て form ends a clause: its comma stays (相談があって、 / 目標を上回って、).
    expect(withoutMessageManners("返礼品で参加したいって相談があって、ふるさと納税で何をやるの？")).toContain(
      "あって、",
    );
    expect(withoutMessageManners("寄附額は目標を上回って、過去最高？")).toContain("上回って、");
  });

  it("reads what someone asked of a topic after って as that, comma or none (本人以外 is no word of the report)", () => {
    const told = answerer.answer("マイナンバーカードの電子証明書の更新って本人以外が来ても大丈夫？");
    expect(told.kind).toBe("none");
    expect(told.kind === "none" && told.note).toContain("本人以外");
  });

  it("reads the city's name before a topic as nothing more (大崎市の遊休資産の売却, 大崎市の経営強化プラン)", () => {
    for (const q of [
      "遊休資産の売却",
      "遊休資産の売却ってどうなってる？",
      "経営強化プランの計画期間って何年間でした？",
      "第3期病院ビジョン",
      "定員管理の計画、どうなってるか教えてください",
      "じんざい育成",
    ])
      expect(outcome(answerer.answer(`大崎市の${q}`)), q).toBe(outcome(answerer.answer(q)));
    // No.21 writes 「遊休資産の売却に向けた取組」 too: both are offered, as without the city's name.
    expect(outcome(answerer.answer("大崎市の遊休資産の売却"))).toBe("candidates:19,21");
    // A plan of the city's that no item is called by, nor the report names, stays another plan.
    expect(answerer.answer("大崎市の地域防災計画のパブコメ").kind).toBe("none");
  });

  it("reads an office that introduces itself as who asks when its うち only says where it stands (うちの課でも, うちの課も)", () => {
    for (const q of [
      "うちの課でもRPA入れたいなと思ってて、市全体でどのくらい導入が進んでるのか知りたいんだけど、プランのどこ見ればいい？",
      "滞納整理強化月間って何月でしたっけ？うちの課も共同催告に入ってて",
      "ハラスメントの研修、2023年度に何人参加したか分かりますか。うちの課でまだ受けてない人がいて",
    ]) {
      const asked = answerer.answer(`財政課です。${q}`);
      // Not 財政課's four items (No.9, 14, 15, 19): the question names its own topic.
      expect(asked.kind, q).not.toBe("list");
      expect(outcome(asked), q).toBe(outcome(answerer.answer(q)));
    }
    // Its own items, asked for as its own, are still its items.
    expect(outcome(answerer.answer("財政課です。うちの課が持ってる項目を全部"))).toBe("list:9,14,19,15");
    expect(outcome(answerer.answer("納税課です。うちが記入担当課になってる項目を全部出してください"))).toBe(
      "list:16,17",
    );
    expect(
      outcome(
        answerer.answer("総合支所の地域振興課です。うちらも担当課に名前が入ってる取組ってありますか？"),
      ),
    ).toBe("list:1,15");
  });

  it("reads a rumour or a can-I question as one without its question mark (「…って本当」「…支所でもできる」)", () => {
    const asked = questions.filter((q) => /[？?]$/u.test(q));
    expect(changedBy(asked, (q) => q.replace(/[？?]+$/u, ""))).toEqual([]);
    for (const q of [
      "古川北町の跡地にマンションが建つって本当",
      "市民病院が民営化されるって近所の人が言ってたけど本当",
      "マイナカードの電子証明書の更新、支所でもできる",
      "旧鹿島台第二小学校の体育館、地域の行事で使いたいんだけど予約できる",
    ]) {
      // With its mark, the report cannot say (no such news, one's own case): not the item whose topic is named.
      expect(answerer.answer(`${q}？`).kind, q).toBe("none");
      expect(outcome(answerer.answer(q)), q).toBe(outcome(answerer.answer(`${q}？`)));
    }
  });

  it("lists the items titled with a term asked for after a sentence that says what for (「…確認です。経営健全化の項目ぜんぶ」)", () => {
    // No.20 and No.21 are titled 「…の経営健全化」.
    // Who asks, too (session 33): 「財政課の佐藤です。」 gave candidates.
    for (const opener of ["議会答弁の準備で確認です。", "来週の会議で使うので、", "財政課の佐藤です。", ""])
      expect(outcome(answerer.answer(`${opener}経営健全化の項目ぜんぶ`)), opener).toBe("list:20,21");
  });

  it("weighs the words of a description before the word whose items are asked for (「…接遇とマナーの研修ってどの項目」)", () => {
    // No.8 writes 「接遇＆マナー研修」; 研修 alone is in four items' text, and is offered as those.
    expect(
      outcome(answerer.answer("窓口の職員向けにやった接遇とマナーの研修ってどの項目に出てきますか")),
    ).toBe("item:8");
    expect(answerer.answer("研修ってどの項目に出てきますか").kind).toBe("candidates");
  });
});

describe("session 33's cases", () => {
  it("reads the city's name a question opens with as nothing: every item is the city's (「大崎市の〇〇」)", () => {
    // Not before a number (「大崎市の18」 is no sentence) nor before a plan's name, which the city's name makes the
    // city's other plan (below).
    const asked = questions.filter(
      (q) =>
        !/^(?:no|№|#|[0-9０-９])/iu.test(q) &&
        !/^[^\s。、？?]{0,16}?(?:計画|ビジョン|戦略|プラン|大綱)/u.test(q),
    );
    expect(asked.length).toBeGreaterThan(200);
    expect(changedBy(asked, (q) => `大崎市の${q}`)).toEqual([]);
    for (const [q, n] of [
      // Read as a plan named 「防災安全課はこのプラン」 and 「ふるさと納税の取組もこのプラン」, they were another plan's.
      ["大崎市の防災安全課はこのプランのどの項目に関わってますか", "item:9"],
      ["大崎市のふるさと納税の取組もこのプランに入っているんでしょうか。", "item:18"],
      // 病院の経営 is read as the report's 病院事業: the name as typed is No.20's plan, 大崎市民病院経営強化プラン.
      ["大崎市の病院の経営強化プラン", "item:20"],
    ] as const)
      expect(outcome(answerer.answer(q)), q).toBe(n);
    // The city's name before a plan the report never names still makes it the city's other plan.
    for (const q of [
      "大崎市の地域防災計画のパブコメ",
      "大崎市のDX推進計画",
      "大崎市の総合計画の次の改定はいつ",
    ])
      expect(answerer.answer(q), q).toMatchObject({ kind: "none", reason: "not_about_plan" });
  });

  it("reads a comma after お〇って and after 〜する話って as none, as after other topics", () => {
    for (const q of [
      "ふるさと納税の返礼品にお米って、ありますか？",
      "総合支所の空きスペースを活用する話って、どこ？",
    ])
      expect(outcome(answerer.answer(q)), q).toBe(outcome(answerer.answer(q.replace("って、", "って"))));
    // A verb's て form still ends its clause: 「お米を使って、」 keeps its comma.
    expect(withoutMessageManners("返礼品のお米を使って、何か事業をしてる？")).toContain("使って、");
  });

  it("reads a space before the year after an indicator as the comma it stands for (「登録件数 R5でいくつ」)", () => {
    for (const q of [
      "空き家バンクの登録件数、R5でいくつ？",
      "職員の残業時間、R5の平均はどのくらい？",
      "市のインスタのフォロワー数、R5末時点でわかる？",
      // Whose figure, before a year (FIGURE_OWNER): 住民票, which the report never writes.
      "住民票のコンビニ交付、R5で何件あった？",
    ]) {
      // The report gives none of these figures: no item, typed either way.
      expect(answerer.answer(q), q).toMatchObject({ kind: "none", reason: "not_about_plan" });
      expect(outcome(answerer.answer(q.replace("、", " "))), q).toBe("none:");
    }
  });

  it("asks nothing of a debt's row with the words of who asks or why (「財政課の佐藤です。」「議会答弁の準備で確認です。」)", () => {
    // 高齢障がい福祉課 is named only in No.17's table of debts; the opener's words (議会答弁, 確認) are not asked of it.
    const q = "高齢障がい福祉課ってプランのどこかに出てきます？";
    for (const opener of ["財政課の佐藤です。", "議会答弁の準備で確認です。"])
      expect(outcome(answerer.answer(`${opener}${q}`)), opener).toBe(outcome(answerer.answer(q)));
    expect(outcome(answerer.answer(q))).toBe("item:17");
  });

  it("reads a message passed on after why it is asked (「議会答弁の準備で確認です。市民から「…」」) as the message", () => {
    for (const q of [
      "市民から「公民館の使用料が4月から上がったのはなぜか」というメールが来ています。計画と関係ありますか？",
      "「市営プール廃止されるってほんと？」とのコメント、何か情報ありますか",
      "苦情メール要約です→「まち協の役員のなり手がいない、市は何もしてくれない」。これ計画に関係ありますか？",
    ])
      expect(outcome(answerer.answer(`議会答弁の準備で確認です。${q}`)), q).toBe(outcome(answerer.answer(q)));
  });

  it("reads a sentence that runs on to this plan after the city's name as no plan's name", () => {
    // The city's name inside the sentence, not opening it: read as a plan named 「防災安全課はこのプラン」, it was none.
    expect(
      outcome(
        answerer.answer("来週の会議用に、大崎市の防災安全課はこのプランのどの項目に関わってるか知りたい"),
      ),
    ).toBe("item:9");
    expect(
      outcome(
        answerer.answer("防災の担当として、大崎市のふるさと納税の取組もこのプランに入ってるか知りたい"),
      ),
    ).toBe("item:18");
  });
});
