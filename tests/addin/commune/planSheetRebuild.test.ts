import { blockHasData } from "../../../addin/sheet/blockHasData";
import { planBlockChange } from "../../../addin/commune/planBlockChange";
import { planSheetRebuild } from "../../../addin/commune/planSheetRebuild";
import { planSubmissionSheet } from "../../../addin/commune/planSubmissionSheet";
import { readInventory } from "../../../addin/commune/readInventory";
import type { TemplatePlan } from "../../../addin/sheet/TemplatePlan";
import { aCompleteSubmission, TODAY } from "../../shared/checks/support/aCompleteSubmission";

const identity = { insee: "21231", name: "Dijon" };
/** The grid Excel would read back from a written plan. */
const gridOf = (plan: TemplatePlan) => plan.values.map((row) => [...row]);
const rowOfKey = (grid: unknown[][], key: string) => grid.findIndex((row) => row[0] === key);

describe("planSheetRebuild and planBlockChange", () => {
  test("a new sheet has the annex's blocks and the commune's name and INSEE code", () => {
    const grid = gridOf(planSheetRebuild(undefined, { identity, print: false }));
    const reading = readInventory(grid, { today: TODAY });
    expect(reading.blocks).toEqual({ fibre: 1, interconnexion: 1, isole: 2 });
    expect(reading.submission?.commune).toEqual({ insee: "21231", name: "Dijon" });
  });

  test("a prefilled sheet reads back as the submission it shows", () => {
    const submission = aCompleteSubmission();
    const reading = readInventory(gridOf(planSubmissionSheet(submission, {})), { today: TODAY });
    expect(reading.submission).toEqual(submission);
    expect(reading.errorCount).toBe(0);
  });

  test("adding a block keeps every value, the new block empty at the end of its kind", () => {
    const submission = aCompleteSubmission({ blocks: { isole: 2 } });
    const grid = gridOf(planSubmissionSheet(submission, {}));
    const after = readInventory(gridOf(planBlockChange(grid, { kind: "isole", action: "add" }, false)!), { today: TODAY });
    expect(after.blocks?.isole).toBe(3);
    expect(after.submission?.inventory.blocks.isole.slice(0, 2)).toEqual(submission.inventory.blocks.isole);
    // Left blank, the new configuration counts as absent until it is filled (a note says so).
    expect(after.submission?.inventory.blocks.isole).toHaveLength(2);
    expect(after.findings.some((finding) => finding.ruleId === "parse.blankBlock")).toBe(true);
    expect(after.submission?.inventory.answers).toEqual(submission.inventory.answers);
  });

  test("removing a block drops its values only and renumbers the blocks after it", () => {
    const submission = aCompleteSubmission({ blocks: { fibre: 3 } });
    const grid = gridOf(planSubmissionSheet(submission, {}));
    const marker = rowOfKey(grid, "fibre[3]/site.adresses");
    grid[marker]![3] = "Adresse du bloc 3";
    const after = gridOf(planBlockChange(grid, { kind: "fibre", action: "remove", number: 2 }, false)!);
    const reading = readInventory(after, { today: TODAY });
    expect(reading.blocks?.fibre).toBe(2);
    expect(after[rowOfKey(after, "fibre[2]/site.adresses")]![3]).toBe("Adresse du bloc 3");
    expect(rowOfKey(after, "fibre[3]/site.adresses")).toBe(-1);
  });

  test("values the checks refuse are carried as typed, never lost", () => {
    const grid = gridOf(planSheetRebuild(undefined, { identity, print: false }));
    grid[rowOfKey(grid, "reseau.totalPostes")]![4] = "deux cents";
    const after = gridOf(planBlockChange(grid, { kind: "fibre", action: "add" }, false)!);
    expect(after[rowOfKey(after, "reseau.totalPostes")]![4]).toBe("deux cents");
  });

  test("a damaged sheet (rows deleted and moved, a column inserted) is repaired with its values", () => {
    const submission = aCompleteSubmission();
    const grid = gridOf(planSubmissionSheet(submission, {}));
    const moved = grid.splice(rowOfKey(grid, "reseau.totalAgents"), 1)[0]!;
    grid.push(moved);
    grid.splice(rowOfKey(grid, "infra.firewall"), 1);
    const shifted = grid.map((row) => ["", ...row]);
    const repaired = gridOf(planSheetRebuild(shifted, { print: false }));
    expect(repaired[rowOfKey(repaired, "reseau.totalAgents")]![4]).toBe(submission.inventory.answers["reseau.totalAgents"]?.quantity);
    expect(rowOfKey(repaired, "infra.firewall")).toBeGreaterThan(0);
    expect(readInventory(repaired, { today: TODAY }).layout?.rowCount).toBe(repaired.length);
  });

  test("blockHasData tells a filled block from an empty one", () => {
    const grid = gridOf(planSheetRebuild(undefined, { identity, print: false }));
    expect(blockHasData(grid, "isole", 2)).toBe(false);
    grid[rowOfKey(grid, "isole[2]/site.posteFixe")]![4] = 3;
    expect(blockHasData(grid, "isole", 2)).toBe(true);
  });

  test("impossible changes are refused", () => {
    const grid = gridOf(planSheetRebuild(undefined, { identity, print: false }));
    expect(planBlockChange(grid, { kind: "fibre", action: "remove", number: 4 }, false)).toBeUndefined();
    expect(planBlockChange([["une autre feuille"]], { kind: "fibre", action: "add" }, false)).toBeUndefined();
  });
});
