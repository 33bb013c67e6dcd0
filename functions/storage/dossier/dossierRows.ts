/** Row keys of a dossier partition: one head, then versions, events, audit entries and markers, each kind in its own key range. */
export const DOSSIER_ROWS = {
  head: "head",
  version: (version: number) => `v${String(version).padStart(6, "0")}`,
  versionRange: ["v", "w"] as const,
  event: (id: string) => `e-${id}`,
  eventRange: ["e-", "e."] as const,
  audit: (seq: number) => `a-${String(seq).padStart(12, "0")}`,
  auditRange: ["a-", "a."] as const,
  marker: (hash: string) => `k-${hash}`,
} as const;
