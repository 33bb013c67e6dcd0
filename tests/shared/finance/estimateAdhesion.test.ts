import type { CostItemEntry } from "../../../shared/finance/CostItemsDocument";
import { estimateAdhesion, type EstimateSources, type ProspectiveAdhesion } from "../../../shared/finance/estimateAdhesion";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import type { Result } from "../../../shared/validation/problem";
import { expectOk } from "../quoteParts/expectOk";
import { aCostItemsDocument, aMember, aSubmissionOf, METROPOLE_ID } from "./support/financeFactory";

const INFRA: CostItemEntry = { id: "infra", label: "Infrastructure", set: "B", amount: "12000.00", key: "postes" };
const FINANCES: CostItemEntry = { id: "finances", label: "Logiciel finances", set: "C:3", amount: "5000.00", key: "users" };
const SIG: CostItemEntry = { id: "sig", label: "Données et SIG", set: "A", amount: "2400.00", key: "postes" };

const sourcesWith = (items: readonly CostItemEntry[], overrides: Partial<EstimateSources> = {}): EstimateSources => ({
  year: 2025,
  metropoleId: METROPOLE_ID,
  costItems: aCostItemsDocument({ items }),
  members: [aMember("21231", "Dijon"), aMember("21617", "Talant")],
  ...overrides,
});
const sources = sourcesWith([INFRA, FINANCES]);
const newcomer: ProspectiveAdhesion = {
  insee: "21166",
  name: "Chenôve",
  submission: aSubmissionOf("21166", "Chenôve", ["B", "C"], [3]),
  figuresFrom: "brouillon",
  changes: [],
  refs: ["B"],
  from: "2025-07-01",
  mode: "ajouter",
};
/** Chenôve holding set A since 2024. */
const holdingA: ProspectiveAdhesion = { ...newcomer, changes: [{ date: "2024-01-01", kind: "selection", refs: ["A"] }] };

/** The estimate of an ok result, no-break spaces (French numbers: « 12 000,00 € ») read as plain spaces. */
function ok<T>(result: Result<T>): T {
  return JSON.parse(JSON.stringify(expectOk(result)).replace(/\u00a0/g, " ")) as T;
}

/** A submission whose answers are changed (a draft being filled). */
function withAnswers(submission: Submission, answers: Submission["inventory"]["answers"]): Submission {
  return { ...submission, inventory: { ...submission.inventory, answers: { ...submission.inventory.answers, ...answers } } };
}

describe("estimateAdhesion: the estimate itself", () => {
  test("a newcomer considering B from 1 July gets its own lines only, 6 months, each with its derivation in French, and its total", () => {
    const estimate = ok(estimateAdhesion(sources, newcomer));
    expect(estimate).toMatchObject({
      year: 2025,
      insee: "21166",
      total: { amount: "591.55", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "-591.55" },
      sets: ["B"],
      mode: "ajouter",
      held: [],
      selection: ["B"],
      ended: [],
      costItemsYear: 2025,
      notEstimable: [],
      missingFigures: [],
    });
    expect(estimate.lines).toEqual([
      {
        item: "infra",
        label: "Infrastructure",
        set: "B",
        key: "postes",
        weight: 14,
        totalWeight: 142,
        months: 6,
        exact: "591.5492957746",
        amount: "591.55",
        itemAmount: "12000.00",
        explanation: "14 postes informatiques sur 142 au total (Métropole comprise) : 12 000,00 € × 14/142 × 6/12 mois = 591,5492957746 €, soit 591,55 € après arrondi.",
      },
    ]);
  });

  test("what it assumes is said in French: sets counted, cost items used, prorata, whose figures, and that it is no bill", () => {
    expect(ok(estimateAdhesion(sources, newcomer)).assumptions).toEqual([
      "Chenôve ne détient aucun ensemble au 01/07/2025 : l'estimation compte B à partir de cette date.",
      "Estimation pour 2025, avec les postes de coût de 2025 saisis par la direction des finances.",
      "Prorata au mois (un mois compte quand l'adhésion est effective le 1er du mois), arrondi au centime.",
      "Les chiffres de Chenôve (postes, agents, sites, utilisateurs par domaine) sont lus dans son brouillon de description organique.",
      "Les autres communes sont comptées comme elles adhèrent aujourd'hui, avec les chiffres de leur dernière description organique validée, et la Métropole avec les siens.",
      "Estimation indicative : ce que Chenôve paiera est fixé par le calcul que la Métropole publie pour l'année.",
    ]);
  });

  test("the daily prorata says days, and the total is the sum of the lines", () => {
    const daily = sourcesWith([INFRA, FINANCES], { costItems: { ...aCostItemsDocument({ items: [INFRA, FINANCES] }), prorata: "daily" } });
    const estimate = ok(estimateAdhesion(daily, { ...newcomer, refs: ["B", "C:3"] }));
    expect(estimate.lines.map((line) => [line.item, line.days, line.daysInYear])).toEqual([
      ["infra", 184, 365],
      ["finances", 184, 365],
    ]);
    expect(estimate.lines[0]?.explanation).toMatch(/ × 14\/142 × 184\/365 jours = /);
    const cents = estimate.lines.reduce((sum, line) => sum + BigInt(line.amount.replace(".", "")), 0n);
    expect(BigInt(estimate.total.amount.replace(".", ""))).toBe(cents);
    expect(estimate.assumptions).toContain("Prorata au jour (jours d'adhésion sur les jours de l'année), arrondi au centime.");
  });
});

describe("estimateAdhesion: the sets asked are added to those held, unless replacing is asked", () => {
  test("by default B is added to the A the commune holds: A still counted all year, nothing ends, and it says so", () => {
    const estimate = ok(estimateAdhesion(sourcesWith([SIG, INFRA]), holdingA));
    expect(estimate).toMatchObject({ mode: "ajouter", held: ["A"], selection: ["A", "B"], ended: [] });
    expect(estimate.lines.map((line) => [line.item, line.months])).toEqual([
      ["sig", 12],
      ["infra", 6],
    ]);
    expect(estimate.assumptions[0]).toBe(
      "Les ensembles demandés (B) s'ajoutent à ceux que Chenôve détient au 01/07/2025 (A) : l'estimation compte A et B à partir de cette date, sans rien retirer.",
    );
  });

  test("replacing ends A on the day, as the validation of a submission choosing B alone would, and names it", () => {
    const estimate = ok(estimateAdhesion(sourcesWith([SIG, INFRA]), { ...holdingA, mode: "remplacer" }));
    expect(estimate).toMatchObject({ mode: "remplacer", held: ["A"], selection: ["B"], ended: ["A"] });
    expect(estimate.lines.map((line) => [line.item, line.months])).toEqual([
      ["sig", 6],
      ["infra", 6],
    ]);
    expect(estimate.assumptions.slice(0, 2)).toEqual([
      "Les ensembles demandés (B) remplacent ceux que Chenôve détient au 01/07/2025 (A), comme le ferait la validation d'un dépôt qui ne choisit qu'eux.",
      "A prendrait fin le 01/07/2025.",
    ]);
  });

  test("a set asked that is already held changes nothing, and the estimate says so", () => {
    const holdingB = { ...newcomer, changes: [{ date: "2025-01-01", kind: "selection" as const, refs: ["B"] }] };
    const estimate = ok(estimateAdhesion(sources, { ...holdingB, refs: ["B", "C:3"], from: "2025-10-01" }));
    expect(estimate.selection).toEqual(["B", "C:3"]);
    expect(estimate.lines.map((line) => [line.item, line.months])).toEqual([
      ["infra", 12],
      ["finances", 3],
    ]);
    expect(estimate.assumptions[1]).toBe("B : déjà détenu au 01/10/2025, rien ne change.");
    expect(estimate.assumptions[0]).toMatch(/^Les ensembles demandés \(B et C domaine 3 — Finances\) s'ajoutent/);
  });
});

describe("estimateAdhesion: what cannot be estimated never fails the whole estimate", () => {
  test("a custom-weight item that does not list the commune is not estimable, with why; the rest is estimated", () => {
    const custom: CostItemEntry = { id: "telephonie", label: "Téléphonie", set: "B", amount: "3000.00", key: "custom", weights: { [METROPOLE_ID]: 10, "21231": 5, "21617": 5 } };
    const estimate = ok(estimateAdhesion(sourcesWith([INFRA, custom]), newcomer));
    expect(estimate.lines.map((line) => line.item)).toEqual(["infra"]);
    expect(estimate.notEstimable).toEqual([
      {
        item: "telephonie",
        label: "Téléphonie",
        set: "B",
        key: "custom",
        reason: "customWeightNotSet",
        message: "Le poste « Téléphonie » se répartit par poids fixés par la Métropole : la part de Chenôve ne peut être estimée qu'une fois son poids fixé.",
      },
    ]);
    expect(estimate.total.amount).toBe("591.55");
    expect(estimate.assumptions).toContain("1 poste ne peut pas être estimé et compte pour 0 dans le total (voir les postes non estimés).");
  });

  test("a custom-weight item that lists the commune is estimated with its weight", () => {
    const custom: CostItemEntry = { id: "telephonie", label: "Téléphonie", set: "B", amount: "3000.00", key: "custom", weights: { [METROPOLE_ID]: 10, "21166": 10, "21231": 5, "21617": 5 } };
    const estimate = ok(estimateAdhesion(sourcesWith([custom]), newcomer));
    expect(estimate.lines).toEqual([expect.objectContaining({ item: "telephonie", weight: 10, totalWeight: 30, months: 6, amount: "500.00" })]);
    expect(estimate.lines[0]?.explanation).toMatch(/^poids fixé par la Métropole : 10 sur 30 au total/);
  });

  test("a missing figure is named by its label with the rows and cells where to fill it; the rest is estimated", () => {
    const bOnly = aSubmissionOf("21166", "Chenôve", ["B"]);
    const estimate = ok(estimateAdhesion(sources, { ...newcomer, submission: bOnly, refs: ["B", "C:3"] }));
    expect(estimate.lines.map((line) => line.item)).toEqual(["infra"]);
    expect(estimate.notEstimable).toEqual([expect.objectContaining({ item: "finances", reason: "figureMissing" })]);
    expect(estimate.notEstimable[0]?.message).toBe(
      "Le poste « Logiciel finances » se répartit au prorata des utilisateurs de son domaine : il manque le chiffre « Nombre d'utilisateurs du domaine 3 — Finances » de Chenôve (voir les chiffres à compléter).",
    );
    const [missing] = estimate.missingFigures;
    expect(missing).toMatchObject({ figure: "users:3", label: "Nombre d'utilisateurs du domaine 3 — Finances", items: ["finances"] });
    expect(missing?.cells[0]).toEqual({ row: "Exécution budgétaire", section: "Applicatifs Finances", cell: "E130" });
    expect(missing?.cells.map((cell) => cell.row)).toEqual(["Exécution budgétaire", "Prospective financière", "Fiscalité locale", "Télétransmission (Flux HELIOS)", "Autres"]);
    expect(missing?.message).toMatch(/^Nombre d'utilisateurs du domaine 3 — Finances : non renseigné\. À remplir dans la description organique \(feuille « Description organique »\), rubrique « Applicatifs Finances », colonne Quantité des lignes « Exécution budgétaire » \(E130\), /);
    expect(missing?.message).toMatch(/Sans ce chiffre, non estimé : « Logiciel finances »\.$/);
    expect(JSON.stringify(estimate)).not.toMatch(/members\[|weights\[|costItems\[/);
  });

  test("a missing total is named by its row of the Réseau section; a negative one (an unchecked draft) is to be corrected", () => {
    const blank = withAnswers(newcomer.submission, { "reseau.totalPostes": {} });
    const missing = ok(estimateAdhesion(sources, { ...newcomer, submission: blank })).missingFigures;
    expect(missing).toEqual([
      {
        figure: "postes",
        label: "Nombre total de postes informatiques",
        items: ["infra"],
        cells: [{ row: "Nombre total de postes informatiques", section: "Réseau de la Collectivité", cell: "E47" }],
        message:
          "Nombre total de postes informatiques : non renseigné. À remplir dans la description organique (feuille « Description organique »), ligne « Nombre total de postes informatiques » (E47) de la rubrique « Réseau de la Collectivité ». Sans ce chiffre, non estimé : « Infrastructure ».",
      },
    ]);
    const negative = withAnswers(newcomer.submission, { "reseau.totalPostes": { quantity: -4 } });
    const wrong = ok(estimateAdhesion(sources, { ...newcomer, submission: negative }));
    expect(wrong.missingFigures[0]?.message).toMatch(/^Nombre total de postes informatiques : -4, impossible \(un nombre positif ou nul est attendu\)\. À corriger dans la description organique/);
    expect(wrong.total.amount).toBe("0.00");
  });

  test("an item whose other participants lack figures is not estimable for the commune, without naming them", () => {
    const dijonWithoutFigures = aMember("21231", "Dijon", "2025-01-01", { submission: undefined });
    const estimate = ok(estimateAdhesion({ ...sources, members: [dijonWithoutFigures, aMember("21617", "Talant")] }, newcomer));
    expect(estimate.lines).toEqual([]);
    expect(estimate.notEstimable).toEqual([expect.objectContaining({ item: "infra", reason: "othersFiguresMissing" })]);
    expect(estimate.notEstimable[0]?.message).not.toMatch(/Dijon|21231/);
  });

  test("an item the commune does not take part in and that no one could share is dropped silently, not a failure", () => {
    const dijonC3 = aMember("21231", "Dijon", "2025-01-01", { periods: [{ set: "C:3", from: "2025-01-01" }] });
    const estimate = ok(estimateAdhesion({ ...sources, members: [dijonC3] }, newcomer));
    expect(estimate.lines.map((line) => line.item)).toEqual(["infra"]);
    expect(estimate.notEstimable).toEqual([]);
  });

  test("an item whose participants all weigh 0 is not estimable", () => {
    const equalZero: CostItemEntry = { id: "zero", label: "Poste sans poids", set: "B", amount: "100.00", key: "custom", weights: { [METROPOLE_ID]: 0, "21166": 0, "21231": 0, "21617": 0 } };
    const estimate = ok(estimateAdhesion(sourcesWith([equalZero]), newcomer));
    expect(estimate.notEstimable).toEqual([expect.objectContaining({ item: "zero", reason: "zeroTotalWeight" })]);
  });
});

describe("estimateAdhesion: last year's cost items, and the comparison with what the commune pays now", () => {
  test("with last year's cost items, the year used is given and said", () => {
    const estimate = ok(estimateAdhesion({ ...sources, year: 2026, costItemsYear: 2025 }, { ...newcomer, from: "2026-01-01" }));
    expect(estimate).toMatchObject({ year: 2026, costItemsYear: 2025 });
    expect(estimate.lines[0]?.months).toBe(12);
    expect(estimate.assumptions).toContain("Les postes de coût de 2026 ne sont pas encore saisis : l'estimation pour 2026 reprend ceux de 2025, montants inchangés.");
  });

  test("without a published quote-part there is nothing to compare, and it says so", () => {
    expect(ok(estimateAdhesion(sources, newcomer)).comparison).toEqual({
      publishedYear: null,
      runId: null,
      current: null,
      estimated: "591.55",
      difference: null,
      message: "Aucune quote-part publiée pour Chenôve à ce jour : rien à comparer (estimation pour 2025 : 591,55 €).",
    });
  });

  test("against the latest published quote-part: both totals and the difference, more or less, exact to the cent", () => {
    const more = ok(estimateAdhesion({ ...sources, published: { year: 2024, runId: "run-2024", amount: "100.10" } }, newcomer)).comparison;
    expect(more).toEqual({
      publishedYear: 2024,
      runId: "run-2024",
      current: "100.10",
      estimated: "591.55",
      difference: "491.45",
      message: "Quote-part publiée de Chenôve pour 2024 : 100,10 € ; estimation pour 2025 : 591,55 €, soit 491,45 € de plus.",
    });
    const less = ok(estimateAdhesion({ ...sources, published: { year: 2024, runId: "run-2024", amount: "1000.00" } }, newcomer)).comparison;
    expect(less).toMatchObject({ difference: "-408.45", message: expect.stringMatching(/soit 408,45 € de moins\.$/) });
    const same = ok(estimateAdhesion({ ...sources, published: { year: 2024, runId: "run-2024", amount: "591.55" } }, newcomer)).comparison;
    expect(same).toMatchObject({ difference: "0.00", message: expect.stringMatching(/soit autant\.$/) });
  });

  test("the comparison says how many items the estimate leaves out", () => {
    const custom: CostItemEntry = { id: "telephonie", label: "Téléphonie", set: "B", amount: "3000.00", key: "custom", weights: { [METROPOLE_ID]: 10 } };
    const comparison = ok(estimateAdhesion({ ...sourcesWith([INFRA, custom]), published: { year: 2024, runId: "r", amount: "0.00" } }, newcomer)).comparison;
    expect(comparison.message).toMatch(/estimation pour 2025 : 591,55 € hors 1 poste non estimé, soit 591,55 € de plus\.$/);
  });
});
