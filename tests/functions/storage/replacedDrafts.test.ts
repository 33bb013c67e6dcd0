import { replacedDrafts } from "../../../functions/storage/drafts/replacedDrafts";

describe("replacedDrafts", () => {
  test("the document just replaced is kept; those replaced over 15 s ago are to delete", () => {
    const now = 1_000_000;
    const previous = [
      { blob: "old", at: now - 15_001 },
      { blob: "recent", at: now - 14_000 },
    ];
    expect(replacedDrafts(previous, "current", now)).toEqual({ kept: [{ blob: "recent", at: now - 14_000 }, { blob: "current", at: now }], expired: ["old"] });
  });

  test("a first save replaces nothing; at most 100 are kept, the oldest go first", () => {
    expect(replacedDrafts([], undefined, 5)).toEqual({ kept: [], expired: [] });
    const many = Array.from({ length: 100 }, (_, i) => ({ blob: `b${i}`, at: 1_000 + i }));
    const { kept, expired } = replacedDrafts(many, "b100", 2_000);
    expect(kept).toHaveLength(100);
    expect(kept.at(-1)).toEqual({ blob: "b100", at: 2_000 });
    expect(expired).toEqual(["b0"]);
  });
});
