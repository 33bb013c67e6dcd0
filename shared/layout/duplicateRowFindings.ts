import type { Finding } from "../checks/finding";
import type { BlockKind } from "../inventory/siteBlocks";
import { cellAddress } from "./cellAddress";
import { numberedKey } from "./numberedKey";
import { PARSE_FINDINGS } from "./parseFindings";
import { SHEET_COLUMNS } from "./sheetColumns";

/** A row whose key an earlier row already carries (0-based rows): a copy of row `first`. */
export interface DuplicateRow {
  readonly key: string;
  readonly first: number;
  readonly row: number;
  /** The nearest row above that carries a key, if any: tells whether two copied rows follow each other. */
  readonly previousKeyed: number | undefined;
}

/** Copied rows following each other (rows without key between them allowed), all of one block or one lone row. */
interface CopiedRun {
  readonly block: { readonly kind: BlockKind; readonly number: number } | undefined;
  readonly rows: DuplicateRow[];
}

const isBlockTitle = (key: string) => {
  const numbered = numberedKey(key);
  return numbered?.part === "block" && numbered.title;
};

/** The 1-based span of 0-based rows. */
const span = (rows: readonly number[]) => ({ from: Math.min(...rows) + 1, to: Math.max(...rows) + 1 });

/** Groups the copied rows: consecutive copies of one block's rows together, any other copied row alone. */
function copiedRuns(duplicates: readonly DuplicateRow[]): CopiedRun[] {
  const runs: CopiedRun[] = [];
  for (const duplicate of duplicates) {
    const numbered = numberedKey(duplicate.key);
    const block = numbered?.part === "block" ? { kind: numbered.kind, number: numbered.number } : undefined;
    const last = runs.at(-1);
    if (block && last?.block && last.block.kind === block.kind && last.block.number === block.number && last.rows.at(-1)?.row === duplicate.previousKeyed) {
      last.rows.push(duplicate);
    } else {
      runs.push({ block, rows: [duplicate] });
    }
  }
  return runs;
}

/**
 * Errors for the rows that repeat an earlier row's key, in sheet order: one per site configuration
 * copied by hand (its title row, or more than one of its rows, copied with the hidden keys of the
 * configuration they come from), at its title cell or first label cell, saying how to add a
 * configuration; one per other copied row, at its key.
 */
export function duplicateRowFindings(duplicates: readonly DuplicateRow[], keyColumn: number): Finding[] {
  const columnOf = (role: "domain" | "subdomain") => keyColumn + SHEET_COLUMNS[role].index - SHEET_COLUMNS.key.index + 1;
  return copiedRuns(duplicates).flatMap(({ block, rows }) => {
    const title = rows.find((row) => isBlockTitle(row.key));
    if (!block || (rows.length < 2 && !title)) {
      return rows.map(({ key, first, row }) => PARSE_FINDINGS.duplicateKey(key, first + 1, row + 1, cellAddress(row + 1, keyColumn + 1)));
    }
    const cell = title ? cellAddress(title.row + 1, columnOf("domain")) : cellAddress((rows[0]?.row ?? 0) + 1, columnOf("subdomain"));
    const copies = span(rows.map((row) => row.row));
    const originals = span(rows.map((row) => row.first));
    return [PARSE_FINDINGS.copiedBlock(block.kind, block.number, copies, originals, cell)];
  });
}
