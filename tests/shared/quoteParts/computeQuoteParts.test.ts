import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { formatQuotePartReport } from "../../../shared/quoteParts/report/formatQuotePartReport";
import type { QuotePartReport } from "../../../shared/quoteParts/report/QuotePartReport";
import { expectOk } from "./expectOk";
import { aCostItem, aMember, aScenario, METROPOLE_ID, type ScenarioInput } from "./scenarioFactory";

const report = (scenario: ScenarioInput): QuotePartReport => formatQuotePartReport(expectOk(computeQuoteParts(scenario)));
const firstItem = (scenario: ScenarioInput) => {
  const item = report(scenario).items[0];
  if (!item) throw new Error("no item");
  return item;
};
const amounts = (scenario: ScenarioInput) => Object.fromEntries(firstItem(scenario).shares.map((share) => [share.id, share.amount]));

describe("CLECT prorata (2019 financing tables): a month counts when the adhesion is effective on its 1st day", () => {
  // Bretenière (21106): 500 € in a full year; effective 1 May 2019 → 8 months → 333 € (euro rounding).
  const bretenière = (from: string): ScenarioInput =>
    aScenario({
      year: 2019,
      rounding: "euro",
      metropole: { id: METROPOLE_ID, weights: { postes: 1 } },
      members: [aMember("21106", { name: "Bretenière", adhesions: [{ set: "B", from }], weights: { postes: 1 } })],
      costItems: [aCostItem("services-communs", { amount: "1000.00" })],
    });

  test("a full year of adhesion pays the full share: 500 €", () => {
    expect(firstItem(bretenière("2018-01-01"))).toEqual({
      id: "services-communs",
      label: "Poste services-communs",
      amount: "1000.00",
      metropole: "500.00",
      shares: [{ id: "21106", name: "Bretenière", weight: 1, totalWeight: 2, months: 12, exact: "500.0000000000", amount: "500.00" }],
    });
  });

  test("effective 1 May pays 8/12: Bretenière 500 € → 333 €, the Métropole carries the rest", () => {
    expect(firstItem(bretenière("2019-05-01"))).toEqual({
      id: "services-communs",
      label: "Poste services-communs",
      amount: "1000.00",
      metropole: "667.00",
      shares: [{ id: "21106", name: "Bretenière", weight: 1, totalWeight: 2, months: 8, exact: "333.3333333333", amount: "333.00" }],
    });
  });

  test("effective 1 July pays 6/12: Neuilly-Crimolois 1 000 € → 500 €", () => {
    const scenario = aScenario({
      year: 2019,
      metropole: { id: METROPOLE_ID, weights: { postes: 1 } },
      members: [aMember("21452", { name: "Neuilly-Crimolois", adhesions: [{ set: "B", from: "2019-07-01" }], weights: { postes: 1 } })],
      costItems: [aCostItem("commande-publique", { amount: "2000.00" })],
    });
    expect(firstItem(scenario).shares).toEqual([{ id: "21452", name: "Neuilly-Crimolois", weight: 1, totalWeight: 2, months: 6, exact: "500.0000000000", amount: "500.00" }]);
  });

  test("effective on the 2nd of a month does not count that month", () => {
    const scenario = aScenario({ members: [aMember("21231", { adhesions: [{ set: "B", from: "2025-05-02" }] })] });
    expect(firstItem(scenario).shares[0]).toMatchObject({ months: 7 });
  });

  test("overlapping adhesions to the same set count each month once; `to` is excluded", () => {
    const adhesions = [
      { set: "B", from: "2025-01-01", to: "2025-07-01" },
      { set: "B", from: "2025-03-01", to: "2025-10-01" },
    ];
    expect(firstItem(aScenario({ members: [aMember("21231", { adhesions })] })).shares[0]).toMatchObject({ months: 9 });
  });
});

describe("participants: members whose adhesions cover the item's set, plus the Métropole", () => {
  const members = [
    aMember("21001", { adhesions: [{ set: "C:1", from: "2025-01-01" }] }),
    aMember("21002", { adhesions: [{ set: "C:16", from: "2025-01-01" }] }),
    aMember("21003", { adhesions: [{ set: "C", from: "2025-01-01" }] }),
    aMember("21004", { adhesions: [{ set: "B", from: "2025-01-01" }] }),
    aMember("21005", { adhesions: [{ set: "C:1", from: "2024-01-01", to: "2025-01-01" }] }),
  ];

  test("an item of the whole set C is shared by the members of any C domain", () => {
    const scenario = aScenario({ members, costItems: [aCostItem("socle-c", { set: "C", amount: "900.00", key: "equal" })] });
    expect(amounts(scenario)).toEqual({ "21001": "225.00", "21002": "225.00", "21003": "225.00" });
    expect(firstItem(scenario).metropole).toBe("225.00");
  });

  test("an item of one C domain is shared by that domain's members and by adhesions to the whole set C", () => {
    const scenario = aScenario({ members, costItems: [aCostItem("etat-civil", { set: "C:1", amount: "300.00", key: "equal" })] });
    expect(amounts(scenario)).toEqual({ "21001": "100.00", "21003": "100.00" });
  });

  test("a member with no month in the year does not take part, and its total is 0.00", () => {
    const result = report(aScenario({ members, costItems: [aCostItem("etat-civil", { set: "C:1", amount: "300.00", key: "equal" })] }));
    expect(result.totals.find((total) => total.id === "21005")).toEqual({ id: "21005", name: "Commune 21005", amount: "0.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "0.00" });
  });
});

describe("largest-remainder rounding of the communes, the Métropole takes the rest", () => {
  const threeCommunes = (amount: string, weights: [number, number, number], metropoleWeight = 0, rounding = "cent") =>
    aScenario({
      rounding,
      metropole: { id: METROPOLE_ID, weights: { postes: metropoleWeight } },
      // Listed out of order on purpose: ties go by INSEE code, not by position.
      members: [aMember("2A004", { weights: { postes: weights[2] } }), aMember("21600", { weights: { postes: weights[1] } }), aMember("21001", { weights: { postes: weights[0] } })],
      costItems: [aCostItem("x", { amount })],
    });

  test("tied remainders: the leftover cent goes to the lowest INSEE code", () => {
    const item = firstItem(threeCommunes("1.00", [1, 1, 1]));
    expect(item.shares.map((share) => [share.id, share.exact, share.amount])).toEqual([
      ["21001", "0.3333333333", "0.34"],
      ["21600", "0.3333333333", "0.33"],
      ["2A004", "0.3333333333", "0.33"],
    ]);
    expect(item.metropole).toBe("0.00");
  });

  test("tied remainders: two leftover cents go to the two lowest INSEE codes", () => {
    expect(amounts(threeCommunes("0.05", [1, 1, 1]))).toEqual({ "21001": "0.02", "21600": "0.02", "2A004": "0.01" });
  });

  test("a larger remainder wins over a lower INSEE code", () => {
    // exact 3.33… and 6.66… cents: the leftover cent goes to 21600 (remainder 0.67).
    expect(amounts(threeCommunes("0.10", [1, 2, 0]))).toEqual({ "21001": "0.03", "21600": "0.07", "2A004": "0.00" });
  });

  test("the communes' total is Σ exact shares rounded half up: two half cents make one cent", () => {
    const item = firstItem(threeCommunes("0.02", [1, 1, 0], 2));
    expect(item.shares.map((share) => share.amount)).toEqual(["0.01", "0.00", "0.00"]);
    expect(item.metropole).toBe("0.01");
  });

  test("euro rounding: whole euros for the communes, the Métropole keeps the cents", () => {
    const item = firstItem(threeCommunes("1000.50", [1, 1, 1], 1, "euro"));
    expect(item.shares.map((share) => [share.exact, share.amount])).toEqual([
      ["250.1250000000", "250.00"],
      ["250.1250000000", "250.00"],
      ["250.1250000000", "250.00"],
    ]);
    expect(item.metropole).toBe("250.50");
  });

  test("euro rounding: the leftover euro goes to the lowest INSEE code", () => {
    const item = firstItem(threeCommunes("1000.00", [1, 1, 1], 0, "euro"));
    expect(item.shares.map((share) => share.amount)).toEqual(["334.00", "333.00", "333.00"]);
    expect(item.metropole).toBe("0.00");
  });
});

describe("daily prorata: days effective / days in the year", () => {
  const daily = (year: number, adhesion: { set: string; from: string; to?: string }, amount: string) =>
    aScenario({
      year,
      prorata: "daily",
      metropole: { id: METROPOLE_ID, weights: { postes: 1 } },
      members: [aMember("21231", { adhesions: [adhesion], weights: { postes: 1 } })],
      costItems: [aCostItem("x", { amount })],
    });

  test("leap year: effective 1 February 2024 → 335/366 days", () => {
    expect(firstItem(daily(2024, { set: "B", from: "2024-02-01" }, "732.00")).shares).toEqual([
      { id: "21231", name: "Commune 21231", weight: 1, totalWeight: 2, days: 335, daysInYear: 366, exact: "335.0000000000", amount: "335.00" },
    ]);
  });

  test("common year: effective 1 February 2025 → 334/365 days", () => {
    expect(firstItem(daily(2025, { set: "B", from: "2025-02-01" }, "730.00")).shares[0]).toMatchObject({ days: 334, daysInYear: 365, amount: "334.00" });
  });

  test("29 February 2024 alone is one day", () => {
    expect(firstItem(daily(2024, { set: "B", from: "2024-02-29", to: "2024-03-01" }, "732.00")).shares[0]).toMatchObject({ days: 1, amount: "1.00" });
  });

  test("one day is enough to take part (it would be no month with the monthly prorata)", () => {
    expect(firstItem(daily(2025, { set: "B", from: "2025-12-31" }, "730.00")).shares[0]).toMatchObject({ days: 1, amount: "1.00" });
    const monthly = { ...daily(2025, { set: "B", from: "2025-12-31" }, "730.00"), prorata: "monthly" };
    expect(firstItem(monthly).shares).toEqual([]);
    expect(firstItem(monthly).metropole).toBe("730.00");
  });
});

describe("distribution keys", () => {
  test("`users` reads users:<domain> of the item's C domain, for the communes and the Métropole", () => {
    const scenario = aScenario({
      metropole: { id: METROPOLE_ID, weights: { "users:3": 10, "users:4": 1000 } },
      members: [
        aMember("21231", { adhesions: [{ set: "C:3", from: "2025-01-01" }], weights: { "users:3": 40, "users:4": 1000 } }),
        aMember("21166", { adhesions: [{ set: "C:4", from: "2025-01-01" }], weights: { "users:4": 5 } }),
      ],
      costItems: [aCostItem("finances", { set: "C:3", key: "users", amount: "1000.00" })],
    });
    expect(firstItem(scenario)).toEqual({
      id: "finances",
      label: "Poste finances",
      amount: "1000.00",
      metropole: "200.00",
      shares: [{ id: "21231", name: "Commune 21231", weight: 40, totalWeight: 50, months: 12, exact: "800.0000000000", amount: "800.00" }],
    });
  });

  test("`equal` gives every participant, the Métropole included, a weight of 1", () => {
    const scenario = aScenario({ members: [aMember("21231"), aMember("21166"), aMember("21003")], costItems: [aCostItem("x", { key: "equal" })] });
    const item = firstItem(scenario);
    expect(item.shares.map((share) => [share.weight, share.totalWeight, share.amount])).toEqual([
      [1, 4, "250.00"],
      [1, 4, "250.00"],
      [1, 4, "250.00"],
    ]);
    expect(item.metropole).toBe("250.00");
  });

  test("`custom` reads the item's own weights, the Métropole's by its SIREN", () => {
    const scenario = aScenario({
      members: [aMember("21231"), aMember("21166")],
      costItems: [aCostItem("x", { key: "custom", amount: "800.00", weights: { "21231": 3, "21166": 1, [METROPOLE_ID]: 4 } })],
    });
    expect(amounts(scenario)).toEqual({ "21166": "100.00", "21231": "300.00" });
    expect(firstItem(scenario).metropole).toBe("400.00");
  });

  test("`postes` is the default key", () => {
    const scenario = aScenario({
      members: [aMember("21231", { weights: { postes: 30, agents: 1 } })],
      costItems: [{ id: "x", label: "X", set: "B", amount: "400.00" }],
    });
    expect(amounts(scenario)).toEqual({ "21231": "300.00" });
  });

  test("decimal weights keep their exact ratio (0.1 : 0.2), total weight shown as typed", () => {
    const scenario = aScenario({
      metropole: { id: METROPOLE_ID, weights: { agents: 0 } },
      members: [aMember("21001", { weights: { agents: 0.1 } }), aMember("21002", { weights: { agents: 0.2 } })],
      costItems: [aCostItem("x", { key: "agents", amount: "3.00" })],
    });
    expect(firstItem(scenario).shares.map((share) => [share.weight, share.totalWeight, share.exact, share.amount])).toEqual([
      [0.1, 0.3, "1.0000000000", "1.00"],
      [0.2, 0.3, "2.0000000000", "2.00"],
    ]);
  });
});

describe("report", () => {
  const scenario = aScenario({
    metropole: { id: METROPOLE_ID, weights: { postes: 2, agents: 1 } },
    members: [
      aMember("21231", { weights: { postes: 5, agents: 1 } }),
      aMember("21003", { adhesions: [], weights: {} }),
      aMember("21166", { adhesions: [{ set: "B", from: "2025-07-01" }], weights: { postes: 3, agents: 2 } }),
    ],
    costItems: [aCostItem("zeta", { amount: "100.00" }), aCostItem("alpha", { amount: 60, key: "agents" })],
  });

  test("lists items in the scenario's order, shares and totals by INSEE code, every member in the totals", () => {
    expect(report(scenario)).toEqual({
      year: 2025,
      items: [
        {
          id: "zeta",
          label: "Poste zeta",
          amount: "100.00",
          metropole: "35.00",
          shares: [
            { id: "21166", name: "Commune 21166", weight: 3, totalWeight: 10, months: 6, exact: "15.0000000000", amount: "15.00" },
            { id: "21231", name: "Commune 21231", weight: 5, totalWeight: 10, months: 12, exact: "50.0000000000", amount: "50.00" },
          ],
        },
        {
          id: "alpha",
          label: "Poste alpha",
          amount: "60.00",
          metropole: "30.00",
          shares: [
            { id: "21166", name: "Commune 21166", weight: 2, totalWeight: 4, months: 6, exact: "15.0000000000", amount: "15.00" },
            { id: "21231", name: "Commune 21231", weight: 1, totalWeight: 4, months: 12, exact: "15.0000000000", amount: "15.00" },
          ],
        },
      ],
      totals: [
        { id: "21003", name: "Commune 21003", amount: "0.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "0.00" },
        { id: "21166", name: "Commune 21166", amount: "30.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "-30.00" },
        { id: "21231", name: "Commune 21231", amount: "65.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "-65.00" },
      ],
      summary: { costItems: "160.00", communes: "95.00", invoiced: "0.00", acAdjustment: "-95.00", metropole: "65.00" },
    });
  });

  test("the typed result carries exact fractions and bigint cents", () => {
    const result = expectOk(computeQuoteParts(scenario));
    const share = result.items[0]?.shares[0];
    expect(share).toMatchObject({ id: "21166", periods: 6, cents: 1500n });
    expect(Number(share?.exactCents.numerator) / Number(share?.exactCents.denominator)).toBe(1500);
    expect(result.items[0]?.metropole.cents).toBe(3500n);
    expect(result.totals.map((total) => total.acAdjustmentCents)).toEqual([0n, -3000n, -6500n]);
  });
});
