/**
 * Row keys of a dossier partition, each kind in its own key range: one head, then versions,
 * events, audit entries and markers; in the Métropole's dossier also the yearly cost-items
 * and finance-configuration pointers and every saved version of them, the runs, the
 * published-run markers and the erasure markers. No range holds another's keys.
 */
export const DOSSIER_ROWS = {
  head: "head",
  version: (version: number) => `v${String(version).padStart(6, "0")}`,
  versionRange: ["v", "w"] as const,
  event: (id: string) => `e-${id}`,
  eventRange: ["e-", "e."] as const,
  audit: (seq: number) => `a-${String(seq).padStart(12, "0")}`,
  auditRange: ["a-", "a."] as const,
  marker: (hash: string) => `k-${hash}`,
  costItems: (year: number) => `c-${year}`,
  financeConfig: (year: number) => `s-${year}`,
  /** Every save of a year's document (cost items, finance configuration), kept readable. */
  yearDocumentVersion: (kind: string, year: number, savedAt: string) => `d-${kind}-${year}-${savedAt}`,
  yearDocumentVersionRange: (kind: string, year: number) => [`d-${kind}-${year}-`, `d-${kind}-${year}.`] as const,
  run: (year: number, runId: string) => `r-${year}-${runId}`,
  runRange: (year: number) => [`r-${year}-`, `r-${year}.`] as const,
  published: (year: number) => `p-${year}`,
  publishedRange: ["p-", "p."] as const,
  /** A correction of a published year, open until its corrective run is published. */
  correction: (year: number) => `o-${year}`,
  erasure: (insee: string, at: string) => `x-${insee}-${at}`,
  erasureRange: ["x-", "x."] as const,
} as const;
