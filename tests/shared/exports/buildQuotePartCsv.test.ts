import { buildQuotePartCsv } from "../../../shared/exports/buildQuotePartCsv";
import { buildRunExport } from "../../../shared/exports/buildRunExport";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { expectOk } from "../quoteParts/expectOk";
import { aCostItem, aMember, aScenario } from "../quoteParts/scenarioFactory";
import { IDENTITY, REPLACED_RUN_ID, RUN_ID, settlementQuoteParts } from "./support/settlementScenario";

const csvOf = (prorata: "monthly" | "daily") =>
  buildQuotePartCsv(
    buildRunExport({
      quoteParts: expectOk(
        computeQuoteParts(
          aScenario({
            prorata,
            members: [aMember("21231", { name: "Dijon", adhesions: [{ set: "B", from: "2025-05-01" }], weights: { postes: 12.5 } })],
            costItems: [aCostItem("internet", { label: "=cmd|' /C calc'!A0", amount: "1000.00" })],
          }),
        ),
      ),
      metropoleName: "Dijon Métropole",
      run: IDENTITY,
    }),
  );

/** The CSV's lines, without the byte-order mark. */
const linesOf = (csv: string) => csv.slice(1).split("\r\n");
/** The lines of the section starting with `title`, up to the blank line that ends it. */
function section(lines: readonly string[], title: string): string[] {
  const start = lines.findIndex((line) => line.startsWith(title));
  if (start < 0) throw new Error(`no section ${title} in:\n${lines.join("\n")}`);
  const end = lines.indexOf("", start);
  return lines.slice(start, end < 0 ? undefined : end);
}

describe("buildQuotePartCsv", () => {
  const csv = csvOf("monthly");
  const lines = linesOf(csv);

  test("UTF-8 byte-order mark, `;` separator, CRLF; first the run it shows: id, cut-off, status", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines.slice(0, 5)).toEqual(["Quote-parts 2025;Dijon Métropole (SIREN 242100410)", `Calcul;${RUN_ID}`, "Date d'arrêté;01/03/2025", "Statut;calculé", ""]);
  });

  test("one line per share with its derivation and a decimal comma, the Métropole's line without months, the label neutralised", () => {
    expect(section(lines, "Détail par poste de coût")).toEqual([
      "Détail par poste de coût",
      "Poste;Libellé;Ensemble;Clé de répartition;Code;Nom;Poids;Poids total;Mois;Montant exact (€);Montant (€)",
      // Dijon: 1 000 × 12.5 / 22.5 × 8/12 = 370.370…; the Métropole the rest.
      "internet;'=cmd|' /C calc'!A0;B;postes informatiques;21231;Dijon;12,5;22,5;8;370,3703703704;370,37",
      "internet;'=cmd|' /C calc'!A0;B;postes informatiques;242100410;Dijon Métropole;10;22,5;;629,6296296296;629,63",
    ]);
  });

  test("each member's settlement, then the totals: communes, the Métropole's rest, the items", () => {
    expect(section(lines, "Règlement par commune")).toEqual([
      "Règlement par commune 2025",
      "Code INSEE;Commune;Participation (€);Dont refacturé directement (€);Déjà compris dans l'attribution de compensation (€);Ajustement de l'attribution de compensation (€)",
      "21231;Dijon;370,37;0,00;0,00;-370,37",
      "Total;Communes;370,37;0,00;0,00;-370,37",
      "242100410;Dijon Métropole (reste à charge);629,63;;;",
      "Total;Postes de coût;1000,00;;;",
    ]);
  });

  test("invoiced directly and already in the AC: the AC total and the invoiced total apart", () => {
    const settled = linesOf(buildQuotePartCsv(buildRunExport({ quoteParts: settlementQuoteParts(), metropoleName: "Dijon Métropole", run: IDENTITY })));
    // Thirds of 3 000 € and 600 €: 1 200 € each; Dijon −1 200 + 100, Neuilly-Crimolois −(1 200 − 200).
    expect(section(settled, "Règlement par commune").slice(2)).toEqual([
      "21231;Dijon + CCAS;1200,00;0,00;100,00;-1100,00",
      "21452;Neuilly-Crimolois;1200,00;200,00;0,00;-1000,00",
      "Total;Communes;2400,00;200,00;100,00;-2100,00",
      "242100410;Dijon Métropole (reste à charge);1200,00;;;",
      "Total;Postes de coût;3600,00;;;",
    ]);
  });

  test("a corrective run says what it replaces and why, and shows the difference per member with the replaced run", () => {
    const run = { ...IDENTITY, corrects: { runId: REPLACED_RUN_ID, reason: "Montant d'internet corrigé; délibération du 12 mars" } };
    const corrective = linesOf(buildQuotePartCsv(buildRunExport({ quoteParts: settlementQuoteParts(), metropoleName: "Dijon Métropole", run, replaced: settlementQuoteParts("1500.00") })));
    expect(corrective.slice(4, 6)).toEqual([`Annule et remplace le calcul;${REPLACED_RUN_ID}`, 'Motif de la correction;"Montant d\'internet corrigé; délibération du 12 mars"']);
    // internet was 1 500 € (500 € a third): +500 € of participation, −500 € of AC adjustment each.
    expect(section(corrective, "Écarts avec le calcul remplacé")).toEqual([
      `Écarts avec le calcul remplacé ${REPLACED_RUN_ID}`,
      "Code INSEE;Commune;Participation avant (€);Participation après (€);Écart de participation (€);Ajustement de l'AC avant (€);Ajustement de l'AC après (€);Écart d'ajustement de l'AC (€)",
      "21231;Dijon + CCAS;700,00;1200,00;500,00;-600,00;-1100,00;-500,00",
      "21452;Neuilly-Crimolois;700,00;1200,00;500,00;-500,00;-1000,00;-500,00",
    ]);
    const unchanged = linesOf(buildQuotePartCsv(buildRunExport({ quoteParts: settlementQuoteParts(), metropoleName: "Dijon Métropole", run, replaced: settlementQuoteParts() })));
    expect(section(unchanged, "Écarts avec le calcul remplacé").slice(2)).toEqual(["Aucun écart"]);
  });

  test("a run « en année pleine » and a replaced run say so", () => {
    const run = { ...IDENTITY, status: "remplace" as const, statusLabel: "remplacé (annulé et remplacé)", fullYear: true, replacedBy: { runId: "20250312T090000000Z-9f8e7d6c", on: "2025-03-12" } };
    const described = linesOf(buildQuotePartCsv(buildRunExport({ quoteParts: settlementQuoteParts(), metropoleName: "Dijon Métropole", run })));
    expect(described.slice(3, 8)).toEqual([
      "Statut;remplacé (annulé et remplacé)",
      "En année pleine;oui : chaque adhésion en vigueur à l'arrêté comptée 12 mois",
      "Remplacé par le calcul;20250312T090000000Z-9f8e7d6c",
      "Remplacé le;12/03/2025",
      "",
    ]);
  });

  test("with the daily prorata the column holds days", () => {
    const daily = section(linesOf(csvOf("daily")), "Détail par poste de coût");
    expect(daily[1]).toContain(";Jours (sur 365);");
    expect(daily[2]?.split(";")[8]).toBe("245");
  });
});
