import { SET_IDS, type SetId } from "../catalogue/serviceSets";
import type { CellLocator, CellRef } from "../inventory/cellRef";
import { SECTIONS } from "../inventory/descriptionOrganique";
import { REFERENT_FIELDS } from "../inventory/referent";
import type { BlockKind } from "../inventory/siteBlocks";
import { formatPath } from "../validation/formatPath";
import { cellRefKey } from "./cellRefKey";
import { createReferentCollector, type CollectedReferents } from "./referentCollector";
import type { BlockCounts } from "./sheetLayout";
import { submissionPath } from "./submissionPath";

/** Where a value of the submission was read: the cell by meaning and its address in the grid. */
export interface Origin {
  readonly ref: CellRef;
  readonly cell: string;
}

type Answers = Record<string, Record<string, string | number>>;

const wrap = (list: readonly Answers[]) => list.map((answers) => ({ answers }));

/** Collects the values read from a sheet into the shape of a submission. */
export interface SubmissionDraft {
  /** Records what a cell held (undefined when blank or unreadable: it stays blank) and where it is. */
  put(ref: CellRef, value: string | number | boolean | undefined, cell: string): void;
  /**
   * The submission-shaped value to validate, the origin of each field by its path
   * (`inventory.answers["x"].quantity`), and a locator of the sheet's cells by their place in the
   * submission (undefined for a cell the sheet does not have, e.g. in a deleted row).
   */
  finish(templateVersion: string): { readonly input: unknown; readonly origins: ReadonlyMap<string, Origin>; readonly locate: CellLocator };
}

/**
 * A new draft with the given number of blocks of each kind (block refs are 0-based positions in
 * the submission; référent refs are sheet rows, compacted on finish: blank rows are skipped).
 */
export function createSubmissionDraft(blockCounts: BlockCounts): SubmissionDraft {
  const commune = { insee: "", name: "" };
  let etatDesLieux: string | null = null;
  const chosen = { sets: new Set<SetId>(), domains: new Set<number>(), notApplicable: new Set<string>() };
  const referents = createReferentCollector();
  const answers: Answers = {};
  const blocks = {} as Record<BlockKind, Answers[]>;
  for (const kind of Object.keys(blockCounts) as BlockKind[]) blocks[kind] = Array.from({ length: blockCounts[kind] }, () => ({}));
  const origins = new Map<string, Origin>();
  const addresses = new Map<string, string>();
  const placeReferents = ({ referents: read, cells }: CollectedReferents) => {
    cells.forEach((row, index) => {
      for (const { key: field } of REFERENT_FIELDS) {
        const ref = { kind: "referent", index, field } as const;
        const cell = row[field];
        if (cell === undefined) continue;
        addresses.set(cellRefKey(ref), cell);
        if (index < read.length) origins.set(formatPath(submissionPath(ref)), { ref, cell });
      }
    });
    return read;
  };
  const answer = (target: Answers | undefined, rowId: string, column: string, value: string | number | boolean | undefined) => {
    if (target && (typeof value === "string" || typeof value === "number")) (target[rowId] ??= {})[column] = value;
  };
  return {
    put(ref, value, cell) {
      if (ref.kind === "referent") return referents.put(ref.index, ref.field, typeof value === "string" ? value : undefined, cell);
      origins.set(formatPath(submissionPath(ref)), { ref, cell });
      addresses.set(cellRefKey(ref), cell);
      switch (ref.kind) {
        case "identity":
          if (ref.field === "etatDesLieux") etatDesLieux = typeof value === "string" ? value : null;
          else commune[ref.field] = typeof value === "string" ? value : "";
          return;
        case "set":
          if (value === true) chosen.sets.add(ref.set);
          return;
        case "domain":
          if (value === true) chosen.domains.add(ref.domain);
          return;
        case "notApplicable":
          if (value === true) chosen.notApplicable.add(ref.sectionId);
          return;
        case "row":
          return answer(answers, ref.rowId, ref.column, value);
        case "blockRow":
          return answer(blocks[ref.block][ref.index], ref.rowId, ref.column, value);
      }
    },
    finish(templateVersion) {
      const inventory = {
        templateVersion,
        etatDesLieux,
        referents: placeReferents(referents.finish()),
        answers,
        blocks: { fibre: wrap(blocks.fibre), interconnexion: wrap(blocks.interconnexion), isole: wrap(blocks.isole) },
        notApplicable: SECTIONS.filter((section) => chosen.notApplicable.has(section.id)).map((section) => section.id),
      };
      const input = { commune, sets: SET_IDS.filter((set) => chosen.sets.has(set)), domains: [...chosen.domains].sort((a, b) => a - b), inventory };
      return { input, origins, locate: (ref: CellRef) => addresses.get(cellRefKey(ref)) };
    },
  };
}
