import fc from "fast-check";
import { BLOCK_DEFINITIONS } from "../../../shared/inventory/siteBlocks";
import { MODEL_PARTS, SECTIONS } from "../../../shared/inventory/descriptionOrganique";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { cellAddress } from "../../../shared/layout/cellAddress";
import { CELL_STYLES } from "../../../shared/layout/cellStyles";
import { DEFAULT_BLOCK_COUNTS } from "../../../shared/layout/defaultBlockCounts";
import { LAYOUT_KEYS } from "../../../shared/layout/layoutKeys";
import type { LayoutCell, SheetLayout } from "../../../shared/layout/sheetLayout";
import { VALIDATION_RULES } from "../../../shared/layout/validationRules";

const layout = buildSheetLayout({ blocks: { fibre: 2, interconnexion: 1, isole: 3 }, templateVersion: TEMPLATE_VERSION });

const cellAt = (sheet: SheetLayout, address: string) => sheet.cells.find((cell) => cell.address === address);
const rowCells = (sheet: SheetLayout, row: number) => sheet.cells.filter((cell) => cell.row === row);
const keyCells = (sheet: SheetLayout) => sheet.cells.filter((cell) => cell.column === 1);
const rowOfKey = (sheet: SheetLayout, key: string): LayoutCell[] => {
  const keyCell = keyCells(sheet).find((cell) => cell.value === key);
  return keyCell ? rowCells(sheet, keyCell.row) : [];
};

/** The cells of an A1 range ("B34:F39"). */
function rangeAddresses(range: string): string[] {
  const [from = "", to = from] = range.split(":");
  const parse = (address: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    return { column: (match?.[1] ?? "A").charCodeAt(0) - 64, row: Number(match?.[2]) };
  };
  const start = parse(from);
  const end = parse(to);
  const addresses: string[] = [];
  for (let row = start.row; row <= end.row; row += 1) for (let column = start.column; column <= end.column; column += 1) addresses.push(cellAddress(row, column));
  return addresses;
}

describe("buildSheetLayout", () => {
  test("every row of the model appears exactly once per section and per block, with its label and unit", () => {
    for (const part of MODEL_PARTS) {
      if (part.type === "section") {
        for (const row of part.section.rows) {
          const cells = rowOfKey(layout, LAYOUT_KEYS.row(row.id));
          expect(keyCells(layout).filter((cell) => cell.value === row.id)).toHaveLength(1);
          expect(cells.find((cell) => cell.column === 3)?.value).toBe(row.label);
          expect(cells.find((cell) => cell.column === 6)?.value).toBe(row.unit ?? null);
        }
      } else {
        for (let number = 1; number <= layout.blockCounts[part.block.kind]; number += 1) {
          for (const row of part.block.rows) {
            const key = LAYOUT_KEYS.blockRow(part.block.kind, number, row.id);
            expect(keyCells(layout).filter((cell) => cell.value === key)).toHaveLength(1);
            expect(rowOfKey(layout, key).find((cell) => cell.column === 3)?.value).toBe(row.label);
          }
        }
      }
    }
  });

  test("the sheet holds the model's sections in order, then each block numbered from its title template", () => {
    const sectionRows = SECTIONS.map((section) => rowOfKey(layout, LAYOUT_KEYS.section(section.id))[0]?.row ?? -1);
    expect(sectionRows.every((row, i) => row > 0 && (i === 0 || row > (sectionRows[i - 1] ?? 0)))).toBe(true);
    const title = rowOfKey(layout, LAYOUT_KEYS.block("isole", 3)).find((cell) => cell.column === 2)?.value;
    expect(title).toBe("Sites isolés (hors réseau de la collectivité) - Configuration Type 3");
    expect(rowOfKey(layout, LAYOUT_KEYS.block("isole", 4))).toEqual([]);
  });

  test("the domain-15 section is marked as an addition to the 2019 model", () => {
    const header = rowOfKey(layout, LAYOUT_KEYS.section("app15")).find((cell) => cell.column === 2);
    expect(header?.value).toBe("Applicatifs Environnement & Action économique (rubrique ajoutée au modèle de 2019)");
  });

  test("optional sections carry a 'Sans objet' Oui/Non input on their header row, and only they", () => {
    for (const section of SECTIONS) {
      const choice = rowOfKey(layout, LAYOUT_KEYS.section(section.id)).find((cell) => cell.input);
      if (section.optional) expect(choice?.ref).toEqual({ kind: "notApplicable", sectionId: section.id });
      else expect(choice).toBeUndefined();
    }
  });

  test("the top of the sheet holds the title, version, identity, sets, 16 domains and 6 référent rows", () => {
    expect(cellAt(layout, "B1")?.value).toBe("Description organique du système d'information");
    expect(cellAt(layout, "C2")?.value).toBe(TEMPLATE_VERSION);
    expect(layout.cells.filter((cell) => cell.ref?.kind === "identity")).toHaveLength(3);
    expect(layout.cells.filter((cell) => cell.ref?.kind === "set").map((cell) => cell.ref)).toEqual(["A", "B", "C"].map((set) => ({ kind: "set", set })));
    expect(layout.cells.filter((cell) => cell.ref?.kind === "domain")).toHaveLength(16);
    expect(layout.cells.filter((cell) => cell.ref?.kind === "referent")).toHaveLength(6 * 5);
    expect(rowOfKey(layout, "inventory:header").filter((cell) => cell.column > 1).map((cell) => cell.value)).toEqual([
      "Domaine",
      "Sous domaine",
      "Description",
      "Quantité",
      "Unité",
    ]);
  });

  test("addresses match rows and columns, cells are unique and within the sheet, keys are unique", () => {
    const addresses = layout.cells.map((cell) => cell.address);
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const cell of layout.cells) {
      expect(cell.address).toBe(cellAddress(cell.row, cell.column));
      expect(cell.row).toBeLessThanOrEqual(layout.rowCount);
      expect(cell.column).toBeLessThanOrEqual(layout.columns.length);
    }
    const keys = keyCells(layout).map((cell) => cell.value);
    expect(new Set(keys).size).toBe(keys.length);
    expect(layout.columns.filter((column) => column.hidden).map((column) => column.letter)).toEqual(["A"]);
  });

  test("the row count grows by the rows of each added block (title included)", () => {
    const empty = buildSheetLayout({ blocks: { fibre: 0, interconnexion: 0, isole: 0 }, templateVersion: TEMPLATE_VERSION });
    const added = BLOCK_DEFINITIONS.reduce((sum, block) => sum + layout.blockCounts[block.kind] * (block.rows.length + 1), 0);
    expect(layout.rowCount).toBe(empty.rowCount + added);
    expect(Math.max(...layout.cells.map((cell) => cell.row))).toBe(layout.rowCount);
  });

  test("named ranges point to real cells, the totals to their Quantité input", () => {
    const names = Object.fromEntries(layout.names.map((name) => [name.name, name]));
    expect(Object.keys(names)).toEqual(expect.arrayContaining(["EtatDesLieux", "Insee", "Commune", "TotalSites", "TotalAgents", "TotalPostes", "Referents"]));
    for (const name of layout.names) {
      for (const address of rangeAddresses(name.address)) expect(cellAt(layout, address)).toBeDefined();
      expect(name.reference).toBe(`'Description organique'!${name.address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`);
    }
    expect(cellAt(layout, names.TotalPostes?.address ?? "")?.ref).toEqual({ kind: "row", rowId: "reseau.totalPostes", column: "quantity" });
    expect(cellAt(layout, names.EtatDesLieux?.address ?? "")?.ref).toEqual({ kind: "identity", field: "etatDesLieux" });
  });

  test("only input cells are unlocked, and every input cell says what it holds", () => {
    for (const cell of layout.cells) {
      expect(CELL_STYLES[cell.style].locked).toBe(!cell.input);
      expect(cell.ref !== undefined).toBe(cell.input);
    }
    expect(layout.protect).toBe(true);
  });

  test("data validations cover exactly the choice, number and date inputs, with the rule of each", () => {
    const validated = new Map(layout.validations.flatMap((validation) => rangeAddresses(validation.range).map((address) => [address, validation.rule] as const)));
    for (const cell of layout.cells) {
      const expected = {
        choice: VALIDATION_RULES.choice,
        inputInteger: VALIDATION_RULES.integer,
        inputDecimal: VALIDATION_RULES.decimal,
        inputDate: VALIDATION_RULES.date,
      }[cell.style as string];
      expect(validated.get(cell.address)).toEqual(expected);
    }
    expect(validated.size).toBe(layout.cells.filter((cell) => cell.input && cell.style !== "input").length);
  });

  test("merged ranges stay on one row and never overlap", () => {
    const covered = new Set<string>();
    for (const merge of layout.merges) {
      const addresses = rangeAddresses(merge);
      expect(new Set(addresses.map((address) => address.replace(/^[A-Z]+/, ""))).size).toBe(1);
      for (const address of addresses) {
        expect(covered.has(address)).toBe(false);
        covered.add(address);
      }
    }
  });

  test("frozen rows, print settings and the hidden key column are set", () => {
    expect(layout.frozen).toEqual({ rows: 2, columns: 0 });
    const columnHeaders = layout.cells.find((cell) => cell.column === 1 && cell.value === "inventory:header")!.row;
    expect(layout.print).toEqual({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: `${columnHeaders}:${columnHeaders}`,
      printArea: `B1:F${layout.rowCount}`,
      rowBreaks: expect.any(Array),
    });
    expect(layout.sheetName).toBe("Description organique");
  });

  test("the layout is JSON-serialisable and deterministic for any block counts", () => {
    const counts = fc.record({ fibre: fc.nat(5), interconnexion: fc.nat(5), isole: fc.nat(5) });
    fc.assert(
      fc.property(counts, (blocks) => {
        const first = buildSheetLayout({ blocks, templateVersion: TEMPLATE_VERSION });
        expect(JSON.parse(JSON.stringify(first))).toStrictEqual(first);
        expect(buildSheetLayout({ blocks, templateVersion: TEMPLATE_VERSION })).toStrictEqual(first);
        expect(first.blockCounts).toEqual(blocks);
      }),
      { numRuns: 30 },
    );
  });

  test("the blank template has the annex's blocks: one per network kind, isolated sites Type 1 and 2", () => {
    const template = buildSheetLayout({ blocks: DEFAULT_BLOCK_COUNTS, templateVersion: TEMPLATE_VERSION });
    expect(template.blockCounts).toEqual({ fibre: 1, interconnexion: 1, isole: 2 });
    expect(rowOfKey(template, LAYOUT_KEYS.block("isole", 2)).length).toBeGreaterThan(0);
  });

  test("block counts out of range are refused as a programming error", () => {
    expect(() => buildSheetLayout({ blocks: { fibre: -1, interconnexion: 0, isole: 0 }, templateVersion: TEMPLATE_VERSION })).toThrow(RangeError);
    expect(() => buildSheetLayout({ blocks: { fibre: 1.5, interconnexion: 0, isole: 0 }, templateVersion: TEMPLATE_VERSION })).toThrow(RangeError);
  });
});
