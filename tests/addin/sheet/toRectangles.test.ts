import { rectangleAddress, toRectangles } from "../../../addin/sheet/toRectangles";

const cells = (...addresses: [number, number][]) => addresses.map(([row, column]) => ({ row, column }));

describe("toRectangles", () => {
  test("stacks runs spanning the same columns on consecutive rows", () => {
    const rectangles = toRectangles(cells([2, 2], [2, 3], [3, 2], [3, 3], [4, 2], [4, 3]));
    expect(rectangles.map(rectangleAddress)).toEqual(["B2:C4"]);
  });

  test("splits where the columns or the rows change", () => {
    const rectangles = toRectangles(cells([1, 1], [1, 2], [2, 1], [4, 1], [4, 2], [5, 5]));
    expect(rectangles.map(rectangleAddress)).toEqual(["A1:B1", "A2", "A4:B4", "E5"]);
  });

  test("covers every cell exactly once, whatever the order and duplicates", () => {
    const input = cells([9, 4], [1, 1], [3, 2], [1, 1], [2, 2], [3, 3], [2, 3], [8, 4], [10, 4]);
    const covered: string[] = [];
    for (const r of toRectangles(input)) for (let row = r.top; row <= r.bottom; row += 1) for (let column = r.left; column <= r.right; column += 1) covered.push(`${row}:${column}`);
    expect(covered.sort()).toEqual([...new Set(input.map((cell) => `${cell.row}:${cell.column}`))].sort());
  });
});
