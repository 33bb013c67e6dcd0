import type { DomainNumber } from "../../../shared/catalogue/functionalDomains";
import type { CellRef } from "../../../shared/inventory/cellRef";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import type { SheetLayout } from "../../../shared/layout/sheetLayout";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { aCompleteSubmission, aReferent } from "../../shared/checks/support/aCompleteSubmission";
import { withAnswer } from "../../shared/checks/support/edit";
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

const quetigny = (domains: readonly DomainNumber[] = [3, 5]): Submission => ({
  ...aCompleteSubmission({ sets: ["A", "B", "C"], domains, blocks: { fibre: 2, interconnexion: 1, isole: 1 } }),
  commune: { insee: QUETIGNY, name: "Quetigny" },
});

const upload = (bytes: Buffer, type = XLSX) => api.call(`communes/${QUETIGNY}/submissions`, { method: "POST", body: new Uint8Array(bytes), headers: { "Content-Type": type }, token: commune });

describe("submitting the filled .xlsx template", () => {
  test("template downloaded from the API → filled as in Excel → submitted → the same inventory is stored", async () => {
    const submission = quetigny();
    const download = await api.call("template.xlsx?fibre=2&interconnexion=1&isole=1");
    // The downloaded file says which configurations it has.
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="description-organique-${TEMPLATE_VERSION}-f2-i1-s1.xlsx"`);
    const template = Buffer.from(await download.arrayBuffer());
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

  test("a blank INSEE code: refused naming the cell, with the other findings of the sheet to fix as well", async () => {
    const submission = quetigny();
    const layout = layoutForSubmission(submission);
    const template = Buffer.from(await (await api.call("template.xlsx?fibre=2&interconnexion=1&isole=1")).arrayBuffer());
    const insee = locateCell(layout)({ kind: "identity", field: "insee" })!;
    const added = layout.cells.find((cell) => cell.column === 1 && cell.value === "reseau.totalAgents")!.row + 1;
    const filled = await fillLikeAUser(template, layout, submission, { [insee]: null }, (_workbook, sheet) => {
      sheet.insertRow(added, []);
      sheet.getCell(`C${added}`).value = "Agents saisonniers";
      sheet.getCell(`E${added}`).value = 40;
    });
    const response = await upload(filled);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; message: string; problems: { path: string; message: string }[] } };
    expect(body.error.code).toBe("contenu_refuse");
    // The row added by hand holds a value the sheet cannot read: an error too, never accepted while ignored.
    const addedRow =
      `La ligne ${added} a été ajoutée hors du modèle (« Agents saisonniers ») : son contenu ne peut pas être lu. ` +
      `Reportez-le dans les lignes prévues par le modèle, puis videz ou supprimez la ligne ${added}.`;
    expect(body.error.message).toBe(
      `Classeur refusé : 2 erreurs à corriger avant que la description organique puisse être contrôlée (cellules C${added}, ${insee}). ` +
        `${addedRow} « Code INSEE », cellule ${insee} : code INSEE attendu (5 caractères, par exemple 21231).`,
    );
    expect(body.error.problems).toEqual([
      { path: `C${added}`, message: addedRow },
      { path: insee, message: `« Code INSEE », cellule ${insee} : code INSEE attendu (5 caractères, par exemple 21231)` },
    ]);
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

describe("an uploaded workbook whose rows moved: findings name the cells of the file", () => {
  type Report = { ok: boolean; findings: { ruleId: string; severity: string; cell?: string; ref?: CellRef }[] };
  const TEMPLATE = "template.xlsx?fibre=2&interconnexion=1&isole=1";
  const dryRun = async (bytes: Buffer) => {
    const response = await api.call("validate", { method: "POST", body: new Uint8Array(bytes), headers: { "Content-Type": XLSX }, token: commune });
    expect(response.status).toBe(200);
    return (await response.json()) as Report;
  };
  const template = async () => Buffer.from(await (await api.call(TEMPLATE)).arrayBuffer());
  /** The 1-based row of the layout carrying `key`. */
  const rowOf = (layout: SheetLayout, key: string) => layout.cells.find((cell) => cell.column === 1 && cell.value === key)!.row;
  /** The address `rows` rows below (above when negative). */
  const moved = (address: string, rows: number) => `${address.replace(/\d+$/, "")}${Number(/\d+$/.exec(address)?.[0]) + rows}`;
  /** Recrutement (a row of domain 2) left blank: a completeness error below the site configurations. */
  const withoutRecrutement = () => withAnswer(quetigny([2, 3, 5]), "app2.recrutement", undefined);
  const recrutement: CellRef = { kind: "row", rowId: "app2.recrutement", column: "quantity" };

  test("a row inserted above (at the site configurations): the finding names the cell one row down, where the value is", async () => {
    const submission = withoutRecrutement();
    const layout = layoutForSubmission(submission);
    const inTemplate = locateCell(layout)(recrutement)!;
    const filled = await fillLikeAUser(await template(), layout, submission, {}, (_workbook, sheet) => {
      sheet.insertRow(rowOf(layout, "blocks:interconnexion"), []);
    });
    const report = await dryRun(filled);
    const errors = report.findings.filter((finding) => finding.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ ruleId: "completeness.requiredRow", ref: recrutement, cell: moved(inTemplate, 1) })]);
  });

  test("an optional row deleted above: the finding names the cell one row up", async () => {
    const submission = withoutRecrutement();
    const layout = layoutForSubmission(submission);
    const inTemplate = locateCell(layout)(recrutement)!;
    const filled = await fillLikeAUser(await template(), layout, submission, {}, (_workbook, sheet) => {
      sheet.spliceRows(rowOf(layout, "app1.autres"), 1);
    });
    const report = await dryRun(filled);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: "parse.missingRow", severity: "warning" }),
        expect.objectContaining({ ruleId: "completeness.requiredRow", ref: recrutement, cell: moved(inTemplate, -1) }),
      ]),
    );
  });

  /** Quetigny's workbook with référent n° 1 filled, the next row left empty and `second` typed on the row after (with the template's locator). */
  async function withEmptyReferentRow(second: ReturnType<typeof aReferent>) {
    const submission = { ...quetigny(), inventory: { ...quetigny().inventory, referents: [aReferent(), second] } };
    const layout = layoutForSubmission(submission);
    const locate = locateCell(layout);
    const typed: Record<string, string | null> = {};
    for (const field of ["nom", "prenom", "fonction", "telephone", "email"] as const) {
      typed[locate({ kind: "referent", index: 1, field })!] = null;
      typed[locate({ kind: "referent", index: 2, field })!] = second[field];
    }
    return { workbook: await fillLikeAUser(await template(), layout, submission, typed), locate, submission };
  }

  test("an empty référent row between two: the finding about the second référent names its own row, not the empty one", async () => {
    const { workbook, locate } = await withEmptyReferentRow(aReferent({ nom: "Durand", prenom: "Éric", email: "eric.durand@" }));
    const report = await dryRun(workbook);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: "quality.email", ref: { kind: "referent", index: 1, field: "email" }, cell: locate({ kind: "referent", index: 2, field: "email" }) }),
    ]);
  });

  test("a submitted workbook: the response names the file's cells, the stored version those of the sheet staff review it in", async () => {
    const { workbook, locate, submission } = await withEmptyReferentRow(aReferent({ nom: "Durand", prenom: "Éric", telephone: "12 34" }));
    const response = await upload(workbook);
    expect(response.status).toBe(201);
    const phone = { kind: "referent", index: 1, field: "telephone" } as const;
    const created = (await response.json()) as { findings: Report["findings"] };
    expect(created.findings).toEqual([expect.objectContaining({ ruleId: "quality.phone", ref: phone, cell: locate({ ...phone, index: 2 }) })]);
    const detail = (await (await api.call(response.headers.get("location")!.replace("/api/", ""), { token: commune })).json()) as { submission: Submission; findings: Report["findings"] };
    expect(detail.submission).toEqual(submission);
    expect(detail.findings).toEqual([expect.objectContaining({ ruleId: "quality.phone", ref: phone, cell: locate(phone) })]);
  });

  test("the version cell edited to a version that does not exist: the version of the layout read with is stored, with a warning", async () => {
    const submission = quetigny();
    const layout = layoutForSubmission(submission);
    const versionCell = layout.names.find((name) => name.name === "VersionModele")!.address;
    const response = await upload(await fillLikeAUser(await template(), layout, submission, { [versionCell]: "2019.1" }));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { templateVersion: string; findings: Report["findings"] };
    expect(created.templateVersion).toBe(TEMPLATE_VERSION);
    expect(created.findings).toEqual([expect.objectContaining({ ruleId: "parse.version", severity: "warning", cell: versionCell })]);
    const detail = (await (await api.call(response.headers.get("location")!.replace("/api/", ""), { token: commune })).json()) as { submission: Submission; findings: Report["findings"] };
    expect(detail.submission).toEqual(submission);
    // Stored for the sheet that renders the version: the file's version cell is no cell of it.
    expect(detail.findings.map((finding) => [finding.ruleId, finding.cell])).toEqual([["parse.version", undefined]]);
  });
});
