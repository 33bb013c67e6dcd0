import type { Submission } from "../../inventory/submissionSchema";
import type { RowSlot } from "./rowSlots";

/** True when the chosen sets (and C domains) make this row mandatory; never in a section declared "sans objet". */
export function isRowRequired(slot: RowSlot, submission: Submission): boolean {
  if (slot.notApplicable) return false;
  switch (slot.row.requiredBy) {
    case "always":
      return true;
    case "never":
      return false;
    case "C":
      return submission.sets.includes("C") && slot.domain !== undefined && submission.domains.includes(slot.domain);
    default:
      return submission.sets.includes(slot.row.requiredBy);
  }
}
