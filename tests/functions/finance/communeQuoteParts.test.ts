import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, COST_ITEMS_2025, json, putCostItems, submissionOf, submitAndValidate, tokensFor, publishRunAcknowledged } from "./support/financeApi";

const DIJON = "21231";
const TALANT = "21617";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let talant: string;

interface QuotePartsAnswer {
  insee: string;
  published: { year: number; runId: string; lines: { item: string; months?: number; amount: string }[]; total: { amount: string; acAdjustment: string } }[];
  estimate?: { year: number; insee: string; lines: { item: string; label: string; weight: number; months?: number; amount: string }[]; total: { amount: string; acAdjustment: string }; figuresFrom: string; costItemsYear: number };
}

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api, DIJON);
  talant = await api.token({ role: "commune", commune: TALANT });
  await submitAndValidate(api, submissionOf(DIJON, "Dijon", ["B", "C"], [3]), "2025-05-01");
  await submitAndValidate(api, submissionOf("21166", "Chenôve", ["B"], [], 2), "2025-01-01");
  await putCostItems(api, tokens.finance, 2025, COST_ITEMS_2025);
  const run = await computeRun(api, tokens.finance, 2025, "2025-03-01");
  const published = await publishRunAcknowledged(api, tokens.finance, 2025, run.body.runId, run.etag!);
  expect(published.status).toBe(200);
});
afterAll(() => api.close());

const quoteParts = async (insee: string, token: string, query = "") => {
  const response = await api.call(`communes/${insee}/quote-parts${query}`, { token });
  return { status: response.status, body: (await response.json()) as QuotePartsAnswer & { error?: { message: string; problems?: { path: string }[] } } };
};

describe("a commune's quote-parts", () => {
  test("a commune sees its own lines and total in each published run, nothing about the others' lines", async () => {
    const { status, body } = await quoteParts(DIJON, tokens.commune);
    expect(status).toBe(200);
    expect(body.published).toHaveLength(1);
    const [year] = body.published;
    expect(year).toMatchObject({ year: 2025, total: { amount: expect.any(String), acAdjustment: expect.stringMatching(/^-/) } });
    expect(year!.lines.map((line) => [line.item, line.months])).toEqual([
      ["infra", 8],
      ["finances", 8],
      ["assistance", 8],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/21166|Chenôve/);
  });

  test("another commune's quote-parts are refused (403); staff and finance see any member's", async () => {
    expect((await quoteParts(DIJON, talant)).status).toBe(403);
    expect((await quoteParts("21166", tokens.staff)).status).toBe(200);
    expect((await quoteParts("21166", tokens.finance)).body.published[0]?.lines).toHaveLength(2);
  });

  test("estimate of a prospective adhesion: from the commune's draft, the year's cost items and the others' validated data", async () => {
    const draft = submissionOf(TALANT, "Talant", ["B"], [], 3);
    expect((await api.call(`communes/${TALANT}/draft`, { ...json("PUT", draft), token: talant })).status).toBe(200);
    const { status, body } = await quoteParts(TALANT, talant, "?sets=B&from=2025-07-01");
    expect(status).toBe(200);
    expect(body.published[0]?.lines).toEqual([]);
    expect(body.estimate).toMatchObject({ year: 2025, insee: TALANT, figuresFrom: "brouillon", total: { acAdjustment: expect.stringMatching(/^-/) } });
    expect(body.estimate?.lines.map((line) => [line.item, line.weight, line.months])).toEqual([
      ["infra", 42, 6],
      ["assistance", 1, 6],
    ]);
    expect(JSON.stringify(body.estimate)).not.toMatch(/21231|21166/);
  });

  test("estimate parameters are checked (400); a year without cost items is priced with the year before's, two years without cannot be estimated (422)", async () => {
    const bad = await quoteParts(TALANT, talant, "?sets=B,C,Z&from=2025-13-01");
    expect(bad.status).toBe(400);
    expect(bad.body.error?.problems?.map((problem) => problem.path)).toEqual(["sets", "sets", "from"]);
    // A year alone asks for an estimate without saying what: the message says what is missing.
    const yearOnly = await quoteParts(TALANT, talant, "?year=2026");
    expect(yearOnly.status).toBe(400);
    expect(yearOnly.body.error?.message).toMatch(/^Estimation d'une adhésion : sets : ensembles envisagés attendus.* ; from : date d'effet attendue/);
    const later = await quoteParts(TALANT, talant, "?sets=B&from=2026-01-01");
    expect(later.status).toBe(200);
    expect(later.body.estimate).toMatchObject({ year: 2026, costItemsYear: 2025 });
    const muchLater = await quoteParts(TALANT, talant, "?sets=B&from=2027-01-01");
    expect(muchLater.status).toBe(422);
    expect(muchLater.body.error?.message).toMatch(/postes de coût de 2027 ne sont pas encore saisis, ni ceux de 2026/);
    const nothing = await quoteParts("21003", tokens.finance, "?sets=B&from=2025-07-01");
    expect(nothing.status).toBe(422);
    expect(nothing.body.error?.message).toMatch(/ni brouillon ni dépôt/);
  });
});
