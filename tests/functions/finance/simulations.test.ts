import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { formatQuotePartReport } from "../../../shared/quoteParts/report/formatQuotePartReport";
import { expectOk } from "../../shared/quoteParts/expectOk";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { tokensFor } from "./support/financeApi";

/** The scenario of PRODUCT.md §5. */
const PRODUCT_SCENARIO = {
  year: 2025,
  rounding: "cent",
  prorata: "monthly",
  metropole: { id: "242100410", weights: { postes: 900, agents: 1500, sites: 40 } },
  members: [
    {
      id: "21231",
      name: "Dijon",
      adhesions: [
        { set: "B", from: "2025-05-01" },
        { set: "C:3", from: "2025-01-01", to: "2025-10-01" },
      ],
      weights: { postes: 1200, agents: 2500, sites: 60, "users:3": 40 },
    },
  ],
  costItems: [{ id: "internet", label: "Accès Internet", set: "B", amount: "120000.00", key: "postes" }],
};

let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi();
  tokens = await tokensFor(api);
});
afterAll(() => api.close());

const simulate = (body: string, token = tokens.finance, type = "application/json") => api.call("simulations", { method: "POST", body, headers: { "Content-Type": type }, token });
const errorOf = async (response: Response) => ((await response.json()) as { error: { message: string; problems?: { path: string; message: string }[] } }).error;

describe("simulations", () => {
  test("a scenario file (the CLI's format, BOM accepted) gives the §5 report, as the engine computes it", async () => {
    const response = await simulate(`\uFEFF${JSON.stringify(PRODUCT_SCENARIO)}`);
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toEqual(formatQuotePartReport(expectOk(computeQuoteParts(PRODUCT_SCENARIO))));
    expect(report).toMatchObject({ year: 2025, items: [{ id: "internet", shares: [{ id: "21231", months: 8, amount: "45714.29" }] }] });
  });

  test("unreadable bodies: 400 in French, saying what is wrong", async () => {
    const empty = await simulate("");
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toMatch(/fichier vide/);
    const broken = await simulate('{\n  "year": 2025,\n  "members": [,]\n}');
    expect(broken.status).toBe(400);
    expect((await errorOf(broken)).message).toMatch(/JSON invalide/);
    expect((await simulate("year;2025", tokens.finance, "text/csv")).status).toBe(415);
  });

  test("bad scenarios: 422 with every problem by field path, in French", async () => {
    const scenario = {
      ...PRODUCT_SCENARIO,
      rounding: "dixième",
      members: [{ ...PRODUCT_SCENARIO.members[0], adhesions: [{ set: "B", from: "2025-02-30" }] }],
      costItems: [{ id: "internet", label: "Accès Internet", set: "B", amount: "12,00" }],
    };
    const response = await simulate(JSON.stringify(scenario));
    expect(response.status).toBe(422);
    const { message, problems } = await errorOf(response);
    expect(message).toMatch(/^Scénario refusé : 3 problème\(s\)/);
    expect(problems?.map((problem) => problem.path)).toEqual(expect.arrayContaining(["rounding", "members[0].adhesions[0].from", "costItems[0].amount"]));
    expect(problems?.find((problem) => problem.path === "members[0].adhesions[0].from")?.message).toMatch(/date invalide « 2025-02-30 »/);
  });

  test("a zero total weight is refused, naming the item", async () => {
    const scenario = { ...PRODUCT_SCENARIO, metropole: { id: "242100410", weights: { postes: 0 } }, members: [], costItems: [{ id: "dpo", label: "DPO", set: "A", amount: "10.00" }] };
    const response = await simulate(JSON.stringify(scenario));
    expect(response.status).toBe(422);
    expect((await errorOf(response)).problems).toEqual([{ path: "costItems[0]", message: expect.stringMatching(/poids total nul pour le poste de coût dpo/) }]);
  });

  test("for finance only", async () => {
    expect((await simulate(JSON.stringify(PRODUCT_SCENARIO), tokens.commune)).status).toBe(403);
    expect((await simulate(JSON.stringify(PRODUCT_SCENARIO), tokens.staff)).status).toBe(403);
  });
});
