/**
 * Answers as plain text: what the Slack reply says, without markup. Used by `npm run ask` and as the
 * fallback `text` of Slack messages (notifications, screen readers).
 */
import type { Answer, MentionedTerm, NotDoneStep } from "../ask/answer.ts";
import { fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { PlanItem } from "../plan/model.ts";
import type { PlanFile, Status } from "../plan/schema.ts";
import { STATUS_LABELS, unfinishedSentences, unfinishedWords } from "../plan/status.ts";
import { keyFigure, summarizeItem } from "./item-summary.ts";
import { PASSAGES_HEADING, passageLines, quotePassages } from "./passages.ts";

export const EXAMPLE_QUESTIONS = [
  "ふるさと納税の実績は?",
  "納税課の項目は?",
  "遅れている項目は?",
  "No.18",
] as const;

export const SLASH_USAGE: ReadonlyArray<{ command: string; does: string }> = [
  { command: "/plan 18", does: "番号で項目を表示" },
  { command: "/plan 納税課", does: "課の項目の一覧" },
  { command: "/plan 遅れ", does: "目標に届いていない項目の一覧（達成・順調・評価なし も使えます）" },
  { command: "/plan list", does: "全項目と状況" },
  { command: "/plan 報告 16", does: "項目の実績を報告する入力画面（記入担当課の担当者）" },
  { command: "/plan help", does: "この説明" },
];

export function itemLine(item: PlanItem): string {
  const figure = keyFigure(item);
  return `No.${item.number} ${item.title} … ${STATUS_LABELS[item.current.status]}${figure ? `（${figure}）` : ""}`;
}

export function itemText(item: PlanItem, meta: PlanFile): string {
  const s = summarizeItem(item, meta);
  const lines = [s.heading, `状況（${s.yearLabel}）: ${s.statusLabel}`];
  // For an unrated item the basis line says why; the reason line would say it twice.
  if (s.statusReason && item.current.basis !== "none") lines.push(`  ${s.statusReason}`);
  lines.push(`  状況の根拠: ${s.statusBasis}`);
  for (const c of s.caveats) lines.push(`  留意点（総評）: 「${c}」`);
  // The figures are in statusReason when they decide the status; otherwise they are listed after it.
  if (item.current.basis !== "figures") for (const m of s.measurements) lines.push(`  ${m}`);
  lines.push(`担当課: ${s.departments}`);
  for (const r of s.results) {
    if (r.figureLines) lines.push(`${r.label}:`, ...r.figureLines.map((l) => `  ${l}`));
    else lines.push(`${r.label}: ${r.text}`);
  }
  if (s.reviewExcerpt) lines.push(`総評: ${s.reviewExcerpt}`);
  for (const o of s.outlook) {
    if (o.figureLines) lines.push(`${o.label}:`, ...o.figureLines.map((l) => `  ${l}`));
    else lines.push(`${o.label}: ${o.text}`);
  }
  lines.push(s.source);
  return lines.join("\n");
}

export function helpText(): string {
  return [
    "第6次集中改革プランの21項目について、進み具合・目標・実績を答えます。",
    "質問の例:",
    ...EXAMPLE_QUESTIONS.map((q) => `・${q}`),
    "スラッシュコマンド:",
    ...SLASH_USAGE.map((u) => `・${u.command} … ${u.does}`),
  ].join("\n");
}

/**
 * The first line of a "none" answer. `quotedQuery` is the question as the reply may echo it (already escaped
 * for where it goes); without it the line speaks of 「この質問」.
 */
export function noneHeadline(
  answer: Extract<Answer, { kind: "none" }>,
  quotedQuery: string | null = null,
): string {
  const [first, last] = answer.range;
  switch (answer.reason) {
    case "out_of_range":
      return `No.${answer.number} という項目はありません。項目の番号は ${first}～${last} です。`;
    case "not_about_plan":
      return `${quotedQuery ? `「${quotedQuery}」は、` : "この質問は、"}改革プランの報告書に書かれていないこと（手続きや窓口のご案内、ほかの自治体のことなど）についての${quotedQuery ? "質問" : "もの"}のようです。このボットは大崎市 第6次集中改革プランの進み具合だけを答えます。手続きなどは担当課や市の公式ウェブサイトでご確認ください。`;
    case "no_match":
      return quotedQuery
        ? `「${quotedQuery}」に合う項目が第6次集中改革プランの中に見つかりませんでした。`
        : "第6次集中改革プランの中に、この質問に合う項目が見つかりませんでした。";
    case "thanks":
      return "どういたしまして。ほかにも知りたい項目があれば、いつでも聞いてください。";
    case "greeting":
      return "こんにちは。第6次集中改革プラン（21項目）の進み具合・目標・実績をお答えします。";
    case "year_without_figures":
      return `No.${answer.number} の数字は \`/plan ${answer.number}\` で見られます。`;
    case "not_japanese":
      return "このボットは日本語の質問にお答えします（This bot answers questions in Japanese.）。";
  }
}

/**
 * Small talk gets a short reply of its own, and so does a year without figures (its item is named); every other
 * "none" ends with what the bot can answer.
 */
export function noneWantsExamples(answer: Extract<Answer, { kind: "none" }>): boolean {
  return answer.reason !== "thanks" && answer.reason !== "year_without_figures";
}

/** What the bot can answer, with examples: the end of every "none". */
export const NONE_HINT = "項目の名前・課の名前・番号・状況（遅れ、達成 など）で聞いてみてください。例:";
export const NONE_EXAMPLES = EXAMPLE_QUESTIONS.slice(0, 3);

export function noneText(answer: Extract<Answer, { kind: "none" }>): string {
  if (!noneWantsExamples(answer)) return noneHeadline(answer);
  return [noneHeadline(answer), NONE_HINT, ...NONE_EXAMPLES.map((q) => `・${q}`)].join("\n");
}

/**
 * 「状況が「遅れ」の項目（令和5年度、7 件）」. Every heading of a status names the fiscal year the statuses are
 * for, so an answer is never read as being about another year.
 */
export function listHeading(answer: Extract<Answer, { kind: "list" }>, meta: PlanFile): string {
  const r = answer.reason;
  const count = `${answer.items.length} 件`;
  const year = fiscalYearLabel(meta.current_fiscal_year);
  if (r.type === "all")
    return r.excluded
      ? `${r.excluded.map((n) => `No.${n}`).join("・")} を除いた項目（${year}の状況、${count}）`
      : `第6次集中改革プランの全項目（${year}の状況、${count}）`;
  if (r.type === "titled") return `項目名に「${r.term}」が入っている項目（${year}の状況、${count}）`;
  if (r.type === "rated")
    return `達成率の${r.order === "high" ? "高い" : "低い"}順（${year}、達成率を出せる項目 ${count}）`;
  if (r.type === "numbers") return `${answer.items.map((i) => `No.${i.number}`).join("・")}（${year}の状況）`;
  if (r.type === "status") {
    const what = r.not
      ? `状況が「${STATUS_LABELS[r.status]}」ではない項目`
      : r.missedTarget
        ? `${r.missedTarget.inMoney ? "金額の" : ""}目標に届かなかった項目`
        : `状況が「${STATUS_LABELS[r.status]}」の項目`;
    // 「状況が「遅れ」の項目（令和5年度、7 件）と、総評に「できなかった」とある項目 1 件」: each group counted apart.
    const notDone = r.notDoneElsewhere?.length ?? 0;
    const clear = r.onTrackToo?.clear.length ?? 0;
    const also =
      notDone > 0
        ? `と、総評に「できなかった」とある項目 ${notDone} 件`
        : clear > 0
          ? `と、${CLEAR_GROUP} ${clear} 件`
          : "";
    const own = `${answer.items.length - notDone - clear} 件`;
    const { field, noneHas, excluded, within } = r.scope ?? {};
    const named = within ? numbersNamed(within) : "";
    if (within && noneHas)
      return `${named}（${count}）: ${year}に${what.replace(/項目$/, "もの")}はありません`;
    if (within) return `${named}のうち、${what}（${year}、${own}）${also}`;
    if (excluded)
      return `${excluded.map((n) => `No.${n}`).join("・")} を除いて、${what}（${year}、${own}）${also}`;
    if (field && noneHas)
      return `「${field}」に関係する項目（${count}）: ${year}に${what.replace(/項目$/, "もの")}はありません`;
    if (field) return `「${field}」に関係する項目のうち、${what}（${year}、${own}）${also}`;
    return `${what}（${year}、${own}）${also}`;
  }
  if (r.type === "unfinished") {
    const said = `総評に${unfinishedWords(r.says)}とある項目`;
    const of = r.departments ? `${r.departments.map((d) => d.name).join("・")}の担当のうち、` : "";
    return r.withBehind
      ? `${of}状況が「${STATUS_LABELS.behind}」の項目と、${said}（${year}、${count}）`
      : `${of}${said}（${year}、${count}）`;
  }
  const names = r.departments.map((d) => d.name).join("・");
  const notDone = r.notDoneElsewhere?.length ?? 0;
  if (r.status && notDone > 0)
    return `${names}の担当で状況が「${STATUS_LABELS[r.status]}」の項目（${year}、${answer.items.length - notDone} 件）と、総評に「できなかった」とある項目 ${notDone} 件`;
  if (r.status)
    return `${names}の担当で状況が「${STATUS_LABELS[r.status]}」${r.not ? "ではない" : "の"}項目（${year}、${count}）`;
  return `${names}が担当する項目（${count}、記入担当の項目が先）`;
}

/** 「No.9～No.13」 for a run of numbers, 「No.16・No.17」 otherwise. */
function numbersNamed(numbers: readonly number[]): string {
  const first = numbers[0] as number;
  const last = numbers.at(-1) as number;
  const run = numbers.length >= 3 && numbers.every((n, i) => n === first + i);
  return run ? `No.${first}～No.${last}` : numbers.map((n) => `No.${n}`).join("・");
}

/** 「報告書に「鹿島台」が出てくる項目（5 件）」: the heading of items offered because they mention a term. */
export function mentionsHeading(mentions: MentionedTerm, count: number): string {
  const also = mentions.alsoAs?.length
    ? `（${mentions.alsoAs.map((f) => `「${f}」`).join("・")}を含む）`
    : "";
  return `報告書に「${mentions.term}」${also}が出てくる項目（${count} 件）`;
}

/**
 * Under 「目標に届かなかった項目」, the items also behind for another reason, and those whose 総評 says a step was not
 * done (No.2), so that none is hidden:
 * 「ほかに No.14 も「遅れ」です（報告書が目標との比較ではなく、予定していた取組の遅れとして書いているため、…）。」
 */
export function otherBehindText(answer: Extract<Answer, { kind: "list" }>): string | null {
  const r = answer.reason;
  if (r.type !== "status" || !r.missedTarget) return null;
  const lines: string[] = [];
  if (r.missedTarget.alsoBehind.length > 0) {
    const numbers = r.missedTarget.alsoBehind.map((i) => `No.${i.number}`).join("・");
    lines.push(
      r.missedTarget.inMoney
        ? `ほかに ${numbers} も「${STATUS_LABELS.behind}」です（金額ではない目標に届かなかったか、予定していた取組の遅れのため、ここには含めていません）。`
        : `ほかに ${numbers} も「${STATUS_LABELS.behind}」です（報告書が目標との比較ではなく、予定していた取組の遅れとして書いているため、ここには含めていません）。`,
    );
  }
  // 「No.2 は状況が「順調」ですが、総評に「…できなかった…」とあります。」
  for (const notDone of r.missedTarget.notDone ?? []) lines.push(notDoneSentence(notDone, "とあります。"));
  return lines.length > 0 ? lines.join("\n") : null;
}

/** 「No.2 は状況が「順調」ですが、総評に「…」」 and how the sentence ends (`ending`): an item's status and its 総評's words. */
function notDoneSentence({ item, quote }: NotDoneStep, ending: string): string {
  return `No.${item.number} は状況が「${STATUS_LABELS[item.current.status]}」ですが、総評に「${quote}」${ending}`;
}

/** The second group of 「順調に進んでいる項目」: the items not rated, whose report tells of no delay (see onTrackList). */
const CLEAR_GROUP = "遅れの記載がない項目（評価なし）";

/** Under 「順調に進んでいる項目」, the items 順調 set aside (No.2) and why, in the report's words, and the items 達成 left out. */
export function setAsideText(answer: Extract<Answer, { kind: "list" }>): string | null {
  const r = answer.reason;
  if (r.type !== "status" || !r.onTrackToo) return null;
  const { setAside, achieved } = r.onTrackToo;
  const lines = setAside.map((n) => notDoneSentence(n, "とあるので、ここには含めていません。"));
  if (achieved.length > 0)
    lines.push(
      `状況が「${STATUS_LABELS.achieved}」の ${achieved.map((i) => `No.${i.number}`).join("・")} も、遅れの記載はありません（この一覧には含めていません）。`,
    );
  return lines.length > 0 ? lines.join("\n") : null;
}

/**
 * Under 「遅れている項目」, why each item of another status is listed: its 総評 says a step of the year was not done
 * (「No.2 は状況が「順調」ですが、総評に「…できなかったため，…」とあります。」).
 */
export function notDoneElsewhereText(answer: Extract<Answer, { kind: "list" }>): string | null {
  const r = answer.reason;
  if ((r.type !== "status" && r.type !== "department") || !r.notDoneElsewhere?.length) return null;
  return r.notDoneElsewhere.map((n) => notDoneSentence(n, "とあります。")).join("\n");
}

/**
 * Under a list of items whose 総評 says a step was not done, the sentences that say so, as the report writes
 * them: the list rests on the report's words, and they are what the asker wants to read.
 */
export function unfinishedText(answer: Extract<Answer, { kind: "list" }>, meta: PlanFile): string | null {
  const r = answer.reason;
  if (r.type !== "unfinished") return null;
  const lines = answer.items.flatMap((i) =>
    unfinishedSentences(i, meta.current_fiscal_year, r.says).map((s) => `・No.${i.number}「${s}」`),
  );
  return lines.length > 0
    ? [`総評の記述（${fiscalYearLabel(meta.current_fiscal_year)}）:`, ...lines].join("\n")
    : null;
}

/** What to say when a list is empty: 「経営管理課（上下水道部）の担当項目に「遅れ」はありません。」 */
export function emptyListText(answer: Extract<Answer, { kind: "list" }>): string {
  const r = answer.reason;
  if (r.type === "department" && r.status) {
    return `${r.departments.map((d) => d.name).join("・")}の担当項目に「${STATUS_LABELS[r.status]}」はありません。`;
  }
  if (r.type === "status") return `状況が「${STATUS_LABELS[r.status]}」の項目はありません。`;
  if (r.type === "unfinished") return `総評に${unfinishedWords(r.says)}とある項目はありません。`;
  return "該当する項目はありません。";
}

/**
 * A list in the groups it is shown in: a department's list first the items it writes the report for
 * (記入担当), then those it is named in (関係課); any other list is one group.
 */
export function listGroups(
  answer: Extract<Answer, { kind: "list" }>,
): { title: string | null; items: PlanItem[] }[] {
  const r = answer.reason;
  // 「順調に進んでる項目」: the items 順調, then those not rated.
  if (r.type === "status" && r.onTrackToo?.clear.length)
    return statusThenOthers(answer.items, r.status, r.onTrackToo.clear, CLEAR_GROUP);
  // 「遅れている項目」: the items behind, then those of another status whose 総評 says a step was not done.
  if ((r.type === "status" || r.type === "department") && r.notDoneElsewhere?.length)
    return statusThenOthers(
      answer.items,
      r.status ?? "behind",
      r.notDoneElsewhere.map((n) => n.item),
      "総評に「できなかった」とある項目",
    );
  if (r.type !== "department") return [{ title: null, items: answer.items }];
  const leads = new Set(r.departments.flatMap((d) => d.leadOf));
  const lead = answer.items.filter((i) => leads.has(i.number));
  const related = answer.items.filter((i) => !leads.has(i.number));
  if (related.length === 0 || lead.length === 0) return [{ title: null, items: answer.items }];
  return [
    { title: "記入担当の項目", items: lead },
    { title: "関係課として名前がある項目", items: related },
  ];
}

/** A list's items of `status` first, under its heading, then the `others` under `othersTitle`; empty groups left out. */
function statusThenOthers(
  items: readonly PlanItem[],
  status: Status,
  others: readonly PlanItem[],
  othersTitle: string,
): { title: string | null; items: PlanItem[] }[] {
  const apart = new Set(others);
  return [
    { title: `状況が「${STATUS_LABELS[status]}」の項目`, items: items.filter((i) => !apart.has(i)) },
    { title: othersTitle, items: items.filter((i) => apart.has(i)) },
  ].filter((g) => g.items.length > 0);
}

export function answerText(answer: Answer, meta: PlanFile): string {
  const body = answerBodyText(answer, meta);
  return answer.note ? `※ ${answer.note}\n${body}` : body;
}

function answerBodyText(answer: Answer, meta: PlanFile): string {
  switch (answer.kind) {
    case "help":
      return helpText();
    case "item": {
      const card = itemText(answer.item, meta);
      if (!answer.passages?.length) return card;
      // The sentences that answer the question come first: a figure asked for is in the first lines.
      const quoted = passageLines(quotePassages(answer.passages));
      return [`${PASSAGES_HEADING}:`, ...quoted, "", card].join("\n");
    }
    case "list": {
      const groups = listGroups(answer);
      return [
        listHeading(answer, meta),
        ...groups.flatMap((g) => [...(g.title ? [`【${g.title}】`] : []), ...g.items.map(itemLine)]),
        answer.items.length === 0 ? emptyListText(answer) : "",
        otherBehindText(answer) ?? "",
        notDoneElsewhereText(answer) ?? "",
        setAsideText(answer) ?? "",
        unfinishedText(answer, meta) ?? "",
      ]
        .filter(Boolean)
        .join("\n");
    }
    case "candidates":
      if (answer.mentions) {
        return [
          mentionsHeading(answer.mentions, answer.items.length),
          ...answer.items.map(itemLine),
          `番号で詳しく聞けます（例: No.${answer.items[0]?.number ?? 18}）。`,
        ].join("\n");
      }
      return ["もしかして:", ...answer.items.map(itemLine), "番号で聞き直してください（例: No.18）。"].join(
        "\n",
      );
    case "none":
      return noneText(answer);
  }
}
