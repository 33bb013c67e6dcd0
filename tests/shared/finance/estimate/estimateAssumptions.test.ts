import { estimateAssumptions, type AssumptionFacts } from "../../../../shared/finance/estimate/estimateAssumptions";

const facts = (overrides: Partial<AssumptionFacts>): AssumptionFacts => ({
  communeName: "Talant",
  refs: ["B"],
  from: "2027-01-01",
  mode: "ajouter",
  sets: { periods: [], held: [], selection: ["B"], ended: [] },
  year: 2027,
  costItemsYear: 2027,
  prorata: "monthly",
  rounding: "cent",
  figuresFrom: "brouillon",
  leftOut: 0,
  missingFigures: 0,
  ...overrides,
});

describe("estimateAssumptions: the sentence on the sets counted", () => {
  test("nothing held: the same sentence whether the sets are added or replace (never « remplacent rien »)", () => {
    const expected = "Talant ne détient aucun ensemble au 01/01/2027 : l'estimation compte B à partir de cette date.";
    expect(estimateAssumptions(facts({ mode: "ajouter" }))[0]).toBe(expected);
    expect(estimateAssumptions(facts({ mode: "remplacer" }))[0]).toBe(expected);
  });

  test("replacing what is held names what is held and what ends", () => {
    const [first, second] = estimateAssumptions(facts({ mode: "remplacer", sets: { periods: [], held: ["A"], selection: ["B"], ended: ["A"] } }));
    expect(first).toBe("Les ensembles demandés (B) remplacent ceux que Talant détient au 01/01/2027 (A), comme le ferait la validation d'un dépôt qui ne choisit qu'eux.");
    expect(second).toBe("A prendrait fin le 01/01/2027.");
  });
});
