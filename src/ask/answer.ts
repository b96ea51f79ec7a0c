/**
 * Question answering: turns what someone typed into one of five answers, the same for Slack replies, slash
 * commands and the CLI.
 *
 * - `help`: an empty question or a request for help.
 * - `item`: one item, by number or because its topic clearly wins.
 * - `list`: a set asked for as a set: a department's items, the items with a status, or all of them.
 * - `candidates`: no single confident match, but a few close ones (「もしかして」).
 * - `none`: nothing in the plan matches, or an item number that does not exist.
 *
 * The order of the checks matters: a question that is only a number is a number, whatever else it might
 * match; department and status words are taken out before the topic search so that 「納税課の滞納整理」 searches
 * 滞納整理 among 納税課's items. A wrong confident answer is worse than none, so the topic search must explain
 * most of what was asked before it answers with one item.
 */
import type { Department, Plan, PlanItem } from "../plan/model.ts";
import { itemsOfDepartment } from "../plan/model.ts";
import type { Status } from "../plan/schema.ts";
import { itemNumberReference } from "./item-number.ts";
import { fold, normalize } from "./text.ts";
import { type TopicHit, TopicIndex } from "./topic-index.ts";

export type ListReason =
  | { type: "department"; department: Department; status?: Status }
  | { type: "status"; status: Status }
  | { type: "all" };

export type Answer =
  | { kind: "help"; query: string }
  | { kind: "item"; query: string; item: PlanItem }
  | { kind: "list"; query: string; items: PlanItem[]; reason: ListReason }
  | { kind: "candidates"; query: string; items: PlanItem[] }
  | {
      kind: "none";
      query: string;
      reason: "no_match" | "out_of_range";
      number?: number;
      range: [number, number];
    };

/** Words that ask for help, alone. */
const HELP =
  /^(?:help|ヘルプ|へるぷ|使い方|つかいかた|使いかた|何ができる(?:の|んですか|ますか)?|なにができる(?:の)?|できること(?:は)?|コマンド|\?|？)$/i;

/** Status words. Checked in this order: 「達成できていない」 must not read as 達成. */
const STATUS_PATTERNS: ReadonlyArray<readonly [Status, RegExp]> = [
  [
    "behind",
    /(?:遅れ(?:てい|て|気味)?る?|遅延|おくれ|目標未達(?:成)?|未達(?:成)?|達成(?:でき|し)てい?ない|達成でき(?:ませんでした|なかった)|届いてい?ない|届かなかった|下回(?:っ|る)|及ばな|達してい?ない|ビハインド|進んでい?ない|うまくいっていない)/g,
  ],
  ["unrated", /(?:評価(?:が|の)?(?:ない|なし|無し|されていない)|未評価)/g],
  ["on_track", /(?:順調|予定どおり|予定通り|計画どおり|計画通り)/g],
  ["achieved", /(?:目標達成|達成済み?|達成(?:した|している|できた|された)|達成|クリア|上回)/g],
];

const ALL = /(?:全部|全項目|全件|一覧|すべて|全て|全体|リスト|list|all)/gi;

/** Fiscal-year expressions are context, not topic: 「2024年度のふるさと納税」 is about ふるさと納税. */
const FISCAL_YEAR =
  /(?:令和\s*(?:\d+|元)\s*年度?|(?<![a-z])r\s*\d+(?:\s*年度?)?|\d{4}\s*年度?|今年度|昨年度|前年度|来年度|本年度|今年|去年|昨年)/g;

/** The plan's own name says nothing about which item is meant. */
const PLAN_NAME = /(?:第\s*6\s*次\s*)?(?:集中)?改革プラン|大崎市(?!民)/g;

/** Question endings and words that say "tell me about" without naming anything. */
const FILLER =
  /(?:について|に関して|に関する|を?教えて(?:ください|下さい|ほしい|欲しい)?|知りたい(?:です)?|を?見せて(?:ください)?|はどう(?:なった|なってる|なっている|なっていますか|なってますか|ですか|でしょうか|だった)?|どう(?:なった|なってる|なっている|なっていますか|なってますか|ですか|でしょうか|だった|かな)?|(?:の|は)?(?:進捗状況|進捗|進み具合|状況|現状|実績|結果|詳細|中身|内容|取組内容|取り組み|取組|成果|効果|数字|数値|達成率|評価|件数|目標)|(?:って|とは)?(?:何|なに|なん)(?:ですか|だっけ)?|(?:ですか|ますか|ですかね|でしょうか|だっけ|かな|ください|お願いします|おねがいします)|(?:すみません|すいません)|(?:教えて)?いただけ(?:ますか|ますでしょうか|ませんか|ないでしょうか)|(?:効果額|金額|割合|件数|数字))/g;

/** Tokens that carry no topic: particles, auxiliaries, and words for "item" or "thing". */
const STOP_TOKENS = new Set([
  "の",
  "は",
  "が",
  "を",
  "に",
  "で",
  "と",
  "も",
  "や",
  "か",
  "へ",
  "ね",
  "よ",
  "な",
  "っ",
  "た",
  "て",
  "だ",
  "る",
  "って",
  "とは",
  "から",
  "まで",
  "より",
  "です",
  "ます",
  "でし",
  "まし",
  "いる",
  "ある",
  "あり",
  "なっ",
  "なる",
  "どう",
  "どれ",
  "どの",
  "どこ",
  "なに",
  "何",
  "項目",
  "もの",
  "こと",
  "やつ",
  "件",
  "の件",
  "ところ",
  "くだ",
  "さい",
  "教え",
  "ください",
  "今",
  "いま",
  "最近",
  "市",
  "本市",
  "うち",
  "この",
  "その",
  "あの",
  "bot",
  "ボット",
  "し",
  "した",
  "する",
  "して",
  "してる",
  "でき",
  "できた",
  "できる",
  "ます",
  "ません",
  "でる",
  "てる",
  "んで",
  "ん",
  "たい",
  "よね",
  "本当",
  "ほんと",
]);

/**
 * A name of another municipality (仙台市, 石巻市) that the plan never mentions: questions about other cities are
 * not about this plan, however well the rest of the question matches.
 */
const MUNICIPALITY = /([\p{Script=Han}\p{Script=Katakana}]{2,4})[市町村県](?=の|は|で|と|が|って|$|\s)/gu;

/** Words that ask how to use the bot rather than about the plan. */
const HELP_WORDS = new Set(["使い方", "つかいかた", "使いかた", "ヘルプ", "へるぷ", "help", "できること"]);

/** Content must be explained this well by one item's phrases before it is answered with that item. */
const MIN_COVERAGE = 0.5;
/** Runners-up within this share of the best score make the answer ambiguous. */
const CLOSE_SHARE = 0.85;
/** A second topic must carry at least this share of the best score to be offered beside it. */
const SECOND_TOPIC_SHARE = 0.5;
/** A single matched character is never enough. */
const MIN_SCORE = 2;
const MIN_SCORE_IN_DEPARTMENT = 1;

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });

/** Slack markup that is not part of the question: mentions, channel pings, links' angle brackets. */
function stripSlackMarkup(text: string): string {
  return text.replace(/<[@#!][^>]*>/g, " ").replace(/<([^>|]+)\|([^>]+)>/g, "$2");
}

interface DepartmentForms {
  department: Department;
  /** Normalized forms to look for in a question, longest first. */
  forms: string[];
}

export class Answerer {
  private readonly index: TopicIndex;
  private readonly departments: DepartmentForms[];
  private readonly range: [number, number];

  constructor(private readonly plan: Plan) {
    this.index = new TopicIndex(
      plan.items.map((i) => ({
        id: i.number,
        title: i.title,
        aliases: i.aliases,
        keywords: i.keywords,
        body: [
          ...i.measures,
          ...i.schedule.map((r) => r.label),
          ...i.effects.flatMap((e) => e.figures.map((f) => f.label.replace(/[（(].*?[）)]/g, ""))),
          ...(i.receivables?.rows.map((r) => r.name) ?? []),
        ],
      })),
    );
    this.departments = plan.departments.map((department) => ({
      department,
      forms: [department.name, ...department.aliases]
        .map(normalize)
        .filter((f) => f.length >= 2)
        .sort((a, b) => b.length - a.length),
    }));
    const numbers = plan.items.map((i) => i.number);
    this.range = [Math.min(...numbers), Math.max(...numbers)];
  }

  answer(question: string): Answer {
    const query = question.trim();
    const text = normalize(stripSlackMarkup(query));
    if (text === "" || HELP.test(text.replace(/[\s?？!！。]+$/u, ""))) return { kind: "help", query };

    const number = itemNumberReference(text);
    if (number !== null) {
      const item = this.plan.byNumber.get(number);
      if (item) return { kind: "item", query, item };
      return { kind: "none", query, reason: "out_of_range", number, range: this.range };
    }

    let rest = text.replace(FISCAL_YEAR, " ").replace(PLAN_NAME, " ");
    for (const m of rest.matchAll(MUNICIPALITY)) {
      if (m[1] !== "大崎" && !this.index.mentions(fold(m[0]))) {
        return { kind: "none", query, reason: "no_match", range: this.range };
      }
    }
    const department = this.findDepartment(rest);
    if (department) rest = rest.replace(department.form, " ");

    let status: Status | undefined;
    for (const [s, pattern] of STATUS_PATTERNS) {
      if (pattern.test(rest)) {
        status ??= s;
        rest = rest.replace(pattern, " ");
      }
      pattern.lastIndex = 0;
    }
    const wantsAll = ALL.test(rest);
    ALL.lastIndex = 0;
    rest = rest.replace(ALL, " ");
    // Whole phrases are looked for before question words are removed: 「病院機能評価」 contains 評価.
    const phraseText = fold(rest);
    rest = rest.replace(FILLER, " ");

    const allRuns = contentRuns(rest);
    const runs = allRuns.filter((r) => !HELP_WORDS.has(r));
    if (runs.length === 0 && allRuns.length > 0 && !department && !status) return { kind: "help", query };
    if (runs.length === 0) {
      if (department) {
        const items = itemsOfDepartment(this.plan, department.department).filter(
          (i) => !status || i.current.status === status,
        );
        return {
          kind: "list",
          query,
          items,
          reason: { type: "department", department: department.department, ...(status ? { status } : {}) },
        };
      }
      if (status) {
        return {
          kind: "list",
          query,
          items: this.plan.items.filter((i) => i.current.status === status),
          reason: { type: "status", status },
        };
      }
      if (wantsAll) return { kind: "list", query, items: this.plan.items, reason: { type: "all" } };
      return { kind: "help", query };
    }

    const allowed = department
      ? new Set(itemsOfDepartment(this.plan, department.department).map((i) => i.number))
      : null;
    const hits = this.index.search(phraseText, runs).filter((h) => !allowed || allowed.has(h.id));
    const contentLength = runs.reduce((n, r) => n + r.length, 0);
    const best = hits[0];
    // Within a department the few items there are already narrowed down, so weaker evidence will do.
    const minScore = department ? MIN_SCORE_IN_DEPARTMENT : MIN_SCORE;
    if (!best || best.score < minScore || best.score / contentLength < MIN_COVERAGE) {
      if (department) {
        // The topic is not among the department's items: show what the department does have.
        const items = itemsOfDepartment(this.plan, department.department);
        return {
          kind: "list",
          query,
          items,
          reason: { type: "department", department: department.department },
        };
      }
      return { kind: "none", query, reason: "no_match", range: this.range };
    }
    const close = hits.filter((h) => h.score >= best.score * CLOSE_SHARE).slice(0, 5);
    // Two topics in one question (「ふるさと納税と滞納整理」): another item explains a part the best one does not.
    const explains = (h: TopicHit, run: string) => h.matched.some((p) => p.includes(run) || run.includes(p));
    // Short runs (DX, AI) appear inside too many phrases to count as a topic of their own.
    const unexplained = runs.filter((r) => r.length >= 3 && !explains(best, r));
    const other = hits.find(
      (h) =>
        !close.includes(h) &&
        h.score >= best.score * SECOND_TOPIC_SHARE &&
        unexplained.some((r) => explains(h, r)),
    );
    if (other && close.length < 5) close.push(other);
    const items = close.map((h) => this.plan.byNumber.get(h.id) as PlanItem);
    if (items.length === 1) return { kind: "item", query, item: items[0] as PlanItem };
    return { kind: "candidates", query, items };
  }

  private findDepartment(text: string): { department: Department; form: string } | null {
    let found: { department: Department; form: string } | null = null;
    for (const d of this.departments) {
      for (const form of d.forms) {
        if (!text.includes(form) || (found && form.length <= found.form.length)) continue;
        // 「病院機能評価」 is a topic that contains 病院, not a question about the hospital's department.
        const folded = fold(form);
        if (this.index.phrasesIn(fold(text)).some((p) => p.length > folded.length && p.includes(folded)))
          continue;
        found = { department: d.department, form };
      }
    }
    return found;
  }
}

/** The question's content words, folded, grouped into runs of adjacent words. */
export function contentRuns(text: string): string[] {
  const runs: string[] = [];
  let current = "";
  const flush = () => {
    // Okurigana and verb endings (差押え, 試した, 進んだ) are not part of the topic: a run with kanji, katakana or
    // Latin letters loses its trailing hiragana.
    let folded = fold(current);
    if (/[^\p{Script=Hiragana}ー]/u.test(fold(current.replace(/\p{Script=Hiragana}+$/u, "")))) {
      folded = fold(current.replace(/\p{Script=Hiragana}+$/u, ""));
    }
    // A single character names no topic (進 of 進んだ, 億 of 11億).
    if (folded.length >= 2) runs.push(folded);
    current = "";
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const token = segment.trim();
    if (!isWordLike || token === "" || STOP_TOKENS.has(token) || /^[0-9.,%]+$/.test(token)) {
      if (current) flush();
      continue;
    }
    // Latin and Japanese words typed together (eLTAX導入) are separate words.
    if (current && /[a-z0-9]$/i.test(current) !== /^[a-z0-9]/i.test(token)) flush();
    current += token;
  }
  if (current) flush();
  return runs.filter((r) => r.length > 0);
}

export function createAnswerer(plan: Plan): Answerer {
  return new Answerer(plan);
}
