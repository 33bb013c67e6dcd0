import { countMergedCells } from "../../../functions/xlsx/countMergedCells";

describe("countMergedCells", () => {
  test("counts the merges of every sheet and the cells they cover", () => {
    const first = Buffer.from('<mergeCells count="2"><mergeCell ref="B1:F1"/><mergeCell ref="$C$4:$D$5"/></mergeCells>');
    const second = Buffer.from('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    expect(countMergedCells([first])).toEqual({ merges: 2, cells: 5 + 4 });
    expect(countMergedCells([first, second, Buffer.from("<sheetData/>")])).toEqual({ merges: 3, cells: 9 + 16384 * 1048576 });
  });
});
