import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, json, publishRunAcknowledged, putCostItems, submissionOf, submitAndValidate, tokensFor } from "./support/financeApi";

/**
 * The estimate of a prospective adhesion through GET /api/communes/{insee}/quote-parts, every
 * amount computed by hand from these inputs:
 * - Métropole: 100 postes; Dijon: B and C domain 3 from 1 Jan 2025, 28 postes (two fibre blocks);
 *   Chenôve: A from 1 Jan 2025, 14 postes (one block); Talant: nothing validated, a draft of B
 *   alone with 42 postes (three blocks) and no user of domain 3.
 * - 2025 cost items: « Données et SIG » (A, 60 000 €, postes), « Infrastructure » (B, 12 000 €,
 *   postes), « Téléphonie » (B, 3 000 €, weights fixed for the Métropole and Dijon only),
 *   « Logiciel finances » (C:3, 15 000 €, users of domain 3). None for 2026 or 2027.
 * Chenôve's published 2025 quote-part (run at 1 March 2025): SIG 60 000 × 14/114 = 7 368,42 €.
 */
const DIJON = "21231";
const CHENOVE = "21166";
const TALANT = "21617";
const METROPOLE = "242100410";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let chenove: string;
let talant: string;

const COST_ITEMS = {
  metropole: { weights: { postes: 100, agents: 1000, sites: 10, "users:3": 30 } },
  items: [
    { id: "sig", label: "Données et SIG", set: "A", amount: "60000.00", key: "postes" },
    { id: "infra", label: "Infrastructure", set: "B", amount: "12000.00", key: "postes" },
    { id: "telephonie", label: "Téléphonie", set: "B", amount: "3000.00", key: "custom", weights: { [METROPOLE]: 10, [DIJON]: 5 } },
    { id: "finances", label: "Logiciel finances", set: "C:3", amount: "15000.00", key: "users" },
  ],
};

interface Estimate {
  year: number;
  costItemsYear: number;
  mode: string;
  sets: string[];
  held: string[];
  selection: string[];
  ended: string[];
  figuresFrom: string;
  lines: { item: string; weight: number; totalWeight: number; months?: number; exact: string; amount: string; itemAmount: string; explanation: string }[];
  total: { amount: string; acAdjustment: string };
  assumptions: string[];
  notEstimable: { item: string; reason: string; message: string }[];
  missingFigures: { figure: string; label: string; items: string[]; cells: { row: string; section: string; cell?: string }[]; message: string }[];
  comparison: { publishedYear: number | null; runId: string | null; current: string | null; estimated: string; difference: string | null; message: string };
}
interface Answer {
  estimate?: Estimate;
  error?: { message: string; problems?: { path: string; message: string }[] };
}

/** The answer, no-break spaces (« 7 368,42 € ») read as plain spaces. */
async function estimateOf(insee: string, token: string, query: string) {
  const response = await api.call(`communes/${insee}/quote-parts${query}`, { token });
  const body = JSON.parse((await response.text()).replace(/\u00a0/g, " ")) as Answer;
  return { status: response.status, body, estimate: body.estimate! };
}

const linesOf = (estimate: Estimate) => estimate.lines.map((line) => [line.item, line.months, line.amount]);

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api, CHENOVE);
  chenove = tokens.commune;
  talant = await api.token({ role: "commune", commune: TALANT });
  await submitAndValidate(api, submissionOf(DIJON, "Dijon", ["B", "C"], [3], 2), "2025-01-01");
  await submitAndValidate(api, submissionOf(CHENOVE, "Chenôve", ["A"], [], 1), "2025-01-01");
  expect((await putCostItems(api, tokens.finance, 2025, COST_ITEMS)).response.status).toBe(201);
  const draft = submissionOf(TALANT, "Talant", ["B"], [], 3);
  expect((await api.call(`communes/${TALANT}/draft`, { ...json("PUT", draft), token: talant })).status).toBe(200);
});
afterAll(() => api.close());

describe("before any publication", () => {
  test("B is added to the A Chenôve holds by default: A still counted all year, the custom item without Chenôve listed as not estimable, nothing to compare", async () => {
    const { status, estimate } = await estimateOf(CHENOVE, chenove, "?sets=B&from=2025-07-01");
    expect(status).toBe(200);
    expect(estimate).toMatchObject({ year: 2025, costItemsYear: 2025, mode: "ajouter", sets: ["B"], held: ["A"], selection: ["A", "B"], ended: [], figuresFrom: "version 1" });
    // SIG: 60 000 × 14/114 = 7 368,42 ; infrastructure: 12 000 × 14/142 × 6/12 = 591,549… → 591,55.
    expect(linesOf(estimate)).toEqual([
      ["sig", 12, "7368.42"],
      ["infra", 6, "591.55"],
    ]);
    expect(estimate.total.amount).toBe("7959.97");
    expect(estimate.lines[1]?.explanation).toBe(
      "14 postes informatiques sur 142 au total (Métropole comprise) : 12 000,00 € × 14/142 × 6/12 mois = 591,5492957746 €, soit 591,55 € après arrondi.",
    );
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
    expect(estimate.assumptions).toEqual([
      "Les ensembles demandés (B) s'ajoutent à ceux que Chenôve détient au 01/07/2025 (A) : l'estimation compte A et B à partir de cette date, sans rien retirer.",
      "Estimation pour 2025, avec les postes de coût de 2025 saisis par la direction des finances.",
      "Prorata au mois (un mois compte quand l'adhésion est effective le 1er du mois), arrondi au centime.",
      "Les chiffres de Chenôve (postes, agents, sites, utilisateurs par domaine) sont lus dans sa description organique déposée (version 1).",
      "Les autres communes sont comptées comme elles adhèrent aujourd'hui, avec les chiffres de leur dernière description organique validée, et la Métropole avec les siens.",
      "1 poste ne peut pas être estimé et compte pour 0 dans le total (voir les postes non estimés).",
      "Estimation indicative : ce que Chenôve paiera est fixé par le calcul que la Métropole publie pour l'année.",
    ]);
    expect(estimate.comparison).toEqual({
      publishedYear: null,
      runId: null,
      current: null,
      estimated: "7959.97",
      difference: null,
      message: "Aucune quote-part publiée pour Chenôve à ce jour : rien à comparer (estimation pour 2025 : 7 959,97 € hors 1 poste non estimé).",
    });
    expect(JSON.stringify(estimate)).not.toMatch(/costItems\[|members\[|weights\[|Dijon|21231|Talant/);
  });

  test("replacing ends A on the day and says so: SIG counted 6 months", async () => {
    const { status, estimate } = await estimateOf(CHENOVE, chenove, "?sets=B&from=2025-07-01&mode=remplacer");
    expect(status).toBe(200);
    expect(estimate).toMatchObject({ mode: "remplacer", held: ["A"], selection: ["B"], ended: ["A"] });
    // SIG: 60 000 × 14/114 × 6/12 = 3 684,21 ; infrastructure 591,55.
    expect(linesOf(estimate)).toEqual([
      ["sig", 6, "3684.21"],
      ["infra", 6, "591.55"],
    ]);
    expect(estimate.total.amount).toBe("4275.76");
    expect(estimate.assumptions.slice(0, 2)).toEqual([
      "Les ensembles demandés (B) remplacent ceux que Chenôve détient au 01/07/2025 (A), comme le ferait la validation d'un dépôt qui ne choisit qu'eux.",
      "A prendrait fin le 01/07/2025.",
    ]);
  });

  test("a figure missing from the commune's draft is named in French with its rows, section and Quantité cells; the rest is estimated", async () => {
    const { status, estimate } = await estimateOf(TALANT, talant, "?sets=B,C:3&from=2025-07-01");
    expect(status).toBe(200);
    expect(estimate).toMatchObject({ figuresFrom: "brouillon", held: [], selection: ["B", "C:3"] });
    // Infrastructure: 12 000 × 42/170 × 6/12 = 1 482,352… → 1 482,35 (Dijon 28, Talant 42, Métropole 100).
    expect(linesOf(estimate)).toEqual([["infra", 6, "1482.35"]]);
    expect(estimate.total.amount).toBe("1482.35");
    expect(estimate.notEstimable.map((item) => [item.item, item.reason])).toEqual([
      ["telephonie", "customWeightNotSet"],
      ["finances", "figureMissing"],
    ]);
    expect(estimate.notEstimable[1]?.message).toBe(
      "Le poste « Logiciel finances » se répartit au prorata des utilisateurs de son domaine : il manque le chiffre « Nombre d'utilisateurs du domaine 3 — Finances » de Talant (voir les chiffres à compléter).",
    );
    expect(estimate.missingFigures).toHaveLength(1);
    const [missing] = estimate.missingFigures;
    expect(missing).toMatchObject({ figure: "users:3", label: "Nombre d'utilisateurs du domaine 3 — Finances", items: ["finances"] });
    expect(missing?.cells.map((cell) => [cell.row, cell.section])).toEqual([
      ["Exécution budgétaire", "Applicatifs Finances"],
      ["Prospective financière", "Applicatifs Finances"],
      ["Fiscalité locale", "Applicatifs Finances"],
      ["Télétransmission (Flux HELIOS)", "Applicatifs Finances"],
      ["Autres", "Applicatifs Finances"],
    ]);
    expect(missing?.cells.every((cell) => /^E\d+$/.test(cell.cell ?? ""))).toBe(true);
    expect(missing?.message).toMatch(
      /^Nombre d'utilisateurs du domaine 3 — Finances : non renseigné\. À remplir dans la description organique \(feuille « Description organique »\), rubrique « Applicatifs Finances », colonne Quantité des lignes « Exécution budgétaire » \(E\d+\), /,
    );
    expect(missing?.message).toMatch(/Sans ce chiffre, non estimé : « Logiciel finances »\.$/);
    expect(estimate.assumptions).toContain("Des chiffres manquent dans la description organique de Talant : l'estimation est donnée pour le reste (voir les chiffres à compléter).");
    expect(JSON.stringify(estimate)).not.toMatch(/costItems\[|members\[|weights\[|users:3"\]/);
  });

  test("a year without cost items is priced with the year before's, and the estimate says so", async () => {
    const { status, estimate } = await estimateOf(CHENOVE, chenove, "?sets=B&from=2026-01-01");
    expect(status).toBe(200);
    expect(estimate).toMatchObject({ year: 2026, costItemsYear: 2025 });
    // Infrastructure all year: 12 000 × 14/142 = 1 183,098… → 1 183,10 (largest remainder with Dijon's 2 366,197…).
    expect(linesOf(estimate)).toEqual([
      ["sig", 12, "7368.42"],
      ["infra", 12, "1183.10"],
    ]);
    expect(estimate.assumptions).toContain("Les postes de coût de 2026 ne sont pas encore saisis : l'estimation pour 2026 reprend ceux de 2025, montants inchangés.");
  });
});

describe("once 2025 is published, the estimate is compared with what the commune pays now", () => {
  let runId: string;
  beforeAll(async () => {
    const run = await computeRun(api, tokens.finance, 2025, "2025-03-01");
    expect(run.response.status).toBe(201);
    runId = run.body.runId;
    expect((await publishRunAcknowledged(api, tokens.finance, 2025, runId, run.etag!)).status).toBe(200);
  });

  test("adding B costs more than the published 7 368,42 €", async () => {
    const { comparison } = (await estimateOf(CHENOVE, chenove, "?sets=B&from=2025-07-01")).estimate;
    expect(comparison).toEqual({
      publishedYear: 2025,
      runId,
      current: "7368.42",
      estimated: "7959.97",
      difference: "591.55",
      message: "Quote-part publiée de Chenôve pour 2025 : 7 368,42 € ; estimation pour 2025 : 7 959,97 € hors 1 poste non estimé, soit 591,55 € de plus.",
    });
  });

  test("replacing A by B costs less", async () => {
    const { comparison } = (await estimateOf(CHENOVE, chenove, "?sets=B&from=2025-07-01&mode=remplacer")).estimate;
    // 4 275,76 − 7 368,42 = −3 092,66.
    expect(comparison).toMatchObject({ current: "7368.42", estimated: "4275.76", difference: "-3092.66" });
    expect(comparison.message).toMatch(/ ; estimation pour 2025 : 4 275,76 € hors 1 poste non estimé, soit 3 092,66 € de moins\.$/);
  });

  test("asking for the set it already holds changes nothing: the same amount, said so", async () => {
    const { estimate } = await estimateOf(CHENOVE, chenove, "?sets=A&from=2025-01-01");
    expect(estimate.assumptions[1]).toBe("A : déjà détenu au 01/01/2025, rien ne change.");
    expect(estimate.comparison).toMatchObject({ current: "7368.42", estimated: "7368.42", difference: "0.00" });
    expect(estimate.comparison.message).toBe("Quote-part publiée de Chenôve pour 2025 : 7 368,42 € ; estimation pour 2025 : 7 368,42 €, soit autant.");
  });

  test("a commune that did not take part in the published year compares with 0", async () => {
    const { comparison } = (await estimateOf(TALANT, talant, "?sets=B&from=2025-07-01")).estimate;
    expect(comparison).toMatchObject({ publishedYear: 2025, current: "0.00", estimated: "1482.35", difference: "1482.35" });
  });
});

describe("what cannot be estimated is refused in French", () => {
  test("bad parameters: 400 naming each (mode, date, date after the year)", async () => {
    const mode = await estimateOf(CHENOVE, chenove, "?sets=B&from=2025-07-01&mode=xyz");
    expect(mode.status).toBe(400);
    expect(mode.body.error?.problems?.map((problem) => problem.path)).toContain("mode");
    expect(mode.body.error?.message).toMatch(/mode/);
    const date = await estimateOf(CHENOVE, chenove, "?sets=B&from=2025-02-30");
    expect(date.status).toBe(400);
    expect(date.body.error?.problems?.map((problem) => problem.path)).toEqual(["from"]);
    expect(date.body.error?.message).toMatch(/date d'effet attendue au format AAAA-MM-JJ/);
    const after = await estimateOf(CHENOVE, chenove, "?sets=B&from=2026-01-01&year=2025");
    expect(after.status).toBe(400);
    expect(after.body.error?.problems).toEqual([{ path: "from", message: "date d'effet après l'année estimée (2025) : elle n'y compterait pas" }]);
  });

  test("a commune estimates only its own adhesion (403 for another); finance and staff may estimate any", async () => {
    expect((await estimateOf(TALANT, chenove, "?sets=B&from=2025-07-01")).status).toBe(403);
    expect((await estimateOf(CHENOVE, talant, "?sets=B&from=2025-07-01")).status).toBe(403);
    expect((await estimateOf(TALANT, tokens.finance, "?sets=B&from=2025-07-01")).estimate.total.amount).toBe("1482.35");
    expect((await estimateOf(TALANT, tokens.staff, "?sets=B&from=2025-07-01")).status).toBe(200);
  });

  test("no cost items for the year nor the year before: 422 saying so", async () => {
    const { status, body } = await estimateOf(CHENOVE, chenove, "?sets=B&from=2027-01-01");
    expect(status).toBe(422);
    expect(body.error?.message).toBe("Estimation impossible : les postes de coût de 2027 ne sont pas encore saisis, ni ceux de 2026.");
  });

  test("a commune without any description organique (no figures at all): 422 saying so", async () => {
    const { status, body } = await estimateOf("21003", tokens.finance, "?sets=B&from=2025-07-01");
    expect(status).toBe(422);
    expect(body.error?.message).toMatch(/^Estimation impossible : .+ n'a ni brouillon ni dépôt de description organique/);
  });
});
