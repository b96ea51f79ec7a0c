/**
 * The topic search: which items a question's words point at, and how strongly.
 *
 * Each item contributes phrases (title, aliases, keywords) in folded form. A question's content is matched
 * against them three ways, strongest first: a whole phrase inside the question (「ふるさと納税の実績」 contains
 * the alias ふるさと納税), a run of the question's words inside a phrase (マイナンバー inside マイナンバーカードの利用拡大),
 * and, for runs of four characters or more, a near match by fuse.js that forgives a typo. Scores count matched
 * characters, so they can be compared with the length of the question's content: a question whose content is
 * mostly unexplained by any item is not about the plan.
 *
 * A bigram index narrows the phrases before fuse.js runs, so that the cost grows with the phrases that share
 * characters with the question, not with the size of the plan.
 */
import Fuse from "fuse.js";
import { fold } from "./text.ts";

export interface TopicDocument {
  id: number;
  title: string;
  aliases: readonly string[];
  keywords: readonly string[];
  /** The item's own short texts that name what it does: measures, schedule rows, figure labels. */
  body: readonly string[];
}

interface Phrase {
  id: number;
  text: string;
  weight: number;
}

export interface TopicHit {
  id: number;
  /** Matched characters of the question's content, weighted by the kind of phrase. */
  score: number;
  /** The phrases that matched, folded, for explaining a match in tests and logs. */
  matched: string[];
}

/**
 * The title and aliases say what an item is; keywords and body phrases only that it mentions something, so a
 * word in one item's title beats the same word in another item's keywords.
 */
const WEIGHT = { title: 1, alias: 1, keyword: 0.75, body: 0.7 } as const;
/** fuse.js score cut-off: about one wrong character in four (see shared/notes/japanese-search.md). */
const FUZZY_THRESHOLD = 0.26;
const FUZZY_MIN_LENGTH = 4;

function bigrams(text: string): string[] {
  if (text.length < 2) return text ? [text] : [];
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++) out.push(text.slice(i, i + 2));
  return out;
}

export class TopicIndex {
  private readonly phrases: Phrase[] = [];
  private readonly byBigram = new Map<string, number[]>();

  constructor(documents: readonly TopicDocument[]) {
    const seen = new Set<string>();
    const add = (id: number, raw: string, weight: number) => {
      const text = fold(raw);
      const key = `${id}\u0000${text}`;
      if (text.length < 2 || seen.has(key)) return;
      seen.add(key);
      const index = this.phrases.push({ id, text, weight }) - 1;
      for (const g of new Set(bigrams(text))) {
        const list = this.byBigram.get(g);
        if (list) list.push(index);
        else this.byBigram.set(g, [index]);
      }
    };
    for (const d of documents) {
      add(d.id, d.title, WEIGHT.title);
      for (const a of d.aliases) add(d.id, a, WEIGHT.alias);
      for (const k of d.keywords) add(d.id, k, WEIGHT.keyword);
      for (const b of d.body) add(d.id, b, WEIGHT.body);
    }
  }

  /** Whether any phrase of any document contains `folded` (a place name the plan mentions, say). */
  mentions(folded: string): boolean {
    return this.candidatesFor(folded).some((p) => p.text.includes(folded));
  }

  /** The phrases that occur whole in `folded`. */
  phrasesIn(folded: string): string[] {
    return this.candidatesFor(folded)
      .filter((p) => folded.includes(p.text))
      .map((p) => p.text);
  }

  private candidatesFor(folded: string): Phrase[] {
    const idx = new Set<number>();
    for (const g of new Set(bigrams(folded))) for (const i of this.byBigram.get(g) ?? []) idx.add(i);
    return [...idx].map((i) => this.phrases[i] as Phrase);
  }

  /**
   * Scores documents for a question given as its folded whole (`full`) and its content runs (`runs`, folded,
   * question words removed). Returns hits sorted best first.
   */
  search(full: string, runs: readonly string[]): TopicHit[] {
    const candidates = this.candidatesFor(full);
    if (candidates.length === 0) return [];

    // Per document, the best evidence for each run, and whole phrases found in the question.
    const perDoc = new Map<
      number,
      { runScores: Map<string, number>; phraseScore: number; matched: Set<string> }
    >();
    const entry = (id: number) => {
      let e = perDoc.get(id);
      if (!e) {
        e = { runScores: new Map(), phraseScore: 0, matched: new Set() };
        perDoc.set(id, e);
      }
      return e;
    };

    for (const p of candidates) {
      if (full.includes(p.text)) {
        const e = entry(p.id);
        e.phraseScore = Math.max(e.phraseScore, p.text.length * p.weight);
        e.matched.add(p.text);
      }
      for (const run of runs) {
        if (run.length >= 2 && p.text.includes(run)) {
          const e = entry(p.id);
          // A word inside a longer phrase is weaker evidence than the phrase itself: 議会 is in まちづくり協議会
          // without being about it.
          const partial = (run.length / p.text.length) ** 0.25;
          e.runScores.set(run, Math.max(e.runScores.get(run) ?? 0, run.length * p.weight * partial));
          e.matched.add(p.text);
        }
      }
    }

    const fuzzyRuns = runs.filter((r) => r.length >= FUZZY_MIN_LENGTH);
    if (fuzzyRuns.length > 0) {
      const fuse = new Fuse(candidates, {
        keys: ["text"],
        includeScore: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        threshold: FUZZY_THRESHOLD,
        minMatchCharLength: 2,
      });
      for (const run of fuzzyRuns) {
        // fuse.js cuts patterns over 32 characters into chunks and averages them; runs that long are
        // sentences, not topics, and are left to the exact checks above.
        if (run.length > 32) continue;
        for (const r of fuse.search(run)) {
          const e = entry(r.item.id);
          // Each edit costs twice its share: a near match must stay well behind an exact one.
          const s = run.length * (1 - 2 * (r.score ?? 1)) * r.item.weight;
          if (s > (e.runScores.get(run) ?? 0)) {
            e.runScores.set(run, s);
            e.matched.add(r.item.text);
          }
        }
      }
    }

    const hits: TopicHit[] = [];
    for (const [id, e] of perDoc) {
      const runTotal = [...e.runScores.values()].reduce((a, b) => a + b, 0);
      hits.push({ id, score: Math.max(e.phraseScore, runTotal), matched: [...e.matched] });
    }
    return hits.sort((a, b) => b.score - a.score || a.id - b.id);
  }
}
