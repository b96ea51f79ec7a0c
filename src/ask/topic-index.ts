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
  private readonly counts: Uint32Array;
  /** Each phrase's distinct bigram count, beside the phrases: read for every candidate of a question. */
  private readonly phraseGrams: Uint32Array;
  private readonly touchedIds: Uint32Array;
  private readonly touchedShared: Uint32Array;
  /** The near candidates of one run (see `search`). */
  private readonly nearIds: Uint32Array;
  private readonly nearShared: Uint16Array;

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
    const n = this.phrases.length;
    this.phraseGrams = Uint32Array.from(this.phrases, (p) => p.grams);
    this.counts = new Uint32Array(n);
    this.touchedIds = new Uint32Array(n);
    this.touchedShared = new Uint32Array(n);
    this.nearIds = new Uint32Array(n);
    this.nearShared = new Uint16Array(n);
  }

  /** The phrases that occur whole in `folded`. */
  phrasesIn(folded: string): string[] {
    const found: string[] = [];
    // A phrase can only lie inside the text if every one of its bigrams does: comparing the counts first keeps
    // the string search to the few phrases that can match, not every phrase sharing a common bigram (issue 14).
    const phraseGrams = this.phraseGrams;
    this.forEachShared(folded, (i, shared) => {
      if (shared !== phraseGrams[i]) return;
      const p = this.phrases[i] as Phrase;
      if (folded.includes(p.text)) found.push(p.text);
    });
    return found;
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
    const phraseGrams = this.phraseGrams;
    this.forEachShared(full, (i, shared) => {
      // The count check reads a compact array; the phrase itself only when it can match.
      if (shared !== phraseGrams[i]) return;
      const p = this.phrases[i] as Phrase;
      if (full.includes(p.text)) {
        const e = entry(p.id);
        e.phraseScore = Math.max(e.phraseScore, p.text.length * p.weight);
        e.matched.add(p.text);
      }
    });

    for (const run of runs) {
      if (run.length < 2) continue;
      const runGrams = new Set(bigrams(run)).size;
      // Each edit breaks at most two bigrams: fewer shared than this cannot be a near match.
      const minShared = Math.max(1, runGrams - 2 * Math.floor(run.length * FUZZY_THRESHOLD));
      // Near candidates go into reused buffers, not an array of objects: for a short run in a large plan they
      // are tens of thousands, and a large array per question made the garbage collector's work grow with the
      // plan squared (issue 14).
      let nearCount = 0;
      this.forEachShared(run, (i, shared) => {
        const p = shared === runGrams ? (this.phrases[i] as Phrase) : null;
        if (p?.text.includes(run)) {
          // A word inside a longer phrase is weaker evidence than the phrase itself: 議会 is in まちづくり協議会
          // without being about it.
          setRun(p, run, run.length * p.weight * (run.length / p.text.length) ** 0.25);
        } else if (shared >= minShared) {
          this.nearIds[nearCount] = i;
          this.nearShared[nearCount] = shared;
          nearCount++;
        }
      });
      // fuse.js cuts patterns over 32 characters into chunks and averages them; runs that long are sentences,
      // not topics, and are left to the exact checks above.
      if (run.length < FUZZY_MIN_LENGTH || run.length > 32 || nearCount === 0) continue;
      // In a large plan a short run shares a bigram with thousands of phrases; the near matches are among those
      // sharing the most, so only those go to fuse.js: most shared first, ties in the order found (what a
      // stable sort by shared count gave), without sorting them all.
      const closest: Phrase[] = [];
      for (let want = runGrams; want >= minShared && closest.length < FUZZY_MAX_CANDIDATES; want--) {
        for (let k = 0; k < nearCount && closest.length < FUZZY_MAX_CANDIDATES; k++) {
          if (this.nearShared[k] === want) closest.push(this.phrases[this.nearIds[k] as number] as Phrase);
        }
      }
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

  /**
   * Calls `visit` for each phrase sharing a bigram with `text`, with how many of `text`'s distinct bigrams it
   * has, in the order first found. Nothing is allocated per phrase: the counts live in a reused typed array.
   */
  private forEachShared(text: string, visit: (phrase: number, shared: number) => void): void {
    const counts = this.counts;
    const touched = this.touchedIds;
    let n = 0;
    for (const g of new Set(bigrams(text))) {
      const list = this.byBigram.get(g);
      if (!list) continue;
      for (const i of list) {
        if (counts[i] === 0) touched[n++] = i;
        counts[i] = (counts[i] as number) + 1;
      }
    }
    // Counts are reset before visiting, so that a visit that throws leaves them clean for the next question.
    const shared = this.touchedShared;
    for (let k = 0; k < n; k++) {
      const i = touched[k] as number;
      shared[k] = counts[i] as number;
      counts[i] = 0;
    }
    for (let k = 0; k < n; k++) visit(touched[k] as number, shared[k] as number);
  }
}
