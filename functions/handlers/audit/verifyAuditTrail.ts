import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listAuditChains, readAuditChain, readAuditHead } from "../../storage/audit/readAudit";
import { verifyAuditChain } from "../../storage/audit/verifyAuditChain";

/** GET /api/audit/verification — recomputes every chain's hashes: any entry altered, removed or moved in storage is reported. */
export const verifyAuditTrail: Handler = async (_request, { services }) => {
  const chains = await listAuditChains(services.store);
  const results = await Promise.all(
    chains.map(async (chain) => {
      const [entries, head] = await Promise.all([readAuditChain(services.store, chain), readAuditHead(services.store, chain)]);
      return { chain, ...verifyAuditChain(entries, head) };
    }),
  );
  return jsonResponse({ ok: results.every((result) => result.ok), chains: results });
};
