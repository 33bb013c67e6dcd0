import { buildDeliberationTable } from "../../../shared/exports/buildDeliberationTable";
import { deliberationTableSchema } from "../../../shared/api/deliberationViews";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { expectOk } from "../quoteParts/expectOk";
import { aCostItem, aMember, aScenario } from "../quoteParts/scenarioFactory";
import { clectSource, EPCI, FULL_YEAR_RUN, YEAR_RUN } from "./support/clectDeliberation";

// Issue 10 §4: the table the council voted (seed 001), « Année 2019 » and « Années 2020 et suivantes »,
// participation then AC adjustment, in euros as the deliberation prints them.
const TABLE: readonly [string, string, number, number, number, number][] = [
  ["21003", "Ahuy", 0, 0, 0, 0],
  ["21105", "Bressey-sur-Tille", 0, 0, 0, 0],
  ["21106", "Bretenière", 333, 500, -333, -500],
  ["21166", "Chenôve + CCAS", 34387, 51587, -34387, -51587],
  ["21171", "Chevigny-Saint-Sauveur", 0, 0, 0, 0],
  ["21192", "Corcelles-les-Monts", 1356, 2034, -1356, -2034],
  ["21223", "Daix", 0, 0, 0, 0],
  // 421 000 € already in Dijon's AC: −7 702 296 + 421 000 and −7 858 606 + 421 000.
  ["21231", "Dijon + CCAS", 7702296, 7858606, -7281296, -7437606],
  ["21263", "Fénay", 2755, 4133, -2755, -4133],
  ["21270", "Flavignerot", 456, 684, -456, -684],
  ["21278", "Fontaine-lès-Dijon", 8000, 12000, -8000, -12000],
  ["21315", "Hauteville-lès-Dijon", 0, 0, 0, 0],
  ["21355", "Longvic + CCAS", 8000, 12000, -8000, -12000],
  ["21370", "Magny-sur-Tille", 2139, 3209, -2139, -3209],
  ["21390", "Marsannay-la-Côte + CCAS", 10857, 16287, -10857, -16287],
  // The commande publique (500 € in 2019, 1 000 € a year from 2020) is in the participation, invoiced directly, not in the AC.
  ["21452", "Neuilly-Crimolois", 1833, 3000, -1333, -2000],
  ["21473", "Ouges", 2758, 4137, -2758, -4137],
  ["21481", "Perrigny-lès-Dijon", 0, 0, 0, 0],
  ["21485", "Plombières-lès-Dijon", 2606, 3908, -2606, -3908],
  ["21515", "Quetigny + CCAS", 13957, 20940, -13957, -20940],
  ["21540", "Saint-Apollinaire", 7094, 10644, -7094, -10644],
  ["21605", "Sennecey-lès-Dijon", 0, 0, 0, 0],
  ["21617", "Talant", 0, 0, 0, 0],
];
const euros = (value: number) => `${value}.00`;

describe("buildDeliberationTable", () => {
  const table = buildDeliberationTable(clectSource());

  test("the answer matches the API's schema; columns « Année N » and « Années N+1 et suivantes »; the runs each comes from", () => {
    expect(deliberationTableSchema.safeParse(table).success).toBe(true);
    expect(table).toMatchObject({ year: 2019, epci: EPCI, columns: { year: "Année 2019", followingYears: "Années 2020 et suivantes" }, runs: { year: YEAR_RUN, followingYears: FULL_YEAR_RUN } });
  });

  test("the 23 communes in alphabetical order as the CLECT table, each with participation and AC adjustment per column", () => {
    expect(table.members.map((member) => member.name)).toEqual(TABLE.map(([, name]) => name));
    expect(table.members.map((member) => [member.id, member.name, member.year.participation, member.followingYears.participation, member.year.acAdjustment, member.followingYears.acAdjustment])).toEqual(
      TABLE.map(([id, name, ...figures]) => [id, name, ...figures.map(euros)]),
    );
  });

  test("Dijon 7 858 606 € then −7 437 606 €; Neuilly-Crimolois 2 000 € through the AC plus 1 000 € invoiced", () => {
    const byName = new Map(table.members.map((member) => [member.name, member] as const));
    expect(byName.get("Dijon + CCAS")).toEqual({ id: "21231", name: "Dijon + CCAS", year: { participation: "7702296.00", acAdjustment: "-7281296.00" }, followingYears: { participation: "7858606.00", acAdjustment: "-7437606.00" } });
    expect(byName.get("Neuilly-Crimolois")?.followingYears).toEqual({ participation: "3000.00", acAdjustment: "-2000.00" });
  });

  test("the Métropole's line and the totals: AC −7 377 327 € and −7 581 669 € as voted, the invoiced part apart", () => {
    expect(table.metropole).toEqual({ id: "242100410", name: "Dijon Métropole", year: "4801044.00", followingYears: "4919013.00" });
    // 2019: the communes' 7 798 327 € of services plus the 500 € invoiced; the items 12 599 371 + 500.
    expect(table.totals.year).toEqual({ communes: "7798827.00", invoiced: "500.00", acAdjustment: "-7377327.00", metropole: "4801044.00", costItems: "12599871.00" });
    // 2020: 8 003 669 € (1 000 € invoiced), the items 12 921 682 + 1 000 (the table's 1 € gap accounted for).
    expect(table.totals.followingYears).toEqual({ communes: "8003669.00", invoiced: "1000.00", acAdjustment: "-7581669.00", metropole: "4919013.00", costItems: "12922682.00" });
  });

  test("notes on what is invoiced directly and what the AC already carries, as the deliberation explains", () => {
    expect(table.notes).toEqual([
      "Dijon + CCAS : part de sa participation déjà comprise dans l'attribution de compensation, 421\u00a0000,00\u00a0€ en 2019 comme à compter de 2020 ; l'ajustement n'en retient que le reste.",
      "Neuilly-Crimolois : part de sa participation refacturée directement, hors attribution de compensation, 500,00\u00a0€ en 2019 et 1\u00a0000,00\u00a0€ par an à compter de 2020.",
    ]);
  });

  test("names sorted the French way (case and accents aside), not by code; a member of one run only has zeros in the other column", () => {
    const quoteParts = (members: ReturnType<typeof aMember>[]) => expectOk(computeQuoteParts(aScenario({ members, costItems: [aCostItem("internet", { amount: "300.00" })] })));
    // Year run: three members and the Métropole at 10 postes each (75 € a quarter); full year: « Zèbre » is gone (100 € a third).
    const zebra = aMember("21001", { name: "Zèbre" });
    const summer = aMember("21002", { name: "Été" });
    const abbey = aMember("21003", { name: "abbaye" });
    const built = buildDeliberationTable({ epci: EPCI, year: { run: YEAR_RUN, quoteParts: quoteParts([zebra, summer, abbey]) }, followingYears: { run: FULL_YEAR_RUN, quoteParts: quoteParts([summer, abbey]) } });
    expect(built.members.map((member) => [member.name, member.year.participation, member.followingYears.participation, member.followingYears.acAdjustment])).toEqual([
      ["abbaye", "75.00", "100.00", "-100.00"],
      ["Été", "75.00", "100.00", "-100.00"],
      ["Zèbre", "75.00", "0.00", "0.00"],
    ]);
    expect(built.notes).toEqual([]);
  });
});
