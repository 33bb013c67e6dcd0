import { parseSetRef, type SetRef } from "../../../../shared/catalogue/setRef";
import { coversSet } from "../../../../shared/quoteParts/participation/coversSet";

const ref = (text: string): SetRef => {
  const parsed = parseSetRef(text);
  if (!parsed) throw new Error(text);
  return parsed;
};

describe("coversSet: which adhesions cover which cost items", () => {
  test.each([
    ["A", "A", true],
    ["B", "B", true],
    ["A", "B", false],
    ["C:3", "C:3", true],
    ["C:3", "C:4", false],
    ["C", "C:4", true],
    ["C:4", "C", true],
    ["C", "C", true],
    ["B", "C", false],
    ["C", "B", false],
  ])("an adhesion to %p covers an item of %p: %p", (adhesion, item, expected) => {
    expect(coversSet(ref(adhesion), ref(item))).toBe(expected);
  });
});
