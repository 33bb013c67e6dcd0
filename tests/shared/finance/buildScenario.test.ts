import { buildScenario } from "../../../shared/finance/buildScenario";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { formatQuotePartReport } from "../../../shared/quoteParts/report/formatQuotePartReport";
import { expectOk } from "../quoteParts/expectOk";
import { aCostItemsDocument, aMember, METROPOLE_ID } from "./support/financeFactory";

describe("buildScenario", () => {
  const members = [aMember("21231", "Dijon", "2025-05-01"), aMember("21166", "Chenôve", "2025-01-01", { periods: [], submission: undefined })];
  const scenario = buildScenario({ year: 2025, metropoleId: METROPOLE_ID, costItems: aCostItemsDocument({ rounding: "euro" }), members });

  test("the Métropole, every member with its periods and figures, the year's items and options", () => {
    expect(scenario).toMatchObject({
      year: 2025,
      rounding: "euro",
      prorata: "monthly",
      metropole: { id: METROPOLE_ID, weights: { postes: 100 } },
      members: [
        { id: "21231", name: "Dijon", adhesions: [{ set: "B", from: "2025-05-01" }], weights: { postes: 14, agents: 200, sites: 2 } },
        { id: "21166", name: "Chenôve", adhesions: [], weights: {} },
      ],
      costItems: [{ id: "infra", set: "B", amount: "12000.00", key: "postes" }],
    });
  });

  test("the engine accepts it; a member without any period still has a total of 0", () => {
    const report = formatQuotePartReport(expectOk(computeQuoteParts(scenario)));
    // Dijon: 12 000 × 14 / 114 × 8/12 = 982.456… → 982 € (euro rounding), the Métropole the rest.
    expect(report.items[0]).toEqual({
      id: "infra",
      label: expect.any(String),
      amount: "12000.00",
      metropole: "11018.00",
      shares: [{ id: "21231", name: "Dijon", weight: 14, totalWeight: 114, months: 8, exact: "982.4561403509", amount: "982.00" }],
    });
    expect(report.totals).toEqual([
      { id: "21166", name: "Chenôve", amount: "0.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "0.00" },
      { id: "21231", name: "Dijon", amount: "982.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "-982.00" },
    ]);
  });
});
