/** The growing typed-array columns that the indexes are built in. */
import { describe, expect, it } from "vitest";
import { bucketed, bucketStarts, int32Column } from "../../src/ask/columns.ts";

describe("Column", () => {
  it("keeps every value pushed across doublings and a reservation, and reserves no less than it has", () => {
    const column = int32Column();
    for (let k = 0; k < 3000; k++) column.push(k * 7);
    column.reserve(10);
    expect(column.data.length).toBeGreaterThanOrEqual(3000);
    column.reserve(50_000);
    expect(column.data.length).toBe(50_000);
    for (let k = 3000; k < 60_000; k++) column.push(k * 7);
    expect(column.length).toBe(60_000);
    expect(Array.from(column.data.subarray(0, column.length))).toEqual(
      Array.from({ length: 60_000 }, (_, k) => k * 7),
    );
  });
});

describe("bucketing rows by key", () => {
  it("starts each key's bucket after the rows of the keys before it, as the counting sort places them", () => {
    const keys = Int32Array.from([2, 0, 2, 1, 0, 2]);
    const start = bucketStarts(keys, keys.length, 4);
    expect(Array.from(start)).toEqual([0, 2, 3, 6, 6]);
    // Rows in their order within a key: key 0 has rows 1 and 4, key 1 row 3, key 2 rows 0, 2 and 5.
    expect(Array.from(bucketed(keys, keys.length, 4).order)).toEqual([1, 4, 3, 0, 2, 5]);
  });
});
