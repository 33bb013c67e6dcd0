import { SET_IDS, type SetId } from "../catalogue/serviceSets";
import type { CellRef } from "../inventory/cellRef";
import { SECTIONS } from "../inventory/descriptionOrganique";
import type { BlockKind } from "../inventory/siteBlocks";
import { formatPath } from "../validation/formatPath";
import { createReferentCollector } from "./referentCollector";
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
  /** The submission-shaped value to validate, and the origin of each field by its path (`inventory.answers["x"].quantity`). */
  finish(templateVersion: string): { readonly input: unknown; readonly origins: ReadonlyMap<string, Origin> };
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
  const answer = (target: Answers | undefined, rowId: string, column: string, value: string | number | boolean | undefined) => {
    if (target && (typeof value === "string" || typeof value === "number")) (target[rowId] ??= {})[column] = value;
  };
  return {
    put(ref, value, cell) {
      if (ref.kind === "referent") return referents.put(ref.index, ref.field, typeof value === "string" ? value : undefined, cell);
      origins.set(formatPath(submissionPath(ref)), { ref, cell });
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
        referents: referents.finish(origins),
        answers,
        blocks: { fibre: wrap(blocks.fibre), interconnexion: wrap(blocks.interconnexion), isole: wrap(blocks.isole) },
        notApplicable: SECTIONS.filter((section) => chosen.notApplicable.has(section.id)).map((section) => section.id),
      };
      const input = { commune, sets: SET_IDS.filter((set) => chosen.sets.has(set)), domains: [...chosen.domains].sort((a, b) => a - b), inventory };
      return { input, origins };
    },
  };
}
