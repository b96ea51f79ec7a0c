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
  /** How many distinct bigrams the text has. */
  grams: number;
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
const FUZZY_MAX_CANDIDATES = 200;

function bigrams(text: string): string[] {
  if (text.length < 2) return text ? [text] : [];
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++) out.push(text.slice(i, i + 2));
  return out;
}

export class TopicIndex {
  private readonly phrases: Phrase[] = [];
  private readonly byBigram = new Map<string, number[]>();
  /**
   * Scratch for counting shared bigrams per phrase: a typed array indexed by phrase and the list of phrases
   * touched, reset after each count. A Map holding millions of entries for a large plan made each question's
   * cost grow faster than the plan (issue 14).
   */
  private counts = new Uint32Array(0);
  private readonly touched: number[] = [];

  constructor(documents: readonly TopicDocument[]) {
    const seen = new Set<string>();
    const add = (id: number, raw: string, weight: number) => {
      const text = fold(raw);
      const key = `${id}\u0000${text}`;
      if (text.length < 2 || seen.has(key)) return;
      seen.add(key);
      const index = this.phrases.push({ id, text, weight, grams: new Set(bigrams(text)).size }) - 1;
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

  /** The phrases that occur whole in `folded`. */
  phrasesIn(folded: string): string[] {
    return this.candidatesFor(folded)
      .filter((p) => folded.includes(p.text))
      .map((p) => p.text);
  }

  private candidatesFor(folded: string): Phrase[] {
    return this.sharedBigrams(folded).ids.map((i) => this.phrases[i] as Phrase);
  }

  /**
   * Scores documents for a question given as its folded whole (`full`) and its content runs (`runs`, folded,
   * question words removed). Returns hits sorted best first.
   */
  search(full: string, runs: readonly string[]): TopicHit[] {
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
    const setRun = (p: Phrase, run: string, score: number) => {
      const e = entry(p.id);
      if (score > (e.runScores.get(run) ?? 0)) {
        e.runScores.set(run, score);
        e.matched.add(p.text);
      }
    };

    // A phrase can only lie inside the question if every one of its bigrams does.
    const inFull = this.sharedBigrams(full);
    for (let k = 0; k < inFull.ids.length; k++) {
      const p = this.phrases[inFull.ids[k] as number] as Phrase;
      const shared = inFull.shared[k] as number;
      if (shared === p.grams && full.includes(p.text)) {
        const e = entry(p.id);
        e.phraseScore = Math.max(e.phraseScore, p.text.length * p.weight);
        e.matched.add(p.text);
      }
    }

    for (const run of runs) {
      if (run.length < 2) continue;
      const runGrams = new Set(bigrams(run)).size;
      // Each edit breaks at most two bigrams: fewer shared than this cannot be a near match.
      const minShared = Math.max(1, runGrams - 2 * Math.floor(run.length * FUZZY_THRESHOLD));
      const near: { phrase: Phrase; shared: number }[] = [];
      const inRun = this.sharedBigrams(run);
      for (let k = 0; k < inRun.ids.length; k++) {
        const p = this.phrases[inRun.ids[k] as number] as Phrase;
        const shared = inRun.shared[k] as number;
        if (shared === runGrams && p.text.includes(run)) {
          // A word inside a longer phrase is weaker evidence than the phrase itself: 議会 is in まちづくり協議会
          // without being about it.
          setRun(p, run, run.length * p.weight * (run.length / p.text.length) ** 0.25);
        } else if (shared >= minShared) {
          near.push({ phrase: p, shared });
        }
      }
      // fuse.js cuts patterns over 32 characters into chunks and averages them; runs that long are sentences,
      // not topics, and are left to the exact checks above.
      if (run.length < FUZZY_MIN_LENGTH || run.length > 32 || near.length === 0) continue;
      // In a large plan a short run shares a bigram with thousands of phrases; the near matches are among those
      // sharing the most, so only those go to fuse.js.
      const closest = near
        .sort((a, b) => b.shared - a.shared)
        .slice(0, FUZZY_MAX_CANDIDATES)
        .map((n) => n.phrase);
      const fuse = new Fuse(closest, {
        keys: ["text"],
        includeScore: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        threshold: FUZZY_THRESHOLD,
        minMatchCharLength: 2,
      });
      for (const r of fuse.search(run)) {
        // Each edit costs twice its share: a near match must stay well behind an exact one.
        setRun(r.item, run, run.length * (1 - 2 * (r.score ?? 1)) * r.item.weight);
      }
    }

    const hits: TopicHit[] = [];
    for (const [id, e] of perDoc) {
      const runTotal = [...e.runScores.values()].reduce((a, b) => a + b, 0);
      hits.push({ id, score: Math.max(e.phraseScore, runTotal), matched: [...e.matched] });
    }
    return hits.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /** The phrases sharing a bigram with `text` (`ids`), and how many of `text`'s distinct bigrams each has. */
  private sharedBigrams(text: string): { ids: number[]; shared: number[] } {
    if (this.counts.length < this.phrases.length) this.counts = new Uint32Array(this.phrases.length);
    const counts = this.counts;
    const touched = this.touched;
    for (const g of new Set(bigrams(text))) {
      for (const i of this.byBigram.get(g) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i] = (counts[i] as number) + 1;
      }
    }
    // In first-touched order, as the Map this replaces iterated, so that ties sort as before.
    const ids = touched.slice();
    const shared = ids.map((i) => counts[i] as number);
    for (const i of ids) counts[i] = 0;
    touched.length = 0;
    return { ids, shared };
  }
}
