import { actorOf } from "../../auth/principal";
import { readYear } from "../../finance/readYear";
import { conflict } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { commitToDossier } from "../../storage/dossier/commitToDossier";
import { DOSSIER_ROWS } from "../../storage/dossier/dossierRows";
import { readOpenCorrection } from "../../storage/finance/correctionTable";
import { METROPOLE_DOSSIER } from "../../storage/finance/metropoleDossier";

/**
 * DELETE /api/years/{year}/corrections — abandons the year's open correction (finance): the
 * publication stands, its cost items and configuration are frozen again (if they were changed in the
 * meantime, the published run keeps its own frozen copy). 409 when none is open. Audited.
 */
export const cancelCorrection: Handler = async (request, { services, principal }) => {
  const year = readYear(request);
  const at = services.now().toISOString();
  const actor = actorOf(principal!);
  await commitToDossier(services.store, METROPOLE_DOSSIER, async () => {
    const open = await readOpenCorrection(services.store, year);
    if (!open) throw conflict(`Aucune correction de ${year} n'est ouverte.`);
    return {
      actions: [["delete", { partitionKey: METROPOLE_DOSSIER, rowKey: DOSSIER_ROWS.correction(year) }]],
      audit: { at, actor, action: "correction.cancel", target: `correction:${year}`, details: { reason: open.reason, openedAt: open.openedAt } },
    };
  });
  return jsonResponse({ year, message: `Correction de ${year} abandonnée : la publication reste en vigueur.` });
};
