import { startTestApi, type TestApi } from "../../support/startTestApi";
import { COST_ITEMS_2025, json, putCostItems, tokensFor } from "./support/financeApi";

let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi();
  tokens = await tokensFor(api);
});
afterAll(() => api.close());

describe("cost items of a year", () => {
  test("round trip: PUT creates (201), GET reads the canonical document back with its ETag and the Métropole", async () => {
    const created = await putCostItems(api, tokens.finance, 2030, COST_ITEMS_2025);
    expect(created.response.status).toBe(201);
    const read = await api.call("years/2030/cost-items", { token: tokens.staff });
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe(created.response.headers.get("etag"));
    expect(await read.json()).toMatchObject({
      year: 2030,
      metropole: { id: "242100410", name: "Dijon Métropole", weights: COST_ITEMS_2025.metropole.weights },
      rounding: "cent",
      prorata: "monthly",
      items: COST_ITEMS_2025.items,
      savedBy: expect.stringMatching(/^finance:/),
    });
  });

  test("replaced as a whole; If-Match with the current ETag succeeds, a stale one gets 412 and changes nothing", async () => {
    const first = await putCostItems(api, tokens.finance, 2031, COST_ITEMS_2025);
    const etag = first.response.headers.get("etag")!;
    const replaced = await putCostItems(api, tokens.finance, 2031, { ...COST_ITEMS_2025, rounding: "euro", items: [COST_ITEMS_2025.items[0]] }, { "If-Match": etag });
    expect(replaced.response.status).toBe(200);
    // The answer carries the new version, the one a read gives: the next replacement can send it.
    expect(replaced.response.headers.get("etag")).toBe((await api.call("years/2031/cost-items", { token: tokens.finance })).headers.get("etag"));
    expect(replaced.body.items).toHaveLength(1);
    const stale = await putCostItems(api, tokens.finance, 2031, COST_ITEMS_2025, { "If-Match": etag });
    expect(stale.response.status).toBe(412);
    expect(JSON.stringify(stale.body)).toMatch(/rechargez/);
    const current = (await (await api.call("years/2031/cost-items", { token: tokens.finance })).json()) as { rounding: string; items: unknown[] };
    expect(current).toMatchObject({ rounding: "euro", items: [COST_ITEMS_2025.items[0]] });
    const absent = await putCostItems(api, tokens.finance, 2032, COST_ITEMS_2025, { "If-Match": etag });
    expect(absent.response.status).toBe(412);
  });

  test("replacing without If-Match is refused (428) and changes nothing: two people editing one year never overwrite each other blindly", async () => {
    await putCostItems(api, tokens.finance, 2034, COST_ITEMS_2025);
    const blind = await putCostItems(api, tokens.finance, 2034, { ...COST_ITEMS_2025, rounding: "euro" });
    expect(blind.response.status).toBe(428);
    expect((blind.body.error as { message: string }).message).toBe(
      "Les postes de coût de 2034 existent déjà : relisez-les, puis renvoyez leur version (en-tête If-Match) pour les remplacer.",
    );
    const current = (await (await api.call("years/2034/cost-items", { token: tokens.finance })).json()) as { rounding: string };
    expect(current.rounding).toBe("cent");
    // An empty If-Match is no version; one storage cannot read is no current version either.
    expect((await putCostItems(api, tokens.finance, 2034, COST_ITEMS_2025, { "If-Match": "" })).response.status).toBe(428);
    expect((await putCostItems(api, tokens.finance, 2034, COST_ITEMS_2025, { "If-Match": "n'importe quoi" })).response.status).toBe(412);
    const trail = (await (await api.call("audit?chain=metropole", { token: tokens.staff })).json()) as { entries: { target: string }[] };
    expect(trail.entries.filter((entry) => entry.target === "costitems:2034")).toHaveLength(1);
  });

  test("a year without cost items is 404; a bad year is 400", async () => {
    expect((await api.call("years/2040/cost-items", { token: tokens.finance })).status).toBe(404);
    const bad = await api.call("years/20x5/cost-items", { token: tokens.finance });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { problems: { path: string }[] } }).error.problems[0]?.path).toBe("year");
  });

  test("validation errors: 400 with French messages and field paths, never 500", async () => {
    const bad = await putCostItems(api, tokens.finance, 2030, {
      metropole: { weights: { postes: "cent" } },
      prorata: "hebdo",
      items: [{ id: "x", label: "", set: "C:17", amount: "-5", key: "users" }, { id: "x", label: "Doublon", set: "B", amount: "1.00" }],
    });
    expect(bad.response.status).toBe(400);
    const problems = (bad.body.error as { problems: { path: string; message: string }[] }).problems;
    expect(problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(["metropole.weights.postes", "prorata", "items[0].label", "items[0].set", "items[0].amount"]));
    expect(problems.find((problem) => problem.path === "items[0].amount")?.message).toBe("le montant ne peut pas être négatif");
    const duplicate = await putCostItems(api, tokens.finance, 2030, { ...COST_ITEMS_2025, items: [COST_ITEMS_2025.items[0], COST_ITEMS_2025.items[0]] });
    expect(duplicate.response.status).toBe(400);
    expect(JSON.stringify(duplicate.body)).toMatch(/en double « infra »/);
    const notJson = await api.call("years/2030/cost-items", { method: "PUT", body: "{oops", headers: { "Content-Type": "application/json" }, token: tokens.finance });
    expect(notJson.status).toBe(400);
    const csv = await api.call("years/2030/cost-items", { method: "PUT", body: "a;b", headers: { "Content-Type": "text/csv" }, token: tokens.finance });
    expect(csv.status).toBe(415);
  });

  test("finance writes; staff read only; a commune neither", async () => {
    expect((await putCostItems(api, tokens.staff, 2030, COST_ITEMS_2025)).response.status).toBe(403);
    expect((await putCostItems(api, tokens.commune, 2030, COST_ITEMS_2025)).response.status).toBe(403);
    expect((await api.call("years/2030/cost-items", { token: tokens.commune })).status).toBe(403);
  });

  test("each save is in the Métropole's audit chain with the document's SHA-256", async () => {
    const saved = await putCostItems(api, tokens.finance, 2033, COST_ITEMS_2025);
    const trail = (await (await api.call("audit?chain=metropole", { token: tokens.staff })).json()) as { entries: { action: string; target: string; details: { sha256: string } }[] };
    expect(trail.entries).toEqual(expect.arrayContaining([expect.objectContaining({ action: "costitems.save", target: "costitems:2033", details: expect.objectContaining({ sha256: saved.body.sha256 }) })]));
  });

  test("If-Match is also accepted by GET-then-PUT clients with a JSON body built from the read document", async () => {
    const read = await api.call("years/2030/cost-items", { token: tokens.finance });
    const shown = (await read.json()) as { metropole: { weights: Record<string, number> }; rounding: string; prorata: string; items: unknown[] };
    const body = { metropole: { weights: shown.metropole.weights }, rounding: shown.rounding, prorata: shown.prorata, items: shown.items };
    const again = await api.call("years/2030/cost-items", { ...json("PUT", body, { "If-Match": read.headers.get("etag")! }), token: tokens.finance });
    expect(again.status).toBe(200);
  });
});
