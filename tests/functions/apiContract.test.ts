import Ajv2020 from "ajv/dist/2020";
import { ROUTES } from "../../functions/routes/routeTable";
import { compileRoute, matchRoute } from "../../functions/http/matchRoute";
import { aCompleteSubmission } from "../shared/checks/support/aCompleteSubmission";
import { aMember, aScenario } from "../shared/quoteParts/scenarioFactory";
import { adjustableClock } from "../support/adjustableClock";
import { startTestApi, type TestApi } from "../support/startTestApi";
import { validateOpenApiDocument } from "../support/validateOpenApiDocument";
import { COST_ITEMS_2025, submissionOf } from "./finance/support/financeApi";

// Issue 9 §3: one API contract, written once in shared/api. The served OpenAPI document is valid
// OpenAPI 3.1 and describes every JSON body; every route's real answers — successes and errors —
// validate against the document itself (as a generated client would read it).
type Document = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }> }>>; components: Record<string, unknown> };

const DIJON = "21231";
const clock = adjustableClock("2025-03-01T09:00:00Z");
const COMPILED = ROUTES.map(compileRoute);
let api: TestApi;
let document: Document;
let ajv: Ajv2020;
let tokens: Record<"commune" | "staff" | "finance", string>;
/** Route name → statuses whose JSON body was checked against the document. */
const checked = new Map<string, Set<number>>();

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = { commune: await api.token({ role: "commune", commune: DIJON }), staff: await api.token({ role: "staff" }), finance: await api.token({ role: "finance" }) };
  document = (await (await api.call("openapi.json")).json()) as Document;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "https://contrat/openapi", components: document.components });
});
afterAll(() => api.close());

/** The document's schema of an answer, its `#/components` references pointing at the document. */
function documentedSchema(routeTemplate: string, method: string, status: number, type: string): Record<string, unknown> | undefined {
  const responses = document.paths[`/api/${routeTemplate}`]?.[method.toLowerCase()]?.responses;
  const schema = responses?.[String(status)]?.content?.[type]?.schema;
  return schema && JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"https://contrat/openapi#/components/'));
}

/** Calls the API and checks a JSON answer against the OpenAPI document; returns the status and body. */
async function call(path: string, init: RequestInit & { token?: string; body?: string } = {}): Promise<{ status: number; body: unknown }> {
  const method = init.method ?? "GET";
  const response = await api.call(path, init);
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const match = matchRoute(COMPILED, path.split("?")[0]!).find((candidate) => candidate.route.methods.includes(method as never));
  if (!match) throw new Error(`no route for ${method} ${path}`);
  if (type !== "application/json") return { status: response.status, body: undefined };
  const body: unknown = await response.json();
  const schema = documentedSchema(match.route.route, method, response.status, type);
  expect({ call: `${method} ${path} → ${response.status}`, documented: schema !== undefined }).toEqual({ call: `${method} ${path} → ${response.status}`, documented: true });
  const validate = ajv.compile(schema!);
  expect({ call: `${method} ${path} → ${response.status}`, errors: validate(body) ? [] : validate.errors }).toEqual({ call: `${method} ${path} → ${response.status}`, errors: [] });
  if (!checked.has(match.route.name)) checked.set(match.route.name, new Set());
  checked.get(match.route.name)!.add(response.status);
  return { status: response.status, body };
}

const json = (method: string, body: unknown, token: string, headers: Record<string, string> = {}) => ({ method, body: JSON.stringify(body), token, headers: { "Content-Type": "application/json", ...headers } });
const dijon = () => ({ ...submissionOf(DIJON, "Dijon", ["B", "C"], [3]), commune: { insee: DIJON, name: "Dijon" } });

describe("the API contract", () => {
  test("the served document is valid OpenAPI 3.1", () => {
    expect(validateOpenApiDocument(document)).toEqual(expect.objectContaining({ valid: true }));
  });

  test("every JSON success of every route is described by a schema, and every error by the error schema", () => {
    for (const route of ROUTES) {
      for (const method of route.methods) {
        const responses = document.paths[`/api/${route.route}`]![method.toLowerCase()]!.responses;
        for (const [status, answer] of Object.entries(responses)) {
          const schema = answer.content?.["application/json"]?.schema;
          if (Number(status) >= 400) expect({ route: route.name, status, schema }).toEqual({ route: route.name, status, schema: { $ref: "#/components/schemas/Erreur" } });
          else if (answer.content?.["application/json"]) expect({ route: route.name, status, described: Object.keys(schema ?? {}).length > 0 }).toEqual({ route: route.name, status, described: true });
        }
      }
    }
  });

  test("every route's real answers, successes and errors, validate against the document", async () => {
    // Public routes and who am I.
    expect((await call("health")).status).toBe(200);
    expect((await call("catalogue")).status).toBe(200);
    expect((await call("template")).status).toBe(200);
    expect((await call("template?fibre=99")).status).toBe(400);
    expect((await call("template.xlsx?fibre=abc")).status).toBe(400);
    expect((await call("openapi.json")).status).toBe(200);
    expect((await call("me", { token: tokens.commune })).status).toBe(200);
    expect((await call("me")).status).toBe(401);
    // A commune's file: dry run, draft, deposit.
    expect((await call("validate", json("POST", dijon(), tokens.commune))).status).toBe(200);
    expect((await call("validate", { method: "POST", body: "{", token: tokens.commune, headers: { "Content-Type": "application/json" } })).status).toBe(400);
    expect((await call(`communes/${DIJON}/draft`, { token: tokens.commune })).status).toBe(404);
    expect((await call(`communes/${DIJON}/prefill.xlsx`, { token: tokens.commune })).status).toBe(404);
    expect((await call(`communes/${DIJON}/draft`, json("PUT", dijon(), tokens.commune))).status).toBe(200);
    expect((await call(`communes/${DIJON}/draft`, { token: tokens.commune })).status).toBe(200);
    expect((await call(`communes/${DIJON}/prefill.xlsx`, { token: tokens.commune })).status).toBe(200);
    expect((await call(`communes/${DIJON}/prefill.xlsx`, { token: tokens.finance })).status).toBe(403);
    expect((await call(`communes/${DIJON}/draft`, json("PUT", { ...dijon(), commune: { insee: "21003", name: "Ahuy" } }, tokens.commune))).status).toBe(422);
    expect((await call(`communes/${DIJON}/prefill`, { token: tokens.commune })).status).toBe(404);
    const incomplete = { ...dijon(), inventory: { ...dijon().inventory, answers: {} } };
    expect((await call(`communes/${DIJON}/submissions`, json("POST", incomplete, tokens.commune))).status).toBe(422);
    const deposit = await call(`communes/${DIJON}/submissions`, json("POST", dijon(), tokens.commune));
    expect(deposit.status).toBe(201);
    const { version, etag } = deposit.body as { version: number; etag: string };
    expect((await call(`communes/${DIJON}/submissions/${version}`, { token: tokens.staff })).status).toBe(200);
    expect((await call(`communes/${DIJON}/submissions/99`, { token: tokens.staff })).status).toBe(404);
    // Staff: review, decision, lifecycle, lists, audit.
    expect((await call("submissions?status=deposee", { token: tokens.staff })).status).toBe(200);
    expect((await call("submissions?status=inconnu", { token: tokens.staff })).status).toBe(400);
    expect((await call(`communes/${DIJON}/submissions/${version}/decision`, json("POST", { decision: "validate", effectiveFrom: "2025-01-01" }, tokens.staff))).status).toBe(428);
    expect((await call(`communes/${DIJON}/submissions/${version}/decision`, json("POST", { decision: "validate", effectiveFrom: "2025-01-01" }, tokens.staff, { "If-Match": etag }))).status).toBe(200);
    expect((await call(`communes/${DIJON}/prefill`, { token: tokens.commune })).status).toBe(200);
    expect((await call(`communes/${DIJON}/events`, json("POST", { type: "exclusion", date: "2025-03-01", sets: ["B"], comment: "Impayés" }, tokens.staff))).status).toBe(409);
    expect((await call(`communes/${DIJON}/events`, json("POST", { type: "mise_en_demeure", date: "2025-03-01", sets: ["B"], comment: "Inventaire non tenu" }, tokens.staff))).status).toBe(201);
    expect((await call(`communes/${DIJON}`, { token: tokens.commune })).status).toBe(200);
    expect((await call("communes/99999", { token: tokens.staff })).status).toBe(404);
    expect((await call("communes", { token: tokens.staff })).status).toBe(200);
    expect((await call("communes", { token: tokens.commune })).status).toBe(403);
    expect((await call("communes/21617/erasure", json("POST", { confirm: "21003", reason: "Courrier" }, tokens.staff))).status).toBe(409);
    expect((await call("communes/21617/erasure", json("POST", { confirm: "21617", reason: "Courrier" }, tokens.staff))).status).toBe(200);
    expect((await call("audit", { token: tokens.staff })).status).toBe(200);
    expect((await call(`audit?chain=${DIJON}`, { token: tokens.staff })).status).toBe(200);
    expect((await call("audit?chain=nulle-part", { token: tokens.staff })).status).toBe(400);
    expect((await call("audit/verification", { token: tokens.staff })).status).toBe(200);
    expect((await call("audit/verification", { token: tokens.commune })).status).toBe(403);
    // Finance: cost items, runs, publication, exports, simulation, a commune's quote-parts.
    expect((await call("years/2025/cost-items", { token: tokens.finance })).status).toBe(404);
    const created = await call("years/2025/cost-items", json("PUT", COST_ITEMS_2025, tokens.finance));
    expect(created.status).toBe(201);
    expect((await call("years/2025/cost-items", json("PUT", COST_ITEMS_2025, tokens.finance))).status).toBe(428);
    expect((await call("years/2025/cost-items", json("PUT", COST_ITEMS_2025, tokens.finance, { "If-Match": (created.body as { etag: string }).etag }))).status).toBe(200);
    expect((await call("years/2025/cost-items", { token: tokens.finance })).status).toBe(200);
    expect((await call("years/2024/runs", json("POST", { cutoff: "2025-03-01" }, tokens.finance))).status).toBe(422);
    const run = await call("years/2025/runs", json("POST", { cutoff: "2025-03-01" }, tokens.finance));
    expect(run.status).toBe(201);
    const { runId, etag: runEtag } = run.body as { runId: string; etag: string };
    expect((await call("years/2025/runs", { token: tokens.finance })).status).toBe(200);
    expect((await call("years/20x5/runs", { token: tokens.finance })).status).toBe(400);
    expect((await call(`years/2025/runs/${runId}`, { token: tokens.finance })).status).toBe(200);
    expect((await call("years/2025/runs/20250301T090000000Z-00000000", { token: tokens.finance })).status).toBe(404);
    expect((await call(`years/2025/runs/${runId}/snapshot`, { token: tokens.finance })).status).toBe(200);
    expect((await call("years/2025/runs/20250301T090000000Z-00000000/snapshot", { token: tokens.finance })).status).toBe(404);
    expect((await call(`years/2025/runs/${runId}/publish`, { method: "POST", token: tokens.finance })).status).toBe(428);
    expect((await call(`years/2025/runs/${runId}/publish`, json("POST", { acknowledgeWarnings: true }, tokens.finance, { "If-Match": runEtag }))).status).toBe(200);
    expect((await call(`years/2025/runs/${runId}/export?format=json`, { token: tokens.finance })).status).toBe(200);
    const fullYear = await call("years/2025/runs", json("POST", { cutoff: "2025-03-01", fullYear: true }, tokens.finance));
    expect(fullYear.status).toBe(201);
    const fullYearRunId = (fullYear.body as { runId: string }).runId;
    expect((await call(`years/2025/deliberation?run=${runId}&fullYearRun=${fullYearRunId}`, { token: tokens.staff })).status).toBe(200);
    expect((await call(`years/2025/deliberation?run=${runId}&fullYearRun=${fullYearRunId}&format=csv`, { token: tokens.finance })).status).toBe(200);
    expect((await call(`years/2025/deliberation?run=${runId}&fullYearRun=${fullYearRunId}&format=xlsx`, { token: tokens.staff })).status).toBe(403);
    expect((await call(`years/2025/deliberation?run=${runId}`, { token: tokens.finance })).status).toBe(400);
    expect((await call(`years/2025/deliberation?run=20250301T090000000Z-00000000&fullYearRun=${fullYearRunId}`, { token: tokens.finance })).status).toBe(404);
    expect((await call(`years/2025/deliberation?run=${fullYearRunId}&fullYearRun=${runId}`, { token: tokens.finance })).status).toBe(409);
    expect((await call("years/2025/cost-items/versions", { token: tokens.finance })).status).toBe(200);
    expect((await call("years/20x5/cost-items/versions", { token: tokens.finance })).status).toBe(400);
    expect((await call("years/2025/finance-config", { token: tokens.finance })).status).toBe(404);
    expect((await call("years/2025/finance-config", json("PUT", { members: { [DIJON]: { acAlreadyIncluded: "-1" } } }, tokens.finance))).status).toBe(400);
    expect((await call("years/2025/corrections", { method: "DELETE", token: tokens.finance })).status).toBe(409);
    expect((await call("years/2025/corrections", json("POST", { reason: "Erreur sur le poste infra" }, tokens.finance))).status).toBe(201);
    expect((await call("years/2025/finance-config", json("PUT", { members: { [DIJON]: { withCcas: true } } }, tokens.finance))).status).toBe(201);
    expect((await call("years/2025/finance-config", { token: tokens.finance })).status).toBe(200);
    expect((await call("years/2025/corrections", json("POST", { reason: "Encore" }, tokens.finance))).status).toBe(409);
    expect((await call("years/2025/corrections", { method: "DELETE", token: tokens.finance })).status).toBe(200);
    expect((await call("years/2025/history", { token: tokens.finance })).status).toBe(200);
    expect((await call("years/20x5/history", { token: tokens.finance })).status).toBe(400);
    expect((await call("years/2025/runs/20250301T090000000Z-00000000/export?format=json", { token: tokens.finance })).status).toBe(404);
    expect((await call("simulations", json("POST", aScenario({ members: [aMember(DIJON)] }), tokens.finance))).status).toBe(200);
    expect((await call("simulations", json("POST", aScenario({ members: [aMember("2123")] }), tokens.finance))).status).toBe(422);
    expect((await call(`communes/${DIJON}/quote-parts?sets=B,C:3&from=2025-06-01&year=2025`, { token: tokens.commune })).status).toBe(200);
    expect((await call(`communes/${DIJON}/quote-parts?sets=Z`, { token: tokens.commune })).status).toBe(400);

    // Every route answering JSON was checked with a success and an error (health, catalogue and the document itself cannot fail on input).
    const neverRefuses = new Set(["health", "catalogue", "openapi"]);
    for (const route of ROUTES) {
      const statuses = [...(checked.get(route.name) ?? [])];
      const binary = route.produces !== undefined && !route.produces.includes("application/json");
      expect({ route: route.name, success: binary || statuses.some((status) => status < 300) }).toEqual({ route: route.name, success: true });
      expect({ route: route.name, error: neverRefuses.has(route.name) || statuses.some((status) => status >= 400) }).toEqual({ route: route.name, error: true });
    }
  });
});
