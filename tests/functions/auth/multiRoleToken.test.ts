import type { Me } from "../../../shared/api/meSchema";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import { adjustableClock } from "../../support/adjustableClock";
import { signToken } from "../../support/signToken";
import { startTestApi, type TestApi } from "../../support/startTestApi";

// Issue 8 §1: a token {"roles":["commune","finance"],"commune":"21231"} read and wrote any commune's dossier.
const DIJON = "21231";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let referentInFinance: string;
let staff: string;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  referentInFinance = await signToken(api.keys, { roles: ["commune", "finance"], commune: DIJON, sub: "cmartin", name: "Claire Martin" });
  staff = await api.token({ role: "staff" });
});
afterAll(() => api.close());

const submissionOf = (insee: string, name: string) => ({ ...aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1, interconnexion: 0, isole: 0 } }), commune: { insee, name } });
const send = (method: string, body: unknown) => ({ method, body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });

describe("a commune's référent who also works in finance", () => {
  test("cannot write another commune's draft or deposit a version for it: 403, nothing stored", async () => {
    const draft = await api.call("communes/21003/draft", { ...send("PUT", submissionOf("21003", "Ahuy")), token: referentInFinance });
    expect(draft.status).toBe(403);
    expect(((await draft.json()) as { error: { message: string } }).error.message).toBe("Accès refusé : une commune ne peut consulter que ses propres données.");
    const submission = await api.call("communes/21481/submissions", { ...send("POST", submissionOf("21481", "Marsannay-la-Côte")), token: referentInFinance });
    expect(submission.status).toBe(403);
    expect((await api.call("communes/21003/draft", { token: staff })).status).toBe(404);
    const marsannay = (await (await api.call("communes/21481", { token: staff })).json()) as { versions: unknown[]; history: unknown[] };
    expect(marsannay.versions).toEqual([]);
    expect(marsannay.history).toEqual([]);
  });

  test("reads another commune where finance may (its situation), not where only the commune role is named (its draft, its prefill)", async () => {
    expect((await api.call("communes/21003", { token: referentInFinance })).status).toBe(200);
    expect((await api.call("communes/21003/draft", { token: referentInFinance })).status).toBe(403);
    expect((await api.call("communes/21003/prefill", { token: referentInFinance })).status).toBe(403);
  });

  test("still works on its own commune, and is audited as the commune role it acted with", async () => {
    const draft = await api.call(`communes/${DIJON}/draft`, { ...send("PUT", submissionOf(DIJON, "Dijon")), token: referentInFinance });
    expect(draft.status).toBe(200);
    const deposit = await api.call(`communes/${DIJON}/submissions`, { ...send("POST", submissionOf(DIJON, "Dijon")), token: referentInFinance });
    expect(deposit.status).toBe(201);
    expect(((await deposit.json()) as { submittedBy: string }).submittedBy).toBe("commune:cmartin");
  });
});

describe("GET /api/me: who the caller is, as the API understood the token", () => {
  test("every role, the commune with its official name, the display name and the expiry", async () => {
    const response = await api.call("me", { token: referentInFinance });
    expect(response.status).toBe(200);
    const me = (await response.json()) as Me;
    expect(me).toEqual({ subject: "cmartin", name: "Claire Martin", roles: ["commune", "finance"], commune: { insee: DIJON, name: "Dijon", member: true }, expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  test("staff: no commune; no token: 401", async () => {
    expect((await (await api.call("me", { token: staff })).json()) as Me).toMatchObject({ roles: ["staff"], commune: null });
    expect((await api.call("me")).status).toBe(401);
  });

  test("the commune comes from the claim the configuration names (an Entra ID extension attribute)", async () => {
    const custom = await startTestApi({ env: { AUTH_COMMUNE_CLAIM: "extension_codeInsee" } });
    try {
      const token = await signToken(custom.keys, { roles: ["commune"], extension_codeInsee: "21166" });
      const me = (await (await custom.call("me", { token })).json()) as Me;
      expect(me.commune).toEqual({ insee: "21166", name: "Chenôve", member: true });
      expect((await custom.call("communes/21166", { token })).status).toBe(200);
    } finally {
      await custom.close();
    }
  });
});
