/** Percentiles of a set of samples (milliseconds). */
export interface Summary {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p99: percentile(s, 99),
    max: s.at(-1) ?? Number.NaN,
    mean,
  };
}

export const fmt = (ms: number): string =>
  !Number.isFinite(ms)
    ? "—"
    : ms < 1
      ? `${(ms * 1000).toFixed(0)} µs`
      : ms < 10_000
        ? `${ms.toFixed(2)} ms`
        : `${(ms / 1000).toFixed(1)} s`;
