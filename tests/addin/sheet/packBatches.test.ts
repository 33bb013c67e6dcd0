import { estimateOpBytes } from "../../../addin/sheet/estimateOpBytes";
import { packBatches, RequestTooLargeError } from "../../../addin/sheet/packBatches";
import type { SheetOp } from "../../../addin/sheet/SheetOp";

const merge = (index: number): SheetOp => ({ kind: "merge", address: `B${index}:F${index}` });
const ops = Array.from({ length: 10 }, (_, index) => merge(index + 1));
const size = estimateOpBytes(merge(1));

describe("packBatches", () => {
  test("keeps everything in the first batch when it fits, in order", () => {
    expect(packBatches(ops, 3)).toEqual([ops, [], []]);
  });

  test("moves on to the next batch at the budget, never reordering", () => {
    const batches = packBatches(ops, 3, size * 4);
    expect(batches.map((batch) => batch.length)).toEqual([4, 4, 2]);
    expect(batches.flat()).toEqual(ops);
  });

  test("refuses in French what does not fit the allowed requests", () => {
    expect(() => packBatches(ops, 2, size * 4)).toThrow(RequestTooLargeError);
    expect(() => packBatches(ops, 2, size * 4)).toThrow(/trop volumineuse/);
  });
});
