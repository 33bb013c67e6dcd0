import fc from "fast-check";
import { buildRunExport } from "../../../shared/exports/buildRunExport";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { formatQuotePartReport } from "../../../shared/quoteParts/report/formatQuotePartReport";
import { expectOk } from "../quoteParts/expectOk";
import { scenarioArbitrary } from "../quoteParts/scenarioArbitrary";
import { aCostItem, aMember, aScenario } from "../quoteParts/scenarioFactory";

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
  const run = buildRunExport(quoteParts, "Dijon Métropole");

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

  test("totals per commune (0 for a member without adhesion) and the sums the exports check", () => {
    expect(run.totals).toEqual([
      { code: "21166", name: "Chenôve", amount: "0.00", acAdjustment: "0.00" },
      { code: "21231", name: "Dijon", amount: "333.33", acAdjustment: "-333.33" },
    ]);
    expect(run.sums).toEqual({ items: "1000.00", communes: "333.33", metropole: "666.67", acAdjustment: "-333.33" });
    expect(run.periodsLabel).toBe("Mois");
  });

  test("property: every exported item's lines add up to its amount, and the commune lines say what the §5 report says", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const computed = computeQuoteParts(scenario);
        if (!computed.ok) return;
        const exported = buildRunExport(computed.value, "Métropole");
        const report = formatQuotePartReport(computed.value);
        exported.items.forEach((item, index) => {
          expect(item.lines.reduce((total, line) => total + cents(line.amount), 0n)).toBe(cents(item.amount));
          const communes = item.lines.filter((line) => !line.isMetropole).map(({ code, exact, amount }) => ({ id: code, exact, amount }));
          expect(communes).toEqual(report.items[index]?.shares.map(({ id, exact, amount }) => ({ id, exact, amount })));
        });
        expect(cents(exported.sums.communes) + cents(exported.sums.metropole)).toBe(cents(exported.sums.items));
      }),
      { numRuns: 150 },
    );
  });
});
