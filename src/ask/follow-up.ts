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
  /(?:それ|その|これ|この|あれ|あの|そっち|そちら|こっち|こちら|さっき|先ほど|さきほど|同じ|上の|今の)(?=の|は|って|で|も|と|[?？\s]|$|項目|取組|取り組み|件|やつ|課|担当|部署|以外)/u;
/** An opening that goes on from the last answer, dropped: 「じゃあ総評は？」 asks 「総評は？」 of it. */
const OPENING = /^(?:じゃあ|じゃ|では|なら|それなら|あと|ちなみに|ついでに)[、,\s]*/u;
const ATTRIBUTE_ONLY =
  /^(?:(?:令和\s*[0-9元]+|r\s*[0-9]+|[0-9]{4})\s*年?度?|来年度|今年度|前年度|昨年度|次の年度)?(?:の)?(?:目標(?:値|額)?|実績|見込み|総評|担当(?:課|部署)?|達成率|状況|進捗|効果(?:額)?|数字|数値|結果|評価)?(?:は|って|を|も)?(?:どう|何|なに|いくら|どこ|どれくらい)?(?:ですか|でしょうか|なの|だった|でした)?[?？。\s]*$/u;

/**
 * A word pointing back at the item (それ, その取組, さっきのやつ), replaced by its number: 「それ以外の項目」 is
 * 「No.18以外の項目」, 「これって遅れてる？」 is 「No.18って遅れてる？」. その and この only with 項目・取組・件・やつ:
 * 「その滞納整理の実績」 names its own topic.
 */
const POINTER =
  /(?:それ|これ|あれ|そっち|そちら|こっち|こちら)(?:の(?:項目|取組|取り組み|件|やつ))?(?=の|は|って|で|も|と|以外|[?？\s]|$)(?!の?(?:担当)?課)|(?:その|この|あの)(?:項目|取組|取り組み|件|やつ)|(?:さっき|先ほど|さきほど|上|今)の(?:項目|取組|取り組み|件|やつ)?/u;
/** Its department (その課, 同じ課, その担当課), replaced by the item's lead department: 「同じ課の項目」. */
const DEPARTMENT_POINTER =
  /(?:その|この|あの|同じ|そっちの|そちらの|それの|これの)(?:担当)?(?:課|部署)|(?:それ|これ|その項目|その取組)の担当課/u;
/** Whether a question reads as going on from the last answer (see POINTS_BACK, OPENING and ATTRIBUTE_ONLY). */
export function readsAsFollowUp(question: string): boolean {
  const t = normalize(question).trim();
  if (t === "") return false;
  return POINTS_BACK.test(t) || OPENING.test(t) || (ATTRIBUTE_ONLY.test(t) && /[^\s?？。]/u.test(t));
}

/**
 * The answer to `question`, asked where `previous` was the last item answered. A question that points back at it
 * in words (それ, その課) is asked of it, with the words replaced by its number or its department; any other
 * question that finds its own topic (an item, a list, a department, a counter's question) is answered as asked, and
 * one that finds none (the bot's help, or 「見つかりませんでした」) but reads as a follow-up (じゃあ…, 「総評は？」) is
 * asked of the previous item. Anything else is answered as it was: 「天気は？」 in a thread about No.18 is not about it.
 */
export function answerInConversation(
  answerer: Answerer,
  plan: Plan,
  question: string,
  previous: number | undefined,
): Answer {
  const answer = answerer.answer(question);
  const item = previous === undefined ? undefined : plan.byNumber.get(previous);
  if (!item || !readsAsFollowUp(question)) return answer;
  const rest = normalize(question).trim().replace(OPENING, "");
  const department = item.lead_departments[0] as string;
  const ofDepartment = DEPARTMENT_POINTER.test(rest);
  const pointed = ofDepartment
    ? rest.replace(DEPARTMENT_POINTER, department)
    : POINTER.test(rest)
      ? rest.replace(POINTER, `No.${item.number}`)
      : null;
  const foundNothing = answer.kind === "help" || (answer.kind === "none" && answer.reason === "no_match");
  let again: Answer;
  if (pointed !== null) again = answerer.answer(pointed);
  else if (foundNothing) again = answerer.answer(`No.${item.number} ${rest}`);
  else return answer;
  // Only an answer the reference changed: about the item, its department, or the items but it.
  const aboutIt =
    (again.kind === "item" && again.item.number === item.number) ||
    (again.kind === "list" &&
      (again.reason.type === "department" ||
        (again.reason.type === "all" && again.reason.excluded !== undefined) ||
        again.reason.type === "numbers"));
  if (!aboutIt) return answer;
  // Said on the answer, so that the asker sees which item was understood and can name another.
  const note = ofDepartment
    ? `直前の答え（No.${item.number}）の記入担当課（${department}）についての質問として答えています。`
    : `直前の答え（No.${item.number}）についての質問として答えています。`;
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
