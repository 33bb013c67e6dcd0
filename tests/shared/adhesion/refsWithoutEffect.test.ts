import type { AdhesionChange } from "../../../shared/adhesion/adhesionPeriods";
import { refsNotHeldOn, refsWithoutEffect } from "../../../shared/adhesion/refsWithoutEffect";

// Ahuy: A, B, C:3 and C:5 from 1 May 2025; C:5 withdrawn from 1 October; B excluded from 1 November.
const history: AdhesionChange[] = [
  { date: "2025-05-01", kind: "selection", refs: ["A", "B", "C:3", "C:5"] },
  { date: "2025-10-01", kind: "end", refs: ["C:5"] },
  { date: "2025-11-01", kind: "end", refs: ["B"], suspends: true },
];

describe("refsWithoutEffect", () => {
  test("an end of what is held has an effect; of what is not held at its date (before the start, never held, already ended), none", () => {
    expect(refsWithoutEffect(history, { date: "2025-06-01", kind: "end", refs: ["A", "C:3"] })).toEqual([]);
    expect(refsWithoutEffect(history, { date: "2024-01-01", kind: "end", refs: ["A"] })).toEqual(["A"]);
    expect(refsWithoutEffect(history, { date: "2025-06-01", kind: "end", refs: ["A", "C:7"] })).toEqual(["C:7"]);
    expect(refsWithoutEffect(history, { date: "2025-12-01", kind: "end", refs: ["C:5"] })).toEqual(["C:5"]);
    expect(refsWithoutEffect(history, { date: "2025-12-01", kind: "end", refs: ["C"] })).toEqual([]);
  });

  test("withdrawing an excluded set has an effect: it ends the exclusion, and a reinstatement no longer brings it back", () => {
    const withdrawn: AdhesionChange = { date: "2025-12-01", kind: "end", refs: ["B"] };
    expect(refsWithoutEffect(history, withdrawn)).toEqual([]);
    expect(refsWithoutEffect([...history, withdrawn], { date: "2026-01-01", kind: "resume", refs: ["B"] })).toEqual(["B"]);
    // Excluding it again changes nothing.
    expect(refsWithoutEffect(history, { date: "2025-12-01", kind: "end", refs: ["B"], suspends: true })).toEqual(["B"]);
  });

  test("a reinstatement of what is excluded has an effect; of anything else, none", () => {
    expect(refsWithoutEffect(history, { date: "2026-01-01", kind: "resume", refs: ["B"] })).toEqual([]);
    expect(refsWithoutEffect(history, { date: "2026-01-01", kind: "resume", refs: ["A", "B"] })).toEqual(["A"]);
    expect(refsWithoutEffect(history, { date: "2026-01-01", kind: "resume" })).toEqual([]);
    expect(refsWithoutEffect(history.slice(0, 2), { date: "2026-01-01", kind: "resume" })).toEqual(["*"]);
  });

  test("a change naming no set has an effect when anything is held at its date", () => {
    expect(refsWithoutEffect(history, { date: "2026-01-01", kind: "end" })).toEqual([]);
    expect(refsWithoutEffect(history, { date: "2024-01-01", kind: "end" })).toEqual(["*"]);
  });
});

describe("refsNotHeldOn", () => {
  test("the named sets not held on the date; C stands for any C domain", () => {
    expect(refsNotHeldOn(history, "2025-06-01", ["A", "C:5", "C"])).toEqual([]);
    expect(refsNotHeldOn(history, "2025-12-01", ["A", "B", "C:5", "C:7"])).toEqual(["B", "C:5", "C:7"]);
    expect(refsNotHeldOn(history, "2024-12-01", undefined)).toEqual(["*"]);
    expect(refsNotHeldOn(history, "2025-12-01", undefined)).toEqual([]);
  });
});
