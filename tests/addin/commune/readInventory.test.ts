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
