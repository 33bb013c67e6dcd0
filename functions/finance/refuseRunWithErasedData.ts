import { formatFrenchDay } from "../../shared/calendar/formatFrenchDate";
import { todayInParis } from "../../shared/calendar/todayInParis";
import { conflict } from "../http/apiError";
import type { Services } from "../services/services";
import type { RunRecord } from "../storage/finance/RunRecord";
import { erasuresInRun } from "./erasuresInRun";

/**
 * 409 when an unpublished run still carries the data of a commune erased after it was computed
 * (`doing`: « Publication », « Export »…): it would bill an erased commune; the year must be computed again.
 */
export async function refuseRunWithErasedData(services: Services, run: RunRecord, doing: string): Promise<void> {
  const erased = await erasuresInRun(services, run);
  if (erased.length === 0) return;
  const who = erased.map((member) => `${member.name} (${member.insee}), effacées le ${formatFrenchDay(todayInParis(new Date(member.at)))}`).join(" ; ");
  const many = erased.length > 1;
  throw conflict(
    `${doing} impossible : ce calcul du ${formatFrenchDay(todayInParis(new Date(run.createdAt)))} contient les données de ${who}, à la demande de ${many ? "ces communes" : "la commune"}. ` +
      `Lancez un nouveau calcul de ${run.year} : il ne ${many ? "les" : "la"} comptera plus.`,
  );
}
