import type { Submission } from "../../../shared/inventory/submissionSchema";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import { fillLikeAUser } from "../xlsx/support/fillLikeAUser";
import { randomBytes } from "node:crypto";
import { rezip } from "../xlsx/support/zipFixtures";

const QUETIGNY = "21515";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let commune: string;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  commune = await api.token({ role: "commune", commune: QUETIGNY });
});
afterAll(() => api.close());

const quetigny = (): Submission => ({
  ...aCompleteSubmission({ sets: ["A", "B", "C"], domains: [3, 5], blocks: { fibre: 2, interconnexion: 1, isole: 1 } }),
  commune: { insee: QUETIGNY, name: "Quetigny" },
});

const upload = (bytes: Buffer, type = XLSX) => api.call(`communes/${QUETIGNY}/submissions`, { method: "POST", body: new Uint8Array(bytes), headers: { "Content-Type": type }, token: commune });

describe("submitting the filled .xlsx template", () => {
  test("template downloaded from the API → filled as in Excel → submitted → the same inventory is stored", async () => {
    const submission = quetigny();
    const template = Buffer.from(await (await api.call("template.xlsx?fibre=2&interconnexion=1&isole=1")).arrayBuffer());
    const layout = layoutForSubmission(submission);
    const filled = await fillLikeAUser(template, layout, submission);
    const response = await upload(filled);
    expect(response.status).toBe(201);
    const detail = (await (await api.call(response.headers.get("location")!.replace("/api/", ""), { token: commune })).json()) as { submission: Submission; source: string };
    expect(detail.source).toBe("xlsx");
    expect(detail.submission).toEqual(submission);
  });

  test("an incomplete workbook is refused with findings that name the cells of the sheet", async () => {
    const submission = quetigny();
    const layout = layoutForSubmission(submission);
    const template = Buffer.from(await (await api.call("template.xlsx?fibre=2&interconnexion=1&isole=1")).arrayBuffer());
    const firewall = layout.cells.find((cell) => cell.ref?.kind === "row" && cell.ref.rowId === "infra.firewall" && cell.ref.column === "description");
    const filled = await fillLikeAUser(template, layout, submission, { [firewall!.address]: null, [layout.cells.find((cell) => cell.ref?.kind === "row" && cell.ref.rowId === "reseau.totalAgents" && cell.ref.column === "quantity")!.address]: "beaucoup" });
    const response = await upload(filled);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { findings: { ruleId: string; cell?: string }[] };
    expect(body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: "completeness.requiredRow", cell: firewall!.address }), expect.objectContaining({ ruleId: "parse.number" })]));
  });

  test("the dry run reads a workbook like a submission, and stores nothing", async () => {
    const submission = quetigny();
    const layout = layoutForSubmission(submission);
    const template = Buffer.from(await (await api.call("template.xlsx?fibre=2&interconnexion=1&isole=1")).arrayBuffer());
    const agents = layout.cells.find((cell) => cell.ref?.kind === "row" && cell.ref.rowId === "reseau.totalAgents" && cell.ref.column === "quantity")!.address;
    const dryRun = (bytes: Buffer) => api.call("validate", { method: "POST", body: new Uint8Array(bytes), headers: { "Content-Type": XLSX }, token: commune });
    const versions = async () => ((await (await api.call(`communes/${QUETIGNY}`, { token: commune })).json()) as { versions: unknown[] }).versions.length;
    const before = await versions();
    const good = await dryRun(await fillLikeAUser(template, layout, submission));
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ ok: true, errorCount: 0 });
    const bad = await dryRun(await fillLikeAUser(template, layout, submission, { [agents]: "beaucoup" }));
    expect(bad.status).toBe(200);
    expect(await bad.json()).toMatchObject({ ok: false, findings: expect.arrayContaining([expect.objectContaining({ ruleId: "parse.number", cell: agents })]) });
    expect((await dryRun(Buffer.from("pas un classeur"))).status).toBe(422);
    expect(await versions()).toBe(before);
  });

  test("a macro-enabled workbook, a mislabelled file and an oversized body are refused cleanly", async () => {
    const template = Buffer.from(await (await api.call("template.xlsx")).arrayBuffer());
    const withMacros = rezip(template, (files) => [...files, { name: "xl/vbaProject.bin", content: randomBytes(2048) }]);
    expect((await upload(Buffer.from("pas un classeur"))).status).toBe(422);
    expect((await upload(withMacros, "application/vnd.ms-excel.sheet.macroEnabled.12")).status).toBe(415);
    const macroAsXlsx = await upload(withMacros);
    expect(macroAsXlsx.status).toBe(422);
    expect(((await macroAsXlsx.json()) as { error: { message: string } }).error.message).toMatch(/macro/i);
    const big = await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 1));
    expect(big.status).toBe(413);
  });
});
