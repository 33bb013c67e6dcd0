import { adhesionPeriods, coversDay } from "../../../shared/adhesion/adhesionPeriods";
import { procedureView } from "../../../shared/adhesion/procedureView";
import { STATUS_LABELS } from "../../../shared/adhesion/submissionStatus";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { findEpci } from "../../communes/epciMembers";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listTimelines } from "../../storage/events/listTimelines";
import { listLatestSubmissions } from "../../storage/submissions/listLatestSubmissions";
import { adhesionChanges } from "../../../shared/adhesion/adhesionChanges";

/**
 * GET /api/communes — the EPCI's member communes with the status of their latest version, their
 * adhesion periods and the sets they adhere to today (a withdrawn or excluded commune keeps its
 * « validée » version but adheres to nothing any more), their open notices (deadline, days left,
 * exclusion possible) and current exclusions (temporary or definitive) (staff, finance).
 */
export const listCommunes: Handler = async (_request, { services }) => {
  const epci = findEpci(services.config.epciSiren);
  const members = epci?.members ?? [];
  const [latestVersions, timelines] = await Promise.all([
    listLatestSubmissions(services.store),
    listTimelines(
      services.store,
      members.map((member) => member.insee),
    ),
  ]);
  const latest = new Map(latestVersions.map((record) => [record.insee, record] as const));
  const today = todayInParis(services.now());
  const communes = members.map((member) => {
    const record = latest.get(member.insee);
    const timeline = timelines.get(member.insee) ?? [];
    const adhesions = adhesionPeriods(adhesionChanges(timeline));
    return {
      insee: member.insee,
      name: member.name,
      status: record?.status ?? "aucun",
      statusLabel: record ? STATUS_LABELS[record.status] : "aucun dépôt",
      latestVersion: record?.version ?? null,
      sets: record?.sets ?? [],
      domains: record?.domains ?? [],
      adhesions,
      currentSets: adhesions.filter((period) => coversDay(period, today)).map((period) => period.set),
      ...procedureView(timeline, today),
    };
  });
  return jsonResponse({ epci: epci ? { siren: epci.siren, name: epci.name } : null, communes });
};
