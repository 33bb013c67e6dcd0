import { startTestApi, type TestApi } from "../support/startTestApi";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("local host", () => {
  test("health answers 200 with the storage reachable", async () => {
    const response = await api.call("health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", storage: "ok" });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("the catalogue is public and lists the 3 sets and 16 domains in French", async () => {
    const body = (await (await api.call("catalogue")).json()) as { sets: unknown[]; domains: { label: string }[] };
    expect(body.sets).toHaveLength(3);
    expect(body.domains).toHaveLength(16);
    expect(body.domains[14]?.label).toBe("Environnement & Action économique");
  });

  test("an unknown route is a 404 with a French message", async () => {
    const response = await api.call("nothing-here");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/introuvable/);
  });

  test("a wrong method is a 405 naming the allowed ones", async () => {
    const response = await api.call("health", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });

  test("paths outside /api are 404", async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(404);
  });
});
