import { badRequest } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listAuditChains, readAuditChain } from "../../storage/audit/readAudit";

const CHAIN = /^(\d{5}|2[AB]\d{3}|metropole)$/;

/**
 * GET /api/audit?chain= — the append-only audit trail (staff): without `chain`, the list of chains
 * (one per commune, and `metropole`); with it, every entry of that chain in order.
 */
export const readAuditTrail: Handler = async (request, { services }) => {
  const chain = request.query.get("chain");
  if (chain === null) return jsonResponse({ chains: await listAuditChains(services.store) });
  if (!CHAIN.test(chain)) throw badRequest("Journal inconnu.", [{ path: "chain", message: "code INSEE ou « metropole » attendu" }]);
  const entries = await readAuditChain(services.store, chain);
  return jsonResponse({ chain, entries, count: entries.length });
};
