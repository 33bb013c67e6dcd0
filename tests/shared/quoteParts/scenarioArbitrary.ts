import fc from "fast-check";
import type { CostItemInput, MemberInput, ScenarioInput } from "./scenarioFactory";
import { METROPOLE_ID } from "./scenarioFactory";

const SETS = ["A", "B", "C", "C:1", "C:2", "C:3"] as const;
const WEIGHT_NAMES = ["postes", "agents", "sites", "users:1", "users:2", "users:3"] as const;

/** An INSEE code: five digits, or a Corsican 2A/2B code. */
export const inseeCodeArbitrary = fc.oneof(
  fc.integer({ min: 1001, max: 99999 }).map((n) => String(n).padStart(5, "0")),
  fc.tuple(fc.constantFrom("2A", "2B"), fc.integer({ min: 1, max: 999 })).map(([prefix, n]) => `${prefix}${String(n).padStart(3, "0")}`),
);

/** A weight: a whole number, or a decimal with up to two decimals (agents in ETP). */
export const weightArbitrary = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 500000 }).map((n) => n / 100));

/** An amount in cents, written as euros with two decimals. */
export const amountArbitrary = fc.bigInt({ min: 0n, max: 100_000_000_00n }).map((cents) => `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`);

/** The date `offset` days after 1 January of `year`, as YYYY-MM-DD. */
export const dateOf = (year: number, offset: number): string => new Date(Date.UTC(year, 0, 1 + offset)).toISOString().slice(0, 10);

const weightsArbitrary = (minimum: number) =>
  fc.tuple(...WEIGHT_NAMES.map(() => weightArbitrary.map((weight) => weight + minimum))).map((values) => Object.fromEntries(WEIGHT_NAMES.map((name, i) => [name, values[i] ?? 0])));

const adhesionArbitrary = (year: number) =>
  fc.record({ set: fc.constantFrom(...SETS), start: fc.integer({ min: -400, max: 400 }), length: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }) }).map(({ set, start, length }) => ({
    set,
    from: dateOf(year, start),
    ...(length === undefined ? {} : { to: dateOf(year, start + length) }),
  }));

const memberArbitrary = (year: number): fc.Arbitrary<MemberInput> =>
  fc.record({ id: inseeCodeArbitrary, adhesions: fc.array(adhesionArbitrary(year), { maxLength: 3 }), weights: weightsArbitrary(0) }).map((member) => ({ ...member, name: `Commune ${member.id}` }));

const costItemArbitrary = (members: readonly MemberInput[]): fc.Arbitrary<Omit<CostItemInput, "id">> =>
  fc
    .record({
      set: fc.constantFrom(...SETS),
      amount: amountArbitrary,
      key: fc.constantFrom("postes", "agents", "sites", "users", "equal", "custom"),
      custom: fc.array(weightArbitrary, { minLength: members.length, maxLength: members.length }),
      metropoleCustom: weightArbitrary.map((weight) => weight + 1),
    })
    .map(({ set, amount, key, custom, metropoleCustom }) => {
      // `users` needs one C domain; elsewhere it falls back to `postes`.
      const itemKey = key === "users" && !set.startsWith("C:") ? "postes" : key;
      const weights = Object.fromEntries([[METROPOLE_ID, metropoleCustom], ...members.map((member, i) => [member.id, custom[i] ?? 0])]);
      return { label: "Poste", set, amount, key: itemKey, ...(itemKey === "custom" ? { weights } : {}) };
    });

/**
 * Valid scenarios: up to 8 communes with random adhesions around the year (all sets, open or closed,
 * overlapping), every figure present, the Métropole's weights ≥ 1 (so no total weight is zero),
 * 1–5 items with mixed sets and keys, cent or euro rounding, monthly or daily prorata.
 */
export const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({ year: fc.integer({ min: 2000, max: 2100 }), rounding: fc.constantFrom("cent", "euro"), prorata: fc.constantFrom("monthly", "daily") })
  .chain(({ year, rounding, prorata }) =>
    fc.uniqueArray(memberArbitrary(year), { selector: (member) => member.id, maxLength: 8 }).chain((members) =>
      fc.record({
        metropoleWeights: weightsArbitrary(1),
        items: fc.array(costItemArbitrary(members), { minLength: 1, maxLength: 5 }),
      }).map(({ metropoleWeights, items }) => ({
        year,
        rounding,
        prorata,
        metropole: { id: METROPOLE_ID, weights: metropoleWeights },
        members,
        costItems: items.map((item, i) => ({ ...item, id: `item-${i}` })),
      })),
    ),
  );
