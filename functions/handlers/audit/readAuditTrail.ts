import { isInseeCode } from "../../../shared/identifiers/inseeCode";
import { badRequest } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listAuditChains, readAuditChain } from "../../storage/audit/readAudit";

/** An audit chain: a commune's (its INSEE code) or the Métropole's. */
const isChain = (chain: string) => chain === "metropole" || isInseeCode(chain);

/**
 * GET /api/audit?chain= — the append-only audit trail (staff): without `chain`, the list of chains
 * (one per commune, and `metropole`); with it, every entry of that chain in order.
 */
export const readAuditTrail: Handler = async (request, { services }) => {
  const chain = request.query.get("chain");
  if (chain === null) return jsonResponse({ chains: await listAuditChains(services.store) });
  if (!isChain(chain)) throw badRequest("Journal inconnu.", [{ path: "chain", message: "code INSEE ou « metropole » attendu" }]);
  const entries = await readAuditChain(services.store, chain);
  return jsonResponse({ chain, entries, count: entries.length });
};
