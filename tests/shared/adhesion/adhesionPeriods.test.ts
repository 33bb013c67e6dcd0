import { adhesionPeriods, adhesionState, type AdhesionChange } from "../../../shared/adhesion/adhesionPeriods";

const selection = (date: string, ...refs: string[]): AdhesionChange => ({ date, kind: "selection", refs });

describe("adhesionPeriods", () => {
  test("selections, a withdrawal, an exclusion and its reinstatement, in date order", () => {
    const changes: AdhesionChange[] = [
      selection("2025-01-01", "B", "C:3"),
      { date: "2025-05-01", kind: "end", refs: ["C:3"] },
      { date: "2025-07-01", kind: "end", suspends: true },
      { date: "2025-09-01", kind: "resume", refs: ["B"] },
    ];
    expect(adhesionPeriods(changes)).toEqual([
      { set: "B", from: "2025-01-01", to: "2025-07-01" },
      { set: "B", from: "2025-09-01" },
      { set: "C:3", from: "2025-01-01", to: "2025-05-01" },
    ]);
  });

  test("a withdrawal recorded before a later-dated validation still applies at its own date", () => {
    expect(adhesionPeriods([selection("2025-01-01", "A"), { date: "2026-01-01", kind: "end", refs: ["A"] }, selection("2025-12-01", "A", "B")])).toEqual([
      { set: "A", from: "2025-01-01", to: "2026-01-01" },
      { set: "B", from: "2025-12-01" },
    ]);
  });

  test("the latest validation wins: recorded after one dated later, it replaces it instead of being cut by it", () => {
    // Validated from 1 July with domain 3, then a newer version with domains 3 and 5 validated from 1 March.
    const changes = [selection("2025-01-01", "B"), selection("2026-07-01", "B", "C:3"), selection("2026-03-01", "B", "C:3", "C:5")];
    expect(adhesionPeriods(changes)).toEqual([
      { set: "B", from: "2025-01-01" },
      { set: "C:3", from: "2026-03-01" },
      { set: "C:5", from: "2026-03-01" },
    ]);
    // Recorded the other way round, the later-dated one changes the selection from its date.
    expect(adhesionPeriods([selection("2025-01-01", "B"), selection("2026-03-01", "B", "C:3", "C:5"), selection("2026-07-01", "B", "C:3")])).toEqual([
      { set: "B", from: "2025-01-01" },
      { set: "C:3", from: "2026-03-01" },
      { set: "C:5", from: "2026-03-01", to: "2026-07-01" },
    ]);
  });

  test("a validation on the same date as an earlier one replaces it", () => {
    expect(adhesionPeriods([selection("2026-03-01", "A", "B"), selection("2026-03-01", "B")])).toEqual([{ set: "B", from: "2026-03-01" }]);
  });
});

describe("adhesionState", () => {
  test("an excluded set stays suspended until reinstated, or withdrawn (then a reinstatement does not reopen it)", () => {
    const excluded: AdhesionChange[] = [selection("2025-01-01", "A", "B"), { date: "2025-03-01", kind: "end", refs: ["B"], suspends: true }];
    expect(adhesionState(excluded).suspended).toEqual(["B"]);
    const withdrawn: AdhesionChange[] = [...excluded, { date: "2025-04-01", kind: "end", refs: ["B"] }];
    expect(adhesionState(withdrawn).suspended).toEqual([]);
    expect(adhesionPeriods([...withdrawn, { date: "2025-06-01", kind: "resume", refs: ["B"] }])).toEqual([
      { set: "A", from: "2025-01-01" },
      { set: "B", from: "2025-01-01", to: "2025-03-01" },
    ]);
  });
});
