import type { Page } from "playwright-core";

/** Every value of a sheet of the stand-in workbook. */
export function sheetTexts(page: Page, sheet: string): Promise<unknown[]> {
  return page.evaluate((name) => [...window.__fakeWorkbook!.sheet(name)!.cells.values()].map((cell) => cell.value), sheet);
}

/** The row whose column A holds `value` in a sheet of the stand-in workbook (fails when none does). */
export async function rowOf(page: Page, sheet: string, value: string): Promise<number> {
  const row = await page.evaluate(
    ([name, wanted]) => {
      for (const [key, cell] of window.__fakeWorkbook!.sheet(name)!.cells) {
        const [row, column] = key.split(":").map(Number);
        if (column === 1 && cell.value === wanted) return row!;
      }
      return undefined;
    },
    [sheet, value] as const,
  );
  if (row === undefined) throw new Error(`${value} introuvable en colonne A de « ${sheet} »`);
  return row;
}
