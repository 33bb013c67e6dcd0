import type { CellRef } from "../inventory/cellRef";
import type { CheckContext } from "./checkContext";
import type { Finding } from "./finding";
import type { RuleIdentity } from "./rule";

/** Where a finding is and what it says, as a rule states it. */
export interface FindingDetail {
  readonly sectionId: string;
  readonly rowId?: string;
  readonly ref: CellRef;
  readonly message: string;
}

/** A finding of `rule`, with the cell address the context's locator gives (none when the sheet has no such cell). */
export function createFinding(context: CheckContext, rule: RuleIdentity, detail: FindingDetail): Finding {
  const cell = context.locate(detail.ref);
  return {
    ruleId: rule.id,
    severity: rule.severity,
    sectionId: detail.sectionId,
    ...(detail.rowId === undefined ? {} : { rowId: detail.rowId }),
    ref: detail.ref,
    ...(cell === undefined ? {} : { cell }),
    message: detail.message,
  };
}
