import { z } from "zod";
import { formatFrenchDate } from "../../../shared/checks/format/formatFrenchDate";
import { parseCalendarDate } from "../../../shared/checks/dates/calendarDate";
import { adhesionPeriods } from "../../../shared/adhesion/adhesionPeriods";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { conflict } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { appendAudit } from "../../storage/audit/appendAudit";
import { eraseCommuneData } from "../../storage/erasure/eraseCommuneData";
import { listTimeline } from "../../storage/events/timelineTable";
import { adhesionChanges } from "../../submissions/adhesionChanges";

export const erasureSchema = z
  .object({
    confirm: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, "code INSEE de la commune attendu, pour confirmer"),
    reason: z.string().trim().min(1, "motif requis (demande de la commune, date du courrier…)").max(2000),
  })
  .strict();

/**
 * POST /api/communes/{insee}/erasure — destroys a departed commune's data at its request (staff).
 * Refused while the commune still adheres to a set; the body repeats the INSEE code to confirm.
 * The erasure itself is recorded in the audit trail.
 */
export const eraseCommune: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const body = parseInput(erasureSchema, readJsonBody(request), "Demande d'effacement");
  if (body.confirm !== commune.insee) throw conflict(`Confirmation incorrecte : saisissez le code INSEE ${commune.insee} de ${commune.name}.`);
  const today = todayInParis(services.now());
  const current = adhesionPeriods(adhesionChanges(await listTimeline(services.store, commune.insee))).filter((period) => period.to === undefined || period.to > today);
  if (current.length > 0) {
    const sets = current.map((period) => period.set).join(", ");
    const ends = current.map((period) => period.to);
    if (ends.every((end) => end !== undefined)) {
      const last = ends.reduce((a, b) => (a! > b! ? a : b))!;
      throw conflict(`Effacement impossible avant le ${formatFrenchDate(parseCalendarDate(last))} : ${commune.name} adhère encore (${sets}) jusqu'à cette date, où prend effet son retrait.`);
    }
    throw conflict(`Effacement impossible : ${commune.name} adhère encore (${sets}). Enregistrez d'abord son retrait.`);
  }
  const counts = await eraseCommuneData(services.store, commune.insee);
  await appendAudit(services.store, {
    chain: commune.insee,
    at: services.now().toISOString(),
    actor: actorOf(principal!),
    action: "commune.erase",
    target: `commune:${commune.insee}`,
    to: "effacee",
    details: { reason: body.reason, ...counts },
  });
  return jsonResponse({ insee: commune.insee, erased: counts, message: `Données de ${commune.name} effacées.` });
};
