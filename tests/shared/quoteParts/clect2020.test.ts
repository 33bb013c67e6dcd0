import { readFileSync } from "node:fs";
import path from "node:path";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { formatQuotePartReport } from "../../../shared/quoteParts/report/formatQuotePartReport";
import { expectOk } from "./expectOk";

// Issue 10 §1: the real 2020 CLECT table of Dijon Métropole (seed 001, « Focus sur le financement des
// services communs »), participations given as custom weights since the per-service inputs are not published.
export const CLECT_2020_FILE = path.resolve(__dirname, "..", "..", "fixtures", "clect2020.scenario.json");
const report = formatQuotePartReport(expectOk(computeQuoteParts(JSON.parse(readFileSync(CLECT_2020_FILE, "utf8")))));
const byName = new Map(report.totals.map((total) => [total.name, total] as const));

/** « Années 2020 et suivantes »: participation and AC adjustment of each of the 23 communes, as the council validated them. */
const TABLE_2020: readonly [string, string, string][] = [
  ["Ahuy", "0.00", "0.00"],
  ["Bressey-sur-Tille", "0.00", "0.00"],
  ["Bretenière", "500.00", "-500.00"],
  ["Chenôve + CCAS", "51587.00", "-51587.00"],
  ["Chevigny-Saint-Sauveur", "0.00", "0.00"],
  ["Corcelles-les-Monts", "2034.00", "-2034.00"],
  ["Daix", "0.00", "0.00"],
  ["Dijon + CCAS", "7858606.00", "-7437606.00"],
  ["Fénay", "4133.00", "-4133.00"],
  ["Flavignerot", "684.00", "-684.00"],
  ["Fontaine-lès-Dijon", "12000.00", "-12000.00"],
  ["Hauteville-lès-Dijon", "0.00", "0.00"],
  ["Longvic + CCAS", "12000.00", "-12000.00"],
  ["Magny-sur-Tille", "3209.00", "-3209.00"],
  ["Marsannay-la-Côte + CCAS", "16287.00", "-16287.00"],
  // The table shows 2 000 € through the AC; the 1 000 € of the commande publique are invoiced directly.
  ["Neuilly-Crimolois", "3000.00", "-2000.00"],
  ["Ouges", "4137.00", "-4137.00"],
  ["Perrigny-lès-Dijon", "0.00", "0.00"],
  ["Plombières-lès-Dijon", "3908.00", "-3908.00"],
  ["Quetigny + CCAS", "20940.00", "-20940.00"],
  ["Saint-Apollinaire", "10644.00", "-10644.00"],
  ["Sennecey-lès-Dijon", "0.00", "0.00"],
  ["Talant", "0.00", "0.00"],
];

describe("the 2020 CLECT table of Dijon Métropole comes out exactly", () => {
  test.each(TABLE_2020)("%s: participation %s €, AC adjustment %s €", (name, participation, acAdjustment) => {
    expect(byName.get(name)).toMatchObject({ amount: participation, acAdjustment });
  });

  test("Dijon: 7 858 606 € of participation, 421 000 € already in its AC, adjustment −7 437 606 €", () => {
    expect(byName.get("Dijon + CCAS")).toEqual({ id: "21231", name: "Dijon + CCAS", amount: "7858606.00", invoiced: "0.00", acAlreadyIncluded: "421000.00", acAdjustment: "-7437606.00" });
  });

  test("Neuilly-Crimolois: 2 000 € through the AC plus 1 000 € invoiced", () => {
    expect(byName.get("Neuilly-Crimolois")).toEqual({ id: "21452", name: "Neuilly-Crimolois", amount: "3000.00", invoiced: "1000.00", acAlreadyIncluded: "0.00", acAdjustment: "-2000.00" });
  });

  test("totals: AC adjustment −7 581 669 €, 1 000 € invoiced, the Métropole 4 919 013 €, and every euro of the items accounted for (no 1 € gap)", () => {
    expect(report.summary).toEqual({ costItems: "12922682.00", communes: "8003669.00", invoiced: "1000.00", acAdjustment: "-7581669.00", metropole: "4919013.00" });
  });
});
