import { readFileSync } from "node:fs";
import { startBrowserHarness, waitForValue, type BrowserHarness, type HarnessPage } from "./support/startBrowserHarness";
import { aFreshSubmission, submitThroughApi, validateThroughApi } from "./support/seedThroughApi";

jest.setTimeout(180_000);

describe("finance mode in Chromium: cost items, computation, sheet, exports, publication", () => {
  let harness: BrowserHarness;
  let tab: HarnessPage;
  const year = new Date().getFullYear();
  const costSheet = `Postes de coût ${year}`;
  const resultSheet = `Quotes-parts ${year}`;

  beforeAll(async () => {
    harness = await startBrowserHarness();
    for (const [insee, name] of [["21231", "Dijon"], ["21166", "Chenôve"]] as const) {
      const submitted = await submitThroughApi(harness.api, aFreshSubmission(insee, name), `finance-${insee}`);
      await validateThroughApi(harness.api, insee, submitted, `${year}-01-01`);
    }
    const seeded = await harness.api.call(`years/${year}/cost-items`, {
      method: "PUT",
      token: await harness.api.token({ role: "finance" }),
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
    const saved = await (await harness.api.call(`years/${year}/cost-items`, { token: await harness.api.token({ role: "finance" }) })).json();
    expect(saved.items[0].amount).toBe("200000.00");
  });

  test("a save over a version a colleague saved meanwhile is refused with what to do, never written over it", async () => {
    const { pane } = tab;
    const finance = await harness.api.token({ role: "finance" });
    const read = await harness.api.call(`years/${year}/cost-items`, { token: finance });
    const stored = await read.json();
    const colleague = await harness.api.call(`years/${year}/cost-items`, {
      method: "PUT",
      token: finance,
      headers: { "Content-Type": "application/json", "If-Match": read.headers.get("etag")! },
      body: JSON.stringify({ metropole: { weights: stored.metropole.weights }, rounding: stored.rounding, prorata: stored.prorata, items: stored.items.map((item: { amount: string }, index: number) => (index === 0 ? { ...item, amount: "210000.00" } : item)) }),
    });
    expect(colleague.status).toBe(200);
    await pane.getByRole("button", { name: "Enregistrer les postes" }).click();
    await pane.getByText(/une version a été enregistrée depuis l'ouverture de cette feuille/).waitFor();
    expect((await (await harness.api.call(`years/${year}/cost-items`, { token: finance })).json()).items[0].amount).toBe("210000.00");
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

  test("computes the quote-parts and writes them into a sheet: a table per item, totals with the AC, a check row and a chart", async () => {
    const { pane } = tab;
    await pane.getByRole("button", { name: "Calculer les quotes-parts" }).click();
    await pane.getByText(`Quotes-parts ${year} calculées`).waitFor({ timeout: 20_000 });
    const workbook = await tab.workbook();
    expect(workbook.sheets).toContain(resultSheet);
    expect(workbook.tables).toEqual(expect.arrayContaining([`QuotesParts_${year}_internet`, `QuotesParts_${year}_finances`, `QuotesParts_${year}_support`, `QuotesParts_${year}_Totaux`]));
    expect(workbook.charts).toEqual([`Quote-part ${year} par commune`]);
    const texts = await tab.page.evaluate((name) => [...window.__fakeWorkbook!.sheet(name)!.cells.values()].map((cell) => cell.value), resultSheet);
    expect(texts).toContain("Contrôle : postes = communes + Métropole — OK");
    await tab.screenshot("finance-02-quotes-parts");
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

  test("publishes the run after a confirmation", async () => {
    const { pane } = tab;
    await pane.getByRole("button", { name: "Publier" }).click();
    await pane.getByRole("alertdialog", { name: `Publier les quotes-parts ${year} ?` }).waitFor();
    await tab.screenshot("finance-03-publication");
    await pane.getByRole("alertdialog").getByRole("button", { name: "Publier" }).click();
    await pane.getByText(new RegExp(`Quotes-parts ${year} publiées`)).waitFor();
    await waitForValue(async () => (await (await harness.api.call(`years/${year}/runs`, { token: await harness.api.token({ role: "finance" }) })).json()).publishedRunId !== null, true);
    await tab.screenshot("finance-04-publiee");
  });
});
