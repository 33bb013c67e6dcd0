import { correctionRequestSchema } from "../../../shared/finance/correctionRequestSchema";
import { actorOf } from "../../auth/principal";
import { readYear } from "../../finance/readYear";
import { conflict } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { commitToDossier } from "../../storage/dossier/commitToDossier";
import { readOpenCorrection, toCorrectionEntity } from "../../storage/finance/correctionTable";
import { METROPOLE_DOSSIER } from "../../storage/finance/metropoleDossier";
import { listPublications } from "../../storage/finance/runTable";

/**
 * POST /api/years/{year}/corrections `{ reason }` — opens a correction of a published year (finance):
 * its cost items and finance configuration become editable again, and the runs computed until it
 * closes are corrective runs; publishing one replaces the publication (« annule et remplace »).
 * 409 when the year is not published or a correction is already open. Audited.
 */
export const openCorrection: Handler = async (request, { services, principal }) => {
  const year = readYear(request);
  const { reason } = parseInput(correctionRequestSchema, readJsonBody(request), "Correction");
  const at = services.now().toISOString();
  const actor = actorOf(principal!);
  let opened: ReturnType<typeof toCorrectionEntity> | undefined;
  await commitToDossier(services.store, METROPOLE_DOSSIER, async () => {
    const published = (await listPublications(services.store)).find((publication) => publication.year === year);
    if (!published) throw conflict(`Aucune correction à ouvrir : les quotes-parts de ${year} ne sont pas publiées. Modifiez directement ses postes de coût et recalculez.`);
    const open = await readOpenCorrection(services.store, year);
    if (open) throw conflict(`Une correction de ${year} est déjà ouverte depuis le ${open.openedAt.slice(0, 10)} (${open.reason}) : publiez son calcul correctif ou annulez-la.`);
    opened = toCorrectionEntity({ year, reason, openedAt: at, openedBy: actor, replaces: published.runId });
    return { actions: [["create", opened]], audit: { at, actor, action: "correction.open", target: `correction:${year}`, details: { reason, replaces: published.runId } } };
  });
  return jsonResponse({ year, reason, openedAt: at, openedBy: actor, replaces: opened!.replaces }, 201);
};
