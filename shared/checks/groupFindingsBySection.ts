import type { Finding } from "./finding";
import { compareFindings, compareSectionIds } from "./model/modelPosition";
import { sectionLabel } from "./model/sectionLabel";

/** The findings of one section of the sheet, under its French label. */
export interface FindingGroup {
  /** The section id (`""` for findings without a section). */
  readonly sectionId: string;
  readonly label: string;
  readonly findings: readonly Finding[];
}

const GENERAL = "Général";

/**
 * Groups findings by section for the add-in's list: header parts first (commune, ensembles,
 * référents), then sections and site-configuration blocks in model order; findings in sheet order.
 */
export function groupFindingsBySection(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of [...findings].sort(compareFindings)) {
    const key = finding.sectionId ?? "";
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.entries()]
    .map(([sectionId, grouped]) => ({ sectionId, label: sectionId === "" ? GENERAL : sectionLabel(sectionId), findings: grouped }))
    .sort((a, b) => compareSectionIds(a.sectionId || undefined, b.sectionId || undefined));
}
