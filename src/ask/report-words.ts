/**
 * A question in the report's own words, before it is matched: everyday phrases the report never writes (外注 →
 * アウトソーシング, see EVERYDAY_WORDS and EVERYDAY_PARAPHRASES), katakana words typed in hiragana (れじりえんす →
 * レジリエンス) and abbreviations of kanji names (新採研修 → 新規採用職員研修). Each table is made from the loaded plan
 * when first needed, so a plan whose report writes an everyday word itself keeps it.
 */
import type { Plan, PlanItem } from "../plan/model.ts";
import { escapeRegExp } from "../text/regexp.ts";
import { EVERYDAY_PARAPHRASES } from "./everyday-paraphrases.ts";
import type { PassageIndex } from "./passage-index.ts";
import { EVERYDAY_WORDS, PLAN_CONTEXT, SERVICE_INTENT } from "./patterns.ts";
import { TERM_READINGS } from "./term-readings.ts";
import { fold, normalize, toHiragana } from "./text.ts";

/** The plan's own sentences: titles, objectives, measures (主な取組内容), activities, 総評 and effect rows. */
export function planSentences(plan: Plan): string[] {
  return plan.items.flatMap(itemSentences);
}

/** One item's sentences, as planSentences gives them. */
export function itemSentences(i: PlanItem): string[] {
  return [
    i.title,
    i.objective,
    ...i.measures,
    ...i.activities.flatMap((a) => a.entries),
    ...i.reviews.flatMap((r) => r.sections.flatMap((s) => s.entries)),
    ...i.effects.map((e) => e.text),
  ];
}

/** A godan verb's last kana, and the kana its stem ends in before ます, て and た (減らす: 減らし; 払う: 払い, 払っ). */
const GODAN_STEMS: Record<string, string[]> = {
  す: ["し"],
  く: ["き", "い"],
  ぐ: ["ぎ", "い"],
  む: ["み", "ん"],
  ぶ: ["び", "ん"],
  う: ["い", "っ"],
  つ: ["ち", "っ"],
};

/**
 * An everyday phrase ending in a verb, with the verb's stems as well (「施設を減らす」: 「施設を減らしていく」 and
 * 「施設を減らした」 say it too). Only a verb written with kanji (減らす, 払う), never a phrase of kana alone; る is left
 * out, since it ends ichidan verbs as well (見る: 見て), whose stem would be a word of its own.
 */
function conjugated(phrase: string): string[] {
  const m = /^(.*\p{Script=Han}\p{Script=Hiragana}{0,2})([すくぐむぶうつ])$/u.exec(phrase);
  if (!m || [...phrase].length < 4) return [phrase];
  return [phrase, ...(GODAN_STEMS[m[2] as string] ?? []).map((stem) => `${m[1]}${stem}`)];
}

/** The vowel a long-vowel mark after a hiragana stands for (てーいん: ていいん, こーほー: こうほう). */
const LONG_VOWEL: Readonly<Record<string, string>> = { a: "あ", i: "い", u: "う", e: "い", o: "う" };
const KANA_VOWELS: ReadonlyArray<readonly [string, RegExp]> = [
  ["a", /[あかさたなはまやらわがざだばぱゃぁ]/u],
  ["i", /[いきしちにひみりぎじぢびぴぃ]/u],
  ["u", /[うくすつぬふむゆるぐずづぶぷゅぅ]/u],
  ["e", /[えけせてねへめれげぜでべぺぇ]/u],
  ["o", /[おこそとのほもよろをごぞどぼぽょぉ]/u],
];

/** 「てーいん」 as 「ていいん」: a long-vowel mark typed after hiragana, spelled out as kana readings write it. */
function withLongVowelsSpelled(text: string): string {
  if (!text.includes("ー")) return text;
  return text.replace(/(\p{Script=Hiragana})ー/gu, (both, kana: string) => {
    const vowel = KANA_VOWELS.find(([, row]) => row.test(kana))?.[0];
    return vowel ? kana + LONG_VOWEL[vowel] : both;
  });
}

/** Words as typed in kana, by their first two characters, longest first: what the written form replaces. */
type KanaTable = Map<string, { typed: string; written: string }[]>;

function kanaTable(words: readonly { typed: string; written: string }[]): KanaTable {
  const table: KanaTable = new Map();
  for (const w of words) {
    const key = w.typed.slice(0, 2);
    table.set(key, [...(table.get(key) ?? []), w]);
  }
  for (const list of table.values()) list.sort((a, b) => b.typed.length - a.typed.length);
  return table;
}

/** A run of kana with every word of the table in it written as the table writes it, the longest at each place. */
function readAs(run: string, table: KanaTable): string {
  let out = "";
  for (let i = 0; i < run.length; ) {
    const found = table.get(run.slice(i, i + 2))?.find((w) => run.startsWith(w.typed, i));
    out += found ? found.written : run[i];
    i += found ? found.typed.length : 1;
  }
  return out;
}

/**
 * A clause of kana alone, between the start or end and punctuation or a space: four or more, then at most what asks of
 * it (は, って, の件で, のやつ, 関係).
 */
const CLAUSE_OF_KANA =
  /(?<=^|[\s、。,，!！?？])(\p{Script=Hiragana}{4,}?)(?:は|って|の件で?|について|の(?:こと|話|やつ)|関係|関連)?(?=$|[\s、。,，!！?？])/gu;

export class ReportWords {
  /** Names of items written in kanji alone, by their first character (see expandAbbreviations). */
  private namesByFirst: Map<string, string[]> | undefined;

  constructor(
    private readonly plan: Plan,
    private readonly passages: PassageIndex,
    /** All of the plan's own text, folded (see planSentences). */
    private readonly planText: string,
  ) {}

  /** The everyday words this plan's report never writes, and its own word for each (see EVERYDAY_WORDS). */
  private everyday: EverydayTable | undefined;

  /** The plan's katakana words of four or more characters, as typed in hiragana (see inKatakana). */
  private katakanaWords: KanaTable | undefined;

  /**
   * 「れじりえんす研修」 as 「レジリエンス研修」: a katakana word of the report typed in hiragana, which word
   * segmentation would break into pieces of no meaning. Only words of four or more characters that the report
   * writes in katakana, so that no ordinary hiragana is read as one.
   */
  inKatakana(text: string): string {
    if (!/[\p{Script=Hiragana}ー]{4}/u.test(text)) return text;
    if (!this.katakanaWords) {
      const words: { typed: string; written: string }[] = [];
      const seen = new Set<string>();
      for (const sentence of planSentences(this.plan))
        for (const [word] of normalize(sentence).matchAll(/[\p{Script=Katakana}ー]{4,}/gu)) {
          const hiragana = toHiragana(word);
          if (seen.has(hiragana)) continue;
          seen.add(hiragana);
          words.push({ typed: hiragana, written: word });
        }
      this.katakanaWords = kanaTable(words);
    }
    return text.replace(/[\p{Script=Hiragana}ー]{4,}/gu, (run) =>
      readAs(run, this.katakanaWords as KanaTable),
    );
  }

  /** Readings of the report's kanji terms (see inKanji), and of every term the report writes. */
  private readings: KanaTable | undefined;
  private termReadings: KanaTable | undefined;

  /**
   * 「しゅうかいしせつのじょうよ」 as 「集会施設の譲与」: kanji terms of the report typed in kana and left unconverted,
   * read back from TERM_READINGS, longest first, where the report writes the term and not the kana.
   */
  inKanji(text: string): string {
    const spelled = withLongVowelsSpelled(text);
    if (!/\p{Script=Hiragana}{2}/u.test(spelled)) return text;
    if (!this.readings || !this.termReadings) {
      // A term of a table (市営住宅 of No.17's 債権別の実績) is the report's too.
      const written = TERM_READINGS.filter(
        ([, term]) => this.reportWrites(term) || this.sentencesHold(term),
      ).map(([reading, term]) => ({
        typed: reading,
        written: normalize(term),
      }));
      // Whole readings are read back only where the report does not write the kana itself; a term's head typed in
      // kana is read from every term the report writes (たいのうせいり is No.16's alias, たいのう整理 is not).
      // Nor the head of one whose kana the report writes (たいのう of たいのうせいり, No.16's alias): read back, the head
      // would split the written kana (滞納せいり).
      const writtenKana = written.map((w) => w.typed).filter((typed) => this.reportWrites(typed));
      this.readings = kanaTable(
        written.filter((w) => !this.reportWrites(w.typed) && !writtenKana.some((k) => k.startsWith(w.typed))),
      );
      this.termReadings = kanaTable(written);
    }
    const table = this.readings;
    const terms = this.termReadings;
    // 「たいのう」「お疲れ様です。たいのうの件で」: a clause that is a term's whole reading and nothing else is that term,
    // even where the report writes a longer kana with it at its head (たいのうせいり): nothing after it is to split.
    const wholes = spelled.replace(CLAUSE_OF_KANA, (clause: string, kana: string) => {
      const term = terms.get(kana.slice(0, 2))?.find((w) => w.typed === kana);
      return term ? term.written + clause.slice(kana.length) : clause;
    });
    if (wholes !== spelled) return wholes;
    const read = spelled
      .replace(/[\p{Script=Hiragana}\p{Script=Katakana}ー]{4,}/gu, (run) => readAs(run, table))
      // 「たいのう整理」「ていいん管理」: the head of a term typed in kana and its tail in kanji. The kana must begin
      // the term's reading, and the kanji typed after it must be the rest of the term, whole.
      .replace(
        /(\p{Script=Hiragana}{2,})(\p{Script=Han}+)/gu,
        (both, kana: string, kanji: string, at: number) => {
          const head = (typed: string): string | null => {
            for (const w of terms.get(typed.slice(0, 2)) ?? []) {
              if (!w.typed.startsWith(typed)) continue;
              // 「たいのう関係」: the kana are a whole term's reading, and the kanji another word.
              if (w.typed === typed) return w.written + kanji;
              for (let h = 1; h < w.written.length; h++) {
                const tail = w.written.slice(h);
                if (kanji.startsWith(tail) && typed.length <= w.typed.length - tail.length)
                  return w.written.slice(0, h) + kanji;
              }
            }
            return null;
          };
          const read = head(kana);
          if (read !== null) return read;
          // 「大崎市のじんざい育成」「うちのていいん管理」: a particle after a word is no part of the kana typed for a term.
          const particle =
            /^[のをがはにでもと]/u.test(kana) &&
            at > 0 &&
            /[^\p{Script=Hiragana}]/u.test(spelled[at - 1] ?? "");
          const after = particle && kana.length >= 4 ? head(kana.slice(1)) : null;
          return after === null ? both : kana[0] + after;
        },
      );
    // A long-vowel mark stays as typed where no term was read from it (すごーい).
    return read === spelled ? text : read;
  }

  /**
   * 「ほうかつ」 typed for part of 包括業務委託, 包括連携協定 and 地域包括ケア病床: the terms the report writes whose
   * reading holds the kana. Only kana of four or more characters, as for whole readings (see TERM_READINGS).
   */
  termsReading(kana: string): string[] {
    if (!/^\p{Script=Hiragana}{4,}$/u.test(kana)) return [];
    return TERM_READINGS.filter(([reading, term]) => reading.includes(kana) && this.reportWrites(term)).map(
      ([, term]) => normalize(term),
    );
  }

  /** 「市税を払っていない人」 as 「市税を滞納人」: the report's own word, which its text can be searched for. */
  inReportWords(text: string): string {
    // Longest phrase first: 「払っていない人」 is read before 「払っていない」 would be.
    this.everyday ??= everydayTable(
      [...EVERYDAY_WORDS, ...EVERYDAY_PARAPHRASES]
        .filter(({ report }) => this.reportWrites(report))
        .flatMap(({ everyday, report }) =>
          everyday
            .flatMap(conjugated)
            .filter((w) => !this.reportWrites(w))
            .map((w) => ({ phrase: normalize(w), report: normalize(report) })),
        )
        .sort((a, b) => b.phrase.length - a.phrase.length),
    );
    const { entries, byFirst, marked } = this.everyday;
    // Only the phrases that start with a character of the text are tried (a few of the hundreds), in the table's
    // order; a replacement brings its own characters, and the phrases after it that start with one are tried too.
    const mark = (code: number, after: number) => {
      for (const k of byFirst.get(code) ?? []) if (k > after) marked[k] = 1;
    };
    for (let i = 0; i < text.length; i++) mark(text.charCodeAt(i), -1);
    // 「使用料など」 as 「使用料等」: the report's 等 after a word, typed as など.
    let out = text.includes("など")
      ? text.replace(/([\p{Script=Han}\p{Script=Katakana}ー]{2,})など/gu, (both, word: string) =>
          this.reportWrites(`${word}等`) ? `${word}等` : both,
        )
      : text;
    for (let k = 0; k < entries.length; k++) {
      if (marked[k] === 0) continue;
      marked[k] = 0;
      const { phrase, report } = entries[k] as { phrase: string; report: string };
      if (!out.includes(phrase)) continue;
      // 「旧消防署の跡地」: 消防署の跡地 reads 旧消防庁舎跡地, and the 旧 typed before it is that word's own, not a
      // second one (旧旧消防庁舎跡地 is no word of the report).
      const prefix = /^[旧新元前]/u.exec(report)?.[0];
      const before = out;
      if (prefix !== undefined) out = out.split(`${prefix}${phrase}`).join(phrase);
      // 「市の広報」 is not in 「大崎市の広報おおさき」: a phrase that starts with one kanji and の starts a word only
      // where no kanji stands before it (大崎市 is the city's name, 市 alone the city).
      out = SINGLE_KANJI_OF.test(phrase)
        ? out.replace(new RegExp(`(?<!\\p{Script=Han})${escapeRegExp(phrase)}`, "gu"), report)
        : out.split(phrase).join(report);
      // 「コンビニで払いたい」「友だち登録の仕方」: the everyday phrase is part of the asker's own wish or how-to
      // (払いたい, 登録の仕方), a counter's question. Read as the report's word (コンビニ収納たい, ユーザー拡大の仕方),
      // the question would lose what makes it one and ask the plan's topic instead. Not when the question names
      // the plan (「払えるアプリを増やしたやつってどの項目」): service words are dropped there, and the phrase is the topic.
      if (SERVICE_INTENT.test(before) && !SERVICE_INTENT.test(out) && !PLAN_CONTEXT.test(before)) {
        out = before;
        continue;
      }
      for (let i = 0; i < report.length; i++) mark(report.charCodeAt(i), k);
    }
    return out;
  }

  /**
   * 「民間の企業」 as 「民間企業」, 「公共の施設」 as 「公共施設」, 「給与を差押」 as 「給与差押」: two kanji words joined by
   * の or を that the report writes as one compound, and never with the particle. Searched as typed, the compound's own
   * sentences would not be found. Of each side the longest part that makes a compound of the report is joined (民間の
   * 企業と → 民間企業と).
   */
  joinedCompounds(text: string): string {
    if (!/\p{Script=Han}[のを]\p{Script=Han}/u.test(text)) return text;
    return text.replace(
      /(\p{Script=Han}{2,6})([のを])(\p{Script=Han}{1,6})/gu,
      (whole, before: string, particle: string, after: string, at: number, all: string) => {
        // 「公の施設の数」: the word before の ends a phrase the report writes with の itself (公の施設), and is not
        // joined away from it (施設数 is No.15's 対象施設数, not a count of 公の施設).
        const ahead = /(\p{Script=Han}{1,4})の$/u.exec(all.slice(0, at))?.[1];
        if (ahead !== undefined && this.sentencesHold(`${ahead}の${before}`)) return whole;
        // 「職員の数」「寄附の額」: one kanji after の joins when it counts (職員数, 寄附額); others say too little.
        const least = /^[数額率]/u.test(after) ? 1 : 2;
        for (let a = 0; a + 2 <= before.length; a++) {
          const left = before.slice(a);
          for (let b = after.length; b >= least; b--) {
            const right = after.slice(0, b);
            if (this.sentencesHold(left + right) && !this.sentencesHold(`${left}${particle}${right}`))
              return `${before.slice(0, a)}${left}${right}${after.slice(b)}`;
          }
        }
        return whole;
      },
    );
  }

  /**
   * Whether an item's sentences hold a phrase (a table's row too), looked up in the index: reportWrites reads the
   * whole plan's text, which grows with the plan and leaves out tables, and joinedCompounds tries up to a few dozen
   * phrases per question.
   */
  private sentencesHold(word: string): boolean {
    return this.passages.anyContains(fold(word));
  }

  /** Every item's aliases and keywords, folded (see reportWrites). */
  private givenNames: Set<string> | undefined;

  /**
   * Whether the plan writes a word: in the report's sentences (its bigrams first, a look-up each; the text only
   * when they are all there), or as a whole alias or keyword the data gives an item (人材育成 is the secretariat's
   * name for No.8, not to be read as another word).
   */
  private reportWrites(word: string): boolean {
    const folded = fold(word);
    this.givenNames ??= new Set(this.plan.items.flatMap((i) => [...i.aliases, ...i.keywords].map(fold)));
    return (
      this.givenNames.has(folded) || (this.passages.mayContain(folded) && this.planText.includes(folded))
    );
  }

  /**
   * Abbreviations staff make by keeping the first kanji of each word (新採研修 for 新規採用職員研修): a run of
   * kanji with a bigram the report never writes, read as the one title, alias or keyword of the plan that starts with its first
   * character, ends with its last and holds the rest in order. Two such names, or none, and it stays as typed.
   */
  expandAbbreviations(text: string): string {
    if (!/\p{Script=Han}{3}/u.test(text)) return text;
    return text.replace(/\p{Script=Han}{3,6}/gu, (run) => {
      if (this.passages.mayContain(run)) return run;
      this.namesByFirst ??= this.groupNamesByFirst();
      const chars = [...run];
      const last = chars[chars.length - 1] as string;
      const found = new Set(
        (this.namesByFirst.get(chars[0] as string) ?? []).filter(
          (name) => name.length > run.length && name.endsWith(last) && holdsInOrder(name, chars),
        ),
      );
      return found.size === 1 ? ([...found][0] as string) : run;
    });
  }

  private groupNamesByFirst(): Map<string, string[]> {
    const byFirst = new Map<string, string[]>();
    for (const item of this.plan.items) {
      for (const name of [item.title, ...item.aliases, ...item.keywords]) {
        const n = normalize(name).replace(/\s+/g, "");
        if (!/^\p{Script=Han}+$/u.test(n)) continue;
        const first = [...n][0] as string;
        const list = byFirst.get(first) ?? [];
        list.push(n);
        byFirst.set(first, list);
      }
    }
    return byFirst;
  }
}

/** The everyday phrases in the order they are read, and where each starts (see ReportWords.inReportWords). */
interface EverydayTable {
  entries: { phrase: string; report: string }[];
  /** Positions in entries by the phrase's first character (UTF-16 unit), ascending. */
  byFirst: Map<number, number[]>;
  /** Scratch: 1 for the entries still to try for one text, all 0 between texts. */
  marked: Uint8Array;
}

function everydayTable(entries: { phrase: string; report: string }[]): EverydayTable {
  const byFirst = new Map<number, number[]>();
  entries.forEach(({ phrase }, k) => {
    // An empty phrase (the tables have none) is never tried: it is in every text, and splitting by it would put
    // the report's word between every two characters.
    if (phrase === "") return;
    const code = phrase.charCodeAt(0);
    const list = byFirst.get(code);
    if (list) list.push(k);
    else byFirst.set(code, [k]);
  });
  return { entries, byFirst, marked: new Uint8Array(entries.length) };
}

/** Whether `text` holds `chars` in that order, others between them allowed. */
function holdsInOrder(text: string, chars: readonly string[]): boolean {
  let at = 0;
  for (const ch of chars) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** An everyday phrase that starts with one kanji and の (市の広報): see inReportWords. */
const SINGLE_KANJI_OF = /^\p{Script=Han}の/u;
