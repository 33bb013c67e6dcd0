import { conflict } from "../http/apiError";
import type { Services } from "../services/services";
import { readOpenCorrection } from "../storage/finance/correctionTable";
import { listPublications } from "../storage/finance/runTable";

/**
 * 409 when the year's quote-parts are published and no correction is open: its cost items and
 * finance configuration are then frozen (`what`: « ses postes de coût »…), and the answer says how
 * to go on — open a correction, then compute and publish a corrective run.
 */
export async function refuseLockedYear(services: Services, year: number, what: string): Promise<void> {
  const publication = (await listPublications(services.store)).find((published) => published.year === year);
  if (!publication || (await readOpenCorrection(services.store, year))) return;
  throw conflict(
    `Les quotes-parts de ${year} sont publiées (calcul ${publication.runId}) : ${what} sont figés. ` +
      `Pour les corriger, ouvrez une correction de l'année en indiquant son motif, modifiez-les, puis calculez et publiez un calcul correctif, qui annulera et remplacera le calcul publié.`,
  );
}
