/**
 * Blind evaluation sets kept unread, so that the next session can measure its start on questions nobody tuned on:
 * their scores are printed, never a question. `tests/ask/blind-eval.test.ts`, `bench/perturb.ts -v` and
 * `npm run score -- -v` all read this list. A set leaves it when someone reads it (say so in docs/evaluation.md).
 */
export const UNREAD_SETS: ReadonlySet<string> = new Set(
  [
    110, 111, 117, 118, 119, 130, 132, 134, 135, 138, 139, 144, 145, 146, 149, 150, 151, 152, 155, 156, 157,
    158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 178, 180,
    181, 182, 184,
  ].map((n) => `tests/ask/blind-questions-${n}.yml`),
);

/** Quote sets (tests/quotes) kept unread in the same way: `bench/score-quotes.ts -v` prints their scores only. */
export const UNREAD_QUOTE_SETS: ReadonlySet<string> = new Set([
  "tests/quotes/quote-questions-4.yml",
  "tests/quotes/quote-questions-5.yml",
  "tests/quotes/quote-questions-6.yml",
  "tests/quotes/quote-questions-7.yml",
]);

/** Whether a set's questions may be printed: `file` as given on a command line (relative or absolute). */
export function isUnread(file: string): boolean {
  const normalized = file.replace(/\\/g, "/");
  return [...UNREAD_SETS, ...UNREAD_QUOTE_SETS].some(
    (set) => normalized === set || normalized.endsWith(`/${set}`),
  );
}
