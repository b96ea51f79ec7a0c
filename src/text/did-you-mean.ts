/**
 * "Did you mean …?" for hand-typed names: a key in a YAML file (tagret → target), a department (納税科 → 納税課),
 * a command-line option (--dryrun → --dry-run).
 */

/** Edit distance where swapping two neighbouring characters counts as one edit ("tagret" → "target" is 1). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(s.length, t.length);
}

/**
 * The candidate nearest to `word` by edit distance, when it is near enough to be what was meant (at most half
 * the characters differ); null otherwise. Ties go to the earlier candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === null || bestDistance === 0) return best;
  const limit = Math.max(1, Math.floor(Math.max([...word].length, [...best].length) / 2));
  return bestDistance <= limit ? best : null;
}
