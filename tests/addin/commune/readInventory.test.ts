import { readInventory } from "../../../addin/commune/readInventory";
import { REFERENT_FIELDS } from "../../../shared/inventory/referent";
import { addressOf, filledGrid, sampleSubmission, withCell } from "../../shared/layout/sheetFixtures";

// The task pane highlights the cells its findings name: they must be the cells of the sheet as it is.
test("with a référent row left empty between two, a finding about the second référent names its own row", () => {
  const submission = sampleSubmission();
  const second = { ...submission.inventory.referents[1]!, email: "eric.durand@exemple" };
  let grid = filledGrid(submission);
  for (const { key: field } of REFERENT_FIELDS) {
    grid = withCell(grid, addressOf(submission, { kind: "referent", index: 1, field }), null);
    grid = withCell(grid, addressOf(submission, { kind: "referent", index: 2, field }), second[field] || null);
  }
  const reading = readInventory(grid, { today: "2025-06-01" });
  const email = reading.findings.find((finding) => finding.ref?.kind === "referent" && finding.ref.field === "email" && finding.ref.index === 1 && finding.ruleId === "quality.email");
  expect(email?.cell).toBe(addressOf(submission, { kind: "referent", index: 2, field: "email" }));
});

test("with the commune's official name known, a sheet naming another commune is an error before submitting", () => {
  const submission = sampleSubmission();
  const grid = withCell(filledGrid(submission), addressOf(submission, { kind: "identity", field: "name" }), "Talant");
  const officialName = (insee: string) => (insee === submission.commune.insee ? "Dijon" : undefined);
  const named = (reading: ReturnType<typeof readInventory>) => reading.findings.filter((finding) => finding.ruleId === "completeness.communeName").map((finding) => finding.cell);
  expect(named(readInventory(grid, { today: "2025-06-01", officialName }))).toEqual([addressOf(submission, { kind: "identity", field: "name" })]);
  expect(named(readInventory(grid, { today: "2025-06-01" }))).toEqual([]);
});

test("a count typed in words is one finding at its cell (the reader's), not a second one from the checks", () => {
  const submission = sampleSubmission();
  const cell = addressOf(submission, { kind: "row", rowId: "reseau.totalPostes", column: "quantity" });
  const reading = readInventory(withCell(filledGrid(submission), cell, "deux cents"), { today: "2025-06-01" });
  const atCell = reading.findings.filter((finding) => finding.cell === cell);
  expect(atCell).toHaveLength(1);
  expect(atCell[0]!.ruleId.startsWith("parse.")).toBe(true);
  expect(reading.errorCount).toBe(reading.findings.filter((finding) => finding.severity === "error").length);
});
