import { costItemsTableNames } from "../../../addin/finance/costItemsTables";
import { planCostItemsSheet } from "../../../addin/finance/planCostItemsSheet";
import { locateCostItemProblem, parseCustomWeights, readCostItemsSheet } from "../../../addin/finance/readCostItemsSheet";
import type { SheetOp } from "../../../addin/sheet/SheetOp";
import { validateCostItems } from "../../../shared/finance/validateCostItems";

const ITEMS = [
  { id: "internet", label: "Accès Internet", set: "B", amount: "180000.00", key: "postes" as const },
  { id: "sig", label: "Plate-forme SIG", set: "A", amount: "75000.50", key: "custom" as const, weights: { "21231": 2, "242100410": 1.5 } },
];

/** The grid a table would read back: the values op written on its address. */
function tableGrid(ops: readonly SheetOp[], address: string): unknown[][] {
  const op = ops.find((candidate) => candidate.kind === "values" && candidate.address === address);
  if (op?.kind !== "values") throw new Error(`no values at ${address}`);
  return op.grid.map((row) => [...row]);
}

describe("the cost-items sheet", () => {
  test("writes the items and the Métropole's figures as two named tables, and reads them back as the API's document", () => {
    const plan = planCostItemsSheet(2025, { items: ITEMS, metropoleWeights: { postes: 900, "users:3": 40 } });
    const names = costItemsTableNames(2025);
    expect(plan.sheetName).toBe("Postes de coût 2025");
    expect(plan.tables.map((table) => table.name)).toEqual([names.items, names.metropole]);
    const [items, figures] = plan.tables.map((table) => tableGrid(plan.ops, table.address)) as [unknown[][], unknown[][]];
    const reading = readCostItemsSheet(items, figures, { rounding: "cent", prorata: "monthly" });
    expect(reading.problems).toEqual([]);
    const checked = validateCostItems(reading.input, { metropoleId: "242100410", communeIds: ["21231"] });
    expect(checked).toEqual({ ok: true, value: { metropole: { weights: { postes: 900, "users:3": 40 } }, rounding: "cent", prorata: "monthly", items: ITEMS } });
    expect(reading.itemRows).toEqual([5, 6]);
  });

  test("a new year starts with one empty row; blank rows are skipped when read", () => {
    const plan = planCostItemsSheet(2026, { items: [], metropoleWeights: {} });
    const [items, figures] = plan.tables.map((table) => tableGrid(plan.ops, table.address)) as [unknown[][], unknown[][]];
    expect(items).toHaveLength(2);
    expect(readCostItemsSheet(items, figures, { rounding: "euro", prorata: "daily" }).input).toEqual({ metropole: { weights: {} }, rounding: "euro", prorata: "daily", items: [] });
  });

  test("French numbers are read, what cannot be read is reported by sheet row", () => {
    const items = [["h"], ["a", "A", "b", "1 234,5", "custom", "21231 = 2,5 ; 21166=3"], ["b", "B", "b", 10, "custom", "n'importe quoi"]];
    const reading = readCostItemsSheet(items, [["h"], ["postes", "1 200"], ["agents", "beaucoup"]], { rounding: "cent", prorata: "monthly" });
    expect(reading.input.items[0]).toEqual({ id: "a", label: "A", set: "B", amount: "1234.5", key: "custom", weights: { "21231": 2.5, "21166": 3 } });
    expect(reading.input.metropole.weights).toEqual({ postes: 1200 });
    expect(reading.problems.map((problem) => problem.path)).toEqual(["ligne 6", "Métropole, agents"]);
    expect(parseCustomWeights("")).toEqual({});
  });

  test("the shared checks' paths are told as sheet rows", () => {
    expect(locateCostItemProblem({ path: "items[1].amount", message: "montant invalide" }, [5, 7])).toEqual({ path: "ligne 7 (amount)", message: "montant invalide" });
    expect(locateCostItemProblem({ path: "metropole.weights", message: "m" }, [5])).toEqual({ path: "metropole.weights", message: "m" });
  });
});
