import { formulaResults } from "../../../functions/xlsx/formulaResults";
import { scanWorksheet } from "../../../functions/xlsx/scanWorksheet";

describe("formulaResults", () => {
  const formulas = [
    { address: "B4", formula: 'IF(A1="","",A1)' },
    { address: "C4", formula: "2+3" },
    { address: "D4", formula: "A1" },
    { address: "E4", formula: "1-1" },
    { address: "F4", formula: "A1=A2" },
    { address: "G4", formula: "1/0" },
    { address: "H4", formula: "SUM(E1:E3)" },
  ];
  const { written } = scanWorksheet(
    Buffer.from(
      '<worksheet><sheetData><row r="4">' +
        '<c r="B4" t="str"><f>IF(A1="","",A1)</f><v></v></c>' +
        '<c r="C4"><f>2+3</f><v></v></c>' +
        '<c r="D4" t="str"><f>A1</f></c>' +
        '<c r="E4" t="n"><f>1-1</f><v>0</v></c>' +
        '<c r="F4" t="b"><f>A1=A2</f><v>0</v></c>' +
        '<c r="G4" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="H4" s="3"><f>SUM(E1:E3)</f><v>0</v></c>' +
        "</row></sheetData></worksheet>",
    ),
  );

  test("formulas stored without value are missing; results ExcelJS drops (0, FALSE, an error code) are read back; empty text stays blank", () => {
    expect(formulaResults(formulas, written)).toEqual({
      missing: [formulas[1], formulas[2]],
      results: [
        { row: 4, column: 5, value: 0 },
        { row: 4, column: 6, value: false },
        { row: 4, column: 7, value: "#DIV/0!" },
        { row: 4, column: 8, value: 0 },
      ],
    });
  });

  test("without the worksheet part's cells, every formula ExcelJS read without result is missing", () => {
    expect(formulaResults(formulas, undefined)).toEqual({ missing: formulas, results: [] });
    expect(formulaResults([], written)).toEqual({ missing: [], results: [] });
  });
});
