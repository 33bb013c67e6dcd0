import { SignJWT, base64url, importJWK } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../functions/auth/authConfig";
import { generateDevKeys } from "../../functions/auth/devKeys";
import { ROUTES } from "../../functions/routes/routeTable";
import { startTestApi, type TestApi } from "../support/startTestApi";

const OWN = "21231";
const OTHER = "21166";
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const PARAMS: Record<string, string> = { insee: OTHER, version: "1", year: "2025", runId: "run" };
const protectedRoutes = ROUTES.filter((route) => route.access !== "public").flatMap((route) => route.methods.map((method) => ({ route, method })));
const pathOf = (route: string, insee = OTHER) => route.replace(/\{(\w+)\}/g, (_, name: string) => (name === "insee" ? insee : (PARAMS[name] ?? "x")));

async function call(method: string, path: string, token?: string) {
  const response = await api.call(path, {
    method,
    ...(method === "GET" ? {} : { body: "{}", headers: { "Content-Type": "application/json" } }),
    ...(token ? { token } : {}),
  });
  const text = await response.text();
  return { status: response.status, text };
}

/** A token signed with the test API's key but with chosen claims and header. */
async function forge(claims: Record<string, unknown>, options: { issuer?: string; audience?: string; expires?: number; notBefore?: number; kid?: string } = {}) {
  const key = await importJWK(api.keys.privateJwk, "RS256");
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: ["staff"], ...claims })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? String(api.keys.privateJwk.kid) })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEV_AUDIENCE)
    .setSubject("someone")
    .setIssuedAt(now - 10)
    .setNotBefore(options.notBefore ?? now - 10)
    .setExpirationTime(options.expires ?? now + 600)
    .sign(key);
}

describe("access matrix, route by route", () => {
  test.each(protectedRoutes.map(({ route, method }) => [`${method} /api/${route.route}`, route, method] as const))(
    "%s: no token → 401; a commune token on another commune's data → 403 or 404, never a leak",
    async (_label, route, method) => {
      const anonymous = await call(method, pathOf(route.route));
      expect(anonymous.status).toBe(401);
      const other = await call(method, pathOf(route.route), await api.token({ role: "commune", commune: OWN }));
      if (route.route.includes("{insee}") || !route.access.includes("commune")) expect([403, 404]).toContain(other.status);
      for (const answer of [anonymous, other]) {
        expect(answer.text).not.toMatch(/ at |\/work\/|node_modules|Error:/);
        expect(answer.text).toMatch(/"message":"[^"]+"/);
      }
    },
  );

  test("each role reaches only its routes", async () => {
    const tokens = {
      commune: await api.token({ role: "commune", commune: OWN }),
      staff: await api.token({ role: "staff" }),
      finance: await api.token({ role: "finance" }),
    };
    for (const { route, method } of protectedRoutes) {
      for (const role of ["commune", "staff", "finance"] as const) {
        const answer = await call(method, pathOf(route.route, OWN), tokens[role]);
        if (!(route.access as readonly string[]).includes(role)) expect({ route: route.name, role, status: answer.status }).toEqual({ route: route.name, role, status: 403 });
        else expect({ route: route.name, role, status: answer.status }).not.toEqual({ route: route.name, role, status: 403 });
        expect(answer.status).toBeLessThan(500);
      }
    }
  });

  describe("hostile tokens are refused with 401", () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, () => Promise<string>][] = [
      ["expired", () => forge({}, { expires: now - 3600, notBefore: now - 7200 })],
      ["not yet valid", () => forge({}, { notBefore: now + 3600, expires: now + 7200 })],
      ["wrong audience", () => forge({}, { audience: "api://autre" })],
      ["wrong issuer", () => forge({}, { issuer: "https://pirate.example" })],
      ["unknown key id", () => forge({}, { kid: "inconnue" })],
      [
        "alg none",
        async () => {
          const header = base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }));
          const payload = base64url.encode(JSON.stringify({ roles: ["staff"], sub: "x", iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: now + 600 }));
          return `${header}.${payload}.`;
        },
      ],
      [
        "tampered signature",
        async () => {
          const token = await forge({});
          const [header, , signature] = token.split(".");
          const payload = base64url.encode(JSON.stringify({ roles: ["staff"], sub: "x", iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: now + 600 }));
          return `${header}.${payload}.${signature}`;
        },
      ],
      [
        "signed by another key",
        async () => {
          const stranger = await generateDevKeys();
          const key = await importJWK(stranger.privateJwk, "RS256");
          return new SignJWT({ roles: ["staff"] }).setProtectedHeader({ alg: "RS256", kid: String(api.keys.privateJwk.kid) }).setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setSubject("x").setExpirationTime("1h").sign(key);
        },
      ],
      ["a commune token without INSEE code", () => forge({ roles: ["commune"] })],
      ["no known role", () => forge({ roles: ["admin"] })],
      ["garbage", async () => "pas-un-jeton"],
    ];
    test.each(cases)("%s", async (_label, makeToken) => {
      const answer = await call("GET", "submissions", await makeToken());
      expect(answer.status).toBe(401);
      expect(answer.text).toMatch(/"message":"[^"]+"/);
    });

    test("a valid forged-for-test staff token is accepted (the cases above fail for their stated reason only)", async () => {
      expect((await call("GET", "submissions", await forge({}))).status).toBe(200);
    });
  });
});
