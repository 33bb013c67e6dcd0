import type { CostItemsDocument } from "../../shared/finance/CostItemsDocument";
import type { YearDocumentRecord } from "../storage/finance/YearDocumentRecord";

/** A year's cost items as the API shows them: the document, the Métropole it belongs to, who saved it when. */
export function costItemsView(metropole: { readonly id: string; readonly name: string }, record: YearDocumentRecord, document: CostItemsDocument) {
  return {
    year: record.year,
    metropole: { id: metropole.id, name: metropole.name, weights: document.metropole.weights },
    rounding: document.rounding,
    prorata: document.prorata,
    items: document.items,
    savedAt: record.savedAt,
    savedBy: record.savedBy,
    sha256: record.document.sha256,
    ...(record.etag ? { etag: record.etag } : {}),
  };
}
