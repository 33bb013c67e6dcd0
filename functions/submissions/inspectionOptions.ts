import { todayInParis } from "../../shared/calendar/todayInParis";
import type { CheckOptions } from "../../shared/checks/runChecks";
import { officialNameOf } from "../communes/officialNameOf";
import type { Services } from "../services/services";

/** How the API runs the checks at `now`: the day in Paris, the campaign's freshness, the EPCI's official commune names. */
export function inspectionOptions(services: Services, now: Date): Omit<CheckOptions, "locate"> {
  return { today: todayInParis(now), maxAgeMonths: services.config.freshnessMonths, officialName: officialNameOf(services) };
}
