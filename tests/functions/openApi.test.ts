import fc from "fast-check";
import { ApiError } from "../../functions/http/apiError";
import type { ApiRequest } from "../../functions/http/apiRequest";
import type { RouteDefinition } from "../../functions/http/routeDefinition";
import { IDEMPOTENCY_KEY, withIdempotency } from "../../functions/http/withIdempotency";
import { ROUTES } from "../../functions/routes/routeTable";
import type { Services } from "../../functions/services/services";
import { startTestApi, type TestApi } from "../support/startTestApi";

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly schema: { readonly type?: string; readonly minLength?: number; readonly maxLength?: number; readonly pattern?: string };
}
interface Operation {
  readonly parameters: readonly Parameter[];
  readonly responses: Readonly<Record<string, { description: string }>>;
}

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

let served: Promise<{ paths: Record<string, Record<string, Operation>> }> | undefined;

/** The served document's operation for a route and method (the document fetched once). */
async function operationOf(route: RouteDefinition, method: string): Promise<Operation> {
  const document = await (served ??= api.call("openapi.json").then((response) => response.json() as Promise<{ paths: Record<string, Record<string, Operation>> }>));
  const operation = document.paths[`/api/${route.route}`]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} /api/${route.route} not documented`);
  return operation;
}

/** Every documented (route, method, statuses) of the route table. */
async function documentedStatuses(): Promise<{ route: RouteDefinition; method: string; statuses: string[]; operation: Operation }[]> {
  const all = [];
  for (const route of ROUTES) {
    for (const method of route.methods) {
      const operation = await operationOf(route, method);
      all.push({ route, method, statuses: Object.keys(operation.responses), operation });
    }
  }
  return all;
}

const byName = (name: string) => ROUTES.find((route) => route.name === name)!;

/** Whether the server takes `key` as an Idempotency-Key: withIdempotency itself, on a store that fails once the key is accepted. */
async function serverAccepts(key: string): Promise<boolean> {
  const accepted = new Error("key accepted: storage reached");
  const services = { now: () => new Date(), store: { table: () => { throw accepted; } } } as unknown as Services;
  const request: ApiRequest = { method: "POST", params: {}, query: new URLSearchParams(), body: Buffer.from("{}"), header: (name) => (name === "idempotency-key" ? key : undefined) };
  try {
    await withIdempotency(services, request, "scope", async () => ({ status: 200 }));
    throw new Error("withIdempotency went on without its store");
  } catch (error) {
    if (error === accepted) return true;
    if (error instanceof ApiError && error.status === 400) return false;
    throw error;
  }
}

/** Whether a JSON Schema validator takes `key` under `schema` (lengths in code points, pattern as a unicode regular expression). */
function schemaAccepts(schema: Parameter["schema"], key: string): boolean {
  const length = [...key].length;
  return length >= (schema.minLength ?? 0) && length <= (schema.maxLength ?? Infinity) && new RegExp(schema.pattern ?? "", "u").test(key);
}

describe("OpenAPI document and behaviour agree", () => {
  test("the Idempotency-Key header is declared with the server's rule: 8 to 200 characters among letters, digits, . _ : -", async () => {
    const withKey = ROUTES.filter((route) => route.requestHeaders?.includes("Idempotency-Key"));
    expect(withKey.map((route) => route.name)).toEqual(expect.arrayContaining(["submitSubmission", "computeRun"]));
    const schemas = [];
    for (const route of withKey) {
      const header = (await operationOf(route, route.methods[0]!)).parameters.find((parameter) => parameter.name === "Idempotency-Key");
      expect(header).toMatchObject({ in: "header", required: false });
      schemas.push(header!.schema);
    }
    const [schema] = schemas;
    for (const other of schemas) expect(other).toEqual(schema);
    expect(schema).toEqual({ type: "string", minLength: 8, maxLength: 200, pattern: IDEMPOTENCY_KEY.source });
    // The boundaries, then any string over an alphabet of accepted and refused characters: the
    // document accepts exactly the keys the server accepts.
    const edges = ["a".repeat(7), "a".repeat(8), "a".repeat(200), "a".repeat(201), "abc-DEF_1.2:3", "clé-1234", "cle 1234", "cle/1234", "cle-1234\n", "😀😀😀😀😀😀😀😀", ""];
    for (const key of edges) expect([key, schemaAccepts(schema!, key)]).toEqual([key, await serverAccepts(key)]);
    const unit = fc.constantFrom(..."aZ09._:-", " ", "/", "é", "+", "\n", "😀");
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, minLength: 0, maxLength: 210 }), async (key) => schemaAccepts(schema!, key) === (await serverAccepts(key))),
      { numRuns: 300 },
    );
  });

  test("documents 404 on the staff decision, lifecycle events and erasure, and 415 on saving a draft", async () => {
    expect(Object.keys((await operationOf(byName("decideSubmission"), "POST")).responses)).toContain("404");
    expect(Object.keys((await operationOf(byName("recordLifecycleEvent"), "POST")).responses)).toContain("404");
    expect(Object.keys((await operationOf(byName("eraseCommune"), "POST")).responses)).toContain("404");
    expect(Object.keys((await operationOf(byName("saveDraft"), "PUT")).responses)).toContain("415");
  });

  test("every route documents what the shared HTTP layer answers: 401/403 behind sign-in, 404 for an unknown commune, 413/415 for a body, 409/422 for an Idempotency-Key, 412 for If-Match", async () => {
    for (const { route, method, statuses } of await documentedStatuses()) {
      // Success: 201 alone on the routes that only ever create, 200 elsewhere.
      const onlyCreates = route.responses?.[201] !== undefined && route.responses?.[200] === undefined;
      expect([`${method} ${route.route}`, statuses.includes("200")]).toEqual([`${method} ${route.route}`, !onlyCreates]);
      const expected = [
        onlyCreates ? "201" : "200",
        "400",
        "500",
        "503",
        ...(route.access === "public" ? [] : ["401", "403"]),
        ...(route.route.includes("{insee}") ? ["404"] : []),
        ...(route.body ? ["413", "415"] : []),
        ...(route.requestHeaders?.includes("Idempotency-Key") ? ["409", "422"] : []),
        ...(route.requestHeaders?.includes("If-Match") ? ["412"] : []),
      ];
      expect([`${method} ${route.route}`, statuses]).toEqual([`${method} ${route.route}`, expect.arrayContaining(expected)]);
    }
  });

  test("each route documents the statuses its handler returns (found by reading each handler)", async () => {
    const expected: Record<string, string[]> = {
      validate: ["413", "415", "422"],
      getCommune: ["404"],
      getDraft: ["404"],
      saveDraft: ["404", "413", "415", "422"],
      getPrefill: ["404"],
      getPrefillXlsx: ["404"],
      submitSubmission: ["201", "404", "409", "413", "415", "422"],
      getSubmission: ["404"],
      decideSubmission: ["404", "409", "412", "413", "415", "422", "428"],
      recordLifecycleEvent: ["201", "404", "409", "413", "415"],
      eraseCommune: ["404", "409", "413", "415"],
      getCostItems: ["404"],
      putCostItems: ["201", "409", "412", "413", "415", "428"],
      listCostItemsVersions: [],
      openCorrection: ["201", "409", "413", "415"],
      cancelCorrection: ["409"],
      getFinanceHistory: [],
      getFinanceConfig: ["404"],
      putFinanceConfig: ["201", "409", "412", "413", "415", "428"],
      computeRun: ["201", "409", "413", "415", "422"],
      getRun: ["404"],
      getRunSnapshot: ["404", "409"],
      publishRun: ["404", "409", "412", "413", "415", "428"],
      exportRun: ["404", "409"],
      getDeliberation: ["404", "409"],
      simulateQuoteParts: ["413", "415", "422"],
      getCommuneQuoteParts: ["404", "422"],
    };
    for (const { route, statuses } of await documentedStatuses()) {
      const own = statuses.filter((status) => !["200", "400", "401", "403", "500", "503"].includes(status));
      expect([route.name, own]).toEqual([route.name, expected[route.name] ?? []]);
    }
  });

  test("If-Match is required where its absence is always refused (428); optional when saving cost items, which a first save creates", async () => {
    for (const { route, method, operation } of await documentedStatuses()) {
      const ifMatch = operation.parameters.find((parameter) => parameter.name === "If-Match");
      if (!ifMatch) continue;
      expect([`${method} ${route.route}`, ifMatch.required]).toEqual([`${method} ${route.route}`, "428" in operation.responses && !("201" in operation.responses)]);
    }
    const costItemsIfMatch = (await operationOf(byName("putCostItems"), "PUT")).parameters.find((parameter) => parameter.name === "If-Match");
    expect(costItemsIfMatch).toMatchObject({ required: false, description: expect.stringMatching(/obligatoire pour remplacer \(428 sans\)/) });
    expect((await operationOf(byName("decideSubmission"), "POST")).parameters.find((parameter) => parameter.name === "If-Match")?.required).toBe(true);
    const finance = await api.token({ role: "finance" });
    const put = (body: unknown) => api.call("years/2039/cost-items", { method: "PUT", token: finance, body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
    const document = { metropole: { weights: { postes: 10 } }, items: [{ id: "infra", label: "Infrastructure", set: "B", amount: "100.00" }] };
    expect((await put(document)).status).toBe(201);
    expect((await put(document)).status).toBe(428);
  });

  /** A request to `route` that every handler lets through up to the point tested: staff when allowed, else finance, else the commune itself. */
  async function callRoute(route: RouteDefinition, method: string, insee: string, headers: Record<string, string>) {
    const role = route.access === "public" ? undefined : route.access.includes("staff") ? "staff" : route.access.includes("finance") ? "finance" : "commune";
    const token = role === undefined ? undefined : await api.token({ role, ...(role === "commune" ? { commune: insee } : {}) });
    const path = route.route.replace("{insee}", insee).replace("{version}", "1").replace("{year}", "2025").replace("{runId}", "20250301T090000000Z-1a2b3c4d");
    return api.call(path, { method, ...(token ? { token } : {}), headers: { "If-Match": '"etag"', ...headers }, ...(method === "GET" ? {} : { body: "{}" }) });
  }

  test("the documented 404 and 415 are what the API answers: an unknown commune on every {insee} route, a non-JSON body on every route with a body", async () => {
    for (const { route, method, statuses } of await documentedStatuses()) {
      if (route.route.includes("{insee}")) {
        expect(statuses).toContain("404");
        const response = await callRoute(route, method, "99999", { "Content-Type": "application/json" });
        expect([`${method} ${route.route}`, response.status]).toEqual([`${method} ${route.route}`, 404]);
      }
      if (route.body) {
        expect(statuses).toContain("415");
        const response = await callRoute(route, method, "21231", { "Content-Type": "text/plain" });
        expect([`${method} ${route.route}`, response.status]).toEqual([`${method} ${route.route}`, 415]);
      }
    }
  });
});
