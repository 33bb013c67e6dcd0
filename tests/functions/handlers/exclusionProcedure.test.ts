import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { json, submissionOf, submitAndValidate } from "../finance/support/financeApi";

// Issue 8 §3: the annex's exclusion procedure was recorded, not enforced.
const AHUY = "21003";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let staff: string;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  staff = await api.token({ role: "staff" });
  await submitAndValidate(api, submissionOf(AHUY, "Ahuy", ["A", "B"]), "2025-01-01");
});
afterAll(() => api.close());

interface Situation {
  notices: { date: string; deadline: string; sets: string[]; daysLeft: number; exclusionPossible: boolean }[];
  exclusions: { set: string; from: string; temporary: boolean }[];
  history: { type: string; sets?: string[] }[];
}

const event = (body: unknown) => api.call(`communes/${AHUY}/events`, { ...json("POST", body), token: staff });
const refusal = async (response: Response) => [response.status, ((await response.json()) as { error: { message: string } }).error.message] as const;
const situation = async () => (await (await api.call(`communes/${AHUY}`, { token: staff })).json()) as Situation;
const listed = async () => ((await (await api.call("communes", { token: staff })).json()) as { communes: (Situation & { insee: string })[] }).communes.find((commune) => commune.insee === AHUY)!;

describe("the exclusion procedure through the API", () => {
  test("a definitive exclusion with no notice is refused (409)", async () => {
    const [status, message] = await refusal(await event({ type: "exclusion", date: "2025-03-01", sets: ["B"], comment: "Impayés" }));
    expect(status).toBe(409);
    expect(message).toMatch(/^Exclusion définitive impossible pour B \(champ sets\) : aucune mise en demeure en cours au 01\/03\/2025\./);
  });

  test("a temporary immediate exclusion dated six months ahead is refused (400)", async () => {
    const [status, message] = await refusal(await event({ type: "exclusion", date: "2025-09-01", sets: ["B"], temporary: true, comment: "Faille de sécurité" }));
    expect(status).toBe(400);
    expect(message).toBe("Exclusion temporaire datée du 01/09/2025 (champ date) : elle s'applique sans délai, à titre préventif ; datez-la d'aujourd'hui (01/03/2025) au plus tard.");
  });

  test("a notice opens a 3-month deadline shown to staff, and a definitive exclusion two days later is refused", async () => {
    const notice = await event({ type: "mise_en_demeure", date: "2025-03-01", sets: ["B"], comment: "Inventaire non tenu à jour" });
    expect(notice.status).toBe(201);
    expect(((await notice.json()) as { procedure: Situation }).procedure.notices).toEqual([expect.objectContaining({ date: "2025-03-01", deadline: "2025-06-01", sets: ["B"], daysLeft: 92, exclusionPossible: false })]);
    clock.set("2025-03-03T09:00:00Z");
    const [status, message] = await refusal(await event({ type: "exclusion", date: "2025-03-03", sets: ["B"], comment: "Impayés" }));
    expect(status).toBe(409);
    expect(message).toBe("Exclusion définitive de B impossible avant le 01/06/2025 (champ date) : la mise en demeure du 01/03/2025 laisse à Ahuy jusqu'à cette date pour régulariser (encore 90 jours).");
    expect((await listed()).notices).toEqual([expect.objectContaining({ deadline: "2025-06-01", daysLeft: 90, exclusionPossible: false })]);
  });

  test("past the deadline the notice reads « exclusion possible », and the definitive exclusion is recorded from the deadline", async () => {
    clock.set("2025-06-02T09:00:00Z");
    expect((await situation()).notices).toEqual([expect.objectContaining({ daysLeft: 0, exclusionPossible: true })]);
    expect((await event({ type: "exclusion", date: "2025-06-01", sets: ["B"], comment: "Mise en demeure restée sans effet" })).status).toBe(201);
    const after = await situation();
    expect(after.notices).toEqual([]);
    expect(after.exclusions).toEqual([{ set: "B", from: "2025-06-01", temporary: false }]);
    expect((await listed()).exclusions).toEqual([{ set: "B", from: "2025-06-01", temporary: false }]);
  });

  test("a réintégration ends the definitive exclusion", async () => {
    expect((await event({ type: "reintegration", date: "2025-06-02", sets: ["B"] })).status).toBe(201);
    expect((await situation()).exclusions).toEqual([]);
  });

  test("a notice can be closed by a régularisation; a second one on the same set is refused while the first runs", async () => {
    clock.set("2025-07-01T09:00:00Z");
    expect((await event({ type: "mise_en_demeure", date: "2025-07-01", comment: "Référents non désignés" })).status).toBe(201);
    expect((await situation()).notices).toEqual([expect.objectContaining({ sets: ["A", "B"], deadline: "2025-10-01" })]);
    const [status, message] = await refusal(await event({ type: "mise_en_demeure", date: "2025-07-01", sets: ["A"], comment: "Autre motif" }));
    expect(status).toBe(409);
    expect(message).toMatch(/^Mise en demeure déjà en cours pour A \(champ sets\)/);
    clock.set("2025-08-15T09:00:00Z");
    expect((await event({ type: "regularisation", date: "2025-08-14", comment: "Référents désignés par délibération" })).status).toBe(201);
    expect((await situation()).notices).toEqual([]);
    clock.set("2025-11-01T09:00:00Z");
    const [refused] = await refusal(await event({ type: "exclusion", date: "2025-10-01", sets: ["A"], comment: "Impayés" }));
    expect(refused).toBe(409);
  });

  test("a temporary exclusion needs no notice, is shown as temporary, and lasts until a réintégration", async () => {
    expect((await event({ type: "exclusion", date: "2025-11-01", sets: ["A"], temporary: true, comment: "Compromission du poste de la mairie" })).status).toBe(201);
    expect((await situation()).exclusions).toEqual([{ set: "A", from: "2025-11-01", temporary: true }]);
    expect((await event({ type: "reintegration", date: "2025-11-05", sets: ["A"] })).status).toBe(201);
    expect((await situation()).exclusions).toEqual([]);
    expect((await situation()).history.map((entry) => entry.type)).toContain("regularisation");
  });
});
