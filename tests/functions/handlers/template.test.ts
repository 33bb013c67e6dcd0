import { startTestApi, type TestApi } from "../../support/startTestApi";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("template definition", () => {
  test("is public and describes the model, the layout for the requested blocks and the checks", async () => {
    const response = await api.call("template?fibre=2&interconnexion=0&isole=3");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { templateVersion: string; layout: { blockCounts: Record<string, number> }; rules: { id: string }[]; model: unknown[] };
    expect(body.layout.blockCounts).toEqual({ fibre: 2, interconnexion: 0, isole: 3 });
    expect(body.rules.map((rule) => rule.id)).toContain("freshness.maxAge");
    expect(body.model.length).toBeGreaterThan(20);
  });

  test("refuses block counts that are not whole numbers from 0 to 50", async () => {
    const response = await api.call("template?fibre=-1&isole=abc");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { problems: { path: string }[] } };
    expect(body.error.problems.map((problem) => problem.path)).toEqual(["fibre", "isole"]);
  });

  test("the member communes are listed for staff with their status", async () => {
    const staff = await api.token({ role: "staff" });
    const body = (await (await api.call("communes", { token: staff })).json()) as { epci: { name: string }; communes: { insee: string; name: string; status: string }[] };
    expect(body.epci.name).toBe("Dijon Métropole");
    expect(body.communes).toHaveLength(23);
    expect(body.communes.find((commune) => commune.insee === "21231")).toMatchObject({ name: "Dijon", status: "aucun" });
  });
});
