/**
 * `npx tsx bench/perturb.ts tests/ask/*.yml [-v]`: how robust the matcher is to what people put around a
 * question. Each question of the given sets is asked again with an opener or a closer (a greeting, a reason, a
 * courtesy, a purpose, an apology, thanks), a changed script (half-width katakana, digits), or a changed year form;
 * the count per change is of answers that were right alone and are wrong with it (what a new rule should not make
 * worse). `-v` prints them, except for the sets kept unread (tests/ask/unread-sets.ts). Not a test: some changes (a
 * bare number glued to words, /plan typed mid-message) are not sentences anyone writes;
 * tests/ask/context-around.test.ts holds the ones that are.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { type Answer, createAnswerer } from "../src/ask/answer.ts";
import { loadPlan } from "../src/plan/load.ts";
import { answerText } from "../src/wording/plain-text.ts";
import { isUnread } from "../tests/ask/unread-sets.ts";
import { type EvalQuestion, isCorrect } from "../tests/support/answers.ts";

const plan = loadPlan(resolve(import.meta.dirname, "../data"));
const answerer = createAnswerer(plan);

const CHANGES: [string, (q: string) => string][] = [
  ["greeting before", (q) => `お疲れ様です。${q}`],
  ["reason before", (q) => `来週の会議で使うので、${q}`],
  ["report reason before", (q) => `課長に報告するため、${q}`],
  ["citizen asked before", (q) => `市民の方から聞かれたのですが、${q}`],
  ["courtesy after", (q) => `${q} よろしくお願いします。`],
  ["purpose after", (q) => `${q} 資料作成のためです。`],
  ["urgency after", (q) => `${q}。急ぎではないです`],
  ["@name before", (q) => `@大崎改革プランbot ${q}`],
  ["half-width katakana", (q) => q.replace(/[\u30a1-\u30f6ー]+/g, (w) => toHalfWidth(w))],
  ["full-width digits", (q) => q.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))],
  ["R5 for 令和5年度", (q) => q.replace(/令和\s*[5５]\s*年度/g, "R5年度")],
  ["2023年度 for 令和5年度", (q) => q.replace(/令和\s*[5５]\s*年度/g, "2023年度")],
  ["令和五年度 for 令和5年度", (q) => q.replace(/令和\s*[5５]\s*年度/g, "令和五年度")],
  ["spaces for punctuation", (q) => q.replace(/[、。，]/g, " ")],
  // Session 29: more of what people put around a question, each a sentence someone writes.
  // Not before a question that introduces its asker already: two introductions are no message anyone writes.
  ["department intro before", (q) => (INTRODUCED.test(q) ? q : `財政課の佐藤です。${q}`)],
  ["newline after greeting", (q) => `お疲れ様です。\n${q}`],
  ["apology before", (q) => `すみません、${q}`],
  ["ask again before", (q) => `何度もすみません。${q}`],
  ["purpose sentence before", (q) => `議会答弁の準備で確認です。${q}`],
  ["question mark dropped", (q) => q.replace(/[？?]+$/u, "")],
  ["thanks after", (q) => `${q}\nありがとうございます！`],
  ["urgency in brackets after", (q) => `${q}（急ぎです）`],
  ["tag before", (q) => `【確認】${q}`],
  ["bot addressed before", (q) => `ボットさん、${q}`],
  ["emoji after", (q) => `${q} :pray:`],
  ["yoroshiku after", (q) => `${q} よろしくです`],
  ["asked before after", (q) => `${q}\n前にも聞いたかもしれませんが、念のため。`],
  ["opener asking nothing", (q) => `質問なんですが、${q}`],
  ["quoted line", (q) => `> ${q}`],
  ["resent after", (q) => `${q}（再送）`],
  ["bold first word", (q) => q.replace(/[\u4E00-\u9FFF\u30A0-\u30FF]{2,}/u, (w) => `*${w}*`)],
  ["filler before", (q) => `ちなみに、${q}`],
  ["colleague asked before", (q) => `<@U0X1>さんから聞かれたんですが、${q}`],
  ["kakunin after", (q) => `${q} 確認させてください。`],
  ["mail reply before", (q) => `Re: ${q}`],
  ["tag with colon before", (q) => `至急：${q}`],
  ["face after", (q) => `${q}m(_ _)m`],
  ["onegai after", (q) => `${q} お願いします！`],
  ["signature after", (q) => `${q}\n財政課 佐藤（内線1234）`],
  ["bullet before", (q) => `・${q}`],
  // Session 30: more of the same, and a citizen's question relayed in quotes.
  ["greeting with ! before", (q) => `おはようございます！${q}`],
  ["osewa before", (q) => `お世話になっております。${q}`],
  ["check opener before", (q) => `ちょっと確認なんですが、${q}`],
  ["busy apology before", (q) => `お忙しいところ恐れ入りますが、${q}`],
  ["emoji before", (q) => `🙇 ${q}`],
  ["gokyouji after", (q) => `${q}\nご教示いただけますと幸いです。`],
  ["toriisogi after", (q) => `${q} 取り急ぎ。`],
  ["ijou after", (q) => `${q}\n以上です。`],
  ["otesuki after", (q) => `${q}\nお手すきの際にお願いします。`],
  ["reason in brackets after", (q) => `${q}\n（課内で共有したいので）`],
  ["oshiete sentence after", (q) => `${q} 教えてください。`],
  ["courtesy with apology after", (q) => `${q}\n恐れ入りますがよろしくお願いします。`],
  ["laugh w after", (q) => `${q}w`],
  ["question mark twice", (q) => q.replace(/[？?]+$/u, "？？")],
  ["line break for a comma", (q) => q.replace(/、/u, "\n")],
  ["mail tag before", (q) => `【問い合わせ】${q}`],
  ["subject line before", (q) => `件名：確認\n${q}`],
  ["salutation before", (q) => `各位\n${q}`],
  ["apology as clause before", (q) => `申し訳ないのですが、${q}`],
  ["ukagai before", (q) => `伺いたいのですが、${q}`],
  ["tried before", (q) => `自分で調べたんですがわからなくて、${q}`],
  ["may I ask before", (q) => `一つ聞いていいですか？${q}`],
  ["urgency half-width after", (q) => `${q}(急ぎ)`],
  ["shikyu after", (q) => `${q}（至急）`],
  ["extension after", (q) => `${q}\n（内線1234 佐藤）`],
  ["by today after", (q) => `${q}\n今日中に分かると助かります。`],
  ["later is fine after", (q) => `${q}\n後ででいいので。`],
  ["follow-up before", (q) => `あと、${q}`],
  ["one more before", (q) => `もう一つ、${q}`],
  ["continued before", (q) => `さっきの続きですが、${q}`],
  ["just to check before", (q) => `念のため確認ですが、${q}`],
  ["from a phone after", (q) => `${q}\n（スマホから失礼します）`],
  ["otesuu after", (q) => `${q}\nお手数おかけします。`],
  ["moushiagemasu after", (q) => `${q}\nよろしくお願い申し上げます。`],
  ["deshouka for desuka", (q) => q.replace(/ですか([？?]?)$/u, "でしょうか$1")],
  ["on slack before", (q) => `Slackで失礼します。${q}`],
  ["first time before", (q) => `初めて使います。${q}`],
  ["anyone know after", (q) => `${q}\nわかる人いますか？`],
  ["reply in thread after", (q) => `${q}\n返信はスレッドでお願いします。`],
  ["dm is fine after", (q) => `${q}\nDMでも大丈夫です。`],
  ["not urgent sentence after", (q) => `${q}\n至急ではありません。`],
  ["sorry sentence after", (q) => `${q}\n失礼しました。`],
  ["itsumo osewa before", (q) => `いつもお世話になっております。${q}`],
  ["otsukare desu before", (q) => `お疲れです！${q}`],
  ["ijou yoroshiku after", (q) => `${q}\n以上、よろしくお願いします。`],
  ["kakunin made after", (q) => `${q}\n取り急ぎ確認まで。`],
  ["gotaiou after", (q) => `${q}\nご対応よろしくお願いします。`],
  ["labelled link after", (q) => `${q} <https://example.com/doc|資料>`],
  ["bare link after", (q) => `${q}\n<https://example.com/a/b?c=1>`],
  ["link line after", (q) => `${q}\n参考: <https://example.com/doc|議会資料>`],
  // Not before an item's number (「大崎市のNo.4」 is no phrase anyone writes).
  ["may I before", (q) => `すみません、ちょっといいですか？\n${q}`],
  ["signature block after", (q) => `${q}\n-----\n大崎市 総務部 総務課\n山田 太郎\n内線 1234`],
  ["bot asked after", (q) => `${q}\nbotさんお願い！`],
  ["what it is before", (q) => `確認の件です。${q}`],
  ["before a meeting before", (q) => `明日の会議の前に確認させてください。${q}`],
  ["plea before", (q) => `教えてください！${q}`],
  ["casual greeting before", (q) => `おつ〜 ${q}`],
  ["any information after", (q) => `${q}\n情報あればください。`],
  ["as far as known after", (q) => `${q}\nわかる範囲で大丈夫です。`],
  ["just to check after", (q) => `${q}\n念のため確認です。`],
  ["urgent after", (q) => `${q}\n急ぎです！`],
  ["list marker before", (q) => `① ${q}`],
  ["numbered list before", (q) => `1. ${q}`],
  ["plan subject before", (q) => `件名：改革プランについて\n${q}`],
  ["date line before", (q) => `12月2日（水）\n${q}`],
  ["time before", (q) => `[10:32] ${q}`],
  ["otesuu before", (q) => `お手数ですが、${q}`],
  ["cc line after", (q) => `${q}\ncc: 課長`],
  ["postscript after", (q) => `${q}\n追伸：来週までで大丈夫です。`],
  ["note mark after", (q) => `${q}\n※急ぎではありません`],
  ["what it is for in brackets after", (q) => `${q}（議会用）`],
  ["kongotomo after", (q) => `${q}\n今後ともよろしくお願いします。`],
  ["may you after", (q) => `${q}\nお願いできますか？`],
  ["that is all after", (q) => `${q}\n以上、確認です。`],
  ["kyoushuku before", (q) => `ご多忙のところ恐縮ですが、${q}`],
  ["late apology before", (q) => `夜分にすみません。${q}`],
  ["R.5 for R5", (q) => q.replace(/(?<![0-9A-Za-z])R\s*([1-9])(?![0-9])/gu, "R.$1")],
  ["!? for ?", (q) => q.replace(/[？?]$/u, "！？")],
  ["whole in quotes", (q) => `「${q}」`],
  [
    "space after の",
    (q) => q.replace(/(?<=[\u4E00-\u9FFF\u30A0-\u30FF])の(?=[\u3040-\u30FF\u4E00-\u9FFF])/u, "の "),
  ],
  ["space after って", (q) => q.replace(/って(?=\S)/u, "って ")],
  // Session 32: a comma after the topic's って, or none where the question has one (both are written).
  ["comma after って", (q) => q.replace(/って(?=[^、,\s])/u, "って、")],
  ["comma after って dropped", (q) => q.replace(/って[、,]\s*/u, "って")],
  ["city's name before", (q) => (/^(?:no|№|#|[0-9０-９])/iu.test(q) ? q : `大崎市の${q}`)],
  // Only questions with no quotation of their own and long enough to be one a citizen puts.
  [
    "citizen's question relayed",
    (q) =>
      /[「」]/u.test(q) || q.length < 6
        ? q
        : `市民の方から「${q}」と聞かれたのですが、どう答えればいいですか？`,
  ],
];

/** A question that says who asks (「子育て支援課です。」「防災安全課の者ですが、」). */
const INTRODUCED =
  /(?:課|室|係|局|支所|センター|担当|者|です)(?:の[^。、]{1,10})?(?:です|ですが)[。、，,]|の者ですが/u;

/** Katakana as half-width (ｶﾀｶﾅ), the way some keyboards and old systems type it. */
function toHalfWidth(word: string): string {
  const table: Record<string, string> = {};
  const full =
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー";
  const half = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ";
  [...full].forEach((c, i) => {
    table[c] = half[i] as string;
  });
  return [...word.normalize("NFD")]
    .map((c) => (c === "\u3099" ? "ﾞ" : c === "\u309a" ? "ﾟ" : (table[c] ?? c)))
    .join("");
}

const files = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const verbose = process.argv.includes("-v");
const broken = new Map<string, number>();
const figureLost = new Map<string, number>();
let asked = 0;
const states = (a: Answer, figure: string) => answerText(a, plan.meta).normalize("NFKC").includes(figure);
for (const file of files) {
  // An unread set's questions are counted, never printed (tests/ask/unread-sets.ts).
  const show = verbose && !isUnread(file);
  for (const q of parse(readFileSync(file, "utf8")) as (EvalQuestion & { figure?: string; tag?: string })[]) {
    // Status questions measure the data's judgement, not the matcher (README).
    if (q.tag === "status") continue;
    asked++;
    const alone = answerer.answer(q.q);
    for (const [name, change] of CHANGES) {
      const changed = change(q.q);
      if (changed === q.q) continue;
      const a = answerer.answer(changed);
      if (isCorrect(q, alone) && !isCorrect(q, a)) {
        broken.set(name, (broken.get(name) ?? 0) + 1);
        if (show) console.log(`${name}: 「${changed}」 → ${a.kind}`);
      }
      if (q.figure && states(alone, q.figure) && !states(a, q.figure)) {
        figureLost.set(name, (figureLost.get(name) ?? 0) + 1);
        if (show) console.log(`${name}: figure ${q.figure} lost in 「${changed}」`);
      }
    }
  }
}
console.log(`${asked} questions (status apart) from ${files.length} file(s)`);
for (const [name] of CHANGES) {
  console.log(
    `${name.padEnd(24)} right answers broken ${broken.get(name) ?? 0}, figures lost ${figureLost.get(name) ?? 0}`,
  );
}
