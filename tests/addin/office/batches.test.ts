import { planHighlights } from "../../../addin/commune/planHighlights";
import { planReferentWrites } from "../../../addin/commune/planReferentWrites";
import { planSelectionWrites } from "../../../addin/commune/planSelectionWrites";
import { planSheetRebuild } from "../../../addin/commune/planSheetRebuild";
import { readInventory } from "../../../addin/commune/readInventory";
import { highlightCells } from "../../../addin/office/highlightCells";
import { readSheetGrid } from "../../../addin/office/readSheetGrid";
import { readTables } from "../../../addin/office/readTables";
import { selectCell } from "../../../addin/office/selectCell";
import { writeCells } from "../../../addin/office/writeCells";
import { SHEET_NAME } from "../../../shared/layout";
import { aReferent, TODAY } from "../../shared/checks/support/aCompleteSubmission";
import { createExcelMock } from "../support/excelMock";

const each = (count: number) => ({ fibre: count, interconnexion: count, isole: count });
const gridFor = (count: number) => planSheetRebuild(undefined, { blocks: each(count), identity: { insee: "21231", name: "Dijon" }, print: false }).values.map((row) => [...row]);

describe("reading and marking the sheet (Office.js adapter, office-addin-mock)", () => {
  test.each([1, 50, 200])("reads the whole inventory in one request (%i blocks of each kind)", async (count) => {
    const grid = gridFor(count);
    const excel = createExcelMock({ sheets: [{ name: SHEET_NAME, values: grid }] });
    const read = await readSheetGrid(excel.context, SHEET_NAME);
    expect(excel.sync).toHaveBeenCalledTimes(1);
    expect(read).toEqual(grid);
  });

  test("places a used range that does not start at A1", async () => {
    const excel = createExcelMock({ sheets: [{ name: SHEET_NAME, values: [["x", 1]], rowIndex: 2, columnIndex: 1 }] });
    expect(await readSheetGrid(excel.context, SHEET_NAME)).toEqual([
      ["", "", ""],
      ["", "", ""],
      ["", "x", 1],
    ]);
  });

  test("answers undefined, in one request, when the sheet does not exist", async () => {
    const excel = createExcelMock();
    expect(await readSheetGrid(excel.context, SHEET_NAME)).toBeUndefined();
    expect(excel.sync).toHaveBeenCalledTimes(1);
  });

  test.each([1, 50])("highlights every finding in one request (%i blocks of each kind)", async (count) => {
    const { layout } = readInventory(gridFor(count), { today: TODAY });
    // A finding on every input cell: the worst case.
    const findings = layout!.cells.filter((cell) => cell.input).map((cell) => ({ ruleId: "test", severity: "error" as const, message: "…", cell: cell.address }));
    const excel = createExcelMock({ sheets: [{ name: SHEET_NAME }] });
    const plan = planHighlights(layout!, findings);
    await highlightCells(excel.context, plan);
    expect(excel.sync).toHaveBeenCalledTimes(1);
    expect(excel.ranges).toHaveLength(plan.formats.length);
    expect(excel.calls[1]).toBe(`unprotect ${SHEET_NAME}`);
    expect(excel.calls.at(-1)).toBe(`protect ${SHEET_NAME}`);
  });

  test("writes the sets, domains and référents in one request, and selects a cell in one", async () => {
    const reading = readInventory(gridFor(1), { today: TODAY });
    const excel = createExcelMock({ sheets: [{ name: SHEET_NAME }] });
    const writes = [...planSelectionWrites(reading.layout!, ["B", "C"], [3, 5]), ...planReferentWrites(reading.layout!, [aReferent(), aReferent({ nom: "Durand" })])];
    await writeCells(excel.context, SHEET_NAME, writes);
    expect(excel.sync).toHaveBeenCalledTimes(1);
    const valueAt = (address: string) => excel.ranges.find((record) => record.address === address)?.range.values;
    expect(valueAt("E10")).toEqual([["Non"]]);
    expect(valueAt("E11")).toEqual([["Oui"]]);
    expect(valueAt("E17")).toEqual([["Oui"]]);
    expect(valueAt("B35")).toEqual([["Durand"]]);
    expect(valueAt("B36")).toEqual([[""]]);
    await selectCell(excel.context, SHEET_NAME, "E47");
    expect(excel.sync).toHaveBeenCalledTimes(2);
    expect(excel.calls.slice(-3)).toEqual([`activate ${SHEET_NAME}`, "getRange E47", "select E47"]);
  });

  test("reads several tables in one request", async () => {
    const excel = createExcelMock({ tables: { A: [["h"], [1]], B: [["k"], ["v"]] } });
    expect(await readTables(excel.context, ["A", "B"])).toEqual({ A: [["h"], [1]], B: [["k"], ["v"]] });
    expect(excel.sync).toHaveBeenCalledTimes(1);
  });
});
