import ExcelJS from "exceljs";
import type { QuotePartReport } from "../../../shared/quoteParts/report/QuotePartReport";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, json, publishRunAcknowledged, putCostItems, submissionOf, submitAndValidate, tokensFor } from "./support/financeApi";

const INJECTION = "=cmd|' /C calc'!A0";
const clock = adjustableClock("2025-03-01T09:00:00Z");
const COST_ITEMS = {
  metropole: { weights: { postes: 100.5, "users:3": 30 } },
  items: [
    { id: "infra", label: INJECTION, set: "B", amount: "120000.00", key: "postes" },
    { id: "réseau/wifi:[sites]", label: "Wifi public; sites", set: "B", amount: "999.99", key: "equal" },
    { id: "finances", label: "Logiciel « finances »", set: "C:3", amount: "15000.00", key: "users" },
  ],
};
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let runId: string;
let runEtag: string;
let report: QuotePartReport;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api);
  await submitAndValidate(api, submissionOf("21231", "Dijon", ["B", "C"], [3]), "2025-05-01");
  await submitAndValidate(api, submissionOf("21166", "Chenôve", ["B"], [], 2), "2025-01-01");
  await putCostItems(api, tokens.finance, 2025, COST_ITEMS);
  const run = await computeRun(api, tokens.finance, 2025, "2025-03-01");
  runId = run.body.runId;
  runEtag = run.etag!;
  report = run.body.report;
});
afterAll(() => api.close());

const exportOf = (format: string, token = tokens.finance) => api.call(`years/2025/runs/${runId}/export?format=${format}`, { token });

describe("run exports", () => {
  test("JSON: the §5 report, as a download", async () => {
    const response = await exportOf("json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="quote-parts-2025-calcule-.+\.json"/);
    expect(await response.json()).toEqual(report);
  });

  test("CSV: BOM, `;`, decimal commas, one line per share and the Métropole's, totals with AC adjustments, formulas neutralised", async () => {
    const response = await exportOf("csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines.slice(1, 4)).toEqual([`Calcul;${runId}`, "Date d'arrêté;01/03/2025", "Statut;calculé"]);
    expect(lines.find((line) => line.startsWith("Poste;"))?.split(";")).toHaveLength(11);
    const infra = lines.filter((line) => line.startsWith("infra;"));
    expect(infra).toHaveLength(3);
    for (const line of infra) expect(line.split(";")[1]).toBe(`'${INJECTION}`);
    const dijon = report.items[0]!.shares.find((share) => share.id === "21231")!;
    expect(infra).toContain(`infra;'${INJECTION};B;postes informatiques;21231;Dijon;14;142,5;8;${dijon.exact.replace(".", ",")};${dijon.amount.replace(".", ",")}`);
    expect(infra.at(-1)).toMatch(/^infra;.*;242100410;Dijon Métropole;100,5;142,5;;/);
    expect(lines).toContain('réseau/wifi:[sites];"Wifi public; sites";B;parts égales;21166;Chenôve;1;3;12;333,3300000000;333,33');
    const total = report.totals.find((candidate) => candidate.id === "21231")!;
    expect(lines).toContain(`21231;Dijon;${total.amount.replace(".", ",")};0,00;0,00;${total.acAdjustment.replace(".", ",")}`);
    expect(lines).toContain(`Total;Communes;${report.summary.communes.replace(".", ",")};0,00;0,00;${report.summary.acAdjustment.replace(".", ",")}`);
    expect(lines).toContain("Total;Postes de coût;135999,99;;;");
  });

  test("XLSX: a « Totaux » sheet and one sheet per item with safe names, euro formats, frozen headers and check rows that hold", async () => {
    const response = await exportOf("xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Totaux", "infra", "réseau-wifi--sites-", "finances"]);
    // Title, description, the run (id, cut-off, status), a blank row, then the headers in row 5.
    const header = 5;
    for (const [index, item] of report.items.entries()) {
      const sheet = workbook.worksheets[index + 1]!;
      expect(sheet.getCell("A3").value).toBe(`Calcul ${runId} · arrêté au 01/03/2025 · statut : calculé`);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header });
      expect(sheet.getRow(header).values).toEqual([undefined, "Code", "Nom", "Poids", "Poids total", "Mois", "Montant exact (€)", "Montant (€)"]);
      const rows = item.shares.length + 1;
      const sum = sheet.getCell(`G${header + 1 + rows}`).value as { formula: string; result: number };
      expect(sum.formula).toBe(`SUM(G${header + 1}:G${header + rows})`);
      expect(sum.result).toBeCloseTo(Number(sheet.getCell(`G${header + 2 + rows}`).value), 2);
      expect((sheet.getCell(`G${header + 3 + rows}`).value as { result: string }).result).toBe("OK");
      expect(sheet.getCell(`G${header + 1}`).numFmt).toMatch(/0\.00.*€/);
      expect(sheet.getCell(`B${header + rows}`).value).toBe("Dijon Métropole");
    }
    expect(workbook.worksheets[1]!.getCell("A1").value).toBe(INJECTION);
    const totals = workbook.getWorksheet("Totaux")!;
    expect(totals.views[0]).toMatchObject({ state: "frozen", ySplit: header });
    expect(totals.getRow(header).values).toEqual([undefined, "Code INSEE", "Commune", "Participation (€)", "Dont refacturé directement (€)", "Déjà compris dans l'AC (€)", "Ajustement de l'AC (€)"]);
    const checkRow = header + 1 + report.totals.length + 3;
    expect(totals.getCell(`B${checkRow}`).value).toMatch(/^Contrôle/);
    expect((totals.getCell(`C${checkRow}`).value as { result: string }).result).toBe("OK");
    expect((totals.getCell(`F${checkRow}`).value as { result: string }).result).toBe("OK");
    const dijonRow = header + 1 + report.totals.findIndex((total) => total.id === "21231");
    expect(totals.getCell(`F${dijonRow}`).value).toBe(Number(report.totals.find((total) => total.id === "21231")!.acAdjustment));
    // Every sheet prints one page wide on A4 landscape, its headers repeated, the EPCI and the run in its header and footer.
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.headerFooter.oddHeader).toContain("Dijon Métropole");
      expect(sheet.headerFooter.oddHeader).toContain(`Calcul ${runId}`);
      expect(sheet.headerFooter.oddFooter).toContain("Arrêté au 01/03/2025 · statut : calculé");
    }
  });

  test("an unknown format is 400; exports are for finance only", async () => {
    expect((await exportOf("pdf")).status).toBe(400);
    expect((await exportOf("csv", tokens.staff)).status).toBe(403);
    expect((await exportOf("csv", tokens.commune)).status).toBe(403);
  });

  test("a corrective run's exports say what they cancel and replace, and why, with the difference per member against the replaced run", async () => {
    expect((await publishRunAcknowledged(api, tokens.finance, 2025, runId, runEtag)).status).toBe(200);
    expect((await api.call("years/2025/corrections", { ...json("POST", { reason: "Montant du poste infra corrigé" }), token: tokens.finance })).status).toBe(201);
    const read = await api.call("years/2025/cost-items", { token: tokens.finance });
    const corrected = { ...COST_ITEMS, items: COST_ITEMS.items.map((item) => (item.id === "infra" ? { ...item, amount: "142500.00" } : item)) };
    expect((await putCostItems(api, tokens.finance, 2025, corrected, { "If-Match": read.headers.get("etag")! })).response.status).toBe(200);
    const corrective = await computeRun(api, tokens.finance, 2025, "2025-03-01");
    expect(corrective.response.status).toBe(201);
    const csv = await api.call(`years/2025/runs/${corrective.body.runId}/export?format=csv`, { token: tokens.finance });
    const lines = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines).toContain(`Annule et remplace le calcul;${runId}`);
    expect(lines).toContain("Motif de la correction;Montant du poste infra corrigé");
    expect(lines).toContain(`Écarts avec le calcul remplacé ${runId}`);
    // Infra: Σw = 14 + 28 + 100.5 = 142.5. Dijon (× 14/142.5 × 8/12): 7 859.65 € before, 9 333.33 € after, 1 473.68 € more;
    // Chenôve (× 28/142.5, 12 months): 23 578.95 € before, 28 000.00 € after, 4 421.05 € more.
    const comma = (amount: string) => amount.replace(".", ",");
    for (const [insee, extra] of [["21231", 147368n], ["21166", 442105n]] as const) {
      const before = report.totals.find((total) => total.id === insee)!;
      const after = corrective.body.report.totals.find((total) => total.id === insee)!;
      expect(BigInt(after.amount.replace(".", "")) - BigInt(before.amount.replace(".", ""))).toBe(extra);
      const difference = `${extra / 100n}.${String(extra % 100n).padStart(2, "0")}`;
      expect(lines).toContain([insee, before.name, comma(before.amount), comma(after.amount), comma(difference), comma(before.acAdjustment), comma(after.acAdjustment), comma(`-${difference}`)].join(";"));
    }
    const xlsx = await api.call(`years/2025/runs/${corrective.body.runId}/export?format=xlsx`, { token: tokens.finance });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name).slice(0, 2)).toEqual(["Totaux", "Écarts"]);
    expect(workbook.getWorksheet("Totaux")!.headerFooter.oddFooter).toContain(`annule et remplace ${runId}`);
  });
});
