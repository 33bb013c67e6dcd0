import { estimateAdhesion } from "../../../shared/finance/estimateAdhesion";
import { expectOk } from "../quoteParts/expectOk";
import { aCostItemsDocument, aMember, aSubmissionOf, METROPOLE_ID } from "./support/financeFactory";

const costItems = aCostItemsDocument({
  items: [
    { id: "infra", label: "Infrastructure", set: "B", amount: "12000.00", key: "postes" },
    { id: "finances", label: "Logiciel finances", set: "C:3", amount: "5000.00", key: "users" },
  ],
});
const sources = { year: 2025, metropoleId: METROPOLE_ID, costItems, members: [aMember("21231", "Dijon"), aMember("21617", "Talant")] };
const newcomer = { insee: "21166", name: "Chenôve", submission: aSubmissionOf("21166", "Chenôve", ["B", "C"], [3]), changes: [] };

describe("estimateAdhesion", () => {
  test("a newcomer considering B from 1 July gets its own lines only, 6 months, and its total", () => {
    const estimate = expectOk(estimateAdhesion(sources, { ...newcomer, refs: ["B"], from: "2025-07-01" }));
    expect(estimate).toEqual({
      year: 2025,
      insee: "21166",
      lines: [{ item: "infra", label: "Infrastructure", set: "B", key: "postes", weight: 14, totalWeight: 142, months: 6, exact: "591.5492957746", amount: "591.55" }],
      total: { amount: "591.55", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "-591.55" },
    });
  });

  test("the sets considered replace the commune's current selection from their date, as a validation would", () => {
    const member = { ...newcomer, changes: [{ date: "2025-01-01", kind: "selection" as const, refs: ["B"] }] };
    const estimate = expectOk(estimateAdhesion(sources, { ...member, refs: ["B", "C:3"], from: "2025-10-01" }));
    expect(estimate.lines.map((line) => [line.item, line.months])).toEqual([
      ["infra", 12],
      ["finances", 3],
    ]);
  });

  test("what the engine refuses comes back as problems (here the commune has no users figure for domain 3)", () => {
    const result = estimateAdhesion(sources, { ...newcomer, submission: aSubmissionOf("21166", "Chenôve"), refs: ["C:3"], from: "2025-01-01" });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/poids « users:3 » manquant pour la commune 21166/)]);
  });
});
