import { STATUS_LABELS } from "../../../shared/adhesion/submissionStatus";
import { findEpci } from "../../communes/epciMembers";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listLatestSubmissions } from "../../storage/submissions/listLatestSubmissions";

/** GET /api/communes — the EPCI's member communes with the status of their latest version (staff, finance). */
export const listCommunes: Handler = async (_request, { services }) => {
  const epci = findEpci(services.config.epciSiren);
  const latest = new Map((await listLatestSubmissions(services.store)).map((record) => [record.insee, record] as const));
  const communes = (epci?.members ?? []).map((member) => {
    const record = latest.get(member.insee);
    return {
      insee: member.insee,
      name: member.name,
      status: record?.status ?? "aucun",
      statusLabel: record ? STATUS_LABELS[record.status] : "aucun dépôt",
      latestVersion: record?.version ?? null,
      sets: record?.sets ?? [],
      domains: record?.domains ?? [],
    };
  });
  return jsonResponse({ epci: epci ? { siren: epci.siren, name: epci.name } : null, communes });
};
