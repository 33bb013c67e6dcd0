import fc from "fast-check";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import type { Fraction, QuoteParts } from "../../../shared/quoteParts/QuoteParts";
import { formatQuotePartReport } from "../../../shared/quoteParts/report/formatQuotePartReport";
import { expectOk } from "./expectOk";
import { amountArbitrary, inseeCodeArbitrary, scenarioArbitrary, weightArbitrary } from "./scenarioArbitrary";
import { aCostItem, METROPOLE_ID, type ScenarioInput } from "./scenarioFactory";

const compute = (scenario: ScenarioInput): QuoteParts => expectOk(computeQuoteParts(scenario));
const unitOf = (quoteParts: QuoteParts) => (quoteParts.rounding === "euro" ? 100n : 1n);
const toCents = (money: string): bigint => BigInt(money.replace(".", ""));
const abs = (value: bigint) => (value < 0n ? -value : value);
/** a − b as a fraction over a's denominator times b's, compared to zero. */
const compareFractions = (a: Fraction, b: Fraction) => {
  const difference = a.numerator * b.denominator - b.numerator * a.denominator;
  return difference > 0n ? 1 : difference < 0n ? -1 : 0;
};

describe("quote-part invariants on random scenarios", () => {
  test("for every item, the lines (communes + Métropole) add up exactly to the amount, in the typed result and the report", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const quoteParts = compute(scenario);
        const report = formatQuotePartReport(quoteParts);
        quoteParts.items.forEach((item, i) => {
          expect(item.shares.reduce((sum, share) => sum + share.cents, item.metropole.cents)).toBe(item.amountCents);
          const lines = report.items[i];
          expect(lines?.shares.reduce((sum, share) => sum + toCents(share.amount), toCents(lines.metropole))).toBe(toCents(String(scenario.costItems[i]?.amount)));
        });
      }),
    );
  });

  test("each commune pays within one unit (cent or euro) of its exact share, in whole units", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const quoteParts = compute(scenario);
        const unit = unitOf(quoteParts);
        for (const share of quoteParts.items.flatMap((item) => item.shares)) {
          const { numerator, denominator } = share.exactCents;
          expect(abs(share.cents * denominator - numerator) < unit * denominator).toBe(true);
          expect(share.cents % unit).toBe(0n);
        }
      }),
    );
  });

  test("Σ rounded communes equals Σ exact communes rounded half up to the unit", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const quoteParts = compute(scenario);
        const unit = unitOf(quoteParts);
        for (const item of quoteParts.items) {
          const denominator = item.shares[0]?.exactCents.denominator ?? 1n;
          const exact = item.shares.reduce((sum, share) => sum + share.exactCents.numerator, 0n);
          const rounded = item.shares.reduce((sum, share) => sum + share.cents, 0n);
          expect(rounded).toBe(((2n * exact + unit * denominator) / (2n * unit * denominator)) * unit);
        }
      }),
    );
  });

  test("the result does not depend on the order of the members", () => {
    const shuffled = scenarioArbitrary.chain((scenario) =>
      fc.shuffledSubarray(scenario.members, { minLength: scenario.members.length, maxLength: scenario.members.length }).map((members) => [scenario, { ...scenario, members }] as const),
    );
    fc.assert(
      fc.property(shuffled, ([scenario, reordered]) => {
        expect(formatQuotePartReport(compute(reordered))).toEqual(formatQuotePartReport(compute(scenario)));
      }),
    );
  });

  test("totals list every member once, by INSEE code ascending, with acAdjustment = − amount and never -0.00", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const { totals } = formatQuotePartReport(compute(scenario));
        expect(totals.map((total) => total.id)).toEqual(scenario.members.map((member) => member.id).sort((a, b) => (a < b ? -1 : 1)));
        for (const total of totals) {
          expect(toCents(total.acAdjustment)).toBe(-toCents(total.amount));
          expect(total.acAdjustment).not.toBe("-0.00");
        }
      }),
    );
  });
});

/**
 * One item of set B shared by communes that each joined on the 1st of a month, plus the Métropole:
 * the family where "more weight" and "more months" can be compared with everything else fixed.
 */
const familyArbitrary = fc.record({
  year: fc.integer({ min: 2000, max: 2100 }),
  rounding: fc.constantFrom("cent", "euro"),
  prorata: fc.constantFrom("monthly", "daily"),
  amount: amountArbitrary,
  metropoleWeight: fc.integer({ min: 1, max: 1000 }),
  communes: fc.uniqueArray(fc.record({ id: inseeCodeArbitrary, weight: weightArbitrary, start: fc.integer({ min: 0, max: 364 }) }), {
    selector: (commune) => commune.id,
    minLength: 1,
    maxLength: 8,
  }),
});
type Family = typeof familyArbitrary extends fc.Arbitrary<infer T> ? T : never;

const familyScenario = (family: Family): ScenarioInput => ({
  year: family.year,
  rounding: family.rounding,
  prorata: family.prorata,
  metropole: { id: METROPOLE_ID, weights: { postes: family.metropoleWeight } },
  members: family.communes.map(({ id, weight, start }) => {
    // Monthly: the 1st of month ⌊start/31⌋+1; daily: `start` days after 1 January.
    const from = family.prorata === "monthly" ? `${family.year}-${String(Math.min(12, Math.floor(start / 31) + 1)).padStart(2, "0")}-01` : new Date(Date.UTC(family.year, 0, 1 + start)).toISOString().slice(0, 10);
    return { id, name: id, adhesions: [{ set: "B", from }], weights: { postes: weight } };
  }),
  costItems: [aCostItem("x", { amount: family.amount })],
});

/** The first commune's line in the family's item (it takes part: it joined during the year). */
const firstCommuneLine = (family: Family) => {
  const id = family.communes[0]?.id;
  const line = compute(familyScenario(family)).items[0]?.shares.find((share) => share.id === id);
  if (!line) throw new Error("the first commune takes part");
  return line;
};

const withFirst = (family: Family, change: (commune: Family["communes"][number]) => Partial<Family["communes"][number]>): Family => ({
  ...family,
  communes: family.communes.map((commune, i) => (i === 0 ? { ...commune, ...change(commune) } : commune)),
});

describe("more weight or more months never pays less — what holds under largest-remainder rounding", () => {
  const moreWeight = fc.tuple(familyArbitrary, fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }).map((cents) => cents / 100)));
  const earlierStart = fc.tuple(familyArbitrary, fc.integer({ min: 1, max: 364 }));

  test("more months (or days) never pays less, exact and rounded (the other communes' remainders do not move)", () => {
    fc.assert(
      fc.property(earlierStart, ([family, earlier]) => {
        const before = firstCommuneLine(family);
        const after = firstCommuneLine(withFirst(family, (commune) => ({ start: Math.max(0, commune.start - earlier) })));
        expect(compareFractions(after.exactCents, before.exactCents)).toBeGreaterThanOrEqual(0);
        expect(after.cents >= before.cents).toBe(true);
      }),
    );
  });

  test("more weight never lowers the exact share", () => {
    fc.assert(
      fc.property(moreWeight, ([family, extra]) => {
        const before = firstCommuneLine(family);
        const after = firstCommuneLine(withFirst(family, (commune) => ({ weight: commune.weight + extra })));
        expect(compareFractions(after.exactCents, before.exactCents)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test("more weight never pays less for a commune that takes part all year", () => {
    fc.assert(
      fc.property(moreWeight, ([family, extra]) => {
        const allYear = withFirst(family, () => ({ start: 0 }));
        const before = firstCommuneLine(allYear);
        const after = firstCommuneLine(withFirst(allYear, (commune) => ({ weight: commune.weight + extra })));
        expect(after.cents >= before.cents).toBe(true);
      }),
    );
  });

  test("more weight never pays less when the communes' exact total does not drop (e.g. the item's only commune)", () => {
    fc.assert(
      fc.property(moreWeight, fc.boolean(), ([family, extra], alone) => {
        const chosen = alone ? { ...family, communes: family.communes.slice(0, 1) } : family;
        const exactTotal = (quoteParts: QuoteParts) => {
          const shares = quoteParts.items[0]?.shares ?? [];
          return { numerator: shares.reduce((sum, share) => sum + share.exactCents.numerator, 0n), denominator: shares[0]?.exactCents.denominator ?? 1n };
        };
        const heavier = withFirst(chosen, (commune) => ({ weight: commune.weight + extra }));
        fc.pre(compareFractions(exactTotal(compute(familyScenario(heavier))), exactTotal(compute(familyScenario(chosen)))) >= 0);
        expect(firstCommuneLine(heavier).cents >= firstCommuneLine(chosen).cents).toBe(true);
      }),
    );
  });

  test("more weight never pays less when the exact share grows by at least one unit", () => {
    fc.assert(
      fc.property(moreWeight, ([family, extra]) => {
        const unit = family.rounding === "euro" ? 100n : 1n;
        const before = firstCommuneLine(family);
        const after = firstCommuneLine(withFirst(family, (commune) => ({ weight: commune.weight + extra })));
        const grown = { numerator: after.exactCents.numerator - unit * after.exactCents.denominator, denominator: after.exactCents.denominator };
        fc.pre(compareFractions(grown, before.exactCents) >= 0);
        expect(after.cents >= before.cents).toBe(true);
      }),
    );
  });

  test("more weight never pays more than one unit less", () => {
    fc.assert(
      fc.property(moreWeight, ([family, extra]) => {
        const unit = family.rounding === "euro" ? 100n : 1n;
        const before = firstCommuneLine(family);
        const after = firstCommuneLine(withFirst(family, (commune) => ({ weight: commune.weight + extra })));
        expect(after.cents >= before.cents - unit).toBe(true);
      }),
    );
  });

  test("counterexample, rule kept: with more weight a commune that joined late can pay one unit less", () => {
    // Euro rounding, 2 000 € by weight. 21001 joins on 1 December (1 month), 21002 all year (weight
    // 496), Métropole 9. Weight 37 → 37.5 raises 21001's exact share (11.38 → 11.52 €) but
    // lowers the communes' exact total (1 841.64 → 1 840.09 €, as 21001 pays 1/12 of its weight), so
    // one leftover euro fewer is handed out and 21002's remainder (0.57) now beats 21001's (0.52).
    const line = (agents: number) =>
      firstCommuneLine({
        year: 2025,
        rounding: "euro",
        prorata: "monthly",
        amount: "2000.00",
        metropoleWeight: 9,
        communes: [
          { id: "21001", weight: agents, start: 341 },
          { id: "21002", weight: 496, start: 0 },
        ],
      });
    expect([line(37).cents, line(37.5).cents]).toEqual([1200n, 1100n]);
    expect(compareFractions(line(37.5).exactCents, line(37).exactCents)).toBe(1);
  });
});
