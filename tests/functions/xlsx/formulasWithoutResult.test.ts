import { formulasWithoutResult } from "../../../functions/xlsx/formulasWithoutResult";

describe("formulasWithoutResult", () => {
  const formulas = [
    { address: "B4", formula: 'IF(A1="","",A1)' },
    { address: "C4", formula: "2+3" },
    { address: "D4", formula: "A1" },
  ];

  test("keeps the formulas stored without value, not those whose value is empty text (t=\"str\", empty <v>)", () => {
    const part = Buffer.from(
      '<worksheet><sheetData><row r="4">' +
        '<c r="B4" t="str"><f>IF(A1="","",A1)</f><v></v></c>' +
        '<c r="C4"><f>2+3</f><v></v></c>' +
        '<c r="D4" t="str"><f>A1</f></c>' +
        "</row></sheetData></worksheet>",
    );
    expect(formulasWithoutResult(formulas, part)).toEqual([formulas[1], formulas[2]]);
  });

  test("without the worksheet part, every formula ExcelJS read without result is kept", () => {
    expect(formulasWithoutResult(formulas, undefined)).toEqual(formulas);
    expect(formulasWithoutResult([], Buffer.from("<worksheet/>"))).toEqual([]);
  });
});
