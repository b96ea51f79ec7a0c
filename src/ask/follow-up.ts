/**
 * A question asked after an answer, in the same conversation (a Slack thread, a DM): 「それのR6の見込みは？」「じゃあ
 * 目標は？」「担当課は？」 names no item, and asks about the one just answered. Knows nothing of Slack: the listener
 * says which conversation a question is in, and this remembers the last item answered there.
 */
import type { Plan } from "../plan/model.ts";
import type { Answer, Answerer } from "./answer.ts";
import { normalize } from "./text.ts";

/**
 * What makes a question a follow-up: a word pointing back (それ, その取組, さっきの, 同じ), an opening that goes on
 * from the answer (じゃあ, あと, ちなみに), or a question that is only what is asked of an item (「R6は？」「目標は？」
 * 「総評は？」「担当課は？」).
 */
const POINTS_BACK =
  /(?:それ|その|これ|この|あれ|あの|そっち|そちら|こっち|こちら|さっき|先ほど|さきほど|同じ|上の|今の)(?=の|は|って|で|も|[?？\s]|$|項目|取組|取り組み|件)|^(?:じゃあ|じゃ|では|なら|それなら|あと|それと|ちなみに|ついでに)[、,\s]*/u;
const ATTRIBUTE_ONLY =
  /^(?:(?:令和\s*[0-9元]+|r\s*[0-9]+|[0-9]{4})\s*年?度?|来年度|今年度|前年度|昨年度|次の年度)?(?:の)?(?:目標(?:値|額)?|実績|見込み|総評|担当(?:課|部署)?|達成率|状況|進捗|効果(?:額)?|数字|数値|結果|評価)?(?:は|って|を|も)?(?:どう|何|なに|いくら|どこ|どれくらい)?(?:ですか|でしょうか|なの|だった|でした)?[?？。\s]*$/u;

/** The words that point back, removed before the question is asked of the item (「それのR6」 → 「R6」). */
const POINTER_WORDS =
  /(?:それ|その|これ|この|あれ|あの|そっち|そちら|こっち|こちら)(?:の|は|って|で|も)?(?:項目|取組|取り組み|件)?(?:の|は|って|で|も)?|(?:さっき|先ほど|さきほど|上|今)の(?:項目|取組|取り組み|件|やつ)?(?:の|は|って)?|^(?:じゃあ|じゃ|では|なら|それなら|あと|それと|ちなみに|ついでに)[、,\s]*/gu;

/** Whether a question reads as going on from the last answer (see POINTS_BACK and ATTRIBUTE_ONLY). */
export function readsAsFollowUp(question: string): boolean {
  const t = normalize(question).trim();
  if (t === "") return false;
  return POINTS_BACK.test(t) || (ATTRIBUTE_ONLY.test(t) && /[^\s?？。]/u.test(t));
}

/**
 * The answer to `question`, asked where `previous` was the last item answered. A question that finds its own
 * topic (an item, a list, a department, a counter's question) is answered as asked; one that finds none (the
 * bot's help, or 「見つかりませんでした」) and reads as a follow-up is asked of the previous item. Anything else is
 * answered as it was: 「天気は？」 in a thread about No.18 is not about No.18.
 */
export function answerInConversation(
  answerer: Answerer,
  plan: Plan,
  question: string,
  previous: number | undefined,
): Answer {
  const answer = answerer.answer(question);
  if (previous === undefined) return answer;
  const foundNothing = answer.kind === "help" || (answer.kind === "none" && answer.reason === "no_match");
  const item = plan.byNumber.get(previous);
  if (!foundNothing || !item || !readsAsFollowUp(question)) return answer;
  const rest = normalize(question).replace(POINTER_WORDS, " ").trim();
  const again = answerer.answer(`No.${previous} ${rest}`);
  if (again.kind !== "item" || again.item.number !== previous) return answer;
  // Said on the answer, so that the asker sees which item was understood and can name another.
  const note = `直前の答え（No.${previous}）についての質問として答えています。`;
  return { ...again, query: question, note: again.note ? `${note}${again.note}` : note };
}

/**
 * The last item answered in each conversation (a key the caller chooses: channel and thread, or a DM's channel),
 * the most recent `limit` conversations only. Kept in memory: after a restart a follow-up is read as a new
 * question, as it would be by someone who had not seen the thread.
 */
export class RecentTopics {
  private readonly last = new Map<string, number>();

  constructor(private readonly limit = 2_000) {}

  get(conversation: string): number | undefined {
    return this.last.get(conversation);
  }

  /** Remembers the item an answer was about; an answer about no single item leaves the conversation as it was. */
  remember(conversation: string, answer: Answer): void {
    if (answer.kind !== "item") return;
    this.last.delete(conversation);
    this.last.set(conversation, answer.item.number);
    if (this.last.size > this.limit) this.last.delete(this.last.keys().next().value as string);
  }
}
