import type { DomainNumber } from "../../../shared/catalogue/functionalDomains";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";

const DIJON = "21231";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let commune: string;
let staff: string;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  commune = await api.token({ role: "commune", commune: DIJON });
  staff = await api.token({ role: "staff" });
});
afterAll(() => api.close());
beforeEach(() => clock.set("2025-03-01T09:00:00Z"));

function dijonSubmission(): Submission {
  const submission = aCompleteSubmission({ sets: ["A", "B", "C"], domains: [3, 5], blocks: { fibre: 1, interconnexion: 1, isole: 1 } });
  return { ...submission, commune: { insee: DIJON, name: "Dijon" } };
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { "Content-Type": "application/json", ...headers },
});

async function submit(submission: Submission, headers: Record<string, string> = {}) {
  const response = await api.call(`communes/${DIJON}/submissions`, { ...json(submission, headers), token: commune });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe("submission and review", () => {
  test("a complete submission is stored as version n, « déposée », with its history", async () => {
    const { response, body } = await submit(dijonSubmission());
    expect(response.status).toBe(201);
    expect(body).toMatchObject({ insee: DIJON, status: "deposee", statusLabel: "déposée" });
    const location = response.headers.get("location");
    expect(location).toMatch(new RegExp(`^/api/communes/${DIJON}/submissions/\\d+$`));
    const detail = await api.call(location!.replace("/api/", ""), { token: commune });
    expect(detail.status).toBe(200);
    expect(detail.headers.get("etag")).toBeTruthy();
    expect(response.headers.get("etag")).toBe(detail.headers.get("etag"));
    const shown = (await detail.json()) as { submission: Submission; history: { type: string }[] };
    expect(shown.submission).toEqual(dijonSubmission());
    expect(shown.history.map((event) => event.type)).toContain("depot");
  });

  test("an incomplete submission is refused with 422 and findings naming rule, row and cell", async () => {
    const submission = dijonSubmission();
    const answers = { ...submission.inventory.answers };
    delete answers["infra.firewall"];
    const { response, body } = await submit({ ...submission, inventory: { ...submission.inventory, answers } });
    expect(response.status).toBe(422);
    const findings = body.findings as { ruleId: string; rowId?: string; cell?: string; message: string }[];
    const firewall = findings.find((finding) => finding.rowId === "infra.firewall");
    expect(firewall).toMatchObject({ ruleId: "completeness.requiredRow" });
    expect(firewall?.cell).toMatch(/^[A-Z]+\d+$/);
    expect(firewall?.message).toMatch(/Firewall/);
  });

  test("a document about another commune is refused", async () => {
    const submission = { ...dijonSubmission(), commune: { insee: "21166", name: "Chenôve" } };
    const { response, body } = await submit(submission);
    expect(response.status).toBe(422);
    expect(JSON.stringify(body)).toMatch(/21166/);
  });

  test("malformed bodies get 400/415 with French messages and field paths, never 500", async () => {
    const notJson = await api.call(`communes/${DIJON}/submissions`, { method: "POST", body: "{oops", headers: { "Content-Type": "application/json" }, token: commune });
    expect(notJson.status).toBe(400);
    const wrongType = await api.call(`communes/${DIJON}/submissions`, { method: "POST", body: "a;b", headers: { "Content-Type": "text/csv" }, token: commune });
    expect(wrongType.status).toBe(415);
    const badField = await submit({ ...dijonSubmission(), sets: ["Z"] } as unknown as Submission);
    expect(badField.response.status).toBe(400);
    expect(JSON.stringify(badField.body)).toMatch(/sets\[0\]/);
  });

  test("the same Idempotency-Key gives the same answer and one stored version", async () => {
    const key = `test-key-${Date.now()}`;
    const before = await listVersions();
    const first = await submit(dijonSubmission(), { "Idempotency-Key": key });
    const second = await submit(dijonSubmission(), { "Idempotency-Key": key });
    expect(first.response.status).toBe(201);
    expect(second.response.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.response.headers.get("idempotent-replayed")).toBe("true");
    expect((await listVersions()).length).toBe(before.length + 1);
    const reused = await submit({ ...dijonSubmission(), sets: ["A"] }, { "Idempotency-Key": key });
    expect(reused.response.status).toBe(422);
  });

  test("concurrent retries with one Idempotency-Key store a single version", async () => {
    const key = `concurrent-${Date.now()}`;
    const before = await listVersions();
    const answers = await Promise.all(Array.from({ length: 8 }, () => submit(dijonSubmission(), { "Idempotency-Key": key })));
    const statuses = answers.map((answer) => answer.response.status);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect((await listVersions()).length).toBe(before.length + 1);
  });

  test("two simultaneous decisions on one version: exactly one wins", async () => {
    const { response } = await submit(dijonSubmission());
    const path = response.headers.get("location")!.replace("/api/", "");
    const etag = (await api.call(path, { token: staff })).headers.get("etag")!;
    const decide = (body: unknown) => api.call(`${path}/decision`, { ...json(body, { "If-Match": etag }), token: staff });
    const results = await Promise.all([
      decide({ decision: "validate", effectiveFrom: "2025-05-01" }),
      decide({ decision: "return", reason: "incorrect", comment: "Totaux à revoir" }),
      decide({ decision: "validate", effectiveFrom: "2025-05-01" }),
    ]);
    const statuses = results.map((result) => result.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status !== 200).every((status) => status === 412 || status === 409)).toBe(true);
  });

  test("a decision needs If-Match, and a stale ETag gets 412", async () => {
    const { response } = await submit(dijonSubmission());
    const path = response.headers.get("location")!.replace("/api/", "");
    const missing = await api.call(`${path}/decision`, { ...json({ decision: "validate", effectiveFrom: "2025-05-01" }), token: staff });
    expect(missing.status).toBe(428);
    const stale = await api.call(`${path}/decision`, { ...json({ decision: "validate", effectiveFrom: "2025-05-01" }, { "If-Match": 'W/"old"' }), token: staff });
    expect(stale.status).toBe(412);
  });

  test("return → à corriger with reason and comment, then a corrected version is submitted", async () => {
    const { response } = await submit(dijonSubmission());
    const path = response.headers.get("location")!.replace("/api/", "");
    const etag = (await api.call(path, { token: staff })).headers.get("etag")!;
    const returned = await api.call(`${path}/decision`, { ...json({ decision: "return", reason: "incomplete", comment: "Joindre les adresses" }, { "If-Match": etag }), token: staff });
    expect(returned.status).toBe(200);
    expect(returned.headers.get("etag")).toBe((await api.call(path, { token: staff })).headers.get("etag"));
    const state = (await (await api.call(`communes/${DIJON}`, { token: commune })).json()) as { status: string; lastReturn: { reason: string; comment: string } };
    expect(state.status).toBe("a_corriger");
    expect(state.lastReturn).toMatchObject({ reason: "incomplete", comment: "Joindre les adresses" });
    const again = await submit(dijonSubmission());
    expect(again.response.status).toBe(201);
  });

  test("a document naming another commune, by code or by name, is refused naming the field", async () => {
    const other = await submit({ ...dijonSubmission(), commune: { insee: DIJON, name: "Paris" } });
    expect(other.response.status).toBe(422);
    expect(other.body.findings).toEqual([
      expect.objectContaining({
        ruleId: "completeness.communeName",
        ref: { kind: "identity", field: "name" },
        message: "Identification de la commune : « Paris » n'est pas le nom de la commune 21231 (Dijon) : corrigez le nom ou le code INSEE.",
      }),
    ]);
    // The dry run says so too, before any submission.
    const dryRun = await api.call("validate", { ...json({ ...dijonSubmission(), commune: { insee: DIJON, name: "Paris" } }), token: commune });
    expect(((await dryRun.json()) as { findings: { ruleId: string }[] }).findings.map((finding) => finding.ruleId)).toEqual(["completeness.communeName"]);
    expect((await submit({ ...dijonSubmission(), commune: { insee: DIJON, name: "DIJON" } })).response.status).toBe(201);
  });

  test("an effective date past the end of next year is refused as a typing mistake (400, effectiveFrom)", async () => {
    const { response } = await submit(dijonSubmission());
    const path = response.headers.get("location")!.replace("/api/", "");
    const etag = (await api.call(path, { token: staff })).headers.get("etag")!;
    const far = await api.call(`${path}/decision`, { ...json({ decision: "validate", effectiveFrom: "2099-01-01" }, { "If-Match": etag }), token: staff });
    expect(far.status).toBe(400);
    expect(((await far.json()) as { error: { message: string; problems: { path: string }[] } }).error).toMatchObject({
      message: "Date d'effet trop lointaine : une adhésion prend effet au plus tard le 31/12/2026 (fin de l'année prochaine).",
      problems: [{ path: "effectiveFrom" }],
    });
    expect((await api.call(`${path}/decision`, { ...json({ decision: "validate", effectiveFrom: "2026-12-31" }, { "If-Match": etag }), token: staff })).status).toBe(200);
  });

  test("freshness is checked again at validation", async () => {
    const { response } = await submit(dijonSubmission());
    const path = response.headers.get("location")!.replace("/api/", "");
    const etag = (await api.call(path, { token: staff })).headers.get("etag")!;
    clock.set("2025-09-01T09:00:00Z");
    const late = await api.call(`${path}/decision`, { ...json({ decision: "validate", effectiveFrom: "2025-09-01" }, { "If-Match": etag }), token: staff });
    expect(late.status).toBe(422);
    expect(((await late.json()) as { error: { message: string } }).error.message).toMatch(/outdated/);
  });

  test("validation makes the adhesion effective; a withdrawal ends it; the history shows both", async () => {
    const { response } = await submit(dijonSubmission());
    const path = response.headers.get("location")!.replace("/api/", "");
    const etag = (await api.call(path, { token: staff })).headers.get("etag")!;
    const validated = await api.call(`${path}/decision`, { ...json({ decision: "validate", effectiveFrom: "2025-05-01" }, { "If-Match": etag }), token: staff });
    expect(validated.status).toBe(200);
    const withdrawn = await api.call(`communes/${DIJON}/events`, { ...json({ type: "retrait", date: "2025-10-01", sets: ["C:5"] }), token: staff });
    expect(withdrawn.status).toBe(201);
    const state = (await (await api.call(`communes/${DIJON}`, { token: commune })).json()) as { adhesions: { set: string; from: string; to?: string }[]; history: { type: string }[] };
    expect(state.adhesions).toEqual(
      expect.arrayContaining([
        { set: "B", from: "2025-05-01" },
        { set: "C:5", from: "2025-05-01", to: "2025-10-01" },
      ]),
    );
    expect(state.history.map((event) => event.type)).toEqual(expect.arrayContaining(["depot", "validation", "retrait"]));
  });

  test("staff list the latest version per commune, filtered by status and set", async () => {
    const list = await api.call("submissions?status=deposee&set=C:3", { token: staff });
    expect(list.status).toBe(200);
    const bad = await api.call("submissions?status=perdu", { token: staff });
    expect(bad.status).toBe(400);
    const forCommune = await api.call("submissions", { token: commune });
    expect(forCommune.status).toBe(403);
  });
});

async function listVersions(): Promise<unknown[]> {
  const state = (await (await api.call(`communes/${DIJON}`, { token: staff })).json()) as { versions: unknown[] };
  return state.versions;
}

describe("lifecycle events and later validations", () => {
  const AHUY = "21003";
  let ahuy: string;
  beforeAll(async () => {
    ahuy = await api.token({ role: "commune", commune: AHUY });
  });

  function ahuySubmission(domains: DomainNumber[]): Submission {
    const submission = aCompleteSubmission({ sets: ["A", "B", "C"], domains, blocks: { fibre: 1, interconnexion: 1, isole: 1 } });
    return { ...submission, commune: { insee: AHUY, name: "Ahuy" } };
  }

  async function validate(submission: Submission, effectiveFrom: string): Promise<void> {
    const submitted = await api.call(`communes/${AHUY}/submissions`, { ...json(submission), token: ahuy });
    expect(submitted.status).toBe(201);
    const path = submitted.headers.get("location")!.replace("/api/", "");
    const decided = await api.call(`${path}/decision`, { ...json({ decision: "validate", effectiveFrom }, { "If-Match": submitted.headers.get("etag")! }), token: staff });
    expect(decided.status).toBe(200);
  }

  const adhesions = async () => ((await (await api.call(`communes/${AHUY}`, { token: staff })).json()) as { adhesions: unknown[] }).adhesions;
  const event = (body: unknown) => api.call(`communes/${AHUY}/events`, { ...json(body), token: staff });
  const message = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;

  test("the latest validation wins, even dated before the previous one", async () => {
    await validate(ahuySubmission([3]), "2025-07-01");
    await validate(ahuySubmission([3, 5]), "2025-04-01");
    expect(await adhesions()).toEqual([
      { set: "A", from: "2025-04-01" },
      { set: "B", from: "2025-04-01" },
      { set: "C:3", from: "2025-04-01" },
      { set: "C:5", from: "2025-04-01" },
    ]);
  });

  test("an event that changes nothing is refused (409) naming the sets and the date, and nothing is recorded", async () => {
    const before = await adhesions();
    const early = await event({ type: "retrait", date: "2024-01-01", sets: ["A"] });
    expect(early.status).toBe(409);
    expect(await message(early)).toBe("Retrait sans effet pour A (champs sets et date) : Ahuy n'y adhère pas au 01/01/2024.");
    const never = await event({ type: "exclusion", date: "2025-06-01", sets: ["A", "C:7"], comment: "Manquements répétés" });
    expect(never.status).toBe(409);
    expect(await message(never)).toMatch(/^Exclusion sans effet pour C:7 /);
    const notice = await event({ type: "mise_en_demeure", date: "2025-06-01", sets: ["C:9"], comment: "Inventaire non tenu" });
    expect(await message(notice)).toMatch(/^Mise en demeure sans effet pour C:9 /);
    expect(await adhesions()).toEqual(before);

    expect((await event({ type: "retrait", date: "2025-10-01", sets: ["C:5"] })).status).toBe(201);
    const again = await event({ type: "retrait", date: "2025-11-01", sets: ["C:5"] });
    expect(await message(again)).toBe("Retrait sans effet pour C:5 (champs sets et date) : Ahuy n'y adhère pas au 01/11/2025.");
    clock.set("2025-11-01T09:00:00Z");
    expect((await event({ type: "exclusion", date: "2025-11-01", sets: ["B"], temporary: true, comment: "Impayés" })).status).toBe(201);
    const wrongSet = await event({ type: "reintegration", date: "2026-01-01", sets: ["A"] });
    expect(wrongSet.status).toBe(409);
    expect(await message(wrongSet)).toBe("Réintégration sans effet pour A (champ sets) : aucune exclusion de cet ensemble à lever au 01/01/2026.");
    expect((await event({ type: "reintegration", date: "2026-01-01", sets: ["B"] })).status).toBe(201);
    const history = ((await (await api.call(`communes/${AHUY}`, { token: staff })).json()) as { history: { type: string }[] }).history.map((entry) => entry.type);
    expect(history.filter((type) => ["retrait", "exclusion", "mise_en_demeure", "reintegration"].includes(type))).toEqual(["retrait", "exclusion", "reintegration"]);
  });

  test("the same event sent several times at once is recorded once; the others are refused as without effect", async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => event({ type: "retrait", date: "2026-02-01", sets: ["A"] })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409]);
    const history = ((await (await api.call(`communes/${AHUY}`, { token: staff })).json()) as { history: { type: string; date?: string }[] }).history;
    expect(history.filter((entry) => entry.type === "retrait" && entry.date === "2026-02-01")).toHaveLength(1);
  });

  test("excluding a set already excluded, or the same notice twice, is refused", async () => {
    clock.set("2026-06-01T09:00:00Z");
    const first = await event({ type: "exclusion", date: "2026-06-01", sets: ["C:3"], temporary: true, comment: "Impayés" });
    expect([first.status, first.status === 201 ? "" : await message(first)]).toEqual([201, ""]);
    const again = await event({ type: "exclusion", date: "2026-08-01", sets: ["C:3"], temporary: true, comment: "Impayés" });
    expect(again.status).toBe(409);
    expect(await message(again)).toMatch(/^Exclusion sans effet pour C:3 /);
    expect((await event({ type: "mise_en_demeure", date: "2026-02-15", sets: ["B"], comment: "Inventaire non tenu" })).status).toBe(201);
    const twice = await event({ type: "mise_en_demeure", date: "2026-02-15", sets: ["B"], comment: "Inventaire non tenu" });
    expect(twice.status).toBe(409);
    expect(await message(twice)).toBe("Mise en demeure déjà enregistrée pour Ahuy au 15/02/2026 (B).");
  });

  test("an excluded set can be withdrawn, and is then not reinstated", async () => {
    clock.set("2026-03-01T09:00:00Z");
    expect((await event({ type: "exclusion", date: "2026-03-01", sets: ["B"], temporary: true, comment: "Impayés" })).status).toBe(201);
    expect((await event({ type: "retrait", date: "2026-04-01", sets: ["B"] })).status).toBe(201);
    const reinstated = await event({ type: "reintegration", date: "2026-05-01", sets: ["B"] });
    expect(reinstated.status).toBe(409);
    expect(await message(reinstated)).toMatch(/^Réintégration sans effet pour B/);
  });
});
