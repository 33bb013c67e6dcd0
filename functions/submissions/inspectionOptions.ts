import { todayInParis } from "../../shared/calendar/todayInParis";
import type { CheckOptions } from "../../shared/checks/runChecks";
import { findEpci } from "../communes/epciMembers";
import { officialNameOf } from "../communes/officialNameOf";
import type { Services } from "../services/services";

/**
 * How the API runs the checks at `now`: the day in Paris, the campaign's freshness, the EPCI's
 * member communes and their official names, and the commune the file must be about when the caller
 * may only file for its own (`expectedInsee`).
 */
export function inspectionOptions(services: Services, now: Date, expectedInsee?: string): Omit<CheckOptions, "locate"> {
  const epciName = findEpci(services.config.epciSiren)?.name;
  return {
    today: todayInParis(now),
    maxAgeMonths: services.config.freshnessMonths,
    officialName: officialNameOf(services),
    ...(epciName ? { epciName } : {}),
    ...(expectedInsee ? { expectedInsee } : {}),
  };
}
