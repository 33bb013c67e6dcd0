import { validateCostItems } from "../../../shared/finance/validateCostItems";
import { METROPOLE_ID } from "./support/financeFactory";

const parties = { metropoleId: METROPOLE_ID, communeIds: ["21231", "21166"] };
const problemsOf = (input: unknown) => {
  const result = validateCostItems(input, parties);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
};

describe("validateCostItems", () => {
  test("a valid document comes back canonical: defaults filled, amounts with two decimals, sets normalised", () => {
    const result = validateCostItems(
      {
        metropole: { weights: { postes: 900 } },
        items: [
          { id: "internet", label: "Accès Internet", set: "B", amount: 1200.5 },
          { id: "finances", label: "Logiciel finances", set: "C:03", amount: "800", key: "users" },
          { id: "dpo", label: "DPO mutualisé", set: "A", amount: "300.00", key: "custom", weights: { "21231": 2, [METROPOLE_ID]: 1 } },
        ],
      },
      parties,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        metropole: { weights: { postes: 900 } },
        rounding: "cent",
        prorata: "monthly",
        items: [
          { id: "internet", label: "Accès Internet", set: "B", amount: "1200.50", key: "postes" },
          { id: "finances", label: "Logiciel finances", set: "C:3", amount: "800.00", key: "users" },
          { id: "dpo", label: "DPO mutualisé", set: "A", amount: "300.00", key: "custom", weights: { "21231": 2, [METROPOLE_ID]: 1 } },
        ],
      },
    });
  });

  test("field problems name their path, in French", () => {
    const problems = problemsOf({ metropole: { weights: { postes: -1 } }, rounding: "dixieme", items: [{ id: "x", label: "X", set: "D", amount: "12,50" }] });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "metropole.weights.postes", message: "le poids ne peut pas être négatif" },
        { path: "rounding", message: expect.stringMatching(/arrondi inconnu « dixieme »/) },
        { path: "items[0].set", message: expect.stringMatching(/ensemble inconnu « D »/) },
        { path: "items[0].amount", message: expect.stringMatching(/montant invalide « 12,50 »/) },
      ]),
    );
  });

  test("the Métropole's id is not typed: an `id` field is refused as unknown", () => {
    expect(problemsOf({ metropole: { id: METROPOLE_ID, weights: {} }, items: [] })).toEqual(expect.arrayContaining([{ path: "metropole", message: "champ inconnu : « id »" }]));
  });

  test("rules across items: at least one item, unique ids, custom weights naming the Métropole or members only", () => {
    expect(problemsOf({ metropole: { weights: {} }, items: [] })).toEqual([{ path: "items", message: "au moins un poste de coût est attendu" }]);
    const item = { id: "a", label: "A", set: "B", amount: "1.00" };
    const problems = problemsOf({
      metropole: { weights: {} },
      items: [item, item, { ...item, id: "c", key: "custom", weights: { "21231": 1, "75056": 3 } }],
    });
    expect(problems).toEqual([
      { path: "items[1].id", message: "identifiant de poste en double « a » (déjà en items[0])" },
      { path: 'items[2].weights["75056"]', message: expect.stringMatching(/identifiant inconnu « 75056 »/) },
    ]);
  });
});
