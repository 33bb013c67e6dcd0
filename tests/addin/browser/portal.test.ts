import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { locateCell } from "../../../shared/layout/locateCell";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import { fillLikeAUser, type Typed } from "../../functions/xlsx/support/fillLikeAUser";
import { convertWithLibreOffice, disposeLibreOfficeProfile, hasLibreOffice } from "../../functions/xlsx/support/libreOffice";
import { seriousAccessibilityViolations } from "./support/seriousAccessibilityViolations";
import { startBrowserHarness, type BrowserHarness, type PortalPage } from "./support/startBrowserHarness";

jest.setTimeout(300_000);

/** As the LibreOffice tests of the API: skipped without LibreOffice, unless LIBREOFFICE_REQUIRED=1 (CI). */
const available = hasLibreOffice() || process.env.LIBREOFFICE_REQUIRED === "1";
const describeWithLibreOffice = available ? describe : describe.skip;

/** What Talant's DGS describes: B and C (Finances), one fibre site configuration and one isolated one. */
function talantSubmission(isole = 1): Submission {
  const submission = aCompleteSubmission({ sets: ["B", "C"], domains: [3], blocks: { fibre: 1, interconnexion: 0, isole } });
  return { ...submission, commune: { insee: "21617", name: "Talant" }, inventory: { ...submission.inventory, etatDesLieux: todayInParis(new Date(Date.now() - 10 * 86_400_000)) } };
}

/** The downloaded template filled as a user would, then opened and saved by LibreOffice Calc (.xlsx). */
async function fillAndSaveWithLibreOffice(template: Buffer, submission: Submission, typed: Typed = {}, edit?: Parameters<typeof fillLikeAUser>[4]): Promise<Buffer> {
  const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 0, isole: 2 }, templateVersion: TEMPLATE_VERSION });
  const filled = await fillLikeAUser(template, layout, submission, typed, edit);
  const saved = (await convertWithLibreOffice(filled, "talant.xlsx", "xlsx:Calc MS Excel 2007 XML")).get("talant.xlsx");
  if (!saved) throw new Error("LibreOffice n'a pas écrit talant.xlsx");
  return saved;
}

async function chooseWorkbook(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByLabel("Classeur rempli (.xlsx)").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
}

async function expectNoSeriousViolation(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describeWithLibreOffice("the web portal, as a commune's DGS with a browser and LibreOffice", () => {
  let harness: BrowserHarness;
  let tab: PortalPage;

  beforeAll(async () => {
    harness = await startBrowserHarness();
    tab = await harness.openPortal();
  });
  afterAll(async () => {
    await harness?.close();
    await disposeLibreOfficeProfile();
  });

  test("sign in, download the template, check a workbook saved by LibreOffice, fix it, submit it through a lost answer, follow it", async () => {
    const { page } = tab;
    const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 0, isole: 2 }, templateVersion: TEMPLATE_VERSION });
    const at = locateCell(layout);
    const emailCell = at({ kind: "referent", index: 0, field: "email" }) ?? "";
    const agentsCell = at({ kind: "row", rowId: "reseau.totalAgents", column: "quantity" }) ?? "";

    // Sign in with the task pane's local sign-in.
    await page.getByRole("heading", { name: "Portail des communes" }).waitFor();
    await expectNoSeriousViolation(page);
    await tab.screenshot("portal-01-connexion");
    await page.getByLabel("Rôle").selectOption("commune");
    await page.getByLabel("Code INSEE de la commune").fill("21617");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("heading", { name: "Dossier de Talant (21617)" }).waitFor();
    await page.getByText("Aucun dépôt pour l'instant : téléchargez le modèle").waitFor();

    // The template with the configurations chosen: two isolated-site ones (the commune will fill one).
    await page.getByLabel("Configurations de sites isolés").fill("60");
    await page.getByText("Configurations de sites isolés : nombre entier de 0 à 50 attendu (lu « 60 »).").waitFor();
    expect(await page.getByRole("link", { name: "Télécharger le modèle vierge (.xlsx)" }).count()).toBe(0);
    await page.getByLabel("Configurations de sites isolés").fill("2");
    const [download] = (await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le modèle vierge (.xlsx)" }).click()])) as [Download, unknown];
    expect(download.suggestedFilename()).toMatch(/^description-organique-.*-f1-i0-s2\.xlsx$/);
    const template = readFileSync((await download.path())!);

    // First try: a mistyped e-mail and the agents counted in words.
    const wrong = await fillAndSaveWithLibreOffice(template, talantSubmission(), { [emailCell]: "claire.martin@", [agentsCell]: "deux cents" });
    await chooseWorkbook(page, "talant-description-organique.xlsx", wrong);
    await page.getByRole("button", { name: "Contrôler le classeur" }).click();
    const table = page.getByRole("table", { name: /Constats du contrôle/ });
    await table.waitFor();
    const rows = table.locator("tbody tr");
    const texts = await rows.allInnerTexts();
    // Errors first, each with its cell; the blank second isolated-site configuration is a note, not an error.
    expect(texts[0]).toMatch(/^✕ Erreur/);
    expect(texts.join("\n")).toContain(emailCell);
    expect(texts.join("\n")).toContain(agentsCell);
    expect(texts.at(-1)).toMatch(/^⚠ Avertissement/);
    expect(texts.join("\n")).toMatch(/Configuration Type 2/);
    expect(await page.getByRole("button", { name: "Déposer la description organique" }).isDisabled()).toBe(true);
    await expectNoSeriousViolation(page);
    await tab.screenshot("portal-02-constats");

    // Fixed in the workbook, saved by LibreOffice again, chosen again and checked.
    const fixed = await fillAndSaveWithLibreOffice(template, talantSubmission());
    await chooseWorkbook(page, "talant-description-organique-corrigee.xlsx", fixed);
    await page.getByRole("button", { name: "Contrôler le classeur" }).click();
    await page.getByText("Vous pouvez déposer ce classeur.").waitFor();
    await tab.screenshot("portal-03-controle-sans-erreur");

    // The first answer is lost on the way back (the API recorded the version): the automatic retry sends the same key.
    const keys: string[] = [];
    let lost = false;
    await page.route("**/api/communes/21617/submissions", async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (lost) return route.continue();
      lost = true;
      await route.fetch();
      await route.abort("connectionreset");
    });
    await page.getByRole("button", { name: "Déposer la description organique" }).click();
    await page.getByText("Version 1 déposée.").waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const situation = (await (await harness.api.call("communes/21617", { token: await harness.api.token({ role: "staff" }) })).json()) as { versions: unknown[] };
    expect(situation.versions).toHaveLength(1);
    await page.getByRole("table", { name: "Versions déposées" }).waitFor();
    await tab.screenshot("portal-04-depose");

    // The staff return it with a comment: the commune sees the requested corrections and the history.
    const staff = await harness.api.token({ role: "staff" });
    const detail = await harness.api.call("communes/21617/submissions/1", { token: staff });
    const returned = await harness.api.call("communes/21617/submissions/1/decision", {
      method: "POST",
      token: staff,
      headers: { "Content-Type": "application/json", "If-Match": detail.headers.get("etag") ?? "" },
      body: JSON.stringify({ decision: "return", reason: "incomplete", comment: "Précisez les logiciels de l'état civil." }),
    });
    expect(returned.status).toBe(200);
    await page.getByRole("button", { name: "Actualiser" }).click();
    await page.getByText("Corrections demandées.").waitFor();
    await page.getByRole("blockquote").or(page.locator("blockquote")).first().waitFor();
    expect(await page.locator("#suivi").innerText()).toContain("Précisez les logiciels de l'état civil.");
    await page.getByRole("button", { name: "Voir les constats de la version 1" }).click();
    await page.getByRole("table", { name: /Constats de la version 1/ }).waitFor();
    await page.getByRole("button", { name: "Estimer ma quote-part" }).click();
    await page.locator("#estimation .estimate, #estimation .message").first().waitFor();
    await expectNoSeriousViolation(page);
    await tab.screenshot("portal-05-suivi");
  });

  test("a configuration pasted into inserted rows and a row deleted: read as one more configuration, the row named in words", async () => {
    const { page } = tab;
    const template = Buffer.from(await (await harness.api.call("template.xlsx?fibre=1&interconnexion=0&isole=2")).arrayBuffer());
    const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 0, isole: 2 }, templateVersion: TEMPLATE_VERSION });
    const submission = talantSubmission(2);
    // The second isolated-site configuration pasted (columns B:F, no hidden key) below the first; the row « Base de données » deleted.
    const pasted = layout.cells.filter((cell) => cell.column === 1 && typeof cell.value === "string" && (cell.value === "block:isole[2]" || cell.value.startsWith("isole[2]/")));
    const title = layout.cells.find((cell) => cell.column === 2 && cell.row === pasted[0]?.row);
    const deleted = layout.cells.find((cell) => cell.column === 1 && cell.value === "infra.baseDonnees")?.row ?? 0;
    const workbook = await fillAndSaveWithLibreOffice(template, submission, {}, (_workbook, sheet) => {
      for (const cell of pasted) sheet.getCell(cell.address).value = null;
      sheet.getCell(title?.address ?? "").value = "Sites isolés (hors réseau de la collectivité) - Configuration Type 1";
      for (const column of ["A", "B", "C", "D", "E", "F"]) sheet.getCell(`${column}${deleted}`).value = null;
    });
    await chooseWorkbook(page, "talant-colle.xlsx", workbook);
    await page.getByRole("button", { name: "Contrôler le classeur" }).click();
    const table = page.getByRole("table", { name: /Constats du contrôle de « talant-colle.xlsx »/ });
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain("Configuration Type 2");
    expect(text).toMatch(/Base de données/);
    expect(text).not.toMatch(/repère|infra\.baseDonnees/);
    await tab.screenshot("portal-06-configuration-collee-ligne-supprimee");
  });

  test("a file that is no .xlsx workbook is refused in French before anything is sent", async () => {
    const { page } = tab;
    await chooseWorkbook(page, "description.ods", Buffer.from("PK"));
    await page.getByText("« description.ods » n'est pas un classeur .xlsx").waitFor();
    expect(await page.getByText("Excel 2007-365 (.xlsx)").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Contrôler le classeur" }).isDisabled()).toBe(true);
  });
});

describe("the task pane opened outside Excel", () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("says to open it in Excel and points to the portal", async () => {
    const tab = await harness.openPortal({ width: 400 });
    await tab.page.goto(`${harness.server.origin}/taskpane.html`);
    await tab.page.getByText("Ouvrez ce volet dans Excel.").waitFor();
    await tab.page.getByRole("link", { name: /portail des communes/ }).click();
    await tab.page.getByRole("heading", { name: "Portail des communes" }).waitFor();
    await tab.close();
  });
});
