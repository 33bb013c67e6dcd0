import ExcelJS from "exceljs";
import type { DeliberationTable } from "../../../shared/exports/DeliberationTable";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, json, putCostItems, submissionOf, submitAndValidate, tokensFor } from "./support/financeApi";

// Issue 10 §4: the council's table through the API, from a year's run and its run « en année pleine ».
const DIJON = "21231";
const CHENOVE = "21166";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let runId: string;
let fullYearRunId: string;
let otherYearRunId: string;

/** Dijon 14 postes, Chenôve 28, the Métropole 98: infra shared in tenths of 14 000 €; assistance in equal thirds of 300 €, invoiced to Chenôve. */
const COST_ITEMS = {
  metropole: { weights: { postes: 98 } },
  items: [
    { id: "infra", label: "Infrastructure et postes", set: "B", amount: "14000.00", key: "postes" },
    { id: "assistance", label: "Assistance mutualisée", set: "B", amount: "300.00", key: "equal" },
  ],
};
const deliberation = (query: string, token = tokens.finance, year = "2025") => api.call(`years/${year}/deliberation?${query}`, { token });
const both = () => `run=${runId}&fullYearRun=${fullYearRunId}`;
const errorOf = async (response: Response) => ((await response.json()) as { error: { message: string; problems?: { path: string; message: string }[] } }).error;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api);
  await submitAndValidate(api, submissionOf(DIJON, "Dijon", ["B"]), "2025-01-01");
  await submitAndValidate(api, submissionOf(CHENOVE, "Chenôve", ["B"], [], 2), "2025-07-01");
  expect((await putCostItems(api, tokens.finance, 2025, COST_ITEMS)).response.status).toBe(201);
  const config = { members: { [DIJON]: { acAlreadyIncluded: "1000.00" }, [CHENOVE]: { invoicedItems: ["assistance"] } } };
  expect((await api.call("years/2025/finance-config", { ...json("PUT", config), token: tokens.finance })).status).toBe(201);
  expect((await putCostItems(api, tokens.finance, 2024, COST_ITEMS)).response.status).toBe(201);
  clock.set("2025-09-01T09:00:00Z");
  const run = await computeRun(api, tokens.finance, 2025, "2025-09-01");
  expect(run.response.status).toBe(201);
  runId = run.body.runId;
  const fullYear = await api.call("years/2025/runs", { ...json("POST", { cutoff: "2025-09-01", fullYear: true }), token: tokens.finance });
  expect(fullYear.status).toBe(201);
  fullYearRunId = ((await fullYear.json()) as { runId: string }).runId;
  const other = await computeRun(api, tokens.finance, 2024, "2024-12-31");
  expect(other.response.status).toBe(201);
  otherYearRunId = other.body.runId;
});
afterAll(() => api.close());

describe("the council's table (« tableau de la délibération »)", () => {
  test("JSON, for finance and staff: per member participation and AC adjustment for « Année 2025 » and « Années 2026 et suivantes », the Métropole, totals (hand-computed)", async () => {
    const response = await deliberation(both());
    expect(response.status).toBe(200);
    const table = (await response.json()) as DeliberationTable;
    expect(table).toMatchObject({
      year: 2025,
      epci: { id: "242100410", name: "Dijon Métropole" },
      columns: { year: "Année 2025", followingYears: "Années 2026 et suivantes" },
      runs: {
        year: { runId, cutoff: "2025-09-01", status: "calcule", statusLabel: "calculé", fullYear: false },
        followingYears: { runId: fullYearRunId, cutoff: "2025-09-01", status: "calcule", fullYear: true },
      },
    });
    const byId = new Map(table.members.map((member) => [member.id, member] as const));
    // Infra: Σw = 14 + 28 + 98 = 140, Dijon 1 400 € (12 months), Chenôve 2 800 € × 6/12 = 1 400 € in 2025, 2 800 € a full year.
    // Assistance: thirds of 300 €, Chenôve 50 € in 2025 (6 months), 100 € a full year, invoiced.
    // Dijon: 1 500 €, −1 500 + 1 000 already in its AC; Chenôve: AC −(participation − invoiced).
    expect(byId.get(DIJON)).toEqual({ id: DIJON, name: "Dijon", year: { participation: "1500.00", acAdjustment: "-500.00" }, followingYears: { participation: "1500.00", acAdjustment: "-500.00" } });
    expect(byId.get(CHENOVE)).toEqual({ id: CHENOVE, name: "Chenôve", year: { participation: "1450.00", acAdjustment: "-1400.00" }, followingYears: { participation: "2900.00", acAdjustment: "-2800.00" } });
    const others = table.members.filter((member) => member.id !== DIJON && member.id !== CHENOVE);
    expect(others.every((member) => member.year.participation === "0.00" && member.followingYears.acAdjustment === "0.00")).toBe(true);
    const names = table.members.map((member) => member.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("fr", { sensitivity: "base" }).compare));
    // The Métropole: 14 000 − 2 800 + 300 − 150 in 2025; 14 000 − 4 200 + 100 a full year.
    expect(table.metropole).toEqual({ id: "242100410", name: "Dijon Métropole", year: "11350.00", followingYears: "9900.00" });
    expect(table.totals).toEqual({
      year: { communes: "2950.00", invoiced: "50.00", acAdjustment: "-1900.00", metropole: "11350.00", costItems: "14300.00" },
      followingYears: { communes: "4400.00", invoiced: "100.00", acAdjustment: "-3300.00", metropole: "9900.00", costItems: "14300.00" },
    });
    expect(table.notes).toHaveLength(2);
    expect((await deliberation(both(), tokens.staff)).status).toBe(200);
  });

  test("CSV (finance): BOM, `;`, decimal commas, the runs named, one line per member, the Métropole and the totals", async () => {
    const response = await deliberation(`${both()}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="deliberation-2025-${runId}-${fullYearRunId}.csv"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[1]).toBe(`Année 2025 : calcul ${runId} · arrêté au 01/09/2025 · statut : calculé`);
    expect(lines[2]).toBe(`Années 2026 et suivantes : calcul ${fullYearRunId} en année pleine · arrêté au 01/09/2025 · statut : calculé`);
    expect(lines).toContain("21166;Chenôve;1450,00;2900,00;-1400,00;-2800,00");
    expect(lines).toContain("21231;Dijon;1500,00;1500,00;-500,00;-500,00");
    expect(lines).toContain("Total;Communes;2950,00;4400,00;-1900,00;-3300,00");
    expect(lines).toContain("242100410;Dijon Métropole;11350,00;9900,00;;");
    expect(lines).toContain("Total;Coût total des services communs;14300,00;14300,00;;");
  });

  test("XLSX (finance): one sheet, one page wide, the EPCI in the header, the runs' ids, cut-offs and statuses in the footer, totals that add up", async () => {
    const response = await deliberation(`${both()}&format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Délibération"]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.headerFooter.oddHeader).toContain("Dijon Métropole");
    for (const text of [runId, fullYearRunId, "01/09/2025", "statut : calculé"]) expect(sheet.headerFooter.oddFooter).toContain(text);
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["Chenôve", 1450, 2900, -1400, -2800]);
    expect(rows).toContainEqual(["Dijon", 1500, 1500, -500, -500]);
    const total = rows.find((row) => row[0] === "Total des communes")!;
    expect(total.map((cell) => (typeof cell === "object" && cell !== null && "result" in cell ? cell.result : cell))).toEqual(["Total des communes", 2950, 4400, -1900, -3300]);
    expect(rows).toContainEqual(["Dijon Métropole", 11350, 9900]);
  });

  test("CSV and XLSX are for finance (403 for staff, with the JSON still open to them); a commune reads none of it", async () => {
    for (const format of ["csv", "xlsx"]) {
      const refused = await deliberation(`${both()}&format=${format}`, tokens.staff);
      expect(refused.status).toBe(403);
      expect((await errorOf(refused)).message).toMatch(/réservé aux finances/);
    }
    expect((await deliberation(both(), tokens.commune)).status).toBe(403);
  });

  test("an unknown run is 404", async () => {
    const unknown = await deliberation(`run=20250301T090000000Z-00000000&fullYearRun=${fullYearRunId}`);
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).message).toBe("Calcul 20250301T090000000Z-00000000 (paramètre run) introuvable pour 2025.");
  });

  test("runs that do not fit are 409, saying which and why: the full-year run given as the year's run, a year's run as the full-year one, a run of another year", async () => {
    const swapped = await deliberation(`run=${fullYearRunId}&fullYearRun=${runId}`);
    expect(swapped.status).toBe(409);
    expect((await errorOf(swapped)).message).toMatch(new RegExp(`^Le calcul ${fullYearRunId} est en année pleine`));
    const notFullYear = await deliberation(`run=${runId}&fullYearRun=${runId}`);
    expect(notFullYear.status).toBe(409);
    expect((await errorOf(notFullYear)).message).toMatch(new RegExp(`^Le calcul ${runId} n'est pas en année pleine`));
    const otherYear = await deliberation(`run=${otherYearRunId}&fullYearRun=${fullYearRunId}`);
    expect(otherYear.status).toBe(409);
    expect((await errorOf(otherYear)).message).toBe(`Le calcul ${otherYearRunId} (paramètre run) est un calcul de 2024, pas de 2025 : le tableau de 2025 se tire de deux calculs de 2025.`);
  });

  test("bad query parameters are 400 with a French message naming the parameter", async () => {
    const cases: [string, string, string, RegExp][] = [
      [`fullYearRun=${fullYearRunId}`, "2025", "run", /^Paramètre « run » manquant/],
      [`run=${runId}`, "2025", "fullYearRun", /^Paramètre « fullYearRun » manquant/],
      [`run=${runId}&fullYearRun=abc`, "2025", "fullYearRun", /^Identifiant de calcul invalide « abc » \(paramètre fullYearRun\)/],
      [`${both()}&format=pdf`, "2025", "format", /^Format d'export inconnu « pdf »/],
      [both(), "20x5", "year", /^Année invalide « 20x5 »/],
    ];
    for (const [query, year, parameter, message] of cases) {
      const response = await deliberation(query, tokens.finance, year);
      const error = await errorOf(response);
      expect([query, response.status, error.problems?.map((problem) => problem.path)]).toEqual([query, 400, [parameter]]);
      expect(error.message).toMatch(message);
    }
  });
});
