import type { QuoteParts } from "../../shared/quoteParts";
import type { Services } from "../services/services";
import { getDocument } from "../storage/getDocument";
import { fromStoredQuoteParts } from "../storage/finance/quotePartsConverters";
import type { RunRecord } from "../storage/finance/RunRecord";

/** A run's frozen result (its SHA-256 checked against the run's row). */
export async function loadRunQuoteParts(services: Services, run: RunRecord): Promise<QuoteParts> {
  return fromStoredQuoteParts((await getDocument(services.store, run.result)).toString("utf8"));
}
