import { readFileSync } from "node:fs";
import { startBrowserHarness, waitForValue, type BrowserHarness, type HarnessPage } from "./support/startBrowserHarness";
import { aFreshSubmission, submitThroughApi, validateThroughApi } from "./support/seedThroughApi";
import { rowOf, sheetTexts } from "./support/sheetContent";

jest.setTimeout(180_000);

describe("finance mode in Chromium: cost items, settlement, runs with warnings, publication, correction, deliberation, history", () => {
  let harness: BrowserHarness;
  let tab: HarnessPage;
  const year = new Date().getFullYear();
  const costSheet = `Postes de coût ${year}`;
  const settlementSheet = `Règlement ${year}`;
  const resultSheet = `Quotes-parts ${year}`;
  const reason = "Description de Talant validée après la publication";
  let talant: { version: number; etag: string };
  const finance = () => harness.api.token({ role: "finance" });
  const runsOfYear = async () => (await (await harness.api.call(`years/${year}/runs`, { token: await finance() })).json()) as { publishedRunId: string | null; openCorrection: unknown; runs: { runId: string; status: string }[] };

  beforeAll(async () => {
    harness = await startBrowserHarness();
    for (const [insee, name] of [["21231", "Dijon"], ["21166", "Chenôve"]] as const) {
      const submitted = await submitThroughApi(harness.api, aFreshSubmission(insee, name), `finance-${insee}`);
      await validateThroughApi(harness.api, insee, submitted, `${year}-01-01`);
    }
    // Talant's description awaits review: the first run leaves it out, with a warning.
    talant = await submitThroughApi(harness.api, aFreshSubmission("21617", "Talant"), "finance-21617");
    const seeded = await harness.api.call(`years/${year}/cost-items`, {
      method: "PUT",
      token: await finance(),
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        metropole: { weights: { postes: 2400, agents: 3100, "users:3": 90 } },
        rounding: "cent",
        prorata: "monthly",
        items: [
          { id: "internet", label: "Accès Internet et interconnexions", set: "B", amount: "180000.00", key: "postes" },
          { id: "finances", label: "Progiciel de finances", set: "C:3", amount: "62000.00", key: "users" },
          { id: "support", label: "Support applicatif", set: "C", amount: "50000.00", key: "equal" },
        ],
      }),
    });
    expect(seeded.status).toBe(201);
    tab = await harness.open();
    await tab.pane.getByLabel("Rôle").selectOption("finance");
    await tab.pane.getByRole("button", { name: "Se connecter" }).click();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("opens the year's cost items as a sheet table, and saves them as edited in Excel", async () => {
    const { pane } = tab;
    await pane.getByRole("button", { name: "Ouvrir dans une feuille" }).click();
    await pane.getByText(`Postes de coût ${year} ouverts`).waitFor();
    expect(await tab.valueAt(costSheet, "A5")).toBe("internet");
    expect((await tab.workbook()).tables).toEqual([`PostesDeCout_${year}`, `ChiffresMetropole_${year}`]);
    await tab.type(costSheet, [{ address: "D5", value: 200000 }]);
    await tab.screenshot("finance-01-postes-de-cout");
    await pane.getByRole("button", { name: "Enregistrer les postes" }).click();
    await pane.getByText(`Postes de coût ${year} enregistrés : 3 poste(s).`).waitFor();
    const saved = await (await harness.api.call(`years/${year}/cost-items`, { token: await finance() })).json();
    expect(saved.items[0].amount).toBe("200000.00");
  });

  test("a save over a version a colleague saved meanwhile is refused with what to do, never written over it", async () => {
    const { pane } = tab;
    const token = await finance();
    const read = await harness.api.call(`years/${year}/cost-items`, { token });
    const stored = await read.json();
    const colleague = await harness.api.call(`years/${year}/cost-items`, {
      method: "PUT",
      token,
      headers: { "Content-Type": "application/json", "If-Match": read.headers.get("etag")! },
      body: JSON.stringify({ metropole: { weights: stored.metropole.weights }, rounding: stored.rounding, prorata: stored.prorata, items: stored.items.map((item: { amount: string }, index: number) => (index === 0 ? { ...item, amount: "210000.00" } : item)) }),
    });
    expect(colleague.status).toBe(200);
    await pane.getByRole("button", { name: "Enregistrer les postes" }).click();
    await pane.getByText(/une version a été enregistrée depuis l'ouverture de cette feuille/).waitFor();
    expect((await (await harness.api.call(`years/${year}/cost-items`, { token })).json()).items[0].amount).toBe("210000.00");
    await pane.getByRole("button", { name: "Ouvrir dans une feuille" }).click();
    await pane.getByText(`Postes de coût ${year} ouverts`).waitFor();
    await pane.getByRole("button", { name: "Enregistrer les postes" }).click();
    await pane.getByText(`Postes de coût ${year} enregistrés : 3 poste(s).`).waitFor();
  });

  test("refuses in French, by sheet row, what the shared checks refuse", async () => {
    const { pane } = tab;
    await tab.type(costSheet, [{ address: "C6", value: "Z" }]);
    await pane.getByRole("button", { name: "Enregistrer les postes" }).click();
    await pane.getByText(/Postes de coût non enregistrés/).waitFor();
    await pane.getByText(/^ligne 6/).first().waitFor();
    await tab.type(costSheet, [{ address: "C6", value: "C:3" }]);
  });

  test("edits the settlement per member in a sheet: a bad amount is named by its cell and nothing typed is lost; saved once corrected", async () => {
    const { pane } = tab;
    await pane.getByRole("tab", { name: "Règlement" }).click();
    await pane.getByRole("button", { name: "Ouvrir le règlement dans une feuille" }).click();
    await pane.getByText(`Aucun règlement enregistré pour ${year}`).waitFor();
    expect((await tab.workbook()).tables).toContain(`Reglement_${year}`);
    expect(await tab.valueAt(settlementSheet, "E5")).toBe("Accès Internet et interconnexions (internet)");
    const dijon = await rowOf(tab.page, settlementSheet, "21231");
    const chenove = await rowOf(tab.page, settlementSheet, "21166");
    await tab.type(settlementSheet, [
      { address: `C${dijon}`, value: "oui" },
      { address: `D${dijon}`, value: "quatre cent mille" },
      { address: `G${chenove}`, value: "oui" },
    ]);
    await pane.getByRole("button", { name: "Enregistrer le règlement" }).click();
    await pane.getByText(`Règlement ${year} non enregistré : 1 problème(s)`, { exact: false }).waitFor();
    await pane.getByText(`cellule D${dijon} (Dijon) : Déjà compris dans l'AC (€) : « quatre cent mille » lu, montant en euros attendu`, { exact: false }).waitFor();
    // Nothing typed is lost, and the cell to correct is selected.
    expect(await tab.valueAt(settlementSheet, `D${dijon}`)).toBe("quatre cent mille");
    expect(await tab.valueAt(settlementSheet, `C${dijon}`)).toBe("oui");
    expect(await tab.valueAt(settlementSheet, `G${chenove}`)).toBe("oui");
    expect((await tab.workbook()).selection).toBe(`${settlementSheet}!D${dijon}`);
    await tab.screenshot("finance-02-reglement-erreur");
    await tab.type(settlementSheet, [{ address: `D${dijon}`, value: "20 000" }]);
    await pane.getByRole("button", { name: "Enregistrer le règlement" }).click();
    await pane.getByText(`Règlement ${year} enregistré : 2 commune(s) changée(s).`, { exact: false }).waitFor();
    await pane.getByText("Dijon : comptée avec son CCAS ; déjà compris dans l'AC 0,00 € → 20 000,00 €").waitFor();
    await pane.getByText("Chenôve : refacturé : Support applicatif").waitFor();
    await tab.screenshot("finance-03-reglement-enregistre");
    const saved = (await (await harness.api.call(`years/${year}/finance-config`, { token: await finance() })).json()) as { members: { insee: string; label: string; acAlreadyIncluded: string; invoicedItems: string[] }[] };
    const byInsee = new Map(saved.members.map((member) => [member.insee, member]));
    expect(byInsee.get("21231")).toMatchObject({ label: "Dijon + CCAS", acAlreadyIncluded: "20000.00", invoicedItems: [] });
    expect(byInsee.get("21166")).toMatchObject({ acAlreadyIncluded: "0.00", invoicedItems: ["support"] });
  });

  test("computes with a warning and writes the run into a sheet: summary with its check, settlement per member, chart, tables per item", async () => {
    const { pane } = tab;
    await pane.getByRole("tab", { name: "Calculs" }).click();
    await pane.getByRole("button", { name: "Calculer les quotes-parts" }).click();
    await pane.getByText(`Quotes-parts ${year} calculées`, { exact: false }).waitFor({ timeout: 20_000 });
    await pane.getByText(/1 avertissement à confirmer avant de publier/).first().waitFor();
    await pane.getByText(/Talant n'est pas comptée/).first().waitFor();
    const workbook = await tab.workbook();
    expect(workbook.sheets).toContain(resultSheet);
    expect(workbook.tables).toEqual(expect.arrayContaining([`QuotesParts_${year}_Totaux`, `QuotesParts_${year}_internet`, `QuotesParts_${year}_finances`, `QuotesParts_${year}_support`]));
    expect(workbook.charts).toContain(`Participation ${year} par commune`);
    const texts = await sheetTexts(tab.page, resultSheet);
    expect(texts).toContain("Contrôle : postes = communes + Métropole — OK");
    expect(texts).toContain("Dijon + CCAS");
    expect(texts).toContain("Avertissements (1) — à confirmer avant de publier");
    expect(texts).toContain(20000);
    await tab.screenshot("finance-04-calcul-avertissements");
  });

  test("exports the run as CSV (French) and XLSX", async () => {
    const { pane, page } = tab;
    const [csv] = await Promise.all([page.waitForEvent("download"), pane.getByRole("button", { name: /en CSV$/ }).first().click()]);
    const text = readFileSync((await csv.path())!, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain(";");
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const [xlsx] = await Promise.all([page.waitForEvent("download"), pane.getByRole("button", { name: /en XLSX$/ }).first().click()]);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe("PK");
  });

  test("publishes the run only once its warnings are acknowledged", async () => {
    const { pane } = tab;
    await pane.getByRole("button", { name: /^Publier le calcul/ }).click();
    const dialog = pane.getByRole("alertdialog", { name: `Publier les quotes-parts ${year} ?` });
    await dialog.waitFor();
    await dialog.getByText(/Talant n'est pas comptée/).waitFor();
    const publish = dialog.getByRole("button", { name: "Publier", exact: true });
    expect(await publish.isDisabled()).toBe(true);
    await tab.screenshot("finance-05-publication-avertissements");
    await dialog.getByLabel(/J'ai pris connaissance de ces avertissements/).check();
    expect(await publish.isDisabled()).toBe(false);
    await publish.click();
    await pane.getByText(new RegExp(`Quotes-parts ${year} publiées \\(calcul .*\\), avertissements confirmés`)).waitFor();
    await waitForValue(async () => (await runsOfYear()).publishedRunId !== null, true);
    await pane.getByText(`${year} : publiée`).waitFor();
    expect(String(await tab.valueAt(resultSheet, "A1"))).toMatch(/\(publié\)$/);
    await tab.screenshot("finance-06-publiee");
  });

  test("opens a correction with a reason, computes the corrective run and shows the differences per member, then publishes it", async () => {
    const { pane } = tab;
    const published = (await runsOfYear()).publishedRunId!;
    // Talant validated meanwhile, back to the start of the published year (a régularisation): the correction counts it.
    const validated = await harness.api.call(`communes/21617/submissions/${talant.version}/decision`, {
      method: "POST",
      token: await harness.api.token({ role: "staff" }),
      headers: { "Content-Type": "application/json", "If-Match": talant.etag },
      body: JSON.stringify({ decision: "validate", effectiveFrom: `${year}-01-01`, acknowledgePublishedYears: true }),
    });
    expect(validated.status).toBe(200);
    await pane.getByRole("button", { name: "Ouvrir une correction" }).click();
    const dialog = pane.getByRole("dialog", { name: `Ouvrir une correction des quotes-parts ${year}` });
    await dialog.getByRole("button", { name: "Ouvrir la correction" }).click();
    await dialog.getByText("Indiquez le motif de la correction").waitFor();
    await dialog.getByLabel("Motif de la correction").fill(reason);
    expect(await dialog.getByText("Indiquez le motif de la correction").count()).toBe(0);
    await tab.screenshot("finance-07-ouvrir-correction");
    await dialog.getByRole("button", { name: "Ouvrir la correction" }).click();
    await pane.getByText(`motif : ${reason}`, { exact: false }).first().waitFor();
    await pane.getByText(`${year} : correction ouverte`).waitFor();
    await pane.getByRole("button", { name: "Calculer les quotes-parts" }).click();
    await pane.getByText(`Calcul correctif ${year} calculé`, { exact: false }).waitFor({ timeout: 20_000 });
    await pane.getByText(`Écarts avec le calcul remplacé ${published}`, { exact: false }).waitFor();
    await pane.getByText(/^Talant : participation 0,00\s€ → .* \(\+/).waitFor();
    await pane.getByText(/^Dijon \+ CCAS : participation .* \(−/).waitFor();
    expect((await tab.workbook()).tables).toContain(`QuotesParts_${year}_Ecarts`);
    const texts = await sheetTexts(tab.page, resultSheet);
    expect(texts).toContain(`Écarts par commune avec le calcul remplacé ${published} (après − avant)`);
    await pane.getByText(`Écarts avec le calcul remplacé ${published}`, { exact: false }).scrollIntoViewIfNeeded();
    await tab.screenshot("finance-08-calcul-correctif-ecarts");
    await pane.getByRole("button", { name: /^Publier le calcul/ }).click();
    const confirm = pane.getByRole("alertdialog", { name: `Publier le calcul correctif ${year} ?` });
    await confirm.waitFor();
    const acknowledge = confirm.getByLabel(/J'ai pris connaissance de ces avertissements/);
    if ((await acknowledge.count()) > 0) await acknowledge.check();
    await confirm.getByRole("button", { name: "Publier", exact: true }).click();
    await pane.getByText(new RegExp(`^Calcul correctif \\S+ publié : il annule et remplace le calcul ${published}\\.$`)).waitFor();
    await waitForValue(async () => (await runsOfYear()).openCorrection, null);
    await pane.getByText(`${year} : publiée`).waitFor();
    const runs = await runsOfYear();
    expect(runs.runs.find((run) => run.runId === published)?.status).toBe("remplace");
  });

  test("computes « en année pleine » and writes the deliberation table with its chart", async () => {
    const { pane } = tab;
    await pane.getByLabel(/En année pleine/).check();
    await pane.getByRole("button", { name: "Calculer les quotes-parts" }).click();
    await pane.getByText(`Quotes-parts ${year} en année pleine calculées`, { exact: false }).waitFor({ timeout: 20_000 });
    expect((await tab.workbook()).sheets).toContain(`Quotes-parts année pleine ${year}`);
    await pane.getByRole("tab", { name: "Délibération" }).click();
    await pane.getByRole("button", { name: "Écrire le tableau dans une feuille" }).click();
    await pane.getByText(`Tableau de la délibération ${year} écrit dans la feuille « Délibération ${year} »`, { exact: false }).waitFor({ timeout: 20_000 });
    const workbook = await tab.workbook();
    expect(workbook.tables).toContain(`Deliberation_${year}`);
    expect(workbook.charts).toContain(`Participation par commune — Année ${year}`);
    const texts = await sheetTexts(tab.page, `Délibération ${year}`);
    expect(texts).toEqual(expect.arrayContaining([`Année ${year}`, `Années ${year + 1} et suivantes`, "Dijon + CCAS", "Talant", "Contrôle : communes + Métropole = coût total — OK"]));
    await tab.screenshot("finance-09-deliberation");
    // The chart is under the table and its notes, as on the printed page.
    await tab.page.evaluate(() => document.getElementById("sheet-view")!.scrollTo(0, 10_000));
    await tab.screenshot("finance-10-deliberation-graphique");
    const [xlsx] = await Promise.all([tab.page.waitForEvent("download"), pane.getByRole("button", { name: "Télécharger le tableau de la délibération en XLSX" }).click()]);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe("PK");
  });

  test("writes the year's finance history and the versions of the cost items into sheets", async () => {
    const { pane } = tab;
    await pane.getByRole("tab", { name: "Historique" }).click();
    await pane.getByRole("button", { name: "Écrire l'historique dans une feuille" }).click();
    await pane.getByText(`Historique des finances ${year} écrit`, { exact: false }).waitFor();
    const history = await sheetTexts(tab.page, `Historique finances ${year}`);
    expect(history).toEqual(expect.arrayContaining(["Postes de coût saisis", "Postes de coût modifiés", "Règlement par commune saisi", "Correction ouverte", `Motif : ${reason}`, "Calcul publié", "Calcul correctif publié", "Calcul en année pleine"]));
    // French money is written with no-break spaces (« 20 000,00 € »).
    expect(history.map((value) => String(value).replace(/\s/g, " "))).toContain("Dijon : comptée avec son CCAS ; déjà compris dans l'AC 0,00 € → 20 000,00 €");
    await tab.screenshot("finance-11-historique");
    await pane.getByRole("button", { name: "Versions des postes de coût" }).click();
    await pane.getByText(`version(s) des postes de coût ${year} écrites`, { exact: false }).waitFor();
    expect((await tab.workbook()).tables).toContain(`VersionsPostes_${year}`);
    await tab.screenshot("finance-12-versions-postes");
  });
});
