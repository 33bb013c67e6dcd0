import type { Submission } from "../../../shared/inventory/submissionSchema";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, COST_ITEMS_2025, json, putCostItems, submissionOf, submitAndValidate, tokensFor, publishRunAcknowledged } from "../finance/support/financeApi";

// Issue 8 §2: dates that rewrite published years, and implausible dates.
const DIJON = "21231";
const CHENOVE = "21166";
const clock = adjustableClock("2025-01-10T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let runId: string;

const fresh = (submission: Submission, etatDesLieux: string): Submission => ({ ...submission, inventory: { ...submission.inventory, etatDesLieux } });

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api, CHENOVE);
  await submitAndValidate(api, fresh(submissionOf(DIJON, "Dijon", ["B"]), "2025-01-05"), "2025-01-01");
  await submitAndValidate(api, fresh(submissionOf(CHENOVE, "Chenôve", ["B"]), "2025-01-05"), "2025-01-01");
  expect((await putCostItems(api, tokens.finance, 2025, COST_ITEMS_2025)).response.status).toBe(201);
  clock.set("2026-01-20T09:00:00Z");
  const run = await computeRun(api, tokens.finance, 2025, "2026-01-20");
  expect(run.response.status).toBe(201);
  runId = run.body.runId;
  expect((await publishRunAcknowledged(api, tokens.finance, 2025, runId, run.etag!)).status).toBe(200);
  // What staff record from the next day on is not in that publication.
  clock.set("2026-01-21T09:00:00Z");
});
afterAll(() => api.close());

const event = (body: unknown) => api.call(`communes/${DIJON}/events`, { ...json("POST", body), token: tokens.staff });
const answer = async (response: Response) => [response.status, ((await response.json()) as { error?: { message: string } }).error?.message] as const;

async function deposit(insee: string, name: string): Promise<{ path: string; etag: string }> {
  const commune = await api.token({ role: "commune", commune: insee });
  const submitted = await api.call(`communes/${insee}/submissions`, { ...json("POST", fresh(submissionOf(insee, name, ["A", "B"]), "2026-01-10")), token: commune });
  expect(submitted.status).toBe(201);
  return { path: submitted.headers.get("location")!.replace("/api/", ""), etag: submitted.headers.get("etag")! };
}
const decide = (version: { path: string; etag: string }, body: unknown) => api.call(`${version.path}/decision`, { ...json("POST", body, { "If-Match": version.etag }), token: tokens.staff });

describe("dates that touch published years", () => {
  test("a validation effective in 1900 is refused (400, effectiveFrom)", async () => {
    const version = await deposit(CHENOVE, "Chenôve");
    const response = await decide(version, { decision: "validate", effectiveFrom: "1900-01-01" });
    const body = (await response.json()) as { error: { message: string; problems: { path: string }[] } };
    expect(response.status).toBe(400);
    expect(body.error.message).toBe("Date d'effet invalide (champ effectiveFrom) : une adhésion prend effet au plus tôt le 01/01/2000.");
    expect(body.error.problems.map((problem) => problem.path)).toEqual(["effectiveFrom"]);
  });

  test("a validation effective inside the published year is refused (409 naming the year and the run) unless acknowledged, then pending for finance", async () => {
    const version = await deposit(CHENOVE, "Chenôve");
    const [status, message] = await answer(await decide(version, { decision: "validate", effectiveFrom: "2025-07-01" }));
    expect(status).toBe(409);
    expect(message).toBe(
      `Validation avec effet au 01/07/2025 : il modifie l'année 2025, dont les quotes-parts sont publiées (calcul ${runId}). ` +
        "Choisissez une date d'effet postérieure, ou confirmez avec « acknowledgePublishedYears » à true : elle sera inscrite comme régularisation à reporter au prochain calcul.",
    );
    expect((await decide(version, { decision: "validate", effectiveFrom: "2025-07-01", acknowledgePublishedYears: true })).status).toBe(200);
    const runs = (await (await api.call("years/2025/runs", { token: tokens.finance })).json()) as { pendingRegularisations: unknown[] };
    expect(runs.pendingRegularisations).toEqual([expect.objectContaining({ insee: CHENOVE, communeName: "Chenôve", type: "validation", date: "2025-07-01", years: [2025] })]);
  });

  test("a validation effective after the published year needs nothing", async () => {
    const version = await deposit(CHENOVE, "Chenôve");
    expect((await decide(version, { decision: "validate", effectiveFrom: "2026-02-01" })).status).toBe(200);
  });

  test("a withdrawal dated in the published year is refused (409) unless acknowledged; acknowledged, it is a régularisation of 2025", async () => {
    const [status, message] = await answer(await event({ type: "retrait", date: "2025-06-01", sets: ["B"] }));
    expect(status).toBe(409);
    expect(message).toMatch(new RegExp(`^Retrait daté du 01/06/2025 : il modifie l'année 2025, dont les quotes-parts sont publiées \\(calcul ${runId}\\)\\.`));
    const recorded = await event({ type: "retrait", date: "2025-06-01", sets: ["B"], acknowledgePublishedYears: true });
    expect(recorded.status).toBe(201);
    expect(((await recorded.json()) as { event: { publishedYears: number[] } }).event.publishedYears).toEqual([2025]);
    const runs = (await (await api.call("years/2025/runs", { token: tokens.staff })).json()) as { pendingRegularisations: { insee: string; type: string }[] };
    expect(runs.pendingRegularisations.map(({ insee, type }) => `${insee}:${type}`)).toEqual([`${CHENOVE}:validation`, `${DIJON}:retrait`]);
  });

  test("event dates are bounded: an exclusion dated 1900 and a withdrawal dated 2099 are refused (400)", async () => {
    const [excluded, why] = await answer(await event({ type: "exclusion", date: "1900-01-01", temporary: true, comment: "Faille" }));
    expect([excluded, why]).toEqual([400, "Exclusion : date invalide (champ date) : date au plus tôt le 01/01/2000 attendue."]);
    const [withdrawn] = await answer(await event({ type: "retrait", date: "2099-01-01" }));
    expect(withdrawn).toBe(400);
  });
});
