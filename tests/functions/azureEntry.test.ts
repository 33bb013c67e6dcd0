import { HttpRequest, type HttpHandler, type HttpResponseInit, type InvocationContext } from "@azure/functions";
import { ROUTES } from "../../functions/routes/routeTable";

const registered = new Map<string, { methods: string[]; route: string; authLevel: string; handler: HttpHandler }>();

jest.mock("@azure/functions", () => {
  const actual = jest.requireActual("@azure/functions");
  return { ...actual, app: { http: (name: string, options: never) => registered.set(name, options) } };
});

describe("Azure Functions entry point", () => {
  const saved = { ...process.env };
  afterAll(() => {
    process.env = saved;
  });
  beforeAll(() => {
    process.env.AzureWebJobsStorage = process.env.TEST_STORAGE_CONNECTION_STRING;
    process.env.AUTH_JWKS_URL = "https://login.microsoftonline.com/tenant/discovery/v2.0/keys";
    jest.isolateModules(() => {
      require("../../functions/index");
    });
  });

  test("registers every route of the shared table, anonymous at the host (the API checks tokens itself)", () => {
    expect([...registered.keys()]).toEqual(ROUTES.map((route) => route.name));
    for (const route of ROUTES) {
      expect(registered.get(route.name)).toMatchObject({ methods: [...route.methods], route: route.route, authLevel: "anonymous" });
    }
  });

  test("a registered function answers through the same pipeline (public catalogue, protected list)", async () => {
    const call = async (name: string, url: string, headers: Record<string, string> = {}) =>
      (await registered.get(name)!.handler(new HttpRequest({ method: "GET", url, headers }), {} as InvocationContext)) as HttpResponseInit;
    const catalogue = await call("catalogue", "http://localhost/api/catalogue");
    expect(catalogue.status).toBe(200);
    expect((catalogue.jsonBody as { domains: unknown[] }).domains).toHaveLength(16);
    const anonymous = await call("listSubmissions", "http://localhost/api/submissions");
    expect(anonymous.status).toBe(401);
    expect((anonymous.jsonBody as { error: { message: string } }).error.message).toMatch(/Authentification requise/);
  });

  test("a body over the route's limit is refused with 413 before reaching the handler", async () => {
    const big = new HttpRequest({ method: "POST", url: "http://localhost/api/validate", headers: { "content-type": "application/json" }, body: { string: "x".repeat(5 * 1024 * 1024 + 10) } });
    const answer = (await registered.get("validate")!.handler(big, {} as InvocationContext)) as HttpResponseInit;
    expect(answer.status).toBe(413);
  });
});
