import { readYear } from "../../finance/readYear";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { readAuditChain } from "../../storage/audit/readAudit";
import { METROPOLE_DOSSIER } from "../../storage/finance/metropoleDossier";

/**
 * GET /api/years/{year}/history — the audit entries about a year's finance, oldest first (finance):
 * cost items and finance configuration saved (with what they held before and after), runs
 * computed (with their totals), publications, corrections opened, abandoned or published.
 */
export const getFinanceHistory: Handler = async (request, { services }) => {
  const year = readYear(request);
  const targets = [`costitems:${year}`, `financeconfig:${year}`, `correction:${year}`];
  const entries = (await readAuditChain(services.store, METROPOLE_DOSSIER)).filter((entry) => targets.includes(entry.target) || entry.target.startsWith(`run:${year}:`));
  return jsonResponse({ year, entries, count: entries.length });
};
