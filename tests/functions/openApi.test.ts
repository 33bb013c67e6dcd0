import { ROUTES } from "../../functions/routes/routeTable";
import { startTestApi, type TestApi } from "../support/startTestApi";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("OpenAPI document", () => {
  test("is public and describes every route and method of the route table", async () => {
    const response = await api.call("openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { operationId: string; parameters: { name: string; in: string }[] }>> };
    expect(document.openapi).toBe("3.1.0");
    for (const route of ROUTES) {
      for (const method of route.methods) {
        const operation = document.paths[`/api/${route.route}`]?.[method.toLowerCase()];
        expect(operation?.operationId).toBe(route.name);
        for (const [, name] of route.route.matchAll(/\{(\w+)\}/g)) expect(operation?.parameters).toContainEqual(expect.objectContaining({ name, in: "path" }));
      }
    }
  });

  test("commune path parameters are named {insee} and documented as INSEE codes", async () => {
    const document = (await (await api.call("openapi.json")).json()) as { paths: Record<string, unknown> };
    const communePaths = Object.keys(document.paths).filter((path) => path.startsWith("/api/communes/"));
    expect(communePaths.length).toBeGreaterThan(5);
    for (const path of communePaths) expect(path).toMatch(/^\/api\/communes\/\{insee\}/);
  });

  test("request bodies carry their JSON schema", async () => {
    const document = (await (await api.call("openapi.json")).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>> };
    const decision = document.paths["/api/communes/{insee}/submissions/{version}/decision"]?.post?.requestBody;
    expect(JSON.stringify(decision)).toMatch(/incomplete/);
    const submit = document.paths["/api/communes/{insee}/submissions"]?.post?.requestBody?.content;
    expect(Object.keys(submit ?? {})).toEqual(["application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
  });
});
