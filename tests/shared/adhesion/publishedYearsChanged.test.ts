import { publishedYearsChanged } from "../../../shared/adhesion/publishedYearsChanged";

const PUBLISHED = [
  { year: 2024, runId: "r2024" },
  { year: 2025, runId: "r2025" },
];
const SINCE_2024 = [{ date: "2024-01-01", kind: "selection" as const, refs: ["A", "B"] }];

describe("publishedYearsChanged: the published years whose adhesion days a change alters", () => {
  test("a withdrawal inside a published year changes that year and no earlier one", () => {
    expect(publishedYearsChanged(SINCE_2024, { date: "2025-06-01", kind: "end" }, PUBLISHED)).toEqual([{ year: 2025, runId: "r2025" }]);
  });

  test("a validation effective long before changes every published year it covers anew", () => {
    expect(publishedYearsChanged([], { date: "2000-01-01", kind: "selection", refs: ["A"] }, PUBLISHED).map(({ year }) => year)).toEqual([2024, 2025]);
  });

  test("a change dated after the published years changes none; one that changes no period changes none", () => {
    expect(publishedYearsChanged(SINCE_2024, { date: "2026-01-01", kind: "end" }, PUBLISHED)).toEqual([]);
    expect(publishedYearsChanged(SINCE_2024, { date: "2025-01-01", kind: "selection", refs: ["B", "A"] }, PUBLISHED)).toEqual([]);
  });

  test("a set added inside a year changes it, even when other sets are unchanged", () => {
    expect(publishedYearsChanged(SINCE_2024, { date: "2025-09-01", kind: "selection", refs: ["A", "B", "C:3"] }, PUBLISHED).map(({ year }) => year)).toEqual([2025]);
  });
});
