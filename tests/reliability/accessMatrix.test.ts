import { ROUTES } from "../../functions/routes/routeTable";
import type { RouteDefinition } from "../../functions/http/routeDefinition";
import { authorizationOf, CALLERS, VALID_ROLE, type Caller } from "./support/callers";
import { isFrench } from "./support/isFrench";
import { leaksInternals } from "./support/leaksInternals";
import { startTestApi, type TestApi } from "../support/startTestApi";

// Every route of the route table × every caller: the four legitimate ones and every token to refuse.
const OWN = "21231";
const OTHER = "21166";
const PARAMS: Record<string, string> = { version: "1", year: "2025", runId: "run" };
let api: TestApi;
let authorization: Record<Caller, string | undefined>;

beforeAll(async () => {
  api = await startTestApi();
  authorization = await authorizationOf(api, OWN);
});
afterAll(() => api.close());

/** What a cell of the matrix must be: exactly 200, 401 or 403, or "allowed" (through the gate: neither 401 nor 403 nor 5xx). */
type Expected = "200" | "401" | "403" | "allowed";

function expected(route: RouteDefinition, caller: Caller): Expected {
  if (route.access === "public") return "200";
  const role = VALID_ROLE[caller];
  if (!role) return "401";
  if (!route.access.includes(role)) return "403";
  if (caller === "commune (other)" && route.route.includes("{insee}")) return "403";
  return "allowed";
}

const pathOf = (route: string, insee: string) => route.replace(/\{(\w+)\}/g, (_, name: string) => (name === "insee" ? insee : (PARAMS[name] ?? "x")));
const rows = ROUTES.flatMap((route) => route.methods.map((method) => [`${method} /api/${route.route}`, route, method] as const));

test("the matrix covers every route of the table and the twelve callers the issue names", () => {
  expect(new Set(rows.map(([, route]) => route.name))).toEqual(new Set(ROUTES.map((route) => route.name)));
  for (const caller of ["commune (own)", "commune (other)", "staff", "finance", "no token", "expired", "not yet valid", "wrong audience", "wrong issuer", "alg none", "tampered signature", "unknown key id"]) {
    expect(CALLERS).toContain(caller);
  }
});

describe.each(rows)("%s", (_label, route, method) => {
  test("each caller gets what its token allows, in French, without internals", async () => {
    const got: Record<string, Expected | string> = {};
    const want: Record<string, Expected> = {};
    for (const caller of CALLERS) {
      const insee = caller === "commune (other)" ? OTHER : OWN;
      const header = authorization[caller];
      const response = await api.call(pathOf(route.route, insee), {
        method,
        headers: { ...(header ? { Authorization: header } : {}), ...(method === "GET" ? {} : { "Content-Type": "application/json" }) },
        ...(method === "GET" ? {} : { body: "{}" }),
      });
      const text = await response.text();
      const status = response.status;
      want[caller] = expected(route, caller);
      got[caller] = want[caller] === "allowed" && status !== 401 && status !== 403 && status < 500 ? "allowed" : String(status);
      expect({ caller, leak: leaksInternals(text) }).toEqual({ caller, leak: undefined });
      if (status >= 400) expect({ caller, french: isFrench((JSON.parse(text) as { error: { message: string } }).error.message) }).toEqual({ caller, french: true });
      if (status === 401) expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    expect(got).toEqual(want);
  });
});
