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
 * characters with the question, not with the size of the plan. Whole phrases are found by their first characters
 * at each position of the question, so finding them costs the same in a plan of 21 items or 20,000. Indexes and
 * per-question sums live in typed arrays: in a large plan a common word (推進) touches thousands of items, and an
 * object or map per item made each question's cost grow faster than the plan (issue 14).
 */
import Fuse from "fuse.js";
import { bucketed, Column, int32Column } from "./columns.ts";
import { foldOnce } from "./text.ts";

export interface TopicDocument {
  id: number;
  title: string;
  aliases: readonly string[];
  keywords: readonly string[];
  /** The item's own short texts that name what it does: measures, schedule rows, figure labels. */
  body: readonly string[];
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
/** How many runs' near matches are kept (see TopicIndex.nearMatches): a few hundred short strings and numbers. */
const NEAR_RUNS = 512;
/**
 * A bigram in more phrases than this is a stop word for the topic search, decided by how common it is (as
 * search engines drop stop words by document frequency), not by a list: it cannot point at an item, and walking
 * its phrases made a question's cost grow with the plan (issue 14). The real plan is far below it (its most
 * common bigram, 施設, is in 33 of 481 phrases), so its answers do not depend on it. A run made only of such
 * bigrams (推進, 実績 in a plan of thousands of items) still counts for the items the rest of the question found.
 */
const STOP_PHRASES = 1000;

/** Phrases are filed under their first characters, this many at most (fewer when the phrase is shorter). */
const PREFIX = 4;

/** The two UTF-16 units of `text` at `at`, as one number (see TopicIndex.firstPairs). */
function pairAt(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

function bigrams(text: string): string[] {
  if (text.length < 2) return text ? [text] : [];
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++) out.push(text.slice(i, i + 2));
  return out;
}

export class TopicIndex {
  /**
   * Each phrase's text, weight and whether it is what its document is called (a title or an alias: not what it
   * mentions), by phrase number, in columns. An object per phrase (and a number object for its weight) were two of
   * the three objects a large plan's index held per phrase, and every full garbage collection while another index
   * was built traced them (issue 14).
   */
  private readonly phraseText: string[] = [];
  private readonly phraseWeight: Float64Array;
  private readonly phraseCalls: Uint8Array;
  /** Each phrase's document, as a dense index into `docIds`. */
  private readonly phraseDoc: Int32Array;
  private readonly docIds: number[] = [];
  /** Document `d`'s phrases are `docPhraseStart[d]` … `docPhraseStart[d + 1] - 1` (phrases are added by document). */
  private readonly docPhraseStart: Int32Array;
  /** Bigram postings: bigram `g`'s phrases are `bigramPhrases[bigramStart[g]]` … `[bigramStart[g + 1] - 1]`, ascending. */
  private readonly bigramIds = new Map<string, number>();
  private readonly bigramStart: Int32Array;
  private readonly bigramPhrases: Int32Array;
  /** Phrases by their first PREFIX characters (the whole text when shorter), ascending. */
  private readonly byPrefix = new Map<string, number[]>();
  /**
   * The first two characters (UTF-16 units, as a number) of every phrase: most places in a question start no
   * phrase, and a number looked up costs less than the three substrings made to look up byPrefix (see wholePhrases).
   */
  private readonly firstPairs = new Set<number>();
  /**
   * Scratch for counting shared bigrams per phrase: a typed array indexed by phrase and the list of phrases
   * touched, reset after each count. A Map holding millions of entries for a large plan made each question's
   * cost grow faster than the plan (issue 14).
   */
  private readonly counts: Uint32Array;
  private readonly touchedIds: Uint32Array;
  private readonly touchedShared: Uint32Array;
  /** The near candidates of one run (see `search`). */
  private readonly nearIds: Uint32Array;
  private readonly nearShared: Uint16Array;
  /** Per document (dense index), one question's evidence: reused and reset after each search. */
  private readonly phraseScore: Float64Array;
  private readonly runBest: Float64Array;
  private readonly runTotal: Float64Array;
  private readonly docTouched: Int32Array;
  private readonly docSeen: Uint8Array;
  private readonly runTouched: Int32Array;
  /** The phrases that gave each document evidence, in order, as a list per document through `matchNext`. */
  private readonly matchHead: Int32Array;
  private readonly matchTail: Int32Array;
  private readonly matchPhrase = int32Column();
  private readonly matchNext = int32Column();

  constructor(documents: readonly TopicDocument[]) {
    const docOf = int32Column();
    const rowBigram = int32Column();
    const rowPhrase = int32Column();
    const weights = new Column(new Float64Array(1024), (n) => new Float64Array(n));
    const calling = new Column(new Uint8Array(1024), (n) => new Uint8Array(n));
    // Each document's phrases once (a keyword that repeats the title adds nothing).
    const seen = new Set<string>();
    const add = (raw: string, weight: number, calls = false) => {
      // Not remembered (foldOnce): the build meets each phrase once (see normalizeOnce).
      const text = foldOnce(raw);
      if (text.length < 2 || seen.has(text)) return;
      seen.add(text);
      const doc = this.docIds.length - 1;
      const distinct = new Set(bigrams(text));
      const index = this.phraseText.push(text) - 1;
      weights.push(weight);
      calling.push(calls ? 1 : 0);
      docOf.push(doc);
      for (const g of distinct) {
        let id = this.bigramIds.get(g);
        if (id === undefined) {
          id = this.bigramIds.size;
          this.bigramIds.set(g, id);
        }
        rowBigram.push(id);
        rowPhrase.push(index);
      }
      this.firstPairs.add(pairAt(text, 0));
      const prefix = text.slice(0, PREFIX);
      const list = this.byPrefix.get(prefix);
      if (list) list.push(index);
      else this.byPrefix.set(prefix, [index]);
    };
    for (const d of documents) {
      this.docIds.push(d.id);
      seen.clear();
      add(d.title, WEIGHT.title, true);
      for (const a of d.aliases) add(a, WEIGHT.alias, true);
      for (const k of d.keywords) for (const form of [k, ...coordinated(k)]) add(form, WEIGHT.keyword);
      for (const b of d.body) add(b, WEIGHT.body);
    }
    const { start, order } = bucketed(rowBigram.data, rowBigram.length, this.bigramIds.size);
    this.bigramStart = start;
    this.bigramPhrases = order.map((row) => rowPhrase.data[row] as number);
    const n = this.phraseText.length;
    this.phraseDoc = docOf.data.slice(0, n);
    this.phraseWeight = weights.data.slice(0, n);
    this.phraseCalls = calling.data.slice(0, n);
    this.counts = new Uint32Array(n);
    this.touchedIds = new Uint32Array(n);
    this.touchedShared = new Uint32Array(n);
    this.nearIds = new Uint32Array(n);
    this.nearShared = new Uint16Array(n);
    const docs = this.docIds.length;
    this.docPhraseStart = bucketed(this.phraseDoc, n, docs).start;
    this.phraseScore = new Float64Array(docs);
    this.runBest = new Float64Array(docs);
    this.runTotal = new Float64Array(docs);
    this.docTouched = new Int32Array(docs);
    this.docSeen = new Uint8Array(docs);
    this.runTouched = new Int32Array(docs);
    this.matchHead = new Int32Array(docs).fill(-1);
    this.matchTail = new Int32Array(docs).fill(-1);
  }

  /** How many phrases have the bigram. */
  private postingCount(gram: string): number {
    const id = this.bigramIds.get(gram);
    return id === undefined ? 0 : (this.bigramStart[id + 1] as number) - (this.bigramStart[id] as number);
  }

  /** The documents' titles, sorted, made when first needed (see titleBegins). */
  private sortedTitles: string[] | undefined;

  /**
   * Whether a document's title begins with `folded` (人財育成 of No.8's 人財育成の推進). Asked per question: a binary
   * search of the sorted titles, not a pass over every document of a large plan.
   */
  titleBegins(folded: string): boolean {
    if (!this.sortedTitles) {
      const titles: string[] = [];
      for (let d = 0; d < this.docIds.length; d++) {
        const title = this.phraseText[this.docPhraseStart[d] as number];
        if (title !== undefined) titles.push(title);
      }
      this.sortedTitles = titles.sort();
    }
    const titles = this.sortedTitles;
    // The first title not before `folded`: the only one that can begin with it, if any does.
    let low = 0;
    let high = titles.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((titles[mid] as string) < folded) low = mid + 1;
      else high = mid;
    }
    return titles[low]?.startsWith(folded) ?? false;
  }

  /**
   * The documents whose title or an alias contains `folded`, in document order: what they are called, not what
   * they mention. A text made only of stop bigrams (see STOP_PHRASES) names none.
   */
  calledBy(folded: string): number[] {
    const distinct = new Set(bigrams(folded));
    const counts = [...distinct].map((g) => this.postingCount(g));
    // A bigram no phrase has: no phrase contains the text.
    if (counts.includes(0)) return [];
    const needed = counts.filter((n) => n <= STOP_PHRASES).length;
    if (needed === 0) return [];
    const docs = new Set<number>();
    this.forEachShared(distinct, (i, shared) => {
      if (shared === needed && this.phraseCalls[i] === 1 && (this.phraseText[i] as string).includes(folded))
        docs.add(this.docIds[this.phraseDoc[i] as number] as number);
    });
    return [...docs];
  }

  /** The phrases that occur whole in `folded`. */
  phrasesIn(folded: string): string[] {
    return this.wholePhrases(folded).map((i) => this.phraseText[i] as string);
  }

  /**
   * The phrases lying whole inside `text`, found by looking up the first characters at each position, so that
   * the cost does not depend on how many phrases share a common bigram with the text. In the order a walk of
   * the text's distinct bigrams, each bigram's phrases in index order, would first meet them.
   */
  private wholePhrases(text: string): number[] {
    const found = new Set<number>();
    for (let at = 0; at + 1 < text.length; at++) {
      if (!this.firstPairs.has(pairAt(text, at))) continue;
      for (let length = 2; length <= PREFIX && at + length <= text.length; length++) {
        const list = this.byPrefix.get(text.slice(at, at + length));
        if (!list) continue;
        for (const i of list) {
          if (!found.has(i) && text.startsWith(this.phraseText[i] as string, at)) found.add(i);
        }
      }
    }
    if (found.size < 2) return [...found];
    const firstMet = new Map<string, number>();
    for (const g of bigrams(text)) if (!firstMet.has(g)) firstMet.set(g, firstMet.size);
    const metAt = new Map<number, number>();
    for (const i of found) {
      let first = Number.POSITIVE_INFINITY;
      for (const g of bigrams(this.phraseText[i] as string))
        first = Math.min(first, firstMet.get(g) as number);
      metAt.set(i, first);
    }
    return [...found].sort((a, b) => (metAt.get(a) as number) - (metAt.get(b) as number) || a - b);
  }

  /**
   * Scores documents for a question given as its folded whole (`full`) and its content runs (`runs`, folded,
   * question words removed). Returns hits sorted best first.
   */
  search(full: string, runs: readonly string[]): TopicHit[] {
    const phraseScore = this.phraseScore;
    const runBest = this.runBest;
    const runTotal = this.runTotal;
    const docSeen = this.docSeen;
    const docTouched = this.docTouched;
    let docCount = 0;
    this.matchPhrase.length = 0;
    this.matchNext.length = 0;
    /** The document of phrase `i` has evidence from it: noted once, in order, for `matched`. */
    const note = (i: number) => {
      const doc = this.phraseDoc[i] as number;
      if (docSeen[doc] === 0) {
        docSeen[doc] = 1;
        docTouched[docCount++] = doc;
      }
      const at = this.matchPhrase.length;
      this.matchPhrase.push(i);
      this.matchNext.push(-1);
      const tail = this.matchTail[doc] as number;
      if (tail < 0) this.matchHead[doc] = at;
      else this.matchNext.data[tail] = at;
      this.matchTail[doc] = at;
      return doc;
    };

    // Whole phrases found in the question.
    for (const i of this.wholePhrases(full)) {
      const doc = note(i);
      phraseScore[doc] = Math.max(
        phraseScore[doc] as number,
        (this.phraseText[i] as string).length * (this.phraseWeight[i] as number),
      );
    }

    // Per document, the best evidence for each run, summed over the runs in order. A run given twice scores
    // once: its second pass would find the same phrases with the same scores.
    const runTouched = this.runTouched;
    let runDocs = 0;
    const setRun = (i: number, score: number) => {
      const doc = this.phraseDoc[i] as number;
      const best = runBest[doc] as number;
      if (score > best) {
        if (best === 0) runTouched[runDocs++] = doc;
        runBest[doc] = score;
        note(i);
      }
    };
    const flushRun = () => {
      for (let k = 0; k < runDocs; k++) {
        const doc = runTouched[k] as number;
        runTotal[doc] = (runTotal[doc] as number) + (runBest[doc] as number);
        runBest[doc] = 0;
      }
      runDocs = 0;
    };
    const stopRuns: string[] = [];
    for (const run of new Set(runs)) {
      if (run.length < 2) continue;
      const distinct = new Set(bigrams(run));
      const stop = [...distinct].filter((g) => this.postingCount(g) > STOP_PHRASES).length;
      if (
        stop > 0 &&
        stop + [...distinct].filter((g) => this.postingCount(g) === 0).length === distinct.size
      ) {
        stopRuns.push(run);
        continue;
      }
      // Stop bigrams are not walked: a phrase that contains the run has its rarer bigrams too.
      const runGrams = distinct.size - stop;
      // Each edit breaks at most two bigrams: fewer shared than this cannot be a near match.
      const minShared = Math.max(1, runGrams - 2 * Math.floor(run.length * FUZZY_THRESHOLD));
      // Near candidates go into reused buffers, not an array of objects: for a short run in a large plan they
      // are tens of thousands, and a large array per question made the garbage collector's work grow with the
      // plan squared (issue 14).
      let nearCount = 0;
      this.forEachShared(distinct, (i, shared) => {
        const text = shared === runGrams ? (this.phraseText[i] as string) : null;
        if (text?.includes(run)) {
          setRun(i, this.withinPhrase(i, run));
        } else if (shared >= minShared) {
          this.nearIds[nearCount] = i;
          this.nearShared[nearCount] = shared;
          nearCount++;
        }
      });
      // fuse.js cuts patterns over 32 characters into chunks and averages them; runs that long are sentences,
      // not topics, and are left to the exact checks above.
      if (run.length >= FUZZY_MIN_LENGTH && run.length <= 32 && nearCount > 0) {
        this.nearMatches(run, runGrams, minShared, nearCount, setRun);
      }
      flushRun();
    }
    // A run of stop bigrams only adds to the documents found by the rest of the question, looked up in their
    // own phrases: the same score a walk would have given them, without visiting the thousands of others.
    const found = docCount;
    for (const run of stopRuns) {
      for (let k = 0; k < found; k++) {
        const doc = docTouched[k] as number;
        const end = this.docPhraseStart[doc + 1] as number;
        for (let i = this.docPhraseStart[doc] as number; i < end; i++) {
          const text = this.phraseText[i] as string;
          if (text.includes(run)) setRun(i, this.withinPhrase(i, run));
        }
      }
      flushRun();
    }

    const hits: TopicHit[] = [];
    for (let k = 0; k < docCount; k++) {
      const doc = docTouched[k] as number;
      const matched: string[] = [];
      for (let m = this.matchHead[doc] as number; m >= 0; m = this.matchNext.data[m] as number) {
        const text = this.phraseText[this.matchPhrase.data[m] as number] as string;
        if (!matched.includes(text)) matched.push(text);
      }
      hits.push({
        id: this.docIds[doc] as number,
        score: Math.max(phraseScore[doc] as number, runTotal[doc] as number),
        matched,
      });
      phraseScore[doc] = 0;
      runTotal[doc] = 0;
      docSeen[doc] = 0;
      this.matchHead[doc] = -1;
      this.matchTail[doc] = -1;
    }
    return hits.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /** Scores the near matches of a run (see fuzzy) through `setRun`, in fuse.js's order. */
  private nearMatches(
    run: string,
    runGrams: number,
    minShared: number,
    nearCount: number,
    setRun: (phrase: number, score: number) => void,
  ): void {
    // The near matches of a run depend on the run and this index alone: people reuse their words (実績, ふるさと
    // 納税), and one question reads the same runs again in its clauses, so fuse.js's results are kept per run.
    let found = this.nearFound.get(run);
    if (found === undefined) {
      found = this.fuzzy(run, runGrams, minShared, nearCount);
      if (this.nearFound.size >= NEAR_RUNS)
        this.nearFound.delete(this.nearFound.keys().next().value as string);
    } else this.nearFound.delete(run);
    this.nearFound.set(run, found);
    for (let k = 0; k < found.length; k += 2) setRun(found[k] as number, found[k + 1] as number);
  }

  /** The runs whose near matches are kept (see nearMatches), least recently used first. */
  private readonly nearFound = new Map<string, number[]>();

  /**
   * fuse.js over the near candidates of a run. In a large plan a short run shares a bigram with thousands of
   * phrases; the near matches are among those sharing the most, so only those go to fuse.js: most shared
   * first, ties in the order found (what a stable sort by shared count gave), without sorting them all.
   * Returns them in fuse.js's order, flat: phrase, score, phrase, score …
   */
  private fuzzy(run: string, runGrams: number, minShared: number, nearCount: number): number[] {
    const closest: number[] = [];
    for (let want = runGrams; want >= minShared && closest.length < FUZZY_MAX_CANDIDATES; want--) {
      for (let k = 0; k < nearCount && closest.length < FUZZY_MAX_CANDIDATES; k++) {
        if (this.nearShared[k] === want) closest.push(this.nearIds[k] as number);
      }
    }
    const fuse = new Fuse(
      closest.map((i) => ({ text: this.phraseText[i] as string, weight: this.phraseWeight[i] as number })),
      {
        keys: ["text"],
        includeScore: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        threshold: FUZZY_THRESHOLD,
        minMatchCharLength: 2,
      },
    );
    const found: number[] = [];
    for (const r of fuse.search(run)) {
      // Each edit costs twice its share: a near match must stay well behind an exact one.
      found.push(closest[r.refIndex] as number, run.length * (1 - 2 * (r.score ?? 1)) * r.item.weight);
    }
    return found;
  }

  /**
   * What run `run` scores inside phrase `i`, which holds it: a word inside a longer phrase is weaker evidence than
   * the phrase itself (議会 is in まちづくり協議会 without being about it).
   */
  private withinPhrase(i: number, run: string): number {
    const text = this.phraseText[i] as string;
    return run.length * (this.phraseWeight[i] as number) * (run.length / text.length) ** 0.25;
  }

  /**
   * Calls `visit` for each phrase sharing one of `grams` (stop bigrams left out), with how many of them it has,
   * in the order first found. Nothing is allocated per phrase: the counts live in a reused typed array.
   */
  private forEachShared(grams: ReadonlySet<string>, visit: (phrase: number, shared: number) => void): void {
    const counts = this.counts;
    const touched = this.touchedIds;
    const phrases = this.bigramPhrases;
    let n = 0;
    for (const g of grams) {
      const id = this.bigramIds.get(g);
      if (id === undefined) continue;
      const end = this.bigramStart[id + 1] as number;
      if (end - (this.bigramStart[id] as number) > STOP_PHRASES) continue;
      for (let k = this.bigramStart[id] as number; k < end; k++) {
        const i = phrases[k] as number;
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

/**
 * 「接遇＆マナー研修」 is 接遇研修 and マナー研修: two words sharing the kanji word after them, which people ask for
 * one at a time (「接遇研修って」). Only where the word after ＆ or ・ changes script before the shared word, so the
 * split is certain.
 */
export function coordinated(phrase: string): string[] {
  const m =
    /^(.+?)\s*[&＆・]\s*(\p{Script=Katakana}[\p{Script=Katakana}ー]*|[A-Za-z]+)(\p{Script=Han}{2,})$/u.exec(
      phrase,
    );
  if (!m) return [];
  const [, first, second, shared] = m as unknown as [string, string, string, string];
  return [first + shared, second + shared];
}
