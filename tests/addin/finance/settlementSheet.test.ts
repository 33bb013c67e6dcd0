import { describeSettlementChanges } from "../../../addin/finance/describeSettlementChanges";
import { locateSettlementProblem } from "../../../addin/finance/locateSettlementProblem";
import { planSettlementSheet } from "../../../addin/finance/planSettlementSheet";
import { readSettlementSheet } from "../../../addin/finance/readSettlementSheet";
import { settlementTableName } from "../../../addin/finance/settlementTables";
import { validateFinanceConfig } from "../../../shared/finance/validateFinanceConfig";

const ITEMS = [
  { id: "internet", label: "Accès Internet", set: "B", amount: "180000.00", key: "postes" as const },
  { id: "commande-publique", label: "Commande publique", set: "C:9", amount: "20000.00", key: "equal" as const },
];
const MEMBERS = [
  { insee: "21231", name: "Dijon", acAlreadyIncluded: "421000.00", invoicedItems: [], withCcas: true },
  { insee: "21452", name: "Neuilly-Crimolois", acAlreadyIncluded: "0.00", invoicedItems: ["commande-publique"], withCcas: false },
  { insee: "21166", name: "Chenôve", acAlreadyIncluded: "0.00", invoicedItems: [], withCcas: false },
];
const COMMUNES = new Map(MEMBERS.map((member) => [member.insee, member.name] as const));

/** The settlement table as the sheet holds it once written (header row first). */
function tableOf(plan: ReturnType<typeof planSettlementSheet>): unknown[][] {
  const address = plan.tables[0]!.address;
  const op = plan.ops.find((candidate) => candidate.kind === "values" && candidate.address === address);
  if (op?.kind !== "values") throw new Error("no table values");
  return op.grid.map((row) => [...row]);
}

describe("the settlement sheet", () => {
  test("writes each member with its CCAS, part already in the AC and invoiced items, and reads it back as the API's document", () => {
    const plan = planSettlementSheet(2025, { members: MEMBERS, items: ITEMS });
    expect(plan.sheetName).toBe("Règlement 2025");
    expect(plan.tables.map((table) => table.name)).toEqual([settlementTableName(2025)]);
    const grid = tableOf(plan);
    expect(grid[0]).toEqual(["Code INSEE", "Commune", "Compté avec son CCAS", "Déjà compris dans l'AC (€)", "Accès Internet (internet)", "Commande publique (commande-publique)"]);
    expect(grid[1]).toEqual(["21231", "Dijon", "oui", 421000, "", ""]);
    expect(plan.ops.filter((op) => op.kind === "validation")).toHaveLength(2);
    const reading = readSettlementSheet(grid);
    expect(reading.problems).toEqual([]);
    const checked = validateFinanceConfig(reading.input, { communes: COMMUNES, costItemIds: ITEMS.map((item) => item.id) });
    expect(checked).toEqual({ ok: true, value: { members: { "21231": { acAlreadyIncluded: "421000.00", withCcas: true }, "21452": { invoicedItems: ["commande-publique"] } } } });
    expect(reading.rows["21452"]).toEqual({ row: 7, name: "Neuilly-Crimolois" });
  });

  test("French amounts and yes/no words are read; what cannot be read is named by its cell and commune", () => {
    const grid = tableOf(planSettlementSheet(2025, { members: MEMBERS, items: ITEMS }));
    grid[1]![3] = "421 000,50";
    grid[2]![2] = "peut-être";
    grid[3]![3] = "beaucoup";
    grid[3]![4] = "X";
    const reading = readSettlementSheet(grid);
    expect(reading.input.members["21231"]).toEqual({ withCcas: true, acAlreadyIncluded: "421000.5" });
    expect(reading.input.members["21166"]).toEqual({ invoicedItems: ["internet"] });
    expect(reading.problems).toEqual([
      { path: "cellule C7 (Neuilly-Crimolois)", message: "Compté avec son CCAS : « peut-être » lu, oui ou non attendu" },
      { path: "cellule D8 (Chenôve)", message: "Déjà compris dans l'AC (€) : « beaucoup » lu, montant en euros attendu (par exemple 421000 ou 421 000,50)" },
    ]);
    expect(reading.problemCells).toEqual(["C7", "D8"]);
  });

  test("columns found by their header (moved columns still read), a row twice is refused", () => {
    const grid = tableOf(planSettlementSheet(2025, { members: MEMBERS, items: ITEMS })).map((row) => [row[1], row[0], ...row.slice(2)]);
    grid.push([...grid[1]!]);
    const reading = readSettlementSheet(grid);
    expect(reading.input.members["21231"]).toEqual({ withCcas: true, acAlreadyIncluded: "421000" });
    expect(reading.problems).toEqual([{ path: "ligne 9 (Dijon)", message: "commune 21231 déjà en ligne 6" }]);
  });

  test("the shared checks' paths are told as the sheet row and commune", () => {
    const located = locateSettlementProblem({ path: 'members["21452"].invoicedItems[0]', message: "poste de coût inconnu « x »" }, { "21452": { row: 7, name: "Neuilly-Crimolois" } });
    expect(located).toEqual({ path: "ligne 7 (Neuilly-Crimolois)", message: "postes refacturés : poste de coût inconnu « x »" });
  });

  test("changes are told commune by commune, in the order of their names, amounts exact", () => {
    const names = { communes: COMMUNES, items: new Map(ITEMS.map((item) => [item.id, item.label] as const)) };
    const lines = describeSettlementChanges(
      { "21231": { acAlreadyIncluded: "421000.00" }, "21452": { invoicedItems: ["commande-publique"] } },
      { "21231": { acAlreadyIncluded: "421000.01", withCcas: true }, "21166": { invoicedItems: ["internet"] } },
      names,
    ).map((line) => line.replace(/\s/g, " "));
    expect(lines).toEqual([
      "Chenôve : refacturé : Accès Internet",
      "Dijon : comptée avec son CCAS ; déjà compris dans l'AC 421 000,00 € → 421 000,01 €",
      "Neuilly-Crimolois : plus refacturé : Commande publique",
    ]);
  });
});
