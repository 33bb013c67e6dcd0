import type { Submission } from "../../../shared/inventory/submissionSchema";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { fillLikeAUser } from "../xlsx/support/fillLikeAUser";

// Issue 8 §6: /api/validate accepted a workbook (INSEE 2A004) that the deposit refuses; the dry run and the deposit must agree.
const QUETIGNY = "21515";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let quetigny: string;
let staff: string;
let template: Buffer;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  quetigny = await api.token({ role: "commune", commune: QUETIGNY });
  staff = await api.token({ role: "staff" });
  template = Buffer.from(await (await api.call("template.xlsx?fibre=1&interconnexion=0&isole=0")).arrayBuffer());
});
afterAll(() => api.close());

const fileFor = (insee: string, name: string): Submission => ({ ...aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1, interconnexion: 0, isole: 0 } }), commune: { insee, name } });
const workbookFor = (submission: Submission) => fillLikeAUser(template, layoutForSubmission(submission), submission);
const send = (path: string, token: string, bytes: Buffer) => api.call(path, { method: "POST", body: new Uint8Array(bytes), headers: { "Content-Type": XLSX }, token });
const ruleIds = async (response: Response) => ((await response.json()) as { findings: { ruleId: string; severity: string }[] }).findings.filter((finding) => finding.severity === "error").map((finding) => finding.ruleId);

describe("the dry run says what the deposit would say", () => {
  test("a workbook for Ajaccio (2A004), not a member: the dry run reports it as the deposit refuses it", async () => {
    const ajaccio = await workbookFor(fileFor("2A004", "Ajaccio"));
    const byStaff = await send("validate", staff, ajaccio);
    expect(byStaff.status).toBe(200);
    const body = (await byStaff.json()) as { ok: boolean; findings: { ruleId: string; message: string }[] };
    expect(body.ok).toBe(false);
    expect(body.findings.find((finding) => finding.ruleId === "completeness.communeMember")?.message).toBe(
      "Identification de la commune : le code INSEE 2A004 n'est celui d'aucune commune membre de Dijon Métropole ; indiquez le code INSEE de votre commune.",
    );
    // Quetigny's référent is told the file is not Quetigny's.
    expect(await ruleIds(await send("validate", quetigny, ajaccio))).toEqual(["completeness.ownCommune"]);
    expect((await send(`communes/${QUETIGNY}/submissions`, quetigny, ajaccio)).status).toBe(422);
  });

  test("a commune's référent checking another member's file is told it is not its own, as the deposit would refuse it", async () => {
    const ahuy = await workbookFor(fileFor("21003", "Ahuy"));
    expect(await ruleIds(await send("validate", quetigny, ahuy))).toEqual(["completeness.ownCommune"]);
    expect((await send(`communes/${QUETIGNY}/submissions`, quetigny, ahuy)).status).toBe(422);
    // Staff check any member's file.
    expect(await ruleIds(await send("validate", staff, ahuy))).toEqual([]);
  });

  test("its own complete file: the dry run is ok and the deposit accepted", async () => {
    const own = await workbookFor(fileFor(QUETIGNY, "Quetigny"));
    expect(await ruleIds(await send("validate", quetigny, own))).toEqual([]);
    expect((await send(`communes/${QUETIGNY}/submissions`, quetigny, own)).status).toBe(201);
  });
});
