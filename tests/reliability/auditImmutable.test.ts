import { ROUTES } from "../../functions/routes/routeTable";
import { adjustableClock } from "../support/adjustableClock";
import { json, submissionOf, submitAndValidate } from "../functions/finance/support/financeApi";
import { startTestApi, type TestApi } from "../support/startTestApi";

const MARSANNAY = "21390";
let api: TestApi;
let tokens: Record<"staff" | "finance" | "commune", string>;

beforeAll(async () => {
  api = await startTestApi({ now: adjustableClock("2025-03-01T09:00:00Z").now });
  tokens = { staff: await api.token({ role: "staff" }), finance: await api.token({ role: "finance" }), commune: await api.token({ role: "commune", commune: MARSANNAY }) };
  await submitAndValidate(api, submissionOf(MARSANNAY, "Marsannay-la-Côte", ["B"], [], 1), "2025-05-01");
});
afterAll(() => api.close());

interface Entry {
  readonly seq: number;
  readonly hash: string;
}

/** Every chain's entries, as the staff read them. */
async function trail(): Promise<Map<string, Entry[]>> {
  const { chains } = (await (await api.call("audit", { token: tokens.staff })).json()) as { chains: string[] };
  const entries = await Promise.all(chains.map(async (chain) => [chain, ((await (await api.call(`audit?chain=${chain}`, { token: tokens.staff })).json()) as { entries: Entry[] }).entries] as const));
  return new Map(entries);
}

/** True when `after` holds every entry of `before`, unchanged at its place (appending is all that may happen). */
function onlyAppended(before: Map<string, Entry[]>, after: Map<string, Entry[]>): boolean {
  return [...before].every(([chain, entries]) => entries.every((entry, index) => after.get(chain)?.[index]?.hash === entry.hash && after.get(chain)?.[index]?.seq === entry.seq));
}

const FORGED_ENTRY = { chain: MARSANNAY, seq: 1, at: "2020-01-01T00:00:00Z", actor: "intrus", action: "submission.create", target: "x", prevHash: "0".repeat(64), hash: "f".repeat(64) };

describe("the audit trail cannot be altered or deleted through the API", () => {
  test("no method but GET reaches the audit routes, whoever asks, whatever the path or an override header says", async () => {
    const before = await trail();
    const paths = ["audit", `audit?chain=${MARSANNAY}`, "audit/verification", `audit/${MARSANNAY}`, `audit/${MARSANNAY}/1`, "audit/entries/1", "audit/verification?repair=true"];
    for (const path of paths) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        for (const token of Object.values(tokens)) {
          const response = await api.call(path, { ...json(method, FORGED_ENTRY, { "X-HTTP-Method-Override": "DELETE" }), token });
          expect({ path, method, refused: [404, 405].includes(response.status) }).toEqual({ path, method, refused: true });
        }
      }
    }
    expect(onlyAppended(before, await trail())).toBe(true);
    expect((await trail()).get(MARSANNAY)).toEqual(before.get(MARSANNAY));
  });

  test("every write route, fed entries, hashes and chain names by staff and finance, at most appends to the chains, which still verify", async () => {
    const before = await trail();
    const bodies = [FORGED_ENTRY, { ...FORGED_ENTRY, entries: [FORGED_ENTRY] }, [FORGED_ENTRY], { chain: "metropole", truncate: true }];
    for (const route of ROUTES.filter((candidate) => candidate.access !== "public")) {
      for (const method of route.methods.filter((candidate) => candidate !== "GET")) {
        for (const role of ["staff", "finance"] as const) {
          for (const body of bodies) {
            const path = route.route.replace(/\{(\w+)\}/g, (_, name: string) => ({ insee: MARSANNAY, version: "1", year: "2025", runId: "1" })[name] ?? "x");
            const response = await api.call(path, { ...json(method, body, { "If-Match": "*" }), token: tokens[role] });
            expect(response.status).toBeLessThan(500);
          }
        }
      }
    }
    const after = await trail();
    expect(onlyAppended(before, after)).toBe(true);
    const verification = (await (await api.call("audit/verification", { token: tokens.staff })).json()) as { ok: boolean };
    expect(verification.ok).toBe(true);
  });
});
