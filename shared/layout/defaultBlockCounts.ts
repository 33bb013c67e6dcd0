import type { BlockCounts } from "./sheetLayout";

/** The blocks of a blank template, as in the annex: one of each network kind, isolated sites Type 1 and Type 2. */
export const DEFAULT_BLOCK_COUNTS: BlockCounts = { fibre: 1, interconnexion: 1, isole: 2 };
