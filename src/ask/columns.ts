/**
 * Typed arrays that grow while an index is built, for indexes whose size is known only at the end. Large plans
 * have millions of postings; numbers in typed arrays cost the garbage collector nothing to trace, where arrays
 * and objects per entry made the build and every question grow faster than the plan (issue 14).
 */
type NumberArray = Int32Array | Float64Array | Uint8Array;

/** `data`, or a copy at least `atLeast` long (doubling, so that growing one entry at a time stays linear). */
export function grown<T extends NumberArray>(data: T, make: (size: number) => T, atLeast: number): T {
  if (data.length >= atLeast) return data;
  const bigger = make(Math.max(atLeast, data.length * 2));
  bigger.set(data);
  return bigger;
}

/** An append-only column of numbers: `data` holds `length` values (and spare room after them). */
export class Column<T extends NumberArray> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}

  /**
   * Room for `size` values at once: when the final length can be foreseen, one copy instead of a doubling at each
   * power of two. Every doubling of a large index's columns left the old array as garbage outside V8's heap,
   * and each 64 MB of it made V8 mark the whole heap again (issue 14).
   */
  reserve(size: number): void {
    if (this.data.length >= size) return;
    const bigger = this.make(size);
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, this.make, this.length + 1);
    this.data[this.length++] = value;
  }
}

export const int32Column = () => new Column(new Int32Array(1024), (n) => new Int32Array(n));

/**
 * Rows (key, value) bucketed by key, keeping the rows' order within a key (a counting sort): key `k`'s values
 * are `values[start[k]]` to `values[start[k + 1] - 1]`.
 */
export function bucketed(
  keys: Int32Array,
  rows: number,
  keyCount: number,
): { start: Int32Array; order: Int32Array } {
  const start = bucketStarts(keys, rows, keyCount);
  const next = start.slice(0, keyCount);
  /** For each bucketed position, the row that goes there. */
  const order = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const k = keys[r] as number;
    const at = next[k] as number;
    next[k] = at + 1;
    order[at] = r;
  }
  return { start, order };
}

/** Where each key's bucket starts when rows (key, …) are bucketed by key: key `k` has positions start[k] to start[k + 1] - 1. */
export function bucketStarts(keys: Int32Array, rows: number, keyCount: number): Int32Array {
  const start = new Int32Array(keyCount + 1);
  for (let r = 0; r < rows; r++) {
    const at = (keys[r] as number) + 1;
    start[at] = (start[at] as number) + 1;
  }
  for (let k = 0; k < keyCount; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  return start;
}
