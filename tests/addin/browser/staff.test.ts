import { startBrowserHarness, waitForValue, type BrowserHarness, type HarnessPage } from "./support/startBrowserHarness";
import { aFreshSubmission, submitThroughApi } from "./support/seedThroughApi";

jest.setTimeout(180_000);

describe("staff mode in Chromium: review and decision", () => {
  let harness: BrowserHarness;
  let tab: HarnessPage;
  const year = new Date().getFullYear();

  beforeAll(async () => {
    harness = await startBrowserHarness();
    await submitThroughApi(harness.api, aFreshSubmission("21231", "Dijon"), "staff-test-v1");
    tab = await harness.open();
    await tab.pane.getByLabel("Rôle").selectOption("staff");
    await tab.pane.getByRole("button", { name: "Se connecter" }).click();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("lists the submissions to review and opens one into a read-only sheet with its findings and history", async () => {
    const { pane } = tab;
    await pane.getByRole("button", { name: "Ouvrir la version 1 de Dijon" }).click();
    await pane.getByRole("heading", { name: "Dijon — version 1" }).waitFor();
    await waitForValue(async () => (await tab.workbook()).sheets, ["Dépôt 21231 v1"]);
    expect(await tab.valueAt("Dépôt 21231 v1", "D6")).toBe("21231");
    expect((await tab.cellAt("Dépôt 21231 v1", "E47"))?.locked).toBe(true);
    await tab.screenshot("staff-01-version-ouverte");
  });

  test("returns a version with a typed reason and a comment", async () => {
    const { pane } = tab;
    await pane.getByLabel("Retourner pour correction").check();
    await pane.getByLabel("Motif du retour").selectOption("incorrect");
    await pane.getByRole("button", { name: "Retourner la version" }).click();
    await pane.getByText(/Un commentaire est requis/).waitFor();
    await pane.getByLabel(/Commentaire pour la commune/).fill("Le nombre de postes ne correspond pas à l'inventaire de la DSI : vérifiez les sites isolés.");
    await pane.getByRole("button", { name: "Retourner la version" }).click();
    await pane.getByText("Version 1 de Dijon retournée pour correction.").waitFor();
    await pane.locator(".timeline").getByText("Retour pour correction").waitFor();
    await tab.screenshot("staff-02-version-retournee");
  });

  test("validates the corrected version: the adhesion becomes effective, the history shows it", async () => {
    const { pane } = tab;
    await submitThroughApi(harness.api, aFreshSubmission("21231", "Dijon", {}), "staff-test-v2");
    await pane.getByRole("button", { name: "Retour à la liste" }).click();
    await pane.getByRole("button", { name: "Ouvrir la version 2 de Dijon" }).click();
    await pane.getByRole("heading", { name: "Dijon — version 2" }).waitFor();
    await pane.getByLabel("Date d'effet de l'adhésion").fill(`${year}-01-01`);
    await pane.getByRole("button", { name: "Valider la version" }).click();
    await pane.getByText(`Version 2 de Dijon validée : adhésion effective le 01/01/${year}.`).waitFor();
    await pane.locator(".timeline").getByText("Validation").waitFor();
    expect((await tab.workbook()).sheets).toEqual(["Dépôt 21231 v1", "Dépôt 21231 v2"]);
    await tab.screenshot("staff-03-version-validee");
    const situation = await (await harness.api.call("communes/21231", { token: await harness.api.token({ role: "staff" }) })).json();
    expect(situation.status).toBe("validee");
  });

  test("an Excel without ExcelApi 1.8 gets a clear French message instead of the pane", async () => {
    const old = await harness.open({ excelApi: "1.7" });
    await old.pane.getByText("Version d'Excel trop ancienne.").waitFor();
    await old.screenshot("staff-00-excel-trop-ancien");
    await old.close();
  });
});
