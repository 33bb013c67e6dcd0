import fc from "fast-check";
import { buildRunExport } from "../../../shared/exports/buildRunExport";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { formatQuotePartReport } from "../../../shared/quoteParts/report/formatQuotePartReport";
import { expectOk } from "../quoteParts/expectOk";
import { scenarioArbitrary } from "../quoteParts/scenarioArbitrary";
import { aCostItem, aMember, aScenario } from "../quoteParts/scenarioFactory";
import { IDENTITY, REPLACED_RUN_ID, settlementQuoteParts } from "./support/settlementScenario";

const cents = (text: string) => BigInt(text.replace(".", ""));

describe("buildRunExport", () => {
  const quoteParts = expectOk(
    computeQuoteParts(
      aScenario({
        members: [aMember("21231", { name: "Dijon", adhesions: [{ set: "B", from: "2025-05-01" }] }), aMember("21166", { name: "Chenôve", adhesions: [] })],
        costItems: [aCostItem("internet", { label: "Accès Internet", amount: "1000.00" })],
      }),
    ),
  );
  const run = buildRunExport({ quoteParts, metropoleName: "Dijon Métropole", run: IDENTITY });

  test("each item: its description, the communes' lines as in the report, then the Métropole's rest", () => {
    expect(run.items[0]).toEqual({
      id: "internet",
      label: "Accès Internet",
      set: "B",
      key: "postes",
      keyLabel: "postes informatiques",
      amount: "1000.00",
      lines: [
        { code: "21231", name: "Dijon", weight: "10", totalWeight: "20", periods: 8, exact: "333.3333333333", amount: "333.33", isMetropole: false },
        { code: "242100410", name: "Dijon Métropole", weight: "10", totalWeight: "20", exact: "666.6666666667", amount: "666.67", isMetropole: true },
      ],
    });
  });

  test("totals per commune (0 for a member without adhesion) and the sums the exports check; the run it comes from", () => {
    expect(run.totals).toEqual([
      { code: "21166", name: "Chenôve", amount: "0.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "0.00" },
      { code: "21231", name: "Dijon", amount: "333.33", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "-333.33" },
    ]);
    expect(run.sums).toEqual({ items: "1000.00", communes: "333.33", invoiced: "0.00", acAlreadyIncluded: "0.00", metropole: "666.67", acAdjustment: "-333.33" });
    expect(run.periodsLabel).toBe("Mois");
    expect(run.run).toBe(IDENTITY);
    expect(run.differences).toBeUndefined();
  });

  test("settlement per member: participation, of which invoiced directly, already in the AC, AC adjustment; the AC and invoiced totals apart", () => {
    // Each item in thirds: internet 1 000 € and commande 200 € a member. Dijon: −1 200 + 100 already in its AC;
    // Neuilly-Crimolois: −(1 200 − 200 invoiced).
    const settled = buildRunExport({ quoteParts: settlementQuoteParts(), metropoleName: "Dijon Métropole", run: IDENTITY });
    expect(settled.totals).toEqual([
      { code: "21231", name: "Dijon + CCAS", amount: "1200.00", invoiced: "0.00", acAlreadyIncluded: "100.00", acAdjustment: "-1100.00" },
      { code: "21452", name: "Neuilly-Crimolois", amount: "1200.00", invoiced: "200.00", acAlreadyIncluded: "0.00", acAdjustment: "-1000.00" },
    ]);
    expect(settled.sums).toEqual({ items: "3600.00", communes: "2400.00", invoiced: "200.00", acAlreadyIncluded: "100.00", acAdjustment: "-2100.00", metropole: "1200.00" });
  });

  test("a corrective run: the difference per member with the run it replaces (after − before)", () => {
    // The replaced run had internet at 1 500 € (500 € a third): each member's participation grows by 500 €, its AC adjustment falls by 500 €.
    const corrective = { ...IDENTITY, corrects: { runId: REPLACED_RUN_ID, reason: "Montant d'internet corrigé" } };
    const exported = buildRunExport({ quoteParts: settlementQuoteParts(), metropoleName: "Dijon Métropole", run: corrective, replaced: settlementQuoteParts("1500.00") });
    expect(exported.differences).toEqual({
      against: REPLACED_RUN_ID,
      members: [
        { id: "21231", name: "Dijon + CCAS", before: { amount: "700.00", acAdjustment: "-600.00" }, after: { amount: "1200.00", acAdjustment: "-1100.00" }, difference: { amount: "500.00", acAdjustment: "-500.00" } },
        { id: "21452", name: "Neuilly-Crimolois", before: { amount: "700.00", acAdjustment: "-500.00" }, after: { amount: "1200.00", acAdjustment: "-1000.00" }, difference: { amount: "500.00", acAdjustment: "-500.00" } },
      ],
    });
    // Without the replaced run's figures, or for a run that corrects nothing, no differences.
    expect(buildRunExport({ quoteParts: settlementQuoteParts(), metropoleName: "Dijon Métropole", run: IDENTITY, replaced: settlementQuoteParts("1500.00") }).differences).toBeUndefined();
  });

  test("property: every exported item's lines add up to its amount, and the commune lines say what the §5 report says", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const computed = computeQuoteParts(scenario);
        if (!computed.ok) return;
        const exported = buildRunExport({ quoteParts: computed.value, metropoleName: "Métropole", run: IDENTITY });
        const report = formatQuotePartReport(computed.value);
        exported.items.forEach((item, index) => {
          expect(item.lines.reduce((total, line) => total + cents(line.amount), 0n)).toBe(cents(item.amount));
          const communes = item.lines.filter((line) => !line.isMetropole).map(({ code, exact, amount }) => ({ id: code, exact, amount }));
          expect(communes).toEqual(report.items[index]?.shares.map(({ id, exact, amount }) => ({ id, exact, amount })));
        });
        expect(cents(exported.sums.communes) + cents(exported.sums.metropole)).toBe(cents(exported.sums.items));
        const { sums } = exported;
        expect(cents(sums.acAdjustment)).toBe(-(cents(sums.communes) - cents(sums.invoiced)) + cents(sums.acAlreadyIncluded));
      }),
      { numRuns: 150 },
    );
  });
});
