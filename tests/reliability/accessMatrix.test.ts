import { ROUTES } from "../../functions/routes/routeTable";
import type { RouteDefinition } from "../../functions/http/routeDefinition";
import { authorizationOf, CALLERS, VALID_CALLERS, type Caller } from "./support/callers";
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

/**
 * PRODUCT.md §6 "Roles", stated for the test: a route admits the roles it names; the commune role
 * reaches only the token's own commune, whatever else the token holds.
 */
function expected(route: RouteDefinition, caller: Caller): Expected {
  if (route.access === "public") return "200";
  const valid = VALID_CALLERS[caller];
  if (!valid) return "401";
  const named = route.access.filter((role) => valid.roles.includes(role));
  const aboutOtherCommune = valid.other && route.route.includes("{insee}");
  const admitted = named.filter((role) => role !== "commune" || !aboutOtherCommune);
  return admitted.length === 0 ? "403" : "allowed";
}

const pathOf = (route: string, insee: string) => route.replace(/\{(\w+)\}/g, (_, name: string) => (name === "insee" ? insee : (PARAMS[name] ?? "x")));
const rows = ROUTES.flatMap((route) => route.methods.map((method) => [`${method} /api/${route.route}`, route, method] as const));

test("the matrix covers every route of the table, the callers the issues name and every combination of roles", () => {
  expect(new Set(rows.map(([, route]) => route.name))).toEqual(new Set(ROUTES.map((route) => route.name)));
  for (const caller of ["commune (own)", "commune (other)", "staff", "finance", "no token", "expired", "not yet valid", "wrong audience", "wrong issuer", "alg none", "tampered signature", "unknown key id"]) {
    expect(CALLERS).toContain(caller);
  }
  // Every non-empty combination of the three roles, and for those holding the commune role both its own and another commune.
  const combinations = Object.values(VALID_CALLERS).map((valid) => `${[...valid.roles].sort().join("+")}${valid.roles.includes("commune") ? (valid.other ? " other" : " own") : ""}`);
  expect(new Set(combinations)).toEqual(
    new Set(["commune own", "commune other", "staff", "finance", "commune+finance own", "commune+finance other", "commune+staff own", "commune+staff other", "finance+staff", "commune+finance+staff own", "commune+finance+staff other"]),
  );
});

describe.each(rows)("%s", (_label, route, method) => {
  test("each caller gets what its token allows, in French, without internals", async () => {
    const got: Record<string, Expected | string> = {};
    const want: Record<string, Expected> = {};
    for (const caller of CALLERS) {
      const insee = VALID_CALLERS[caller]?.other ? OTHER : OWN;
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
