import type { FinanceConfigDocument } from "../../shared/finance/FinanceConfigDocument";
import { memberLabel } from "../../shared/quoteParts/computeTotals";
import type { MemberCommune } from "../communes/epciMembers";
import type { YearDocumentRecord } from "../storage/finance/YearDocumentRecord";

/** A year's finance configuration as the API shows it: every member with its settlement and its label, who saved it when. */
export function financeConfigView(members: readonly MemberCommune[], record: YearDocumentRecord, document: FinanceConfigDocument) {
  return {
    year: record.year,
    members: members.map((member) => {
      const settlement = document.members[member.insee] ?? {};
      return {
        insee: member.insee,
        name: member.name,
        label: memberLabel({ name: member.name, withCcas: settlement.withCcas === true }),
        acAlreadyIncluded: settlement.acAlreadyIncluded ?? "0.00",
        invoicedItems: [...(settlement.invoicedItems ?? [])],
        withCcas: settlement.withCcas === true,
      };
    }),
    savedAt: record.savedAt,
    savedBy: record.savedBy,
    sha256: record.document.sha256,
    ...(record.etag ? { etag: record.etag } : {}),
  };
}
