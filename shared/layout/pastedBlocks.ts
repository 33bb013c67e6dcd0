import type { Finding } from "../checks/finding";
import { BLOCK_DEFINITIONS, type BlockDefinition, type BlockKind } from "../inventory/siteBlocks";
import { cellAddress } from "./cellAddress";
import { isBlankCell } from "./isBlankCell";
import { keyText } from "./keyText";
import { LAYOUT_KEYS } from "./layoutKeys";
import { numberedKey } from "./numberedKey";
import { PARSE_FINDINGS } from "./parseFindings";
import { SHEET_COLUMNS } from "./sheetColumns";
import { unwrapCellValue } from "./unwrapCellValue";

type Grid = readonly (readonly unknown[])[];

/** A grid whose site configurations pasted without their keys carry the keys of new configurations. */
export interface KeyedGrid {
  readonly grid: Grid;
  /** What was recognised: a note per configuration read, an error per pasted run that is not a whole configuration. */
  readonly findings: readonly Finding[];
  /** 0-based rows already reported here (a pasted run not read): no other finding for their content. */
  readonly reportedRows: ReadonlySet<number>;
}

const normalize = (text: string) => text.replace(/\s+/g, " ").replace(/[–—]/g, "-").trim();

/** The text of a cell, normalised (undefined when it holds no text). */
function textAt(row: readonly unknown[] | undefined, column: number): string | undefined {
  const raw = unwrapCellValue(row?.[column]);
  return typeof raw === "string" && raw.trim() !== "" ? normalize(raw) : undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A block title as the sheet shows it, any number: "Sites isolés … - Configuration Type 7". */
const TITLES: readonly { readonly kind: BlockKind; readonly pattern: RegExp }[] = BLOCK_DEFINITIONS.map((block) => ({
  kind: block.kind,
  pattern: new RegExp(`^${escapeRegExp(normalize(block.title)).replace("\\{n\\}", "\\d+")}$`),
}));

/** The labels a block row may carry (today's label and the annex's own, where it was corrected). */
const rowLabels = (block: BlockDefinition) => block.rows.map((row) => new Set([normalize(row.label), ...(row.annexLabel ? [normalize(row.annexLabel)] : [])]));

const LABELS: ReadonlyMap<BlockKind, readonly ReadonlySet<string>[]> = new Map(BLOCK_DEFINITIONS.map((block) => [block.kind, rowLabels(block)]));
const ANY_BLOCK_LABEL: ReadonlySet<string> = new Set(BLOCK_DEFINITIONS.flatMap((block) => rowLabels(block).flatMap((labels) => [...labels])));

/** The kind of block a key belongs to (its kind header, title or rows), if any. */
function kindOfKey(key: string): BlockKind | undefined {
  const numbered = numberedKey(key);
  if (numbered?.part === "block") return numbered.kind;
  return BLOCK_DEFINITIONS.find((block) => key === LAYOUT_KEYS.blocks(block.kind))?.kind;
}

/**
 * Finds the site configurations pasted without the hidden key column (rows inserted, then the
 * visible columns B:F of a configuration pasted: the natural way to « créer autant de
 * configurations que nécessaire » in LibreOffice or Excel without the add-in) and gives their rows
 * the keys of a new configuration of their kind, numbered after the highest of that kind. A run
 * is recognised by its labels (column Sous domaine), all of the block's rows in order, with or
 * without its title row above them; its kind comes from the title, or else from the labels, or
 * else from the configurations around it. A run that looks pasted but is not a whole configuration
 * is not read: one error says so and how to add one. Nothing here is guessed from positions alone.
 */
export function keyPastedBlocks(grid: Grid, keyColumn: number): KeyedGrid {
  const domainColumn = keyColumn + SHEET_COLUMNS.domain.index - SHEET_COLUMNS.key.index;
  const labelColumn = keyColumn + SHEET_COLUMNS.subdomain.index - SHEET_COLUMNS.key.index;
  const highest: Record<BlockKind, number> = { fibre: 0, interconnexion: 0, isole: 0 };
  for (const row of grid) {
    const numbered = numberedKey(keyText(row[keyColumn]) ?? "");
    if (numbered?.part === "block") highest[numbered.kind] = Math.max(highest[numbered.kind], numbered.number);
  }
  const unkeyed = (index: number) => index < grid.length && keyText(grid[index]?.[keyColumn]) === undefined;
  const hasContent = (index: number) => (grid[index] ?? []).some((raw, column) => column !== keyColumn && !isBlankCell(unwrapCellValue(raw)));
  const titleKind = (index: number) => {
    const text = textAt(grid[index], domainColumn);
    return text === undefined ? undefined : TITLES.find(({ pattern }) => pattern.test(text))?.kind;
  };
  const matchesRows = (kind: BlockKind, from: number) =>
    (LABELS.get(kind) ?? []).every((labels, offset) => unkeyed(from + offset) && labels.has(textAt(grid[from + offset], labelColumn) ?? ""));
  const looksPasted = (index: number) => titleKind(index) !== undefined || ANY_BLOCK_LABEL.has(textAt(grid[index], labelColumn) ?? "");

  const keys = new Map<number, string>();
  const findings: Finding[] = [];
  const reportedRows = new Set<number>();
  let context: BlockKind | undefined;
  let index = 0;
  while (index < grid.length) {
    const key = keyText(grid[index]?.[keyColumn]);
    if (key !== undefined) {
      context = kindOfKey(key);
      index += 1;
      continue;
    }
    if (!hasContent(index) || !looksPasted(index)) {
      index += 1;
      continue;
    }
    const titled = titleKind(index);
    const first = titled === undefined ? index : index + 1;
    const candidates = titled !== undefined ? [titled] : BLOCK_DEFINITIONS.map((block) => block.kind).filter((kind) => matchesRows(kind, first));
    const kind = candidates.length === 1 ? candidates[0] : candidates.find((candidate) => candidate === context);
    if (kind !== undefined && matchesRows(kind, first)) {
      const count = LABELS.get(kind)?.length ?? 0;
      const number = (highest[kind] += 1);
      if (titled !== undefined) keys.set(index, LAYOUT_KEYS.block(kind, number));
      BLOCK_DEFINITIONS.find((block) => block.kind === kind)?.rows.forEach((row, offset) => keys.set(first + offset, LAYOUT_KEYS.blockRow(kind, number, row.id)));
      findings.push(PARSE_FINDINGS.pastedBlock(kind, number, { from: index + 1, to: first + count }, cellAddress(index + 1, (titled === undefined ? labelColumn : domainColumn) + 1)));
      context = kind;
      index = first + count;
      continue;
    }
    // Pasted rows that are not a whole configuration: the run of unkeyed rows that look pasted, one error.
    let last = index;
    while (unkeyed(last + 1) && hasContent(last + 1) && looksPasted(last + 1)) last += 1;
    const labelled = Array.from({ length: last - index + 1 }, (_, offset) => index + offset).filter((row) => ANY_BLOCK_LABEL.has(textAt(grid[row], labelColumn) ?? ""));
    if (titled !== undefined || labelled.length >= 2) {
      for (let row = index; row <= last; row += 1) reportedRows.add(row);
      findings.push(PARSE_FINDINGS.partialPaste({ from: index + 1, to: last + 1 }, cellAddress(index + 1, (titled === undefined ? labelColumn : domainColumn) + 1), titled ?? context));
    }
    index = last + 1;
  }
  if (keys.size === 0) return { grid, findings, reportedRows };
  const keyed = grid.map((row, rowIndex) => {
    const key = keys.get(rowIndex);
    if (key === undefined) return row;
    const copy = [...row];
    while (copy.length <= keyColumn) copy.push(null);
    copy[keyColumn] = key;
    return copy;
  });
  return { grid: keyed, findings, reportedRows };
}
