import type { Submission } from "../../../shared/inventory/submissionSchema";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, COST_ITEMS_2025, json, putCostItems, submissionOf, submitAndValidate, tokensFor, publishRunAcknowledged } from "./support/financeApi";

// Issue 8 §4: a run computed before an erasure kept the commune's figures, could be published and then billed it.
const DIJON = "21231";
const CHENOVE = "21166";
const clock = adjustableClock("2025-01-10T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let published2024: string;
let before2025: { runId: string; etag: string };

const fresh = (submission: Submission): Submission => ({ ...submission, inventory: { ...submission.inventory, etatDesLieux: "2025-01-05" } });
const publish = (year: number, runId: string, etag: string) => publishRunAcknowledged(api, tokens.finance, year, runId, etag);
const failure = async (response: Response) => [response.status, ((await response.json()) as { error: { message: string } }).error.message] as const;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api, DIJON);
  await submitAndValidate(api, fresh(submissionOf(DIJON, "Dijon", ["B"])), "2024-01-01");
  await submitAndValidate(api, fresh(submissionOf(CHENOVE, "Chenôve", ["B"], [], 2)), "2024-01-01");
  expect((await putCostItems(api, tokens.finance, 2024, COST_ITEMS_2025)).response.status).toBe(201);
  expect((await putCostItems(api, tokens.finance, 2025, COST_ITEMS_2025)).response.status).toBe(201);
  const run2024 = await computeRun(api, tokens.finance, 2024, "2025-01-10");
  expect((await publish(2024, run2024.body.runId, run2024.etag!)).status).toBe(200);
  published2024 = run2024.body.runId;
  // Chenôve leaves on 1 March 2025; a 2025 run is computed on 10 March, before its erasure on 11 March.
  expect((await api.call(`communes/${CHENOVE}/events`, { ...json("POST", { type: "retrait", date: "2025-03-01" }), token: tokens.staff })).status).toBe(201);
  clock.set("2025-03-10T09:00:00Z");
  const run2025 = await computeRun(api, tokens.finance, 2025, "2025-03-10");
  expect(run2025.body.report.items[0]!.shares.map((share) => share.id)).toContain(CHENOVE);
  before2025 = { runId: run2025.body.runId, etag: run2025.etag! };
  clock.set("2025-03-11T09:00:00Z");
  const erased = await api.call(`communes/${CHENOVE}/erasure`, { ...json("POST", { confirm: CHENOVE, reason: "Courrier du 1er mars", acknowledgeUnpublishedYears: true }), token: tokens.staff });
  expect(erased.status).toBe(200);
  expect(((await erased.json()) as { message: string }).message).toBe(
    "Données de Chenôve effacées. Les quotes-parts publiées (2024) gardent ses lignes : ce sont des documents comptables. Un calcul non publié fait avant cet effacement ne peut plus être publié : recalculez l'année concernée.",
  );
});
afterAll(() => api.close());

describe("an erased commune is never billed by a run computed before its erasure", () => {
  test("the unpublished run computed before the erasure can no longer be published: 409, recompute", async () => {
    const [status, message] = await failure(await publish(2025, before2025.runId, before2025.etag));
    expect(status).toBe(409);
    expect(message).toBe(
      "Publication impossible : ce calcul du 10/03/2025 contient les données de Chenôve (21166), effacées le 11/03/2025, à la demande de la commune. Lancez un nouveau calcul de 2025 : il ne la comptera plus.",
    );
    const run = (await (await api.call(`years/2025/runs/${before2025.runId}`, { token: tokens.finance })).json()) as { status: string; erasedMembers: { insee: string }[] };
    expect(run).toMatchObject({ status: "calcule", erasedMembers: [{ insee: CHENOVE, name: "Chenôve" }] });
    expect((await api.call(`years/2025/runs/${before2025.runId}/snapshot`, { token: tokens.finance })).status).toBe(409);
    for (const format of ["json", "csv", "xlsx"]) expect((await api.call(`years/2025/runs/${before2025.runId}/export?format=${format}`, { token: tokens.finance })).status).toBe(409);
  });

  test("a run computed after the erasure leaves the commune out and is published", async () => {
    const run = await computeRun(api, tokens.finance, 2025, "2025-03-11");
    expect(run.response.status).toBe(201);
    expect(run.body.report.items.flatMap((item) => item.shares.map((share) => share.id))).not.toContain(CHENOVE);
    expect((await publish(2025, run.body.runId, run.etag!)).status).toBe(200);
  });

  test("the published run keeps the commune's lines: it is a financial record", async () => {
    const run = (await (await api.call(`years/2024/runs/${published2024}`, { token: tokens.finance })).json()) as { status: string; erasedMembers?: unknown; report: { totals: { id: string; amount: string }[] } };
    expect(run.status).toBe("publie");
    expect(run.erasedMembers).toBeUndefined();
    expect(run.report.totals.find((total) => total.id === CHENOVE)?.amount).not.toBe("0.00");
    expect((await api.call(`years/2024/runs/${published2024}/export?format=csv`, { token: tokens.finance })).status).toBe(200);
  });

  test("an estimate reads no erased data: the erased commune's postes weigh nothing", async () => {
    const answer = await api.call(`communes/${DIJON}/quote-parts?sets=B&from=2025-01-01&year=2025`, { token: tokens.commune });
    expect(answer.status).toBe(200);
    const { estimate } = (await answer.json()) as { estimate: { lines: { item: string; weight: number; totalWeight: number }[] } };
    // Dijon's 14 postes and the Métropole's 100: Chenôve's 28 are gone with its data.
    expect(estimate.lines.find((line) => line.item === "infra")).toMatchObject({ weight: 14, totalWeight: 114 });
  });
});
