import { buildSheetLayout, DEFAULT_BLOCK_COUNTS, layoutForSubmission, renderValues } from "../../../shared/layout";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { planTemplateWrite } from "../../../addin/sheet/planTemplateWrite";
import { parseAddress } from "../../../addin/sheet/expandMerges";
import { aCompleteSubmission, ETAT_DES_LIEUX } from "../../shared/checks/support/aCompleteSubmission";

const layout = buildSheetLayout({ blocks: DEFAULT_BLOCK_COUNTS, templateVersion: TEMPLATE_VERSION });

/** Every cell of a range address. */
function cellsOf(address: string): string[] {
  const [from, to = from] = address.split(":") as [string, string?];
  const start = parseAddress(from);
  const end = parseAddress(to);
  const cells: string[] = [];
  for (let row = start.row; row <= end.row; row += 1) for (let column = start.column; column <= end.column; column += 1) cells.push(`${row}:${column}`);
  return cells;
}

describe("planTemplateWrite", () => {
  test("one grid of values and one of number formats cover the layout's area from A1", () => {
    const plan = planTemplateWrite(layout, []);
    expect(plan.area).toBe(`A1:F${layout.rowCount}`);
    expect(plan.values).toHaveLength(layout.rowCount);
    expect(plan.numberFormats.every((row) => row.length === 6)).toBe(true);
    expect(plan.values[0]).toEqual(["sheet:title", "Description organique du système d'information", "", "", "", ""]);
  });

  test("blank cells are written as empty text (null would leave old values), dates as serial numbers, INSEE codes as text", () => {
    const submission = aCompleteSubmission();
    const submitted = layoutForSubmission(submission);
    const plan = planTemplateWrite(submitted, renderValues(submitted, submission));
    expect(plan.values.flat()).not.toContain(null);
    const dateCell = submitted.cells.find((cell) => cell.ref?.kind === "identity" && cell.ref.field === "etatDesLieux")!;
    expect(plan.values[dateCell.row - 1]![dateCell.column - 1]).toBe((Date.parse(`${ETAT_DES_LIEUX}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
    expect(plan.numberFormats[dateCell.row - 1]![dateCell.column - 1]).toBe("dd/mm/yyyy");
    const insee = submitted.cells.find((cell) => cell.ref?.kind === "identity" && cell.ref.field === "insee")!;
    expect(plan.numberFormats[insee.row - 1]![insee.column - 1]).toBe("@");
  });

  test("every input cell, and only those, is unlocked", () => {
    const plan = planTemplateWrite(layout, []);
    const unlocked = new Set(plan.formats.filter((run) => run.format.locked === false).flatMap((run) => cellsOf(run.address)));
    const inputs = new Set(layout.cells.filter((cell) => cell.input).map((cell) => `${cell.row}:${cell.column}`));
    expect(unlocked).toEqual(inputs);
  });

  test("each style's fill reaches every cell of that style", () => {
    const plan = planTemplateWrite(layout, []);
    const fillAt = new Map<string, string>();
    for (const run of plan.formats) if (run.format.fill) for (const cell of cellsOf(run.address)) fillAt.set(cell, run.format.fill);
    for (const cell of layout.cells) {
      const fill = layout.styles[cell.style].fill;
      if (fill) expect([cell.address, fillAt.get(`${cell.row}:${cell.column}`)]).toEqual([cell.address, fill]);
    }
  });

  test("validations carry the shared rules' French messages; names and the print setup follow the layout", () => {
    const plan = planTemplateWrite(layout, [], { print: true });
    expect(plan.validations).toHaveLength(layout.validations.length);
    expect(plan.validations[0]).toMatchObject({ address: "D7", rule: { date: { operator: "Between" } }, errorAlert: { message: "Saisissez une date au format JJ/MM/AAAA.", style: "Stop" } });
    expect(plan.names.map((name) => name.name)).toEqual(layout.names.map((name) => name.name));
    const [firstTitle, lastTitle] = layout.print.repeatRows.split(":");
    expect(plan.print).toEqual({ area: layout.print.printArea, titleRows: `$${firstTitle}:$${lastTitle}` });
    expect(planTemplateWrite(layout, []).print).toBeUndefined();
  });
});
