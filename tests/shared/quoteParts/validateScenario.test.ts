import { validateScenario } from "../../../shared/quoteParts/validateScenario";
import { describeProblem } from "../../../shared/validation/problem";
import { expectOk } from "./expectOk";
import { aCostItem, aMember, aScenario, METROPOLE_ID } from "./scenarioFactory";

/** The problems of an input, as the lines a user reads (`path : message`). */
const problemsOf = (input: unknown): string[] => {
  const result = validateScenario(input);
  return result.ok ? [] : result.problems.map(describeProblem);
};

describe("scenario shape", () => {
  test("a valid scenario passes, with the defaults: cent rounding, monthly prorata, postes key", () => {
    const { scenario } = expectOk(validateScenario(aScenario({ costItems: [{ id: "x", label: "X", set: "B", amount: "1.5" }] })));
    expect(scenario).toMatchObject({ rounding: "cent", prorata: "monthly" });
    expect(scenario.costItems[0]).toMatchObject({ key: "postes", amount: 150n });
  });

  test("a negative amount is rejected, naming the field", () => {
    expect(problemsOf(aScenario({ costItems: [aCostItem("x", { amount: "-120000.00" })] }))).toEqual(["costItems[0].amount : le montant ne peut pas être négatif"]);
    expect(problemsOf(aScenario({ costItems: [aCostItem("x", { amount: -3 })] }))).toEqual(["costItems[0].amount : le montant ne peut pas être négatif"]);
  });

  test.each([["1.005"], [1.005], ["12,50"], ["1e3"], [""], [" 12"], [true]])("an amount with more than two decimals or not a number (%p) is rejected", (amount) => {
    expect(problemsOf(aScenario({ costItems: [aCostItem("x", { amount: amount as string })] }))).toEqual([
      expect.stringMatching(/^costItems\[0\]\.amount : montant invalide .* au plus 2 décimales/),
    ]);
  });

  test.each([["120000", 12000000n], ["0.5", 50n], [19.99, 1999n], [0, 0n], ["007.10", 710n]])("the amount %p reads as %p cents", (amount, cents) => {
    expect(expectOk(validateScenario(aScenario({ costItems: [aCostItem("x", { amount })] }))).scenario.costItems[0]?.amount).toBe(cents);
  });

  test("amounts stop at 999 999 999 999,99 € (exact to the cent in JSON, CSV and XLSX), string or number, and so does the items' total", () => {
    for (const amount of ["1000000000000.00", "123456789012345678901234567890", 98765432109876.54, 1e12]) {
      expect(problemsOf(aScenario({ costItems: [aCostItem("x", { amount })] }))).toEqual(["costItems[0].amount : montant trop grand : 999 999 999 999,99 € au plus"]);
    }
    expect(expectOk(validateScenario(aScenario({ costItems: [aCostItem("x", { amount: "999999999999.99" })] }))).scenario.costItems[0]?.amount).toBe(99999999999999n);
    expect(expectOk(validateScenario(aScenario({ costItems: [aCostItem("x", { amount: 999999999999.99 })] }))).scenario.costItems[0]?.amount).toBe(99999999999999n);
    expect(problemsOf(aScenario({ costItems: [aCostItem("x", { amount: "600000000000.00" }), aCostItem("y", { amount: "400000000000.00" })] }))).toEqual([
      "costItems : le total des postes de coût dépasse 999 999 999 999,99 €",
    ]);
  });

  test("custom weights (often euros of a CLECT table) stop at 999 999 999 999,99 too", () => {
    const custom = aCostItem("x", { key: "custom", weights: { [METROPOLE_ID]: 1, "21231": 1e15 } });
    expect(problemsOf(aScenario({ costItems: [custom] }))).toEqual(['costItems[0].weights["21231"] : poids trop grand : 999 999 999 999,99 au plus']);
  });

  test("settlement fields: invoiced items name cost items of the scenario, once; what the AC already carries is an amount", () => {
    const member = { ...aMember("21231"), invoicedItems: ["x", "inconnu", "x"], acAlreadyIncluded: "-5" };
    expect(problemsOf(aScenario({ members: [member], costItems: [aCostItem("x")] }))).toEqual(["members[0].acAlreadyIncluded : le montant ne peut pas être négatif"]);
    expect(problemsOf(aScenario({ members: [{ ...member, acAlreadyIncluded: "421000.00" }], costItems: [aCostItem("x")] }))).toEqual([
      "members[0].invoicedItems[1] : poste de coût inconnu « inconnu » : la refacturation directe porte sur un poste de coût du scénario",
      "members[0].invoicedItems[2] : poste de coût « x » cité deux fois",
    ]);
  });

  test.each([[1999], [2101], [2025.5], ["2025"]])("the year %p is rejected", (year) => {
    expect(problemsOf({ ...aScenario(), year })).toEqual(["year : l'année doit être un entier entre 2000 et 2100"]);
  });

  test("rounding and prorata accept only their options", () => {
    expect(problemsOf(aScenario({ rounding: "centime", prorata: "weekly" }))).toEqual([
      "rounding : arrondi inconnu « centime » : attendu « cent » ou « euro »",
      "prorata : prorata inconnu « weekly » : attendu « monthly » (au mois) ou « daily » (au jour)",
    ]);
  });

  test("the Métropole needs a SIREN of 9 digits", () => {
    expect(problemsOf(aScenario({ metropole: { id: "24210041", weights: { postes: 1 } } }))).toEqual([
      "metropole.id : SIREN invalide « 24210041 » : texte de 9 chiffres attendu (par exemple 242100410)",
    ]);
  });

  test.each([["2123"], ["2C004"], ["212311"], [21231]])("the INSEE code %p is rejected", (id) => {
    expect(problemsOf(aScenario({ members: [{ ...aMember("21231"), id: id as string }] }))).toEqual([expect.stringMatching(/^members\[0\]\.id : code INSEE invalide/)]);
  });

  test("Corsican INSEE codes (2A, 2B) are accepted", () => {
    expect(problemsOf(aScenario({ members: [aMember("2A004"), aMember("2B033")] }))).toEqual([]);
  });

  test("weights are an object; absent weights are no weights", () => {
    expect(problemsOf(aScenario({ members: [{ ...aMember("21231"), weights: [1, 2] as unknown as Record<string, number> }] }))).toEqual([
      "members[0].weights : objet { clé : poids } attendu",
    ]);
    const { weights: _weights, ...withoutWeights } = aMember("21166", { adhesions: [] });
    expect(problemsOf({ ...aScenario(), members: [aMember("21231"), withoutWeights] })).toEqual([]);
  });

  test("a missing user count names the domain key", () => {
    const scenario = aScenario({
      metropole: { id: METROPOLE_ID, weights: { "users:3": 1 } },
      members: [aMember("21231", { adhesions: [{ set: "C", from: "2025-01-01" }], weights: {} })],
      costItems: [aCostItem("finances", { set: "C:3", key: "users" })],
    });
    expect(problemsOf(scenario)).toEqual([
      'members[0].weights["users:3"] : poids « users:3 » manquant pour la commune 21231 (Commune 21231), participante au(x) poste(s) de coût : finances',
    ]);
  });

  test("a missing field is « champ obligatoire », an unknown field is named", () => {
    const { members: _members, ...withoutMembers } = aScenario();
    expect(problemsOf({ ...withoutMembers, roundng: "euro" })).toEqual(["members : champ obligatoire", "champ inconnu : « roundng »"]);
  });

  test("an unknown set is rejected, on adhesions and on cost items", () => {
    const scenario = aScenario({ members: [aMember("21231", { adhesions: [{ set: "D", from: "2025-01-01" }] })], costItems: [aCostItem("x", { set: "C:17" })] });
    expect(problemsOf(scenario)).toEqual([
      "members[0].adhesions[0].set : ensemble inconnu « D » : attendu A, B, C ou C:<domaine de 1 à 16>",
      "costItems[0].set : ensemble inconnu « C:17 » : attendu A, B, C ou C:<domaine de 1 à 16>",
    ]);
  });

  test("an unknown key is rejected", () => {
    expect(problemsOf(aScenario({ costItems: [aCostItem("x", { key: "poste" })] }))).toEqual([
      "costItems[0].key : clé de répartition inconnue « poste » : attendu postes, agents, sites, users, equal, custom",
    ]);
  });

  test("the `users` key needs an item of one C domain", () => {
    expect(problemsOf(aScenario({ costItems: [aCostItem("x", { set: "C", key: "users" })] }))).toEqual([
      "costItems[0].key : la clé « users » exige un ensemble C:<domaine> (ensemble « C » ici)",
    ]);
  });

  test("weights on an item go with the `custom` key, and the `custom` key needs them", () => {
    expect(problemsOf(aScenario({ costItems: [aCostItem("x", { key: "custom" }), aCostItem("y", { weights: { "21231": 1 } })] }))).toEqual([
      "costItems[0].weights : la clé « custom » exige des poids « weights » (identifiant → poids, Métropole comprise)",
      "costItems[1].weights : des poids « weights » ne sont admis qu'avec la clé « custom »",
    ]);
  });

  test("dates are real dates written YYYY-MM-DD", () => {
    const adhesions = [
      { set: "B", from: "2025-02-29" },
      { set: "B", from: "01/05/2025" },
      { set: "B", from: "2025-05-01", to: 20250601 as unknown as string },
    ];
    expect(problemsOf(aScenario({ members: [aMember("21231", { adhesions })] }))).toEqual([
      "members[0].adhesions[0].from : date invalide « 2025-02-29 » : date réelle au format AAAA-MM-JJ attendue",
      "members[0].adhesions[1].from : date invalide « 01/05/2025 » : date réelle au format AAAA-MM-JJ attendue",
      "members[0].adhesions[2].to : date invalide 20250601 : date réelle au format AAAA-MM-JJ attendue",
    ]);
  });

  test("weights are non-negative finite numbers under known keys", () => {
    const weights = { postes: -1, agents: "3", users: 2, "users:17": 1, sites: 0 } as unknown as Record<string, number>;
    expect(problemsOf(aScenario({ members: [aMember("21231", { weights })] }))).toEqual([
      "members[0].weights.postes : le poids ne peut pas être négatif",
      "members[0].weights.agents : le poids doit être un nombre fini",
      "members[0].weights.users : clé de poids inconnue « users » : attendu postes, agents, sites ou users:<domaine de 1 à 16>",
      "members[0].weights[\"users:17\"] : clé de poids inconnue « users:17 » : attendu postes, agents, sites ou users:<domaine de 1 à 16>",
    ]);
  });

  test("a non-object input is rejected as a whole", () => {
    expect(problemsOf([])).toEqual(["scénario { year, metropole, members, costItems } attendu"]);
  });
});

describe("rules across records", () => {
  test("an adhesion's end (`to`, excluded) comes after its start", () => {
    const adhesions = [
      { set: "B", from: "2025-05-01", to: "2025-05-01" },
      { set: "B", from: "2025-05-01", to: "2025-04-01" },
      { set: "B", from: "2025-05-01", to: "2025-05-02" },
    ];
    expect(problemsOf(aScenario({ members: [aMember("21231", { adhesions })] }))).toEqual([
      "members[0].adhesions[0].to : la date de fin (exclue) doit être postérieure à la date de début",
      "members[0].adhesions[1].to : la date de fin (exclue) doit être postérieure à la date de début",
    ]);
  });

  test("no two members share an INSEE code, no two items an id", () => {
    const scenario = aScenario({ members: [aMember("21231"), aMember("21166"), aMember("21231")], costItems: [aCostItem("x"), aCostItem("x")] });
    expect(problemsOf(scenario)).toEqual([
      "members[2].id : code INSEE en double « 21231 » (déjà en members[0])",
      "costItems[1].id : identifiant de poste de coût en double « x » (déjà en costItems[0])",
    ]);
  });

  test("a participant missing the weight of its item's key is named, with the key and the items", () => {
    const scenario = aScenario({
      members: [aMember("21231", { name: "Dijon", weights: { agents: 1 } })],
      costItems: [aCostItem("internet"), aCostItem("messagerie"), aCostItem("sig", { set: "A" })],
    });
    expect(problemsOf(scenario)).toEqual([
      "members[0].weights.postes : poids « postes » manquant pour la commune 21231 (Dijon), participante au(x) poste(s) de coût : internet, messagerie",
    ]);
  });

  test("the Métropole needs the weight too, and a custom item needs every participant's weight", () => {
    const scenario = aScenario({
      metropole: { id: METROPOLE_ID, weights: {} },
      members: [aMember("21231", { name: "Dijon" }), aMember("21166", { name: "Chenôve" })],
      costItems: [aCostItem("internet"), aCostItem("licences", { key: "custom", weights: { "21231": 1, [METROPOLE_ID]: 1 } })],
    });
    expect(problemsOf(scenario)).toEqual([
      `metropole.weights.postes : poids « postes » manquant pour la Métropole ${METROPOLE_ID}, participante au(x) poste(s) de coût : internet`,
      "costItems[1].weights[\"21166\"] : poids manquant pour la commune 21166 (Chenôve), participante au(x) poste(s) de coût : licences",
    ]);
  });

  test("a member that does not take part in an item needs no weight for it", () => {
    const scenario = aScenario({ members: [aMember("21231", { adhesions: [{ set: "A", from: "2025-01-01" }], weights: {} })] });
    expect(problemsOf(scenario)).toEqual([]);
  });

  test("custom weights name the Métropole or members of the scenario", () => {
    const scenario = aScenario({ costItems: [aCostItem("x", { key: "custom", weights: { "21231": 1, [METROPOLE_ID]: 1, "99999": 2 } })] });
    expect(problemsOf(scenario)).toEqual([
      "costItems[0].weights[\"99999\"] : identifiant inconnu « 99999 » : ni le SIREN de la Métropole ni le code INSEE d'une commune du scénario",
    ]);
  });

  test("a zero total weight is rejected: « poids total nul pour le poste de coût X »", () => {
    const scenario = aScenario({ metropole: { id: METROPOLE_ID, weights: { postes: 0 } }, members: [aMember("21231", { weights: { postes: 0 } })] });
    expect(problemsOf(scenario)).toEqual([
      "costItems[0] : poids total nul pour le poste de coût internet (clé postes) : tous les participants, Métropole comprise, ont un poids 0",
    ]);
  });

  test("an item nobody takes part in falls to the Métropole, which then needs a positive weight", () => {
    const scenario = aScenario({ metropole: { id: METROPOLE_ID, weights: { postes: 0 } }, costItems: [aCostItem("sig", { set: "A" })] });
    expect(problemsOf(scenario)).toEqual([expect.stringContaining("poids total nul pour le poste de coût sig")]);
  });
});
