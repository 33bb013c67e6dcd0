import { buildQuotePartCsv } from "../../../shared/exports/buildQuotePartCsv";
import { buildRunExport } from "../../../shared/exports/buildRunExport";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { expectOk } from "../quoteParts/expectOk";
import { aCostItem, aMember, aScenario } from "../quoteParts/scenarioFactory";

const csvOf = (prorata: "monthly" | "daily") =>
  buildQuotePartCsv(
    buildRunExport(
      expectOk(
        computeQuoteParts(
          aScenario({
            prorata,
            members: [aMember("21231", { name: "Dijon", adhesions: [{ set: "B", from: "2025-05-01" }], weights: { postes: 12.5 } })],
            costItems: [aCostItem("internet", { label: "=cmd|' /C calc'!A0", amount: "1000.00" })],
          }),
        ),
      ),
      "Dijon Métropole",
    ),
  );

describe("buildQuotePartCsv", () => {
  const csv = csvOf("monthly");
  const lines = csv.slice(1).split("\r\n");

  test("UTF-8 byte-order mark, `;` separator, CRLF, French headers", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines[0]).toBe("Poste;Libellé;Ensemble;Clé de répartition;Code;Nom;Poids;Poids total;Mois;Montant exact (€);Montant (€)");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  test("one line per share with its derivation and a decimal comma, the Métropole's line without months, the label neutralised", () => {
    expect(lines[1]).toBe("internet;'=cmd|' /C calc'!A0;B;postes informatiques;21231;Dijon;12,5;22,5;8;370,3703703704;370,37");
    expect(lines[2]).toBe("internet;'=cmd|' /C calc'!A0;B;postes informatiques;242100410;Dijon Métropole;10;22,5;;629,6296296296;629,63");
  });

  test("a totals section: each commune's total and AC adjustment, then the sums", () => {
    expect(lines.slice(3)).toEqual([
      "",
      "Totaux par commune 2025",
      "Code INSEE;Commune;Quote-part totale (€);Ajustement de l'attribution de compensation (€)",
      "21231;Dijon;370,37;-370,37",
      "Total;Communes;370,37;-370,37",
      "242100410;Dijon Métropole (reste à charge);629,63;",
      "Total;Postes de coût;1000,00;",
      "",
    ]);
  });

  test("with the daily prorata the column holds days", () => {
    const daily = csvOf("daily").slice(1).split("\r\n");
    expect(daily[0]).toContain(";Jours (sur 365);");
    expect(daily[1]?.split(";")[8]).toBe("245");
  });
});
