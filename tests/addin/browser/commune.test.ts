import { layoutForSubmission, locateCell, renderValues, SHEET_NAME } from "../../../shared/layout";
import { toSheetValue } from "../../../addin/sheet/toSheetValue";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { firstOfNextMonth } from "../../../shared/calendar/firstOfNextMonth";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import { startBrowserHarness, waitForValue, type BrowserHarness, type HarnessPage } from "./support/startBrowserHarness";

jest.setTimeout(180_000);

/** A day some days before today, in Paris (a fresh état des lieux). */
function daysAgo(days: number): string {
  return todayInParis(new Date(Date.now() - days * 86_400_000));
}

/** The inventory the DGS types: sets B and C (domain 3), the annex's blocks. */
const typedSubmission = () => aCompleteSubmission({ sets: ["B", "C"], domains: [3], blocks: { fibre: 1, interconnexion: 1, isole: 2 } });

/** What a DGS types in the sheet for sets B and C (domain 3), the annex's blocks: every inventory cell but the sets, domains and référents, which the pane writes. */
function inventoryEntries() {
  const submission = typedSubmission();
  const filled = { ...submission, inventory: { ...submission.inventory, etatDesLieux: daysAgo(10) } };
  const layout = layoutForSubmission(filled);
  const styleAt = new Map(layout.cells.map((cell) => [cell.address, cell] as const));
  return renderValues(layout, filled)
    .filter((value) => value.value !== null)
    .filter((value) => {
      const ref = styleAt.get(value.address)?.ref;
      return ref?.kind === "row" || ref?.kind === "blockRow" || (ref?.kind === "identity" && ref.field === "etatDesLieux");
    })
    .map((value) => ({ address: value.address, value: toSheetValue(value.value, styleAt.get(value.address)?.style) as string | number }));
}

describe("commune mode in Chromium: from an empty workbook to a submitted adhesion", () => {
  let harness: BrowserHarness;
  let tab: HarnessPage;

  beforeAll(async () => {
    harness = await startBrowserHarness();
    tab = await harness.open();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("signs in (local mode) and prepares the sheet from the shared layout", async () => {
    const { pane } = tab;
    await pane.getByLabel("Rôle").selectOption("commune");
    await pane.getByLabel("Code INSEE de la commune").fill("21231");
    await tab.screenshot("commune-00-connexion");
    await pane.getByRole("button", { name: "Se connecter" }).click();
    await pane.getByRole("button", { name: "Préparer la feuille" }).click();
    await pane.getByText("Feuille prête").waitFor();
    expect((await tab.workbook()).sheets).toEqual([SHEET_NAME]);
    expect(await tab.valueAt(SHEET_NAME, "D6")).toBe("21231");
    expect(await tab.valueAt(SHEET_NAME, "D5")).toBe("Dijon");
    await tab.screenshot("commune-01-feuille-preparee");
  });

  test("adds a site configuration, then removes it once filled — after a confirmation — keeping the other values", async () => {
    const { pane } = tab;
    await pane.getByRole("button", { name: "Ajouter une configuration : Sites reliés par fibre optique privative" }).click();
    await pane.getByText("Sites reliés par fibre optique privative (2)").waitFor();
    const grid = await tab.page.evaluate(() => {
      const model = window.__fakeWorkbook!;
      const sheet = model.sheet("Description organique")!;
      const rows: Record<string, number> = {};
      for (const [position, cell] of sheet.cells) if (position.endsWith(":1") && typeof cell.value === "string") rows[cell.value] = Number(position.split(":")[0]);
      return rows;
    });
    const addressRow = grid["fibre[2]/site.adresses"];
    expect(addressRow).toBeDefined();
    await tab.type(SHEET_NAME, [{ address: `D${addressRow}`, value: "12 rue de la Mairie" }]);
    await pane.getByRole("button", { name: "Retirer la configuration 2 : Sites reliés par fibre optique privative" }).click();
    await pane.getByRole("alertdialog", { name: "Retirer la configuration 2 ?" }).waitFor();
    await tab.screenshot("commune-02-retrait-confirme");
    await pane.getByRole("button", { name: "Retirer et supprimer ses données" }).click();
    await pane.getByText("Sites reliés par fibre optique privative (1)").waitFor();
    expect(await tab.valueAt(SHEET_NAME, "D5")).toBe("Dijon");
  });

  test("chooses sets B and C (domain 3) and names a référent: both written in the sheet", async () => {
    const { pane } = tab;
    await pane.getByRole("tab", { name: "2. Ensembles" }).click();
    await pane.getByLabel(/Ensemble B —/).check();
    await waitForValue(() => tab.valueAt(SHEET_NAME, "E11"), "Oui");
    await pane.getByLabel(/Ensemble C —/).check();
    await waitForValue(() => tab.valueAt(SHEET_NAME, "E12"), "Oui");
    await pane.getByLabel(/^3\. Finances/).check();
    await waitForValue(() => tab.valueAt(SHEET_NAME, "E17"), "Oui");
    expect(await tab.valueAt(SHEET_NAME, "E10")).toBe("Non");
    await tab.screenshot("commune-03-ensembles");
    await pane.getByRole("tab", { name: "3. Référents" }).click();
    await pane.getByLabel("Nom", { exact: true }).fill("Martin");
    await pane.getByLabel("Prénom").fill("Claire");
    await pane.getByLabel("Fonction").fill("DGS");
    await pane.getByLabel("Téléphone").fill("03 80 12 34 56");
    await pane.getByLabel("Email").fill("claire.martin@mairie-exemple.fr");
    await pane.getByRole("button", { name: "Enregistrer dans la feuille" }).click();
    await waitForValue(() => tab.valueAt(SHEET_NAME, "B34"), "Martin");
    expect(await tab.valueAt(SHEET_NAME, "F34")).toBe("claire.martin@mairie-exemple.fr");
    await tab.screenshot("commune-04-referents");
  });

  test("checks as the server does: findings by section, a click selects the cell, highlights cleared as cells are filled", async () => {
    const { pane } = tab;
    await pane.getByRole("tab", { name: /4\. Contrôle/ }).click();
    await pane.getByText(/erreurs? à corriger/).waitFor();
    expect((await tab.cellAt(SHEET_NAME, "D7"))?.fill).toBe("#FFC7CE");
    await pane.getByRole("button", { name: /^Erreur D7 / }).first().click();
    await waitForValue(async () => (await tab.workbook()).selection, `${SHEET_NAME}!D7`);
    await tab.screenshot("commune-05-controle-constats");
    await tab.type(SHEET_NAME, inventoryEntries());
    await pane.getByText(/^Aucune? (erreur|constat)/).waitFor({ timeout: 15_000 });
    expect((await tab.cellAt(SHEET_NAME, "D7"))?.fill).toBe("#FFF9E1");
    await tab.screenshot("commune-06-controle-complet");
  });

  test("autosaves the draft, and an expired sign-in blocks the pane without losing the work", async () => {
    const { pane, page } = tab;
    await pane.getByText(/^Brouillon enregistré à \d\d:\d\d$/).waitFor({ timeout: 15_000 });
    const draft = await harness.api.call("communes/21231/draft", { token: await harness.api.token({ role: "commune", commune: "21231" }) });
    expect(draft.status).toBe(200);
    await page.route("**/api/communes/21231/draft", (route) => route.fulfill({ status: 401, contentType: "application/json", body: JSON.stringify({ error: { code: "non_authentifie", message: "Jeton expiré." } }) }));
    await tab.type(SHEET_NAME, [{ address: "D44", value: "1 place de la Libération, Dijon" }]);
    await pane.getByRole("alertdialog", { name: "Session expirée" }).waitFor({ timeout: 15_000 });
    await pane.getByText("Brouillon en attente : reconnectez-vous pour l'enregistrer.").waitFor();
    await tab.screenshot("commune-07-session-expiree");
    await page.unroute("**/api/communes/21231/draft");
    await pane.getByRole("button", { name: "Se reconnecter" }).click();
    await pane.getByText(/^Brouillon enregistré à/).waitFor({ timeout: 15_000 });
    const saved = await (await harness.api.call("communes/21231/draft", { token: await harness.api.token({ role: "commune", commune: "21231" }) })).json();
    expect(saved.submission.inventory.answers["reseau.adresses"].description).toBe("1 place de la Libération, Dijon");
  });

  test("submits: a network failure is told clearly, and the retry records one version only", async () => {
    const { pane, page } = tab;
    await pane.getByRole("tab", { name: "5. Dépôt" }).click();
    await page.route("**/api/communes/21231/submissions", (route) => route.abort("internetdisconnected"));
    await pane.getByRole("button", { name: "Déposer la description organique" }).click();
    await pane.getByText("Dépôt non abouti.").waitFor({ timeout: 20_000 });
    await tab.screenshot("commune-08-depot-reseau-coupe");
    await page.unroute("**/api/communes/21231/submissions");
    await pane.getByRole("button", { name: "Réessayer" }).click();
    await pane.getByText("Dépôt enregistré.").first().waitFor({ timeout: 20_000 });
    await tab.screenshot("commune-09-depot-enregistre");
    const situation = await (await harness.api.call("communes/21231", { token: await harness.api.token({ role: "staff" }) })).json();
    expect(situation.versions).toHaveLength(1);
    expect(situation.status).toBe("deposee");
  });

  test("follows the status and history, and estimates the quote-part: what it assumes, each line's derivation, what it cannot estimate and why, the figures to fill", async () => {
    const { pane } = tab;
    await pane.getByRole("tab", { name: "6. Suivi" }).click();
    await pane.getByText("Historique").waitFor();
    await pane.locator(".timeline").getByText("Dépôt").waitFor();
    const year = Number(firstOfNextMonth(todayInParis(new Date())).slice(0, 4));
    const seeded = await harness.api.call(`years/${year}/cost-items`, {
      method: "PUT",
      token: await harness.api.token({ role: "finance" }),
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        metropole: { weights: { postes: 2400, agents: 3100, "users:3": 90 } },
        rounding: "cent",
        prorata: "monthly",
        items: [
          { id: "internet", label: "Accès Internet", set: "B", amount: "180000.00", key: "postes" },
          { id: "finances", label: "Progiciel de finances", set: "C:3", amount: "62000.00", key: "users" },
          { id: "telephonie", label: "Téléphonie", set: "B", amount: "3000.00", key: "custom", weights: { "242100410": 10 } },
          { id: "assistance", label: "Assistance aux utilisateurs", set: "B", amount: "9000.00", key: "agents" },
        ],
      }),
    });
    expect(seeded.status).toBe(201);
    // The DGS blanks the total of agents: the draft saved, the estimate reads it and names the cell to fill.
    const agentsCell = locateCell(layoutForSubmission(typedSubmission()))({ kind: "row", rowId: "reseau.totalAgents", column: "quantity" })!;
    await tab.type(SHEET_NAME, [{ address: agentsCell, value: "" }]);
    const commune = await harness.api.token({ role: "commune", commune: "21231" });
    const agentsInDraft = async () => {
      const draft = await harness.api.call("communes/21231/draft", { token: commune });
      if (draft.status !== 200) return "sans brouillon";
      const { submission } = (await draft.json()) as { submission: { inventory: { answers: Record<string, { quantity?: number }> } } };
      return submission.inventory.answers["reseau.totalAgents"]?.quantity ?? "vide";
    };
    await waitForValue(agentsInDraft, "vide", 20_000);
    await pane.getByRole("button", { name: "Estimer ma quote-part" }).click();
    await pane.getByText(`Estimation ${year}`).waitFor();
    await pane.getByText("Progiciel de finances (utilisateurs du domaine)").waitFor();
    const estimate = pane.locator(".estimate");
    expect(await estimate.locator(".assumptions li").first().textContent()).toMatch(/^Dijon ne détient aucun ensemble au \d\d\/\d\d\/\d{4} : l'estimation compte B et C domaine 3 — Finances à partir de cette date\.$/);
    await estimate.getByText(/^Estimation indicative : ce que Dijon paiera est fixé par le calcul que la Métropole publie pour l'année\.$/).waitFor();
    expect(await estimate.locator(".explanation").first().textContent()).toMatch(/^\d+ postes informatiques sur [\d\s]+ au total \(Métropole comprise\) : 180\s000,00\s€ × \d+\/[\d\s]+ × \d+\/12 mois = [\d\s,]+\s€, soit [\d\s,]+\s€ après arrondi\.$/);
    await estimate.getByText(/Aucune quote-part publiée pour Dijon à ce jour : rien à comparer \(estimation pour \d{4} : .+ hors 2 postes non estimés\)\.$/).waitFor();
    await estimate.getByText("Postes non estimés (2), comptés 0").waitFor();
    await estimate.getByText("Le poste « Téléphonie » se répartit par poids fixés par la Métropole : la part de Dijon ne peut être estimée qu'une fois son poids fixé.").waitFor();
    await estimate.getByText(/^Le poste « Assistance aux utilisateurs » se répartit au prorata des agents : il manque le chiffre « Nombre total d'agents » de Dijon/).waitFor();
    await estimate.getByText(/^Nombre total d'agents : non renseigné\. À remplir dans la description organique/).waitFor();
    await tab.screenshot("commune-10-suivi");
    await estimate.getByRole("button", { name: new RegExp(`^${agentsCell} « Nombre total d'agents »`) }).click();
    await waitForValue(async () => (await tab.workbook()).selection, `${SHEET_NAME}!${agentsCell}`);
  });
});
