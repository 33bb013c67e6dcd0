import { z } from "zod";
import { formatFrenchDay } from "../../../shared/checks/format/formatFrenchDate";
import { adhesionPeriods, type AdhesionPeriod } from "../../../shared/adhesion/adhesionPeriods";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { ofCommune } from "../../communes/ofCommune";
import { conflict } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { appendAudit } from "../../storage/audit/appendAudit";
import { eraseCommuneData } from "../../storage/erasure/eraseCommuneData";
import { recordErasureMarker } from "../../storage/erasure/erasureMarkers";
import { listPublications } from "../../storage/finance/runTable";
import { listTimeline } from "../../storage/events/timelineTable";
import { adhesionChanges } from "../../../shared/adhesion/adhesionChanges";

export const erasureSchema = z
  .object({
    confirm: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, "code INSEE de la commune attendu, pour confirmer"),
    reason: z.string().trim().min(1, "motif requis (demande de la commune, date du courrier…)").max(2000),
    /** Erase even though a year the commune took part in has no published quote-parts yet (its share will then fall to the Métropole). */
    acknowledgeUnpublishedYears: z.boolean().optional(),
  })
  .strict();

/**
 * POST /api/communes/{insee}/erasure — destroys a departed commune's data at its request (staff).
 * Refused while the commune still adheres to a set; the body repeats the INSEE code to confirm.
 * A year it took part in without published quote-parts needs `acknowledgeUnpublishedYears`: its
 * inventories gone, a later computation of that year would not bill it.
 * The erasure itself is recorded in the audit trail, and marked in the Métropole's dossier so that
 * no run computed before it can be published; published runs keep its lines (the answer says so).
 */
export const eraseCommune: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const body = parseInput(erasureSchema, readJsonBody(request), "Demande d'effacement");
  if (body.confirm !== commune.insee) throw conflict(`Confirmation incorrecte : saisissez le code INSEE ${commune.insee} de ${commune.name}.`);
  const today = todayInParis(services.now());
  const periods = adhesionPeriods(adhesionChanges(await listTimeline(services.store, commune.insee)));
  const current = periods.filter((period) => period.to === undefined || period.to > today);
  if (current.length > 0) {
    const sets = current.map((period) => period.set).join(", ");
    const ends = current.flatMap((period) => period.to ?? []).sort();
    const last = ends.length === current.length ? ends.at(-1) : undefined;
    if (last) throw conflict(`Effacement impossible avant le ${formatFrenchDay(last)} : ${commune.name} adhère encore (${sets}) jusqu'à cette date, où prend effet son retrait.`);
    throw conflict(`Effacement impossible : ${commune.name} adhère encore (${sets}). Enregistrez d'abord son retrait.`);
  }
  const published = new Set((await listPublications(services.store)).map((publication) => publication.year));
  const unpublished = yearsOf(periods).filter((year) => !published.has(year));
  if (unpublished.length > 0 && body.acknowledgeUnpublishedYears !== true) {
    const years = unpublished.join(", ");
    throw conflict(
      `Effacement à confirmer : ${commune.name} a adhéré en ${years}, année${unpublished.length > 1 ? "s" : ""} dont les quotes-parts ne sont pas publiées. ` +
        `Ses inventaires effacés, les calculs à venir ne la compteraient plus et la Métropole porterait sa part. ` +
        `Publiez d'abord ${unpublished.length > 1 ? "ces années" : "cette année"}, ou renvoyez la demande avec « acknowledgeUnpublishedYears » à true.`,
    );
  }
  const at = services.now().toISOString();
  // Recorded first: from now on, no run computed before can be published with this commune's data.
  await recordErasureMarker(services.store, { insee: commune.insee, at });
  const counts = await eraseCommuneData(services.store, commune.insee);
  await appendAudit(services.store, {
    chain: commune.insee,
    at,
    actor: actorOf(principal!),
    action: "commune.erase",
    target: `commune:${commune.insee}`,
    to: "effacee",
    details: { reason: body.reason, ...counts },
  });
  const keptYears = yearsOf(periods).filter((year) => published.has(year));
  const message =
    counts.records + counts.documents === 0
      ? `Rien à effacer : aucune donnée ${ofCommune(commune.name)} n'était enregistrée.`
      : `Données ${ofCommune(commune.name)} effacées. ` +
        (keptYears.length > 0 ? `Les quotes-parts publiées (${keptYears.join(", ")}) gardent ses lignes : ce sont des documents comptables. ` : "") +
        `Un calcul non publié fait avant cet effacement ne peut plus être publié : recalculez l'année concernée.`;
  return jsonResponse({ insee: commune.insee, erased: counts, message });
};

/** The calendar years the periods touch (all ended: `to` exclusive). */
function yearsOf(periods: readonly AdhesionPeriod[]): number[] {
  const years = new Set<number>();
  for (const period of periods) {
    const last = Number((period.to ?? period.from).slice(0, 4)) - (period.to?.endsWith("-01-01") ? 1 : 0);
    for (let year = Number(period.from.slice(0, 4)); year <= last; year += 1) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
