import { buildSheetLayout, DEFAULT_BLOCK_COUNTS, layoutForSubmission, renderValues, SHEET_NAME, type BlockCounts } from "../../../shared/layout";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { writeTemplate } from "../../../addin/office/writeTemplate";
import { estimateOpBytes, REQUEST_LIMIT_BYTES } from "../../../addin/sheet/estimateOpBytes";
import { packBatches } from "../../../addin/sheet/packBatches";
import { planTemplateWrite } from "../../../addin/sheet/planTemplateWrite";
import { templateOps } from "../../../addin/sheet/templateOps";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import { createExcelMock } from "../support/excelMock";

const DRAFT = "Description organique ~test";
const planFor = (blocks: BlockCounts) => planTemplateWrite(buildSheetLayout({ blocks, templateVersion: TEMPLATE_VERSION }), [], { print: true });
const each = (count: number): BlockCounts => ({ fibre: count, interconnexion: count, isole: count });

describe("writeTemplate (Office.js adapter, office-addin-mock)", () => {
  test.each([
    ["no block", each(0)],
    ["the annex's blocks", DEFAULT_BLOCK_COUNTS],
    ["50 blocks of each kind (the task pane's limit)", each(50)],
    ["200 blocks of each kind (the schema's limit)", each(200)],
  ])("writes the whole template with %s in 3 requests at most", async (_name, blocks) => {
    const excel = createExcelMock();
    await writeTemplate(excel.context, planFor(blocks), DRAFT);
    expect(excel.sync.mock.calls.length).toBeLessThanOrEqual(3);
  });

  test("the number of requests does not grow with the sheet: no request per row, block or cell", async () => {
    const counts: number[] = [];
    for (const size of [1, 2, 5, 10, 50]) {
      const excel = createExcelMock();
      await writeTemplate(excel.context, planFor(each(size)), DRAFT);
      counts.push(excel.sync.mock.calls.length);
    }
    expect(new Set(counts)).toEqual(new Set([2]));
  });

  test("every request of the largest sheet stays under Excel on the web's 5 MB", () => {
    const batches = packBatches(templateOps(planFor(each(200))), 3);
    const sizes = batches.map((batch) => batch.reduce((total, op) => total + estimateOpBytes(op), 0));
    expect(Math.max(...sizes)).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(batches.filter((batch) => batch.length > 0)).toHaveLength(3);
  });

  test("writes all values in one assignment, after the number formats, on the new sheet", async () => {
    const submission = aCompleteSubmission();
    const layout = layoutForSubmission(submission);
    const plan = planTemplateWrite(layout, renderValues(layout, submission));
    const excel = createExcelMock();
    await writeTemplate(excel.context, plan, DRAFT);
    const onArea = excel.ranges.filter((record) => record.sheet === DRAFT && record.address === plan.area);
    const formatsAt = onArea.findIndex((record) => Array.isArray(record.range.numberFormat));
    const valuesAt = onArea.findIndex((record) => record.range.values === plan.values);
    expect(formatsAt).toBeGreaterThanOrEqual(0);
    expect(valuesAt).toBeGreaterThan(formatsAt);
    expect(onArea.filter((record) => Array.isArray(record.range.values))).toHaveLength(1);
    expect(plan.values[5]?.[3]).toBe(submission.commune.insee);
  });

  test("replaces the existing sheet in its place and renews the names, leaving it untouched until the last request", async () => {
    const layout = buildSheetLayout({ blocks: DEFAULT_BLOCK_COUNTS, templateVersion: TEMPLATE_VERSION });
    const plan = planTemplateWrite(layout, []);
    const excel = createExcelMock({ sheets: [{ name: "Accueil", position: 0 }, { name: SHEET_NAME, position: 1 }], names: ["TotalPostes", "Autre"] });
    let callsAtFirstSync: string[] = [];
    const sync = excel.sync.getMockImplementation()!;
    excel.sync.mockImplementation(async () => {
      if (callsAtFirstSync.length === 0) callsAtFirstSync = [...excel.calls];
      await sync();
    });
    await writeTemplate(excel.context, plan, DRAFT);
    expect(callsAtFirstSync).not.toContain(`delete ${SHEET_NAME}`);
    expect(excel.calls).toContain(`delete ${SHEET_NAME}`);
    expect(excel.calls).toContain("deleteName TotalPostes");
    expect(excel.calls).not.toContain("deleteName Autre");
    expect(excel.calls.filter((call) => call.startsWith("addName"))).toHaveLength(layout.names.length);
    expect(excel.calls).toContain(`protect ${DRAFT}`);
    expect(excel.calls.at(-1)).toBe(`select ${plan.select}`);
  });

  test("a read-only copy has no unlocked cell, validation or workbook name", () => {
    const layout = buildSheetLayout({ blocks: DEFAULT_BLOCK_COUNTS, templateVersion: TEMPLATE_VERSION });
    const plan = planTemplateWrite(layout, [], { readOnly: true, sheetName: "Dépôt 21231 v1" });
    expect(plan.sheetName).toBe("Dépôt 21231 v1");
    expect(plan.formats.some((run) => run.format.locked === false)).toBe(false);
    expect(plan.validations).toEqual([]);
    expect(plan.names).toEqual([]);
    expect(plan.protect).toBe(true);
  });
});
